# Values as data, between the processes of one sample: the test side's arguments to the sample, the
# sample's return values and exceptions back, and the case outputs of tests given as data. The
# encoding is JSON with $-tags, described in docs/problem-format.md ("Values").
#
# Two directions, two levels of trust:
# - encode() runs on either side. On the sample's side the sample may have replaced it; what it
#   sends is only a claim about a value.
# - decode_plain() runs on the trusted side and is total: any input either becomes plain built-in
#   values (never an object the sample made) or raises WireError.
import json
import math
import struct

MAX_DEPTH = 200
MAX_INT_DIGITS = 4300  # CPython's own limit on int <-> str conversion


class WireError(ValueError):
    """What the other side sent is not a value in this encoding."""


class NotData(ValueError):
    """A value (a function, a class instance, ...) that cannot cross as data."""


class SampleValue(NotData):
    """A value the sample returned that is not data (an Opaque), or one nested too deeply, which the
    test then passed back: the sample's doing, never a reason to run the test in-process."""


class Opaque:
    """A return value that was not data (a generator, an instance of the sample's class): it equals
    nothing but itself and shows the repr the sample's side gave."""

    __slots__ = ("text", "kind")

    def __init__(self, text, kind):
        self.text = text
        self.kind = kind

    def __repr__(self):
        return self.text

    __str__ = __repr__


def encode(value, strict=False, depth=0):
    """Python value -> JSON-able value with $-tags. Subclasses of the built-in types are encoded as
    their built-in value, read with the built-in type's own methods (so an int subclass whose __eq__
    always answers True arrives as the plain int it really holds). Anything else is NotData when
    `strict`, or an opaque {"$repr", "$type"} otherwise."""
    if depth > MAX_DEPTH:
        raise SampleValue("a value nested too deeply")
    kind = type(value)
    if value is None or kind is bool:
        return value
    if kind is str:
        return value
    if kind is int:
        return value if -(2**53) < value < 2**53 else {"$int": int.__repr__(value)}  # JSON readers: safe integers only
    if kind is float:
        return _float(value)
    if kind is complex:
        return _complex(value)
    if kind is list:
        return [encode(item, strict, depth + 1) for item in value]
    if kind is tuple:
        return {"$tuple": [encode(item, strict, depth + 1) for item in value]}
    if kind is dict:
        return _dict(dict.items(value), strict, depth)
    if issubclass(kind, bool):
        return bool.__bool__(value)
    if issubclass(kind, int):
        return encode(int(int.__repr__(value)), strict, depth)
    if issubclass(kind, float):
        return _float(float(float.__repr__(value)))
    if issubclass(kind, str):
        return str.__str__(value)
    if issubclass(kind, complex):
        return _complex(value)
    if issubclass(kind, (set, frozenset)):
        base = frozenset if issubclass(kind, frozenset) else set
        items = [encode(item, strict, depth + 1) for item in base.__iter__(value)]
        items.sort(key=_sort_key)
        return {"$frozenset" if base is frozenset else "$set": items}
    if issubclass(kind, (bytes, bytearray)):
        raw = bytes(value) if kind is not bytes else value
        import base64  # rare: not loaded into the zygote (with zlib) for every child to copy

        return {"$bytes": base64.b64encode(raw).decode("ascii")}
    if issubclass(kind, list):
        return [encode(item, strict, depth + 1) for item in list.__iter__(value)]
    if issubclass(kind, tuple):
        return {"$tuple": [encode(item, strict, depth + 1) for item in tuple.__iter__(value)]}
    if issubclass(kind, dict):
        return _dict(dict.items(value), strict, depth)
    if strict:
        if kind is Opaque:
            raise SampleValue("%s, which the sample returned" % value.kind)
        raise NotData("%s is not data" % _type_name(kind))
    try:
        text = object.__repr__(value) if kind.__repr__ is object.__repr__ else repr(value)
        text = str.__str__(text) if isinstance(text, str) else "<unprintable>"
    except BaseException:
        text = "<unprintable>"
    return {"$repr": text[:200], "$type": _type_name(kind)}


def _float(value):
    if math.isnan(value):
        return {"$float": "nan"}
    if math.isinf(value):
        return {"$float": "inf" if value > 0 else "-inf"}
    # JSON readers outside Python (Node) cannot tell 2.0 from 2: integral floats carry a tag.
    return {"$float": value} if float.is_integer(value) else value


def _complex(value):
    return {"$complex": [_float(complex.real.__get__(value)), _float(complex.imag.__get__(value))]}


def _dict(pairs, strict, depth):
    pairs = list(pairs)
    if all(type(k) is str and not k.startswith("$") for k, _ in pairs):
        return {k: encode(v, strict, depth + 1) for k, v in pairs}
    return {"$dict": [[encode(k, strict, depth + 1), encode(v, strict, depth + 1)] for k, v in pairs]}


def _sort_key(item):
    return json.dumps(item, sort_keys=True)


def _type_name(kind):
    try:
        name = type.__getattribute__(kind, "__name__")
        return str.__str__(name)[:100] if isinstance(name, str) else "object"
    except BaseException:
        return "object"


def decode_plain(value, depth=0):
    """JSON value (as json.loads made it) -> plain built-in value; WireError for anything else."""
    if depth > MAX_DEPTH:
        raise WireError("value nested too deeply")
    kind = type(value)
    if value is None or kind is bool or kind is str or kind is int or kind is float:
        return value
    if kind is list:
        return [decode_plain(item, depth + 1) for item in value]
    if kind is not dict:
        raise WireError("not a JSON value: %s" % kind.__name__)
    if len(value) == 1:
        ((tag, body),) = value.items()
        if tag.startswith("$"):
            return _tagged(tag, body, depth)
    elif len(value) == 2 and "$repr" in value and "$type" in value:
        text, name = value["$repr"], value["$type"]
        if type(text) is not str or type(name) is not str:
            raise WireError("$repr and $type must be strings")
        return Opaque(text[:200], name[:100])
    out = {}
    for key, item in value.items():
        if key.startswith("$"):
            raise WireError("unknown value tag %r" % key[:40])
        out[key] = decode_plain(item, depth + 1)
    return out


def _tagged(tag, body, depth):
    if tag == "$int":
        # One sign at most: "--5" is not a number (int() would raise ValueError, not WireError).
        digits = body[1:] if type(body) is str and body.startswith("-") else body
        if type(body) is not str or not 0 < len(digits) <= MAX_INT_DIGITS or not digits.isdigit() or not body.isascii():
            raise WireError("$int must be a string of decimal digits")
        return int(body)
    if tag == "$float":
        if type(body) is float or type(body) is int:
            return float(body)
        if body in ("nan", "inf", "-inf"):
            return float(body)
        raise WireError("$float must be a number, \"nan\", \"inf\" or \"-inf\"")
    if tag == "$bytes":
        if type(body) is not str:
            raise WireError("$bytes must be a base64 string")
        import base64
        import binascii

        try:
            return base64.b64decode(body, validate=True)
        except (binascii.Error, ValueError):
            raise WireError("$bytes must be a base64 string") from None
    if type(body) is not list:
        raise WireError("%s must hold a list" % tag)
    if tag == "$complex":
        if len(body) != 2:
            raise WireError("$complex must hold [real, imag]")
        real, imag = (decode_plain(part, depth + 1) for part in body)
        real, imag = (float(x) if type(x) is int else x for x in (real, imag))
        if type(real) is not float or type(imag) is not float:
            raise WireError("$complex must hold two floats")
        return complex(real, imag)
    if tag == "$tuple":
        return tuple(decode_plain(item, depth + 1) for item in body)
    if tag in ("$set", "$frozenset"):
        items = [decode_plain(item, depth + 1) for item in body]
        try:
            return set(items) if tag == "$set" else frozenset(items)
        except TypeError:
            raise WireError("%s holds an unhashable value" % tag) from None
    if tag == "$dict":
        out = {}
        for pair in body:
            if type(pair) is not list or len(pair) != 2:
                raise WireError("$dict must hold [key, value] pairs")
            key = decode_plain(pair[0], depth + 1)
            try:
                out[key] = decode_plain(pair[1], depth + 1)
            except TypeError:
                raise WireError("$dict holds an unhashable key") from None
        return out
    raise WireError("unknown value tag %r" % tag[:40])


def decode_args(value):
    """The sample's side: arguments from the test side (trusted, so decoding errors are bugs)."""
    return decode_plain(value)


def loads_plain(data):
    """Bytes from the other side -> plain value; WireError for anything malformed (including JSON
    nested beyond the parser's recursion limit)."""
    try:
        parsed = json.loads(data)
    except (ValueError, RecursionError, MemoryError) as e:
        raise WireError("unreadable: %s" % type(e).__name__) from None
    try:
        return decode_plain(parsed)
    except RecursionError:
        raise WireError("value nested too deeply") from None


# ---------------------------------------------------------------- marshal, the fast path
#
# Between the two sides of a split run (both Python), values travel as marshal version 2 when they
# can: it is C code on the sample's side, where each fresh process pays for every page its first
# call touches (JSON through wire.encode cost 5x more there). Version 2 has no back-references, so
# its size bounds the work of reading it. marshal.loads itself is not safe on hostile bytes (it
# makes code objects, and trusts lengths), so the trusted side reads it with loads_marshal below:
# plain built-in values only, every length checked, nesting bounded.

MARSHAL_VERSION = 2
_SINGLETONS = {ord("N"): None, ord("T"): True, ord("F"): False, ord("."): Ellipsis}
_INT32 = struct.Struct("<i")
_INT, _LONG, _FLOAT, _COMPLEX, _BYTES, _STR, _INTERNED = (ord(c) for c in "ilgysut")
_TUPLE, _LIST, _SET, _FROZENSET, _DICT, _DICT_END = (ord(c) for c in "([<>{0")


def loads_marshal(data):
    """Bytes of marshal version 2 -> plain built-in value; WireError for anything else."""
    data = bytes(data)
    if len(data) <= _SHORT_MAX:
        reply = _SHORT.get(data)
        if reply is not None:
            return reply
    if data[:12] in _OK_PREFIXES:
        reply = _ok_scalar(data)
        if reply is not None:
            return reply
    value, end = _read_marshal(data, 0, 0)
    if end != len(data):
        raise WireError("trailing bytes after the value")
    return value


# The messages most calls get, ("ready",) and ("ok", value) with a value that is None, a bool, a 32-bit
# int, a float or a str, read without the general walk below: on the bench's samples about half the
# replies, and the tester's CPU for decoding went from 42 to 35-37 us a sample. Anything else, or
# anything these checks do not account for byte by byte, goes the general way, which gives the same
# value or refuses it (wire.test.ts checks that the two agree). A str is marshalled as "u" or "t"
# (interned), each with its length: "ok" is b"u\x02\x00\x00\x00ok".
_OK_PREFIXES = tuple(b"(\x02\x00\x00\x00" + kind + b"\x02\x00\x00\x00ok" for kind in (b"u", b"t"))
_SHORT = {b"(\x01\x00\x00\x00" + kind + b"\x05\x00\x00\x00ready": ("ready",) for kind in (b"u", b"t")}
_SHORT.update(
    {head + code: ("ok", value) for head in _OK_PREFIXES for code, value in ((b"N", None), (b"T", True), (b"F", False))}
)
_SHORT_MAX = max(len(key) for key in _SHORT)


def _ok_scalar(data):
    """("ok", value) for an int, a float or a str encoded exactly so after ("ok"'s head, else None."""
    rest = data[12:]
    size = len(rest)
    if size == 5 and rest[0] == _INT:
        return "ok", _INT32.unpack_from(rest, 1)[0]
    if size == 9 and rest[0] == _FLOAT:
        return "ok", _DOUBLE.unpack_from(rest, 1)[0]
    if size >= 5 and (rest[0] == _STR or rest[0] == _INTERNED) and _INT32.unpack_from(rest, 1)[0] == size - 5:
        try:
            return "ok", str(rest[5:], "utf-8", "surrogatepass")
        except UnicodeDecodeError:  # refused the general way
            return None
    return None


def _count(data, pos):
    if pos + 4 > len(data):
        raise WireError("truncated")
    n = _INT32.unpack_from(data, pos)[0]
    pos += 4
    if n < 0 or n > len(data) - pos:
        raise WireError("a length beyond the data")
    return n, pos


def _read_marshal(data, pos, depth):
    if depth > MAX_DEPTH:
        raise WireError("value nested too deeply")
    if pos >= len(data):
        raise WireError("truncated")
    code = data[pos]
    pos += 1
    if code == _TUPLE or code == _LIST or code == _SET or code == _FROZENSET:
        n, pos = _count(data, pos)
        items = []
        for _ in range(n):
            item, pos = _read_marshal(data, pos, depth + 1)
            items.append(item)
        if code == _TUPLE:
            return tuple(items), pos
        if code == _LIST:
            return items, pos
        try:
            return (set(items) if code == _SET else frozenset(items)), pos
        except TypeError:
            raise WireError("a set holding an unhashable value") from None
    if code == _STR or code == _INTERNED:
        n, pos = _count(data, pos)
        try:
            return str(data[pos : pos + n], "utf-8", "surrogatepass"), pos + n
        except UnicodeDecodeError:
            raise WireError("a string that is not UTF-8") from None
    if code in _SINGLETONS:
        return _SINGLETONS[code], pos
    if code == _INT:
        if pos + 4 > len(data):
            raise WireError("truncated")
        return _INT32.unpack_from(data, pos)[0], pos + 4
    if code == _LONG:
        if pos + 4 > len(data):
            raise WireError("truncated")
        n = _INT32.unpack_from(data, pos)[0]
        pos += 4
        size = abs(n)
        if size > MAX_INT_DIGITS or pos + 2 * size > len(data):
            raise WireError("an integer too large or truncated")
        value = 0
        for i in range(size - 1, -1, -1):
            digit = data[pos + 2 * i] | (data[pos + 2 * i + 1] << 8)
            if digit >= 1 << 15:
                raise WireError("a malformed integer")
            value = (value << 15) | digit
        return (-value if n < 0 else value), pos + 2 * size
    if code == _FLOAT:
        if pos + 8 > len(data):
            raise WireError("truncated")
        return _DOUBLE.unpack_from(data, pos)[0], pos + 8
    if code == _COMPLEX:
        if pos + 16 > len(data):
            raise WireError("truncated")
        real, imag = _DOUBLE2.unpack_from(data, pos)
        return complex(real, imag), pos + 16
    if code == _BYTES:
        n, pos = _count(data, pos)
        return data[pos : pos + n], pos + n
    if code == _DICT:
        out = {}
        while True:
            if pos >= len(data):
                raise WireError("truncated")
            if data[pos] == _DICT_END:
                return out, pos + 1
            key, pos = _read_marshal(data, pos, depth + 1)
            value, pos = _read_marshal(data, pos, depth + 1)
            try:
                out[key] = value
            except TypeError:
                raise WireError("a dict with an unhashable key") from None
    raise WireError("an unexpected marshal code %r" % chr(code))


_DOUBLE = struct.Struct("<d")
_DOUBLE2 = struct.Struct("<dd")
