# passk harvest's tracer. Bound as sitecustomize.py on the PYTHONPATH of a project's test run inside
# the sandbox, so every Python process of the run loads it: sys.setprofile (as Codex-S did) sees each
# call of the project's own module-level functions and records the arguments and the return value, or
# that the call raised, when they are data in passk's value encoding (wire.py). At exit each process
# writes what it saw to $PASSK_TRACE_DIR. The test suite runs in the same process and may tamper with
# all of this: passk reads the files as untrusted data, and checks every kept case by running the
# function again.
import os
import sys


def _install():
    root = os.environ.get("PASSK_TRACE_PROJECT")
    out = os.environ.get("PASSK_TRACE_DIR")
    if not root or not out:
        return
    import atexit
    import dis
    import json
    import threading

    from _passk_wire import encode

    prefix = root.rstrip("/") + "/"
    max_functions = 2000  # functions followed per process
    max_distinct = 400  # distinct argument lists kept per function
    max_case_chars = 16384  # the JSON text of one argument list or outcome
    max_len = 4096  # a str, list, dict, ... longer than this is not encoded at all
    returns = {dis.opmap[name] for name in ("RETURN_VALUE", "RETURN_CONST") if name in dis.opmap}
    generator_flags = 0x20 | 0x80 | 0x100 | 0x200  # GENERATOR, COROUTINE, ITERABLE_COROUTINE, ASYNC_GENERATOR
    dumps = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode
    state = {"functions": {}, "codes": {}, "pending": {}}

    def is_test_path(rel):
        parts = rel.split("/")
        base = parts[-1]
        if base.startswith("test_") or base.endswith("_test.py") or base == "conftest.py":
            return True
        return any(p in ("test", "tests", "testing") or p.startswith(".") or p == "site-packages" for p in parts[:-1])

    class Function:
        __slots__ = ("file", "name", "line", "module", "note", "calls", "raised", "skipped", "cases",
                     "conflicts", "code", "bytecode", "defaults", "kwdefaults")

        def __init__(self, code, rel, module, note, fn):
            self.file, self.name, self.line, self.module, self.note = rel, code.co_name, code.co_firstlineno, module, note
            self.calls = self.raised = self.conflicts = 0
            self.skipped = {}
            self.cases = {}
            self.code = code
            self.bytecode = code.co_code
            self.defaults = getattr(fn, "__defaults__", None) or ()
            self.kwdefaults = getattr(fn, "__kwdefaults__", None) or {}

        def skip(self, why):
            self.skipped[why] = self.skipped.get(why, 0) + 1

    def classify(frame):
        code = frame.f_code
        path = code.co_filename
        # CO_OPTIMIZED: a function's code (not a module's or a class body's).
        if not code.co_flags & 0x01 or not path.startswith(prefix) or is_test_path(path[len(prefix):]):
            return None
        name = code.co_name
        qualname = getattr(code, "co_qualname", None)
        if name.startswith("<") or (qualname is not None and qualname != name):
            return None  # a lambda, a comprehension, module code, a method, a nested function
        fn = frame.f_globals.get(name)
        note = None
        if getattr(fn, "__code__", None) is not code:
            wrapped = fn
            for _ in range(20):
                wrapped = getattr(wrapped, "__wrapped__", None)
                if wrapped is None or getattr(wrapped, "__code__", None) is code:
                    break
            if wrapped is not None:
                note = "decorated"
            elif qualname is None:
                return None  # Python < 3.11 cannot tell a nested function by its code alone
            else:
                note = "not bound to its module-level name (redefined or replaced)"
        if code.co_flags & generator_flags:
            note = "a generator or coroutine (its result is not a value)"
        if len(state["functions"]) >= max_functions:
            return None
        module = frame.f_globals.get("__name__")
        function = Function(code, path[len(prefix):], module if isinstance(module, str) else "?", note, fn)
        state["functions"][code] = function
        return function

    def too_long(value):
        kind = type(value)
        return kind in (str, bytes, list, tuple, dict, set, frozenset, bytearray) and len(value) > max_len

    def arguments(function, frame):
        """The call as positional arguments, or the reason it cannot be one."""
        code = function.code
        local = frame.f_locals
        names = code.co_varnames
        count = code.co_argcount
        args = [local[names[i]] for i in range(count)]
        at = count + code.co_kwonlyargcount
        for name in names[count:at]:
            if local[name] is not function.kwdefaults.get(name, local):
                return None, "keyword-only argument given"
        extra = ()
        if code.co_flags & 0x04:  # *args
            extra = local[names[at]]
            at += 1
        if code.co_flags & 0x08 and local[names[at]]:  # **kwargs
            return None, "keyword arguments given"
        if not extra:
            # Arguments left at their defaults are left out (a default need not be data).
            defaults = function.defaults
            first = count - len(defaults)
            while args and len(args) - 1 >= first and args[-1] is defaults[len(args) - 1 - first]:
                args.pop()
        args.extend(extra)
        return args, None

    def on_call(function, frame):
        function.calls += 1
        if function.note is not None:
            return
        if len(function.cases) >= max_distinct:
            function.skip("beyond the cap of distinct calls")
            return
        args, why = arguments(function, frame)
        if why is not None:
            function.skip(why)
            return
        if any(too_long(a) for a in args):
            function.skip("argument too large")
            return
        try:
            text = dumps(encode(args, strict=True))
        except Exception:
            function.skip("argument not data")
            return
        if len(text) > max_case_chars:
            function.skip("argument too large")
            return
        state["pending"][id(frame)] = (function, text)

    def on_return(frame, value):
        entry = state["pending"].pop(id(frame), None)
        if entry is None:
            return
        function, args = entry
        lasti = frame.f_lasti
        bytecode = function.bytecode
        if not (0 <= lasti < len(bytecode) and bytecode[lasti] in returns):
            # Left by an exception. A profile function is not told which one (Python 3.11).
            function.raised += 1
            outcome = '{"raised":true}'
        else:
            if too_long(value):
                function.skip("result too large")
                return
            try:
                outcome = dumps({"ok": encode(value, strict=True)})
            except Exception:
                function.skip("result not data")
                return
            if len(outcome) > max_case_chars:
                function.skip("result too large")
                return
        seen = function.cases.get(args)
        if seen is None:
            function.cases[args] = outcome
        elif seen != outcome:
            function.conflicts += 1

    codes = state["codes"]

    def profile(frame, event, arg):
        try:
            if event == "call":
                code = frame.f_code
                function = codes.get(code, False)
                if function is False:
                    function = codes[code] = classify(frame)
                if function is not None:
                    on_call(function, frame)
            elif event == "return" and state["pending"]:
                on_return(frame, arg)
        except Exception:
            pass  # the suite must run on whatever the tracer meets

    def dump():
        sys.setprofile(None)
        parts = []
        for f in state["functions"].values():
            cases = ",".join('{"args":%s,"out":%s}' % pair for pair in f.cases.items())
            head = dumps({"file": f.file, "name": f.name, "line": f.line, "module": f.module, "note": f.note,
                          "calls": f.calls, "raised": f.raised, "conflicts": f.conflicts, "skipped": f.skipped})
            parts.append('%s,"cases":[%s]}' % (head[:-1], cases))
        path = os.path.join(out, "%d-%d.json" % (os.getpid(), id(state)))
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            with os.fdopen(fd, "w") as f:
                f.write('{"version":1,"functions":[%s]}' % ",".join(parts))
        except OSError:
            pass

    def forget():
        # A forked child writes its own file: it starts empty so nothing is counted twice.
        state["functions"].clear()
        codes.clear()
        state["pending"].clear()

    os.register_at_fork(after_in_child=forget)
    atexit.register(dump)
    threading.setprofile(profile)
    sys.setprofile(profile)


_install()
