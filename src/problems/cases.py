# Python text -> test cases, for `passk problems check` and `passk problems cases`. Runs inside the
# sandbox as a data-mode "candidate", so the values it returns come back in passk's value encoding
# (tuples, sets, big ints, integral floats tagged) without a second encoder.
#   parse_doctest(text, name): the ">>> name(args)" lines of a docstring, each with the line after it
#   parse_calls(text, name):   statements "name(args) == expected", as written for tests.json
# Both return {"cases": [{"args": [...], "expected": ...}, ...], "faults": ["line 3: ...", ...]}.
import ast


def _call_args(source, name, line):
    """The literal arguments of `name(...)`, or raise ValueError saying what is wrong."""
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as error:
        raise ValueError("line %d: not a Python expression (%s)" % (line, error.msg))
    return _literal_call(tree.body, name, line)


def _literal_call(node, name, line):
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name):
        raise ValueError("line %d: expected a call of %s(...)" % (line, name))
    if node.keywords or any(isinstance(arg, ast.Starred) for arg in node.args):
        raise ValueError("line %d: write the arguments positionally, without names or *" % line)
    try:
        return [ast.literal_eval(arg) for arg in node.args]
    except (ValueError, SyntaxError, TypeError):
        raise ValueError("line %d: the arguments must be Python literals" % line)


def _literal(source, line):
    try:
        return ast.literal_eval(source.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        raise ValueError("line %d: the expected value %r is not a Python literal" % (line, source.strip()[:80]))


def parse_doctest(text, name):
    cases, faults = [], []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not stripped.startswith(">>>"):
            i += 1
            continue
        start = i + 1
        source = stripped[3:]
        while i + 1 < len(lines) and lines[i + 1].strip().startswith("..."):
            i += 1
            source += "\n" + lines[i].strip()[3:]
        expected = lines[i + 1] if i + 1 < len(lines) else ""
        i += 2
        try:
            if not expected.strip() or expected.strip().startswith(">>>"):
                raise ValueError("line %d: the line after a >>> call must show its result" % start)
            cases.append({"args": _call_args(source, name, start), "expected": _literal(expected, start + 1)})
        except ValueError as error:
            faults.append(str(error))
    return {"cases": cases, "faults": faults}


def parse_calls(text, name):
    cases, faults = [], []
    try:
        tree = ast.parse(text)
    except SyntaxError as error:
        return {"cases": [], "faults": ["line %s: %s" % (error.lineno, error.msg)]}
    for statement in tree.body:
        line = statement.lineno
        node = statement.value if isinstance(statement, ast.Expr) else None
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq)):
            faults.append("line %d: write each case as %s(<args>) == <expected>" % (line, name))
            continue
        try:
            args = _literal_call(node.left, name, line)
            expected = ast.literal_eval(node.comparators[0])
            cases.append({"args": args, "expected": expected})
        except ValueError as error:
            message = str(error)
            faults.append(message if message.startswith("line") else "line %d: the expected value must be a Python literal" % line)
    return {"cases": cases, "faults": faults}
