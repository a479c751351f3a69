# What runs inside the locked-down processes, for each kind of run. Every function but run_test
# runs in a child after lock_down() and ends the process.
#
# - in_process: the whole program (sample + test) in one interpreter, as the reference harness
#   runs it. Only for tests that cannot be split: the sample can reach the test here.
# - sample_side / run_test: the split run. The sample's module runs in one process; the test (the
#   prompt's helpers, the test code and `check`) in another, with another uid (the tester), where
#   `candidate` is a proxy: each call crosses as data, and what comes back is plain built-in values.
#   Nothing the sample does can reach the test's interpreter or its verdict.
# - data_cases: tests as data (passk sets); the outputs go back and are compared outside.
import json
import marshal
import os
import struct

from lockdown import CappedStream, describe, emulate_reference_guard
from wire import MARSHAL_VERSION, NotData, SampleValue, WireError, decode_args, encode, loads_marshal, loads_plain

VERDICT_FD = 3
MESSAGE_CAP = 64 * 1024
MAX_FRAME = 16 << 20  # one call's arguments or one reply


def _verdict_and_exit(nonce, word, message, write=os.write, exit_now=os._exit):
    """Writes `<nonce> <word> <message>` on the verdict pipe and ends the process, whatever happens
    (with os.write and os._exit as they were before any sample ran, whatever it did to `os`)."""
    try:
        text = str.encode(message[:MESSAGE_CAP], "utf-8", "backslashreplace")
        write(VERDICT_FD, nonce + b" " + word + b" " + text)
    finally:
        exit_now(0)


def in_process(code, output_cap, nonce):
    emulate_reference_guard(CappedStream(output_cap, os.write))
    word, message = b"failed", ""
    try:
        exec(code, {})
        word = b"passed"
    except BaseException as e:
        message = describe(e)
    _verdict_and_exit(nonce, word, message)


def data_cases(code, entry_point, inputs, nonce):
    """Tests as data: runs the program (compiled by the zygote, which also set up the reference
    guard), then calls the entry point on each case's arguments and writes `<nonce> case <i> <json>`
    per case; passk compares the outputs outside."""
    write, dumps = os.write, json.dumps
    word, message = b"failed", ""
    try:
        namespace = {}
        exec(code, namespace)
        candidate = namespace.get(entry_point)
        if not callable(candidate):
            raise NameError("name '%s' is not defined" % entry_point)
        for index, text in enumerate(inputs):
            args = decode_args(json.loads(text))
            try:
                out = {"ok": encode(candidate(*args))}
            except RecursionError as e:
                out = {"error": "RecursionError: " + describe(e)}
            except Exception as e:
                text = describe(e)
                out = {"error": type(e).__name__ + (": " + text if text else "")}
            try:
                line = dumps(out, allow_nan=False)
            except BaseException as e:
                line = dumps({"error": "unencodable result: " + describe(e)})
            write(VERDICT_FD, nonce + b" case " + str(index).encode() + b" " + str.encode(line, "utf-8", "backslashreplace") + b"\n")
        word = b"passed"
    except BaseException as e:
        message = describe(e)
    _verdict_and_exit(nonce, word, message)


# ---------------------------------------------------------------- the split run: framing
#
# A message is a tuple; a frame is its length, a kind byte and the tuple as marshal version 2 (the
# fast path) or, when marshal cannot say it, as JSON in the wire encoding. Messages:
#   sample -> test: ("ready",) | ("module_error", message)
#                   ("ok", value) | ("ok", value, arguments after the call) | ("raise", class names, message)
#   test -> sample: (arguments, keyword arguments) | a HELLO frame (empty)
# The sample's first word, once its module has run, is "ready" or the module's error. "ready" is not
# sent on its own: it goes out in the same write as the first reply (the test sends its first call
# without waiting for it), or in answer to HELLO when the test needs it without a call (its own code
# failed, or `check` ended without calling). So a sample costs one write and one wake-up fewer.

_FRAME = struct.Struct(">IB")
MARSHAL, JSON, HELLO = 0, 1, 2


def _send(fd, message, strict=False, before=b""):
    """Writes `message` as a frame (after the bytes `before`, in the same write)."""
    try:
        kind, data = MARSHAL, marshal.dumps(message, MARSHAL_VERSION)
    except ValueError:  # something marshal cannot write: the wire encoding says it (or NotData)
        kind, data = JSON, json.dumps(encode(message, strict)).encode("ascii")
    _write_frame(fd, kind, data, before)


def _write_frame(fd, kind, data, before=b""):
    view = memoryview(before + _FRAME.pack(len(data), kind) + data)
    while view:
        view = view[os.write(fd, view):]


_READY_MESSAGE = ("ready",)
_READY = _FRAME.pack(len(marshal.dumps(_READY_MESSAGE, MARSHAL_VERSION)), MARSHAL) + marshal.dumps(
    _READY_MESSAGE, MARSHAL_VERSION)


_UNENCODABLE = json.dumps({"$tuple": ["ok", {"$repr": "<value that cannot be encoded>", "$type": "object"}]}).encode()


_FIRST_READ = 448  # most frames whole, in a bytes object small enough for Python's own allocator


class _Frames:
    """The frames arriving on a pipe. One read usually brings a whole frame (header and body
    together); whatever arrives beyond it is kept for the next one."""

    __slots__ = ("fd", "buffer")

    def __init__(self, fd):
        self.fd, self.buffer = fd, b""

    def next(self, limit=None):
        """(size, kind, data), or None at end of file; `data` is None when size > `limit` (and then
        nothing of the body is read)."""
        buffer, read = self.buffer, os.read
        while len(buffer) < 5:
            chunk = read(self.fd, _FIRST_READ)
            if not chunk:
                return None
            buffer += chunk
        size, kind = _FRAME.unpack_from(buffer)
        if limit is not None and size > limit:
            self.buffer = buffer
            return size, kind, None
        end = 5 + size
        if len(buffer) < end:
            parts, got = [buffer], len(buffer)
            while got < end:
                chunk = read(self.fd, min(end - got, 1 << 20))
                if not chunk:
                    return None
                parts.append(chunk)
                got += len(chunk)
            buffer = b"".join(parts)
        self.buffer = buffer[end:]
        return size, kind, buffer[5:end]


# ---------------------------------------------------------------- the sample's side

SAMPLE_REQUESTS, SAMPLE_REPLIES = 3, 4
_MUTABLE = (list, dict, set, bytearray)


def sample_side(code, entry_point):
    """Runs the sample's module (compiled by the zygote, which also set up the reference guard),
    then answers the test side's calls of `entry_point`. fds: 1 and 2 the sample's output, 3 calls
    in, 4 replies out."""
    exit_now, loads = os._exit, marshal.loads
    requests, replies = _Frames(SAMPLE_REQUESTS), SAMPLE_REPLIES
    namespace = {}
    try:
        exec(code, namespace)
        if entry_point not in namespace:
            raise NameError("name '%s' is not defined" % entry_point)
        function = namespace[entry_point]
    except BaseException as e:
        try:
            _send(replies, ("module_error", describe(e)))
        finally:
            exit_now(0)
    ready = _READY  # said with the first reply (or on HELLO), then never again
    while True:
        frame = requests.next()
        if frame is None:
            exit_now(0)
        _, kind, data = frame
        if kind == HELLO:
            if ready:
                os.write(replies, ready)  # a few bytes: written whole
                ready = b""
            continue
        # From the test's side, which is trusted: marshal.loads is safe on what it wrote.
        args, kwargs = loads(data) if kind == MARSHAL else decode_args(json.loads(data))
        try:
            result = function(*args, **kwargs)
            for arg in args:
                if isinstance(arg, _MUTABLE):
                    reply = ("ok", result, list(args))
                    break
            else:
                reply = ("ok", result)
        except BaseException as e:
            try:
                names = [c.__name__ for c in type(e).__mro__][:40]
            except BaseException:
                names = ["Exception"]
            reply = ("raise", names, describe(e))
        try:
            _send(replies, reply, before=ready)
        except BaseException:  # nested too deeply, or a repr that raised: an opaque value
            _write_frame(replies, JSON, _UNENCODABLE, ready)
        ready = b""


def warm_up():
    """Runs the sample side's framing (reads, writes, marshal) in the zygote before it freezes, so
    that its code is already quickened and specialised when a child runs it: a child that did it
    would write into the code objects, and copy their pages."""
    loads = marshal.loads
    r, w = os.pipe()
    try:
        frames = _Frames(r)
        for message in (("ok", 1), ("ok", "text"), ("ok", [1, 2.5], [[1]]), ("ok", None)) * 4:
            _send(w, message, before=_READY)  # as a first reply: "ready" in the same write
            loads(frames.next()[2])
            loads(frames.next()[2])
    finally:
        os.close(r)
        os.close(w)


# ---------------------------------------------------------------- the test's side


class _Stop(BaseException):
    """Ends the test when the sample can no longer be asked (BaseException: `except Exception` in
    a test does not swallow it; a flag records it even if a bare `except` does)."""


class _Session:
    """One test's link to the sample's process, and why it cannot go on (stop: (word, text))."""

    __slots__ = ("requests", "replies", "stop", "hello")

    def __init__(self, requests, replies):
        self.requests, self.replies, self.stop, self.hello = requests, _Frames(replies), None, None

    def first_word(self):
        """Reads the sample's first word if it has not come yet (it comes before the first reply);
        halts unless it is "ready": with the module's error ("failed"), or gone, or malformed."""
        if self.hello is None:
            self.hello = self.receive()
        hello = self.hello
        if hello == _READY_MESSAGE:
            return
        if hello[0] == "module_error" and len(hello) == 2 and type(hello[1]) is str:
            self.halt("failed", hello[1])
        self.halt("malformed", "an unexpected first message")

    def ask_first_word(self):
        """When no call has brought the sample's first word: asks for it (HELLO) and reads it.
        Returns the verdict it decides, (word, message), or None when it is "ready". It decides
        before anything the test did, as the reference harness runs the module before the test."""
        self.stop = None
        try:
            try:
                _write_frame(self.requests, HELLO, b"")
            except OSError:  # the process ended; its module's error may still wait in the pipe
                pass
            self.first_word()
            return None
        except _Stop:
            return self.stop

    def halt(self, kind, text):
        if self.stop is None:
            self.stop = (kind, text)
        raise _Stop(text)

    def receive(self):
        frame = self.replies.next(MAX_FRAME)
        if frame is None:
            self.halt("gone", "the sample's process ended")
        size, kind, data = frame
        if data is None:
            self.halt("malformed", "a reply of %d bytes (the limit is %d)" % (size, MAX_FRAME))
        try:
            if kind == MARSHAL:
                reply = loads_marshal(data)
            elif kind == JSON:
                reply = loads_plain(data)
            else:
                raise WireError("an unknown kind of frame")
        except WireError as e:
            self.halt("malformed", str(e))
        if type(reply) is not tuple or not reply:
            self.halt("malformed", "a reply that is not a message")
        return reply

    def call(self, args, kwargs):
        if self.stop is not None:
            raise _Stop(self.stop[1])
        try:
            _send(self.requests, (args, kwargs), strict=True)
        except SampleValue as e:
            self.halt("sample_value", "the test passed back a value that is not data (%s)" % e)
        except NotData as e:
            self.halt("unsplittable", "an argument is not data (%s)" % e)
        except OSError:
            self.first_word()  # its module's error, if that is why it ended
            self.halt("gone", "the sample's process ended")
        self.first_word()
        reply = self.receive()
        if reply[0] == "ok" and len(reply) in (2, 3):
            if len(reply) == 3:
                _write_back(args, reply[2], self.halt)
            return reply[1]
        if reply[0] == "raise" and len(reply) == 3:
            raise _rebuild(reply[1], reply[2], self.halt)
        self.halt("malformed", "a reply with neither a value nor an exception")


_SESSION = [None]  # the tester's current test (it runs one at a time)


class _Candidate:
    """`candidate` as the test sees it: calls cross to the sample's process as data."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _SESSION[0].call(args, kwargs)

    def __getattribute__(self, name):
        _SESSION[0].halt("unsplittable", "the test reads the candidate's attribute %r" % name)


def run_test(test_code, check_code, entry_point, requests, replies):
    """Runs the test with `candidate` a proxy to the sample's process (calls written to `requests`,
    replies read from `replies`); returns the verdict (word, message). Words: passed, failed,
    compile (the sample's module did not compile), gone (the sample's process ended), malformed (it
    sent something that is not a reply), unsplittable (the test passed something that is not data,
    or inspected the candidate)."""
    session = _SESSION[0] = _Session(requests, replies)
    word, message = "failed", ""
    try:
        namespace = {}
        test_error = None
        try:
            exec(test_code, namespace)
        except BaseException as e:
            test_error = e
        if test_error is not None:
            message = describe(test_error)
        else:
            namespace[entry_point] = _Candidate()
            exec(check_code, namespace)
            word = "passed"
    except BaseException as e:
        message = describe(e)
    if session.stop is not None:
        word, message = session.stop
    if session.hello is None:
        # No call brought the sample's first word (the test's own code failed, or it ended without
        # calling): it is asked for, and a module that failed decides the verdict.
        first = session.ask_first_word()
        if first is not None:
            word, message = first
    return word, message[:MESSAGE_CAP]


def _write_back(args, after, stop):
    """The sample's function may change the lists, dicts and sets it is given, as the test may
    check: the changed contents come back as data and are written into the test's own objects."""
    if type(after) is not list or len(after) != len(args):
        stop("malformed", "changed arguments that do not match the call")
    for original, new in zip(args, after):
        if original == new:
            continue
        kind = type(original)
        if kind is list and type(new) is list:
            original[:] = new
        elif kind is dict and type(new) is dict:
            original.clear()
            original.update(new)
        elif kind is set and type(new) is set:
            original.clear()
            original.update(new)
        elif kind is bytearray and type(new) is bytes:
            original[:] = new


def _rebuild(names, message, stop):
    """The sample's exception, rebuilt on the test's side from its class names and message: the
    nearest built-in class (so `except ValueError` still catches it), printing exactly as it did."""
    import builtins

    if type(names) is not list or not names or type(message) is not str:
        stop("malformed", "an exception without class names and message")
    base = Exception
    for name in names:
        candidate = getattr(builtins, name, None) if type(name) is str else None
        if isinstance(candidate, type) and issubclass(candidate, BaseException):
            base = candidate
            break
    first = names[0] if type(names[0]) is str and names[0].isidentifier() else "Exception"
    try:
        kind = type(first[:100], (base,), {"__str__": lambda self: message, "__module__": "sample"})
    except TypeError:  # a built-in that cannot be subclassed
        kind = type(first[:100], (Exception,), {"__str__": lambda self: message, "__module__": "sample"})
    return kind(message)

