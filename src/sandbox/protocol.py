# The fork server's side of the protocol: every request checked against protocol.json (the one
# schema server.ts checks too) before the server acts on it, and every response before it is sent.
#
# The schema is compiled once, at import, into small checker functions: this runs for every sample,
# so a message costs a few dict lookups and type() tests per field (bench: protocol_test.py prints
# the cost per message). A checker returns None when the value fits, else what was wrong; the
# message names the field (and the item, for arrays), so a bad request is answered, not crashed on.
import json
import os

INF = float("inf")
SAFE = (1 << 53) - 1  # integers beyond this do not survive JSON.parse on passk's side
SCHEMA_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "protocol.json")


def _type_name(value):
    if value is None:
        return "null"
    if type(value) is bool:
        return "boolean"
    if type(value) in (int, float):
        return "number"
    if type(value) is str:
        return "string"
    if type(value) is list:
        return "array"
    if type(value) is dict:
        return "object"
    return type(value).__name__


def _string(value):
    return None if type(value) is str else "expected a string, got " + _type_name(value)


def _number(value):
    if type(value) is int or (type(value) is float and -INF < value < INF):
        return None
    return "expected a finite number, got " + (repr(value) if type(value) is float else _type_name(value))


def _integer(value):
    if type(value) is int and -SAFE <= value <= SAFE:
        return None
    return "expected an integer, got " + (repr(value) if type(value) in (int, float) else _type_name(value))


def _boolean(value):
    return None if type(value) is bool else "expected a boolean, got " + _type_name(value)


BASE = {"string": _string, "number": _number, "integer": _integer, "boolean": _boolean}


def _enum(allowed):
    allowed = frozenset(allowed)
    shown = ", ".join(sorted(allowed))

    def check(value):
        if type(value) is str and value in allowed:
            return None
        return "expected one of %s, got %s" % (shown, json.dumps(value)[:60] if type(value) is str else _type_name(value))

    return check


def _array(item, item_name):
    def check(value):
        if type(value) is not list:
            return "expected an array of %s, got %s" % (item_name, _type_name(value))
        # The long arrays (inputs, cases, case limits) without a call per item; on the first item
        # that does not fit, the loop below says which and why.
        if item is _string:
            for x in value:
                if type(x) is not str:
                    break
            else:
                return None
        elif item is _number:
            for x in value:
                if (type(x) is not float and type(x) is not int) or not -INF < x < INF:
                    break
            else:
                return None
        elif item is _integer:
            for x in value:
                if type(x) is not int or not -SAFE <= x <= SAFE:
                    break
            else:
                return None
        for index, x in enumerate(value):
            error = item(x)
            if error is not None:
                return "item %d: %s" % (index, error)
        return None

    return check


def _nullable(inner):
    return lambda value: None if value is None else inner(value)


class Shape:
    """One object's fields: a checker per field, and which must be present."""

    __slots__ = ("fields", "required")

    def __init__(self, fields, required):
        self.fields, self.required = fields, required

    def __call__(self, message):
        if type(message) is not dict:
            return "expected an object, got " + _type_name(message)
        fields = self.fields
        for key, value in message.items():
            check = fields.get(key)
            if check is None:
                return "unknown field %s" % json.dumps(key)[:60]
            error = check(value)
            if error is not None:
                return "field %r: %s" % (key, error)
        for key in self.required:
            if key not in message:
                return "missing field %r" % (key,)
        return None


def _compile(fields, objects):
    checks, required = {}, []
    for name, spec in fields.items():
        kind = spec["type"]
        if "enum" in spec:
            check = _enum(spec["enum"])
        elif kind == "array":
            items = spec["items"]
            check = _array(BASE.get(items) or objects[items], items)
        elif kind == "object":
            check = objects[spec["of"]]
        else:
            check = BASE[kind]
        if spec.get("nullable"):
            check = _nullable(check)
        checks[name] = check
        if not spec.get("optional"):
            required.append(name)
    return Shape(checks, tuple(required))


def load(path=SCHEMA_PATH):
    with open(path, "rb") as f:
        schema = json.load(f)
    objects = {}
    for name, fields in schema["objects"].items():  # an object names only objects listed before it
        objects[name] = _compile(fields, objects)
    common = schema["request_common"]
    requests = {kind: _compile({**common, **fields}, objects) for kind, fields in schema["requests"].items()}
    return requests, _compile(schema["response"], objects), _compile(schema["ready"], objects)


REQUESTS, RESPONSE, READY = load()


def check_request(req):
    """None if `req` is a well-formed request, else what is wrong with it (naming the field)."""
    if type(req) is not dict:
        return "expected an object, got " + _type_name(req)
    shape = REQUESTS.get(req.get("kind"))
    if shape is None:
        if "kind" not in req:
            return "missing field 'kind'"
        return "field 'kind': " + _enum(REQUESTS)(req["kind"])
    return shape(req)


def check_response(response):
    """None if `response` is a well-formed response, else what is wrong with it."""
    return RESPONSE(response)


def check_ready(ready):
    """None if `ready` is a well-formed ready record, else what is wrong with it."""
    return READY(ready)
