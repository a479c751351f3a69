# Which modules problem code imports for sure: run by imports.ts with the sandbox's own interpreter and
# flags (-I -S -B, as in the sandbox), OUTSIDE the sandbox. It only parses (ast): nothing of the problems
# is executed. (Which modules that interpreter can import is a few lines of imports.ts, given with -c.)
#
# stdin: {"sources": [python source, ...]}
# stdout: {"imports": [[module, ...] per source, or null if it does not parse]}
import ast
import json
import re
import sys

# An import inside `try:` whose handler catches one of these may fail: the code expects it to.
CATCHES_IMPORT_ERROR = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"}
IMPORT_LINE = re.compile(r"[ \t]*(?:import|from)[ \t]")
CLAUSES = {"except", "else", "elif", "finally"}
PREFIX_TRIES = 3


def catches_import_error(handler):
    kind = handler.type
    if kind is None:
        return True
    kinds = kind.elts if isinstance(kind, ast.Tuple) else [kind]
    return any(isinstance(k, ast.Name) and k.id in CATCHES_IMPORT_ERROR for k in kinds)


def parse(text):
    try:
        return ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def prefix_tree(source):
    """The code up to the statement after its last import line, parsed: tests that embed megabytes of
    inputs import first, and parsing all of it would take seconds. The cut is taken only where a new
    top-level statement starts (column 0, not an except/else/elif/finally of the one before) and the
    prefix parses: then every statement before it is whole, with its own try and handlers. Else None."""
    lines = source.splitlines(keepends=True)
    last = None
    for i, line in enumerate(lines):
        if IMPORT_LINE.match(line):
            last = i
    if last is None:
        return ast.Module(body=[], type_ignores=[])
    tries = 0
    for cut in range(last + 1, len(lines)):
        line = lines[cut]
        if not line.strip() or line[0] in " \t#)]}":
            continue
        word = re.match(r"[A-Za-z_]\w*", line)
        if word and word.group(0) in CLAUSES:
            continue
        tree = parse("".join(lines[:cut]))
        if tree is not None:
            return tree
        tries += 1
        if tries >= PREFIX_TRIES:
            break
    return None


def imports(source):
    """Top-level names of the modules `source` imports outside a try that expects an ImportError."""
    # A prompt may end where the body of its function should start: it parses with one.
    tree = prefix_tree(source) or parse(source) or parse(source + "\n    pass\n")
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
    json.dump({"imports": [imports(source) for source in request["sources"]]}, sys.stdout)


main()
