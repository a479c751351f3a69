# The sample's side of an EvalPlus run (docs/evalplus.md): a child of the zygote runs the program,
# then calls the entry point on each input, as EvalPlus's evaluator does, and writes one line per
# input on the verdict pipe. passk compares the outputs outside, with expected values this process
# never sees, so whatever it writes is only a claim about its own outputs.
#
# Inputs arrive as the dataset's own JSON text (read by Python's json, as EvalPlus reads them: NaN,
# Infinity, integers of any size) and, for MBPP+, are turned into the tuples, sets and complex
# numbers EvalPlus's loader makes of them. Lines, after `<nonce> ready` once the module has run,
# for each input `<nonce> r` as soon as the call has returned (the time limit of an input stops
# there: writing a large output down is not the sample's time), then one of:
#   <nonce> case <i> {"ok": <value>}             the output, in the wire encoding
#   <nonce> case <i> {"digest": "m:<hex>", ...}  an output too large to send: a digest of it
#   <nonce> case <i> {"error": "<Type>: <msg>"}  the call raised
# The value, when there is one, comes last, as json.dumps wrote it: the judge compares that text with
# the expected one before anything else. With "reference" (the canonical solution, trusted) each
# line also has "t", the call's CPU seconds (its thread's clock: the process clock of a fresh child
# is read at a coarser grain), what the judge needs to know of the output ("floats", "nan"), and
# "alt" for the MBPP+ tasks whose oracle is a second formula of the input.
import json
import marshal
import math
import os
import sys
import time

from _blake2 import blake2b

from lockdown import describe
from wire import encode

VERDICT_FD = 3
MARSHAL_VERSION = 2  # no back-references and no interning flags: equal plain values, equal bytes

# EvalPlus's MBPP+ loader (mbpp_deserialize_inputs) rebuilds some arguments that JSON cannot hold,
# by task number; each rule below maps one input's argument list to the arguments of the call.


def _each_tuple(args):
    return [tuple(a) for a in args]


def _inner_tuples(args):
    return [[tuple(x) for x in a] for a in args]


def _first_inner_tuples_then_second(args):
    return [[tuple(x) for x in args[0]], args[1]]


def _second_tuple(args):
    return [args[0], tuple(args[1])]


def _sets_or_empty_dicts(args):
    # An empty list becomes {} (an empty dict) in EvalPlus's loader, and so it does here.
    return [[set(x) if isinstance(x, list) and len(x) else {} for x in args[0]]]


def _float_and_complex(args):
    return (float(args[0]), complex(args[1]))


def _first_tuple(args):
    return [tuple(args[0]), args[1]]


def _tuples_of_tuples(args):
    return [tuple(tuple(x) for x in a) for a in args]


def _first_items_as_tuple(args):
    return [tuple(tuple(x) if isinstance(x, list) else x for x in args[0])]


def _first_tuple_of_three(args):
    return [tuple(args[0]), args[1], args[2]]


def _dict_values_tuples(args):
    return [{key: tuple(value) for key, value in args[0].items()}] + args[1:]


def _complex(args):
    return [complex(args[0])]


def _deep_tuples(value):
    return tuple(_deep_tuples(x) for x in value) if isinstance(value, list) else value


MBPP_RULES = {}
for _numbers, _rule in (
    ((2, 116, 132, 143, 222, 261, 273, 394, 399, 421, 424, 429, 470, 560, 579, 596, 616, 630, 726, 740, 744, 809), _each_tuple),
    ((63, 64, 70, 94, 120, 237, 272, 299, 400, 409, 417, 438, 473, 614, 780), _inner_tuples),
    ((75, 413, 444, 753), _first_inner_tuples_then_second),
    ((106, 750), _second_tuple),
    ((115,), _sets_or_empty_dicts),
    ((124,), _float_and_complex),
    ((250, 405, 446, 617, 720, 763, 808), _first_tuple),
    ((259, 401, 445), _tuples_of_tuples),
    ((278,), _first_items_as_tuple),
    ((307,), _first_tuple_of_three),
    ((722,), _dict_values_tuples),
    ((252,), _complex),
    ((580, 615, 791), _deep_tuples),
):
    for _number in _numbers:
        MBPP_RULES[_number] = _rule


def arguments(value, mbpp_task):
    """One input (as json.loads read it) -> the call's arguments, as EvalPlus builds them."""
    rule = MBPP_RULES.get(mbpp_task) if mbpp_task is not None else None
    return rule(value) if rule is not None else value


# ---------------------------------------------------------------- the reference's extra oracles
# Two MBPP+ tasks accept, besides the canonical solution's output, the value of a second reading of
# the problem (EvalPlus's _special_oracle.py); it depends on the input only, so it is computed here,
# once, with the expected outputs.


def _pyramid_surface(base_edge, height):
    """Mbpp/581: the height taken as the perpendicular distance from base to apex."""
    slant = math.sqrt((base_edge / 2) ** 2 + height**2)
    return round(base_edge**2 + 4 * (base_edge * slant) / 2)


def _digit_distance_padded(num1, num2):
    """Mbpp/558: the shorter number padded with leading zeros."""
    a, b = str(num1), str(num2)
    width = max(len(a), len(b))
    return sum(abs(int(x) - int(y)) for x, y in zip(a.zfill(width), b.zfill(width)))


ALT_ORACLES = {"surface_Area": _pyramid_surface, "digit_distance_nums": _digit_distance_padded}


def is_floats(value):
    """EvalPlus's is_floats: a float, or a non-empty list or tuple of floats."""
    if isinstance(value, float):
        return True
    if isinstance(value, (list, tuple)) and value:
        return all(isinstance(x, float) for x in value)
    return False


_CONTAINERS = frozenset((list, tuple, set, frozenset, dict))


def has_nan(value, depth=0):
    """Whether a NaN is anywhere in `value` (then nothing equals it). Outputs can be huge (one of
    MBPP+'s has 128 million items): each container's item types are gathered at C speed, and only
    containers and floats are looked at one by one."""
    kind = type(value)
    if kind is float:
        return value != value
    if kind not in _CONTAINERS or depth > 100:
        return False
    items = list(value.keys()) + list(value.values()) if kind is dict else value
    types = set(map(type, items))
    if float in types and any(map(math.isnan, (x for x in items if type(x) is float))):
        return True
    inner = types & _CONTAINERS
    return bool(inner) and any(has_nan(x, depth + 1) for x in items if type(x) in inner)


# ---------------------------------------------------------------- the child


def evalplus_cases(code, request, nonce):
    """Runs the program, then each input; ends the process (see sides._verdict_and_exit)."""
    from sides import _verdict_and_exit

    # Taken before the sample's code runs, which may replace any of them.
    write, loads, dumps, mdumps, clock = os.write, json.loads, json.dumps, marshal.dumps, time.thread_time
    options = request["evalplus"]
    reference = bool(options.get("reference"))
    stop_on_error = bool(options.get("stop_on_error", True))
    digest_above = int(options.get("digest_above", 1 << 62))
    mbpp_task = options.get("mbpp_task")
    alt = ALT_ORACLES.get(request["entry_point"]) if reference and mbpp_task is not None else None
    prefix = nonce + b" case "
    returned = nonce + b" r\n"
    word, message = b"failed", ""
    # EvalPlus's inputs and outputs hold integers of any size (HumanEval/139's have thousands of
    # digits): this process reads and writes them as text, at its own cost in time.
    sys.set_int_max_str_digits(0)
    try:
        if not reference:
            import builtins

            builtins.open = None  # EvalPlus's guard takes open() away from samples too
        namespace = {}
        exec(code, namespace)
        if request["entry_point"] not in namespace:
            raise NameError("name '%s' is not defined" % request["entry_point"])
        function = namespace[request["entry_point"]]
        write(VERDICT_FD, nonce + b" ready\n")
        for index, text in enumerate(request["inputs"]):
            meta, value_text = {}, None
            failed = False
            try:
                args = arguments(loads(text), mbpp_task)
            except Exception as e:
                args, failed = None, True
                meta["error"] = "the input could not be built: " + type(e).__name__ + ": " + describe(e)
            if not failed:
                started = clock()
                try:
                    out = function(*args)
                except BaseException as e:  # as EvalPlus: SystemExit fails this input too
                    failed = True
                    text = describe(e)
                    meta["error"] = type(e).__name__ + (": " + text if text else "")
                if reference:
                    meta["t"] = clock() - started
            write(VERDICT_FD, returned)
            if not failed:
                try:
                    value_text = describe_output(meta, out, mdumps, dumps, digest_above, reference)
                except BaseException as e:  # nested too deeply, or a repr that raised
                    failed, value_text = True, None
                    meta = {"error": "unencodable result: " + describe(e)}
                if alt is not None:
                    try:
                        meta["alt"] = encode(alt(*args))
                    except Exception as e:
                        meta["alt_error"] = type(e).__name__
            try:
                text = dumps(meta, allow_nan=False)
            except BaseException as e:
                failed, value_text = True, None
                text = dumps({"error": "unencodable result: " + describe(e)})
            if value_text is not None:
                # The value last, so that its text can be compared as it is: {..., "ok": <value>}.
                text = ("{" + text[1:-1] + ", " if len(text) > 2 else "{") + '"ok": ' + value_text + "}"
            write(VERDICT_FD, prefix + str(index).encode() + b" " + str.encode(text, "utf-8", "backslashreplace") + b"\n")
            if failed and stop_on_error:
                break
        word = b"passed"
    except BaseException as e:
        message = describe(e)
    _verdict_and_exit(nonce, word, message)


def describe_output(meta, out, mdumps, dumps, digest_above, reference):
    """The output's JSON text (in the wire encoding) or, above `digest_above` bytes, None and a digest
    in `meta`: of its marshal bytes (version 2: equal plain values give equal bytes), or of its
    encoding when marshal refuses it. The reference also says what the judge needs to know of it."""
    if reference:
        meta["floats"] = is_floats(out)
        meta["nan"] = has_nan(out)
    try:
        data = mdumps(out, MARSHAL_VERSION)
        kind = "m:"
    except (ValueError, RecursionError):
        data, kind = None, "j:"
    if data is not None and len(data) <= digest_above:
        return dumps(encode(out), allow_nan=False)
    if data is None:
        text = dumps(encode(out), allow_nan=False)
        if len(text) <= digest_above:
            return text
        data = str.encode(text, "utf-8", "backslashreplace")
    meta["digest"] = kind + blake2b(data, digest_size=20).hexdigest()
    meta["size"] = len(data)
    return None
