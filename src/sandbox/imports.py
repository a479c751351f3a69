# Which modules the sandbox's Python can import, and which modules problem code imports: run by
# imports.ts with the sandbox's own interpreter and flags (-I -S -B: no site-packages, as in the
# sandbox), OUTSIDE the sandbox. It only parses (ast) and looks modules up (find_spec): nothing of the
# problems, and no module, is executed.
#
# stdin: {"names": [module, ...], "sources": [python source, ...]}
# stdout: {"importable": {module: bool}, "imports": [[module, ...] per source, or null if it does not parse]}
import ast
import importlib.util
import json
import sys

# An import inside `try:` whose handler catches one of these may fail: the code expects it to.
CATCHES_IMPORT_ERROR = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}


def importable(name):
    if name in sys.builtin_module_names:
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def catches_import_error(handler):
    kind = handler.type
    if kind is None:
        return True
    kinds = kind.elts if isinstance(kind, ast.Tuple) else [kind]
    return any(isinstance(k, ast.Name) and k.id in CATCHES_IMPORT_ERROR for k in kinds)


def imports(source):
    """Top-level names of the modules `source` imports outside a try that expects an ImportError."""
    tree = None
    # A prompt may end where the body of its function should start: it parses with one.
    for text in (source, source + "\n    pass\n"):
        try:
            tree = ast.parse(text)
            break
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
    if tree is None:
        return None
    found = []

    def visit(node, guarded):
        if isinstance(node, ast.Import):
            if not guarded:
                found.extend(alias.name.split(".")[0] for alias in node.names)
            return
        if isinstance(node, ast.ImportFrom):
            if not guarded and node.level == 0 and node.module:
                found.append(node.module.split(".")[0])
            return
        if isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
            inner = guarded or any(catches_import_error(h) for h in node.handlers)
            for child in node.body:
                visit(child, inner)
            for child in node.handlers + node.orelse + node.finalbody:
                visit(child, guarded)
            return
        for child in ast.iter_child_nodes(node):
            visit(child, guarded)

    try:
        visit(tree, False)
    except RecursionError:
        return None
    return sorted(set(found))


def main():
    request = json.load(sys.stdin)
    answer = {
        "importable": {name: importable(name) for name in request.get("names", [])},
        "imports": [imports(source) for source in request.get("sources", [])],
    }
    json.dump(answer, sys.stdout)


main()
