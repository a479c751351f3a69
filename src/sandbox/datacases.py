# Tests as data, inside the sandboxed child: decode each case's arguments afresh, call the candidate,
# encode what it returned (or raised). The child never sees expected values: passk compares outside.
# The value encoding is described in docs/problem-format.md.
import base64
import json
import math

MAX_DEPTH = 200


def decode(value):
    """JSON (with $-tags) -> Python value."""
    if value is None or isinstance(value, (bool, str, int, float)):
        return value
    if isinstance(value, list):
        return [decode(item) for item in value]
    if isinstance(value, dict):
        if len(value) == 1:
            ((tag, body),) = value.items()
            if tag == "$int":
                return int(body)
            if tag == "$float":
                return float(body)
            if tag == "$tuple":
                return tuple(decode(item) for item in body)
            if tag == "$set":
                return {decode(item) for item in body}
            if tag == "$frozenset":
                return frozenset(decode(item) for item in body)
            if tag == "$dict":
                return {decode(k): decode(v) for k, v in body}
            if tag == "$bytes":
                return base64.b64decode(body)
        for key in value:
            if key.startswith("$"):
                raise ValueError("unknown value tag %r" % key)
        return {key: decode(item) for key, item in value.items()}
    raise ValueError("cannot decode %r" % (value,))


def encode(value, depth=0):
    """Python value -> JSON (with $-tags). Exact types only: a subclass (say, an int whose __eq__
    always answers True) is encoded as an opaque $repr that never equals an expected value."""
    if depth > MAX_DEPTH:
        raise ValueError("value nested too deeply")
    kind = type(value)
    if value is None or kind is bool or kind is str:
        return value
    if kind is int:
        return value if -(2**53) <= value <= 2**53 else {"$int": int.__repr__(value)}
    if kind is float:
        if math.isnan(value):
            return {"$float": "nan"}
        if math.isinf(value):
            return {"$float": "inf" if value > 0 else "-inf"}
        return {"$float": value} if float.is_integer(value) else value
    if kind is list:
        return [encode(item, depth + 1) for item in list.__iter__(value)]
    if kind is tuple:
        return {"$tuple": [encode(item, depth + 1) for item in tuple.__iter__(value)]}
    if kind is set or kind is frozenset:
        items = [encode(item, depth + 1) for item in kind.__iter__(value)]
        items.sort(key=lambda item: json.dumps(item, sort_keys=True))
        return {"$set" if kind is set else "$frozenset": items}
    if kind is dict:
        pairs = [(k, v) for k, v in dict.items(value)]
        if all(type(k) is str and not k.startswith("$") for k, _ in pairs):
            return {k: encode(v, depth + 1) for k, v in pairs}
        return {"$dict": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in pairs]}
    if kind is bytes:
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    try:
        text = object.__repr__(value) if kind.__repr__ is object.__repr__ else repr(value)
    except BaseException:
        text = "<unprintable>"
    return {"$repr": str.__str__(text)[:200] if isinstance(text, str) else "<unprintable>", "$type": kind.__name__}


def run_cases(namespace, entry_point, inputs, emit, describe):
    """Calls namespace[entry_point](*args) for each JSON-encoded argument list in `inputs` and
    emits one JSON line per case: {"ok": <encoded result>} or {"error": "<Type>: <message>"}."""
    candidate = namespace.get(entry_point)
    if not callable(candidate):
        raise NameError("name '%s' is not defined" % entry_point)
    dumps = json.dumps
    for index, text in enumerate(inputs):
        args = decode(json.loads(text))
        try:
            out = {"ok": encode(candidate(*args))}
        except RecursionError as e:
            out = {"error": "RecursionError: " + describe(e)}
        except Exception as e:
            out = {"error": type(e).__name__ + (": " + describe(e) if describe(e) else "")}
        try:
            line = dumps(out, allow_nan=False)
        except BaseException as e:
            line = dumps({"error": "unencodable result: " + describe(e)})
        emit(index, line)
