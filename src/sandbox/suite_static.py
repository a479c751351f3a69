# passk harvest: what a traced function needs besides its parameters, read from the project's source
# (inside the sandbox, on the read-only copy). A function is standalone when every name it reads is a
# builtin or a standard-library import; otherwise the project's plain constants and plain functions it
# reads (and what they read, transitively) can go into the prompt as helpers. Anything else (a class,
# a global that is rebound, `global`, eval) makes it unusable, with the reason.
import ast
import builtins
import importlib.util
import os
import sys

DYNAMIC = {"eval", "exec", "globals", "vars", "__import__", "compile"}
SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


STDLIB = frozenset(getattr(sys, "stdlib_module_names", ()))  # Python 3.10+


def is_stdlib(top):
    if top in STDLIB:
        return True
    if STDLIB:
        return False
    try:  # Python < 3.10: this interpreter runs with -I -S, so only the standard library is on its path
        return importlib.util.find_spec(top) is not None
    except (ImportError, ValueError):
        return False


def project_tops(root):
    """Top-level module names the project itself provides (they shadow the standard library)."""
    tops = set()
    for base in (root, os.path.join(root, "src")):
        try:
            entries = os.listdir(base)
        except OSError:
            continue
        for entry in entries:
            if entry.endswith(".py"):
                tops.add(entry[:-3])
            elif os.path.isdir(os.path.join(base, entry)):
                tops.add(entry)
    return tops


class Names(ast.NodeVisitor):
    """Names read and names bound anywhere under a node (one flat scope: an approximation that errs
    towards "local", which the canonical re-run in `passk problems check` catches)."""

    def __init__(self, skip_annotations):
        self.loaded, self.bound, self.declared_global = set(), set(), set()
        self.skip_annotations = skip_annotations

    def visit_Name(self, node):
        (self.loaded if isinstance(node.ctx, ast.Load) else self.bound).add(node.id)

    def visit_Global(self, node):
        self.declared_global.update(node.names)

    def visit_arg(self, node):
        self.bound.add(node.arg)
        if node.annotation is not None and not self.skip_annotations:
            self.visit(node.annotation)

    def _scope(self, node):
        if not isinstance(node, ast.Lambda):
            self.bound.add(node.name)
        if self.skip_annotations and getattr(node, "returns", None) is not None:
            node = _without_returns(node)
        self.generic_visit(node)

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = visit_Lambda = _scope

    def visit_alias(self, node):
        self.bound.add((node.asname or node.name).split(".")[0])

    def visit_ExceptHandler(self, node):
        if node.name:
            self.bound.add(node.name)
        self.generic_visit(node)

    def visit_MatchAs(self, node):
        if node.name:
            self.bound.add(node.name)
        self.generic_visit(node)

    visit_MatchStar = visit_MatchAs

    def visit_MatchMapping(self, node):
        if node.rest:
            self.bound.add(node.rest)
        self.generic_visit(node)


def _without_returns(node):
    clone = ast.FunctionDef(name=node.name, args=node.args, body=node.body, decorator_list=[], returns=None)
    return clone


def free_names(node, skip_annotations):
    names = Names(skip_annotations)
    names.visit(node)
    return names.loaded - names.bound, names.declared_global


class Module:
    def __init__(self, path, source):
        self.tree = ast.parse(source, path)
        self.lines = source.split("\n")
        self.future = [
            s for s in self.tree.body if isinstance(s, ast.ImportFrom) and s.module == "__future__" and s.level == 0
        ]
        self.lazy_annotations = any(a.name == "annotations" for s in self.future for a in s.names)
        self.star = any(isinstance(s, ast.ImportFrom) and any(a.name == "*" for a in s.names) for s in self.tree.body)
        # name -> every top-level statement binding it, and whether that statement is a direct child.
        self.bindings = {}
        for statement in self.tree.body:
            self._bind(statement, statement, True)

    def _bind(self, top, node, direct):
        names = set()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names if a.name != "*")
        else:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    self._bind(top, child, False)
                elif not isinstance(child, SCOPES):
                    for sub in ast.walk(child):
                        if isinstance(sub, ast.Name) and not isinstance(sub.ctx, ast.Load):
                            names.add(sub.id)
        for name in names:
            self.bindings.setdefault(name, []).append((node, direct))

    def source(self, node):
        """The statement's own lines, or its unparsed text when it shares a line with another one."""
        first = node.lineno - 1
        if hasattr(node, "decorator_list") and node.decorator_list:
            first = node.decorator_list[0].lineno - 1
        others = [s for s in self.tree.body if s is not node]
        shared = any(s.lineno - 1 <= node.end_lineno - 1 and s.end_lineno - 1 >= first for s in others)
        if shared or node.col_offset != 0:
            return ast.unparse(node)
        return "\n".join(self.lines[first : node.end_lineno]).rstrip()


def analyze(root, rel, name, line, tops, cache):
    """What the function `name` of file `rel` (first line `line`) needs, as a dict for passk."""
    result = {"file": rel, "name": name, "line": line}
    try:
        module = cache.get(rel)
        if module is None:
            with open(os.path.join(root, rel), encoding="utf-8") as f:
                source = f.read(4_000_000)
            module = cache[rel] = Module(rel, source)
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError, UnicodeDecodeError) as e:
        return dict(result, reason="cannot read its source: %s" % type(e).__name__)
    bindings = module.bindings.get(name, [])
    node = next(
        (n for n, direct in bindings if direct and isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
         and (n.decorator_list[0].lineno if n.decorator_list else n.lineno) == line),
        None,
    )
    if node is None:
        return dict(result, reason="not found as a top-level def in its file")
    if len(bindings) > 1:
        return dict(result, reason="its name is bound more than once in its module")
    if node.decorator_list:
        return dict(result, reason="decorated")
    if isinstance(node, ast.AsyncFunctionDef):
        return dict(result, reason="a coroutine")
    extracted = _extract(module, node)
    if isinstance(extracted, str):
        return dict(result, reason=extracted)
    result.update(extracted)
    needs = _needs(module, node, tops)
    result.update(needs)
    return result


def _extract(module, node):
    body = node.body
    docstring = ast.get_docstring(node, clean=True)
    statements = body[1:] if docstring is not None else body
    if not statements:
        return "its body is only a docstring"
    header = ast.FunctionDef(name=node.name, args=node.args, body=[ast.Pass()], decorator_list=[],
                             returns=node.returns, type_comment=None)
    if hasattr(node, "type_params"):
        header.type_params = node.type_params
    signature = ast.unparse(ast.fix_missing_locations(header)).split("\n")[0]
    first = statements[0]
    before = body[0].end_lineno if docstring is not None else node.body[0].lineno - 1
    lines = module.lines[first.lineno - 1 : node.end_lineno]
    verbatim = (
        first.col_offset == 4
        and first.lineno > before
        and first.lineno > node.lineno
        and all(l.strip() == "" or (l.startswith("    ") and "\t" not in l[: len(l) - len(l.lstrip())]) for l in lines)
    )
    if verbatim:
        text = "\n".join(l.rstrip() for l in lines)
    else:
        unparsed = ast.unparse(ast.Module(body=statements, type_ignores=[]))
        text = "\n".join(("    " + l) if l else l for l in unparsed.split("\n"))
    return {"signature": signature, "docstring": docstring, "body": text, "verbatim": verbatim,
            "statements": sum(1 for n in ast.walk(node) if isinstance(n, ast.stmt)) - 1}


def _needs(module, node, tops):
    """Imports, helpers, and what cannot be resolved, for `node` and everything it reads."""
    imports, helpers, unresolved = [], {}, []
    dynamic = set()
    declared = set()
    todo = [node]
    seen = {node.name}
    while todo:
        current = todo.pop()
        target = current.value if isinstance(current, (ast.Assign, ast.AnnAssign)) else current
        names, declared_global = free_names(target, module.lazy_annotations)
        declared.update(declared_global)
        for name in sorted(names):
            if name in seen:
                continue
            seen.add(name)
            found = module.bindings.get(name)
            if found:
                _resolve(module, name, found, tops, imports, helpers, unresolved, todo)
            elif name in DYNAMIC:
                dynamic.add(name)
            elif name.startswith("__") and name.endswith("__") and name != "__debug__":
                unresolved.append("module attribute %s" % name)
            elif hasattr(builtins, name):
                continue
            elif module.star:
                unresolved.append("%s (from a * import)" % name)
            else:
                unresolved.append("undefined name %s" % name)
    # One entry per statement (`A, B = 1, 2` binds two names), in the order of the source.
    statements = {}
    for name, statement in helpers.items():
        statements.setdefault(id(statement), (statement, []))[1].append(name)
    ordered = sorted(statements.values(), key=lambda item: item[0].lineno)
    helper_list = [{"name": ", ".join(sorted(names)), "source": module.source(s)} for s, names in ordered]
    future = [ast.unparse(s) for s in module.future]
    return {
        "imports": future + sorted(set(imports), key=imports.index),
        "helpers": helper_list,
        "helper_lines": sum(h["source"].count("\n") + 1 for h in helper_list),
        "unresolved": sorted(set(unresolved)),
        "dynamic": sorted(dynamic),
        "writes_globals": sorted(declared),
    }


def _resolve(module, name, found, tops, imports, helpers, unresolved, todo):
    if len(found) > 1 or not found[0][1]:
        unresolved.append("module global %s (bound conditionally or more than once)" % name)
        return
    statement = found[0][0]
    if isinstance(statement, (ast.Import, ast.ImportFrom)):
        line = _import_line(statement, name, tops)
        if line in ("project", "other"):
            where = "the project" if line == "project" else "outside the standard library"
            unresolved.append("%s (imported from %s)" % (name, where))
        else:
            imports.append(line)
    elif isinstance(statement, ast.ClassDef):
        unresolved.append("project class %s" % name)
    elif isinstance(statement, ast.FunctionDef) and not statement.decorator_list:
        helpers[name] = statement
        todo.append(statement)
    elif _plain_constant(statement):
        helpers[name] = statement
        todo.append(statement)
    else:
        unresolved.append("module global %s (not a plain constant or function)" % name)


def _plain_constant(statement):
    """`NAME = value`, `NAME: T = value`, or `A, B = values` (names only)."""
    if isinstance(statement, ast.Assign):
        if len(statement.targets) != 1:
            return False
        target = statement.targets[0]
        if isinstance(target, (ast.Tuple, ast.List)):
            return all(isinstance(e, ast.Name) for e in target.elts)
        return isinstance(target, ast.Name)
    if isinstance(statement, ast.AnnAssign):
        return statement.value is not None and isinstance(statement.target, ast.Name)
    return False


def _import_line(statement, name, tops):
    for alias in statement.names:
        if (alias.asname or alias.name).split(".")[0] != name:
            continue
        if isinstance(statement, ast.Import):
            module = alias.name
        elif statement.level:
            return "project"
        else:
            module = statement.module or ""
        top = module.split(".")[0]
        if top in tops:
            return "project"
        if not is_stdlib(top):
            return "other"
        single = (ast.Import if isinstance(statement, ast.Import) else ast.ImportFrom)
        if single is ast.Import:
            return ast.unparse(ast.Import(names=[alias]))
        return ast.unparse(ast.ImportFrom(module=module, names=[alias], level=0))
    return "other"
