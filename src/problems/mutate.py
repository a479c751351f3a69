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
    sites = []
    for index, node in enumerate(nodes):
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


def _apply(tree, site):
    mutant = copy.deepcopy(tree)
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
