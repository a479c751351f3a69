# Mutants of a canonical solution, for `passk problems check`: small, plausible mistakes that strong
# tests must catch. Runs inside the sandbox as a data-mode "candidate": generate_mutants(source, name)
# returns [[mutant_id, description, mutant_source], ...], ids stable across runs ("L7:C15 Lt->LtE").
import ast
import copy

COMPARE_SWAPS = {
    ast.Lt: [ast.LtE, ast.Gt], ast.LtE: [ast.Lt, ast.GtE], ast.Gt: [ast.GtE, ast.Lt],
    ast.GtE: [ast.Gt, ast.LtE], ast.Eq: [ast.NotEq], ast.NotEq: [ast.Eq], ast.In: [ast.NotIn],
    ast.NotIn: [ast.In], ast.Is: [ast.IsNot], ast.IsNot: [ast.Is],
}
BINOP_SWAPS = {
    ast.Add: [ast.Sub], ast.Sub: [ast.Add], ast.Mult: [ast.FloorDiv, ast.Add], ast.FloorDiv: [ast.Mult, ast.Div],
    ast.Div: [ast.Mult, ast.FloorDiv], ast.Mod: [ast.FloorDiv], ast.Pow: [ast.Mult], ast.LShift: [ast.RShift],
    ast.RShift: [ast.LShift], ast.BitAnd: [ast.BitOr], ast.BitOr: [ast.BitAnd], ast.BitXor: [ast.BitOr],
}
DEFAULTS = {"int": "0", "float": "0.0", "str": "''", "bool": "False", "list": "[]", "dict": "{}",
            "tuple": "()", "set": "set()", "List": "[]", "Dict": "{}", "Tuple": "()", "Set": "set()"}


def _name(op):
    return type(op).__name__ if not isinstance(op, type) else op.__name__


def _sites(tree, function):
    """Every (node index, kind, detail) mutation site, in a deterministic order."""
    nodes = list(ast.walk(tree))
    # Only the function is mutated: helpers before it (harvested problems) are given in the prompt.
    inside = {id(node) for node in ast.walk(function)}
    sites = []
    for index, node in enumerate(nodes):
        if id(node) not in inside:
            continue
        if isinstance(node, ast.Compare):
            for position, op in enumerate(node.ops):
                for replacement in COMPARE_SWAPS.get(type(op), []):
                    sites.append((index, "compare", (position, replacement), "%s->%s" % (_name(op), _name(replacement))))
        elif isinstance(node, (ast.BinOp, ast.AugAssign)):
            for replacement in BINOP_SWAPS.get(type(node.op), []):
                sites.append((index, "binop", replacement, "%s->%s" % (_name(node.op), _name(replacement))))
        elif isinstance(node, ast.BoolOp):
            other = ast.Or if isinstance(node.op, ast.And) else ast.And
            sites.append((index, "boolop", other, "%s->%s" % (_name(node.op), _name(other))))
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            sites.append((index, "drop-not", None, "drop not"))
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            for delta in (1, -1):
                sites.append((index, "const", delta, "const %d->%d" % (node.value, node.value + delta)))
        elif isinstance(node, ast.Slice):
            for field in ("lower", "upper", "step"):
                if getattr(node, field) is not None:
                    sites.append((index, "slice", (field, "drop"), "slice drop %s" % field))
                    if field != "step":
                        for delta in (1, -1):
                            sites.append((index, "slice", (field, delta), "slice %s%+d" % (field, delta)))
        if isinstance(node, (ast.If, ast.While, ast.IfExp)):
            sites.append((index, "negate", None, "negate %s" % type(node).__name__))
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt) and node is not tree:
                for position, statement in enumerate(body):
                    if statement is function:
                        continue
                    sites.append((index, "drop", (field, position), "drop %s" % type(statement).__name__))
    return nodes, sites


def _copy(node):
    """A deep copy of a syntax tree: the same as copy.deepcopy for what ast.parse returns, and several
    times faster (the module is copied once per mutation site)."""
    if isinstance(node, list):
        return [_copy(item) for item in node]
    if not isinstance(node, ast.AST):
        return node
    clone = node.__class__()
    for field in node._fields:
        if hasattr(node, field):
            setattr(clone, field, _copy(getattr(node, field)))
    for attribute in node._attributes:
        if hasattr(node, attribute):
            setattr(clone, attribute, getattr(node, attribute))
    return clone


def _apply(tree, site):
    mutant = _copy(tree)
    nodes = list(ast.walk(mutant))
    index, kind, detail, _ = site
    node = nodes[index]
    if kind == "compare":
        position, replacement = detail
        node.ops[position] = replacement()
    elif kind == "binop":
        node.op = detail()
    elif kind == "boolop":
        node.op = detail()
    elif kind == "drop-not":
        return _replace(mutant, node, node.operand)
    elif kind == "const":
        node.value = node.value + detail
    elif kind == "slice":
        field, change = detail
        if change == "drop":
            setattr(node, field, None)
        else:
            setattr(node, field, ast.BinOp(left=getattr(node, field), op=ast.Add(), right=ast.Constant(change)))
    elif kind == "negate":
        node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
    elif kind == "drop":
        field, position = detail
        getattr(node, field)[position] = ast.Pass()
    return mutant


def _replace(tree, old, new):
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
                return tree
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if item is old:
                        value[i] = new
                        return tree
    return tree


def _location(nodes, site):
    index, kind, detail, _ = site
    node = nodes[index]
    if kind == "drop":
        field, position = detail
        node = getattr(node, field)[position]
    return "L%d:C%d" % (getattr(node, "lineno", 0), getattr(node, "col_offset", 0))


def generate_mutants(source, function_name):
    tree = ast.parse(source)
    function = next(
        (n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function_name), None
    )
    if function is None:
        raise ValueError("no top-level function %r" % function_name)
    original = ast.unparse(tree)
    nodes, sites = _sites(tree, function)
    seen = {original}
    mutants = []
    used = {}
    for site in sites:
        try:
            mutant = ast.fix_missing_locations(_apply(tree, site))
            text = ast.unparse(mutant)
            compile(text, "<mutant>", "exec")
        except (SyntaxError, ValueError, TypeError):
            continue
        if text in seen:
            continue
        seen.add(text)
        ident = "%s %s" % (_location(nodes, site), site[3])
        used[ident] = used.get(ident, 0) + 1
        if used[ident] > 1:
            ident += " #%d" % used[ident]
        mutants.append([ident, site[3], text])
    # Early return: the function gives up at once with a default of its declared type.
    returns = ast.unparse(function.returns) if function.returns is not None else ""
    default = DEFAULTS.get(returns.split("[")[0], "None")
    early = copy.deepcopy(tree)
    target = next(n for n in early.body if isinstance(n, ast.FunctionDef) and n.name == function_name)
    target.body.insert(0, ast.parse("return %s" % default).body[0])
    text = ast.unparse(ast.fix_missing_locations(early))
    if text not in seen:
        mutants.append(["L%d:C%d return early" % (function.lineno, function.col_offset), "return early", text])
    return mutants


# --- For the simulated demo model (src/providers/sim.ts) ------------------------------------------
# It writes completions (the body after the prompt) that a model might plausibly produce: the
# canonical body rewritten without changing its meaning, the bodies of the mutants above, and bodies
# that do not compile. Everything is derived from the canonical solution; nothing here knows tests.

SYNONYMS = {"result": "res", "res": "result", "out": "output", "output": "out", "count": "total",
            "total": "acc", "i": "idx", "j": "jdx", "k": "kk", "n": "size", "x": "item", "s": "text",
            "ans": "answer", "answer": "ans", "lines": "rows", "rows": "lines", "best": "top"}


def _entry(tree, function_name):
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == function_name:
            return node
    raise ValueError("no top-level function %r" % function_name)


def _body_text(tree, function_name):
    """The entry point's body as unparsed source, indented as a completion (the def line dropped:
    ast.unparse always writes the header on one line). A `pass` beside other statements (left by
    a "drop" mutant) is removed: a model would simply not write the line. Changes `tree`."""
    function = _entry(tree, function_name)
    for node in ast.walk(function):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list) and len(block) > 1:
                kept = [s for s in block if not isinstance(s, ast.Pass)]
                setattr(node, field, kept or block[:1])
    return ast.unparse(function).split("\n", 1)[1] + "\n"


def _without_docstring(tree, function_name):
    stripped = _copy(tree)
    function = _entry(stripped, function_name)
    if ast.get_docstring(function, clean=False) is not None and len(function.body) > 1:
        function.body.pop(0)
    return stripped


def _renamed_locals(tree, function_name):
    """The entry point with up to three local variables renamed consistently (same meaning, other
    text), or None when there is nothing safe to rename. Names bound other than by plain assignment
    (parameters, except-as, imports, global/nonlocal, match captures) are left alone."""
    renamed = _copy(tree)
    function = _entry(renamed, function_name)
    taken = {n.id for n in ast.walk(renamed) if isinstance(n, ast.Name)} | set(dir(__builtins__))
    inside = {id(n) for n in ast.walk(function)}
    # Names the module uses outside the function may be globals the function reads: keep them.
    fixed = {n.id for n in ast.walk(renamed) if isinstance(n, ast.Name) and id(n) not in inside}
    for node in ast.walk(renamed):
        if isinstance(node, ast.arg):
            fixed.add(node.arg)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            fixed.update(node.names)
        elif isinstance(node, (ast.ExceptHandler, ast.FunctionDef, ast.ClassDef)) and node.name:
            fixed.add(node.name)
        elif isinstance(node, ast.alias):
            fixed.add(node.asname or node.name.split(".")[0])
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            fixed.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            fixed.add(node.rest)
        elif isinstance(node, ast.Call) and any(k.arg for k in node.keywords):
            fixed.update(k.arg for k in node.keywords if k.arg)
    stored = []
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id not in fixed:
            if node.id not in stored:
                stored.append(node.id)
    mapping = {}
    for name in stored:
        new = SYNONYMS.get(name, name + "_")
        if new in taken or new in fixed or new in mapping.values():
            new = name + "_"
        if new in taken or new in fixed or new in mapping.values():
            continue
        mapping[name] = new
        if len(mapping) == 3:
            break
    if not mapping:
        return None
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and node.id in mapping:
            node.id = mapping[node.id]
    return renamed


def _broken(prompt, completion):
    """Up to four corruptions of the completion that really fail to compile: a lost colon, an
    unclosed bracket, a wrong indentation, a body cut off mid-expression."""
    lines = completion.split("\n")
    candidates = []
    for i, line in enumerate(lines):
        if line.rstrip().endswith(":"):
            candidates.append(lines[:i] + [line.rstrip()[:-1]] + lines[i + 1:])
            break
    for i in reversed(range(len(lines))):
        if lines[i].rstrip().endswith(")"):
            candidates.append(lines[:i] + [lines[i].rstrip()[:-1]] + lines[i + 1:])
            break
    for i in range(1, len(lines)):
        if lines[i].startswith("        ") and lines[i - 1].startswith("        "):
            candidates.append(lines[:i] + [lines[i][2:]] + lines[i + 1:])
            break
    for fraction in (0.6, 0.7, 0.5, 0.8, 0.4):
        cut = int(len(completion) * fraction)
        while cut < len(completion) and completion[cut] not in "(+-*/=,[":
            cut += 1
        candidates.append([completion[: cut + 1] + "\n"])
    texts = []
    for candidate in candidates:
        text = "\n".join(candidate)
        try:
            compile(prompt + text, "<broken>", "exec")
        except SyntaxError:
            if text not in texts:
                texts.append(text)
        if len(texts) == 4:
            break
    return texts


def sim_completions(prompt, completion, function_name):
    """[variants, mutants, broken] for the prompt and its canonical completion: equivalent
    rewrites of the body (unparsed; locals renamed), mutant bodies as [id, body] (docstring left
    out; dropped when equal to the canonical body or placed before the end of a while loop), and
    bodies that do not compile."""
    tree = _without_docstring(ast.parse(prompt + completion), function_name)
    canonical = _body_text(_copy(tree), function_name)
    variants = [canonical]
    renamed = _renamed_locals(tree, function_name)
    if renamed is not None:
        text = _body_text(renamed, function_name)
        if text not in variants:
            variants.append(text)
    mutants = []
    seen = {canonical}
    # A mutant in or before a while loop may never end (an increment dropped, a bound changed). Those
    # are left out: each would cost the demo a full time limit, and its "loop" samples show timeouts.
    source = ast.unparse(tree)
    loop_end = max((n.end_lineno for n in ast.walk(ast.parse(source)) if isinstance(n, ast.While)), default=0)
    for ident, description, source in generate_mutants(source, function_name):
        if description != "return early" and int(ident[1:ident.index(":")]) <= loop_end:
            continue
        body = _body_text(ast.parse(source), function_name)
        if body not in seen:
            seen.add(body)
            mutants.append([ident, body])
    return [variants, mutants, _broken(prompt, completion)]
