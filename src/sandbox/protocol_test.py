# Unit tests of the fork server's side of the protocol (protocol.py against protocol.json, the
# server's answers to bad requests, channel.py's messages to its helpers, a split run's setup word,
# and link.py's request lines and held answers). Run by src/sandbox/protocol-py.test.ts with the
# real Python:
#   python3 -B src/sandbox/protocol_test.py
import json
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import protocol  # noqa: E402

with open(os.path.join(HERE, "protocol.json"), "rb") as f:
    SCHEMA = json.load(f)

LIMITS = {"timeout": 3.0, "wall": 6, "memory": 1 << 30, "file_size": 1 << 24, "processes": 256, "output_cap": 2048}

# Every kind, with every optional field.
FULL = {
    "program": {"kind": "program", "program": "print(1)"},
    "data": {"kind": "data", "program": "def f(x): return x", "entry_point": "f", "inputs": ["[1]", "[2]"],
             "evalplus": {"stop_on_error": True, "digest_above": 16384, "mbpp_task": 2, "case_limits": [1, 0.5],
                          "reference": True}},
    "split": {"kind": "split", "module": "def f(): pass", "test_id": 4, "forget_tests": True, "prompt": "",
              "test": "def check(c): pass", "entry_point": "f"},
    "stdio": {"kind": "stdio", "program": "print(input())", "inputs": ["1\n"], "stdout_caps": [100],
              "entry_point": "f", "test_memory": 1 << 28},
}

RESPONSE = {"id": 3, "status": "passed", "result": "passed", "cpu": 0.0123, "wall": 0.02, "overhead": 0.0005,
            "replace": False, "verdict": "split", "exit_code": 0, "limit": "cpu", "case": 2, "output": "",
            "cases": ['{"ok": 1}'], "phase": "compile", "cpu_sample": 0.01, "cpu_test": 0.002,
            "tests": [{"end": "timeout", "stdout": "1\n", "cpu": 1.0, "wall": 1.5, "exit_code": -9, "message": "SIGKILL",
                       "case": '{"ok": 1}', "limit": "wall"}]}

# A value of the wrong type for each kind of field.
WRONG = {"string": 5, "number": "3", "integer": 1.5, "boolean": 1, "array": "x", "object": [1]}


def request(of, **changes):
    message = dict(FULL[of], id=1, **LIMITS)
    message.update(changes)
    return message


def fields_of(kind):
    return {**SCHEMA["request_common"], **SCHEMA["requests"][kind]}


class Requests(unittest.TestCase):
    def test_every_kind_accepted_with_all_fields_and_with_only_the_required_ones(self):
        for kind in SCHEMA["requests"]:
            self.assertIsNone(protocol.check_request(request(kind)), kind)
            required = {k: v for k, v in request(kind).items() if not fields_of(kind)[k].get("optional")}
            self.assertIsNone(protocol.check_request(required), kind)

    def test_a_missing_required_field_is_named(self):
        for kind in SCHEMA["requests"]:
            for name, spec in fields_of(kind).items():
                message = request(kind)
                del message[name]
                problem = protocol.check_request(message)
                if spec.get("optional"):
                    self.assertIsNone(problem, (kind, name))
                else:
                    self.assertIn(repr(name), problem or "", (kind, name))

    def test_an_unknown_field_is_named(self):
        for kind in SCHEMA["requests"]:
            self.assertEqual(protocol.check_request(request(kind, stray=1)), 'unknown field "stray"')
        # A field of another kind is unknown here.
        self.assertEqual(protocol.check_request(request("program", test_id=1)), 'unknown field "test_id"')

    def test_a_wrong_typed_field_is_named(self):
        for kind in SCHEMA["requests"]:
            for name, spec in fields_of(kind).items():
                wrong = "not-in-the-enum" if "enum" in spec and name != "kind" else WRONG[spec["type"]]
                problem = protocol.check_request(request(kind, **{name: wrong}))
                self.assertTrue(problem and problem.startswith("field %r: expected" % name), (kind, name, problem))

    def test_numbers_and_integers_are_strict(self):
        for value in (True, float("nan"), float("inf"), None, "1"):
            self.assertIn("'timeout'", protocol.check_request(request("program", timeout=value)))
        for value in (True, 2.0, None, 1 << 53):
            self.assertIn("'memory'", protocol.check_request(request("program", memory=value)))
        self.assertIsNone(protocol.check_request(request("program", timeout=3)))  # an int is a number

    def test_nested_problems_name_the_path(self):
        bad = dict(FULL["data"]["evalplus"], digest_above="big")
        self.assertEqual(protocol.check_request(request("data", evalplus=bad)),
                         "field 'evalplus': field 'digest_above': expected an integer, got string")
        self.assertEqual(protocol.check_request(request("data", inputs=["[1]", 2])),
                         "field 'inputs': item 1: expected a string, got number")
        self.assertEqual(protocol.check_request(request("stdio", stdout_caps=[1, 2.5])),
                         "field 'stdout_caps': item 1: expected an integer, got 2.5")
        for limits in ([0.5, float("nan")], [0.5, True], [0.5, None]):
            evalplus = dict(FULL["data"]["evalplus"], case_limits=limits)
            problem = protocol.check_request(request("data", evalplus=evalplus))
            self.assertTrue(problem.startswith("field 'evalplus': field 'case_limits': item 1: expected a finite number"), problem)
        missing = dict(FULL["data"]["evalplus"])
        del missing["stop_on_error"]
        self.assertEqual(protocol.check_request(request("data", evalplus=missing)),
                         "field 'evalplus': missing field 'stop_on_error'")

    def test_kind_and_shape(self):
        self.assertEqual(protocol.check_request([]), "expected an object, got array")
        self.assertEqual(protocol.check_request({"id": 1}), "missing field 'kind'")
        problem = protocol.check_request(request("program", kind="shell"))
        self.assertTrue(problem.startswith("field 'kind': expected one of data, program, split, stdio"), problem)
        self.assertEqual(protocol.check_request(request("program", kind=None)),
                         "field 'kind': expected one of data, program, split, stdio, got null")

    def test_the_kind_enum_lists_every_kind(self):
        self.assertEqual(sorted(SCHEMA["request_common"]["kind"]["enum"]), sorted(SCHEMA["requests"]))


class Responses(unittest.TestCase):
    def test_a_full_response_and_a_minimal_one_are_accepted(self):
        self.assertIsNone(protocol.check_response(RESPONSE))
        minimal = {k: RESPONSE[k] for k in ("id", "status", "result", "cpu", "wall", "overhead")}
        self.assertIsNone(protocol.check_response(minimal))

    def test_bad_responses_are_refused_naming_the_field(self):
        for name, spec in SCHEMA["response"].items():
            wrong = "nope" if "enum" in spec else WRONG[spec["type"]]
            problem = protocol.check_response(dict(RESPONSE, **{name: wrong}))
            self.assertTrue(problem and problem.startswith("field %r: expected" % name), (name, problem))
            if not spec.get("optional"):
                message = dict(RESPONSE)
                del message[name]
                self.assertEqual(protocol.check_response(message), "missing field %r" % name)
        self.assertEqual(protocol.check_response(dict(RESPONSE, status="oom")),
                         "field 'status': expected one of crashed, error, failed, passed, timeout, unsplittable, got \"oom\"")
        self.assertEqual(protocol.check_response(dict(RESPONSE, debug=1)), 'unknown field "debug"')
        run = dict(RESPONSE["tests"][0], end="exploded")
        problem = protocol.check_response(dict(RESPONSE, tests=[RESPONSE["tests"][0], run]))
        self.assertTrue(problem.startswith("field 'tests': item 1: field 'end': expected one of"), problem)
        self.assertIn("'exit_code'", protocol.check_response(dict(RESPONSE, exit_code=None)))

    def test_the_ready_record(self):
        ready = {"ready": True, "python": "3.11.7", "seccomp": True, "seccomp_reason": None, "uid_drop": False,
                 "uid_drop_reason": "not root", "uids": None, "subreaper": True, "pid": 12}
        self.assertIsNone(protocol.check_ready(ready))
        self.assertIsNone(protocol.check_ready(dict(ready, uids=[1, 2])))
        self.assertEqual(protocol.check_ready(dict(ready, uids=[1, "2"])), "field 'uids': item 1: expected an integer, got string")
        self.assertEqual(protocol.check_ready(dict(ready, pid=None)), "field 'pid': expected an integer, got null")


class ServerAnswers(unittest.TestCase):
    """The fork server's own handling: a bad request is answered (for its id), never crashed on, and
    nothing of the request runs."""

    @classmethod
    def setUpClass(cls):
        import forkserver

        cls.forkserver = forkserver

    def answer(self, line):
        request_id, response = self.forkserver.answer(line, state={})  # an empty state: nothing may run
        response.update(id=request_id, overhead=0.0)
        self.assertIsNone(protocol.check_response(response))  # what the server then sends is valid
        return request_id, response

    def test_a_bad_request_is_answered_with_an_error_naming_the_field(self):
        line = json.dumps(request("data", entry_point=None)).encode()
        request_id, response = self.answer(line)
        self.assertEqual(request_id, 1)
        self.assertEqual(response["status"], "error")
        self.assertIn("bad request: field 'entry_point': expected a string, got null", response["result"])
        self.assertNotIn("replace", response)  # the server is fine: it ran nothing

    def test_unreadable_lines_and_requests_without_an_id_are_answered_as_id_0(self):
        for line in (b"{not json\n", b"\xff\xfe\n", b"[" * 100000 + b"]" * 100000, b"[1, 2]\n", b'"text"\n', json.dumps(dict(request("program"), id="7")).encode()):
            request_id, response = self.answer(line)
            self.assertEqual((request_id, response["status"]), (0, "error"), line)
            self.assertIn("protocol", response["result"])

    def test_a_server_error_answer_is_a_valid_response(self):
        response = dict(self.forkserver.sandbox_error("protocol: bad response: x", replace=True), id=1, overhead=0.0)
        self.assertIsNone(protocol.check_response(response))


class Channel(unittest.TestCase):
    """channel.py between the server and its helpers: a message sent before the previous one was
    read (the zygote's exit report right behind a child's pid) must still arrive, whole and once."""

    def setUp(self):
        import socket

        self.ours, self.theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self.ours.settimeout(5)  # a lost message fails the test instead of hanging it
        self.pipe = os.pipe()

    def tearDown(self):
        self.ours.close()
        self.theirs.close()
        for fd in self.pipe:
            os.close(fd)

    def test_messages_sent_back_to_back_each_arrive_with_their_own_descriptors(self):
        from channel import recv_message, send_message

        big = {"code": b"x" * 200_000}
        send_message(self.theirs, {"pid": 7})
        send_message(self.theirs, {"exit_code": 0, "cpu": 0.01, "setup": "ok"})
        send_message(self.theirs, big, [self.pipe[1]])
        send_message(self.theirs, {"pid": 8})
        self.assertEqual(recv_message(self.ours), ({"pid": 7}, []))
        self.assertEqual(recv_message(self.ours), ({"exit_code": 0, "cpu": 0.01, "setup": "ok"}, []))
        message, fds = recv_message(self.ours)
        self.assertEqual((message, len(fds)), (big, 1))
        os.close(fds[0])
        self.assertEqual(recv_message(self.ours), ({"pid": 8}, []))
        self.theirs.close()
        self.assertEqual(recv_message(self.ours), (None, []))


class SetupWord(unittest.TestCase):
    """judge.started_pid: a split run's child says "ok <pid>" on the server's setup pipe once locked
    down; anything else (why its lock-down failed, nothing, a mangled word) gives no pid, so the
    server never watches or kills a process it was not told of."""

    def test_only_ok_and_a_plain_pid_give_a_pid(self):
        from judge import started_pid

        self.assertEqual(started_pid("ok 42"), 42)
        self.assertEqual(started_pid("ok 123456789"), 123456789)
        for word in ("", "ok", "ok ", "ok 0", "ok 1", "ok -5", "ok +5", "ok 5 ", " ok 5", "ok  5", "ok 5\n",
                     "ok 1234567890", "ok \u0664\u0662", "ok 4\u00b2", "OK 5", "okay 5", "ok 0x10", "ok 1e3",
                     "sandbox setup failed: OSError(1, 'no')", "the child ended before its lock-down"):
            self.assertIsNone(started_pid(word), word)


class Link(unittest.TestCase):
    """link.py: request lines as they arrive (whole, in order, however the bytes are split), and
    answers held while requests wait, then sent: when few wait, when many are held, when due."""

    def setUp(self):
        self.requests_r, self.requests_w = os.pipe()
        self.answers_r, self.answers_w = os.pipe()
        os.set_blocking(self.answers_r, False)

    def tearDown(self):
        for fd in (self.requests_r, self.requests_w, self.answers_r, self.answers_w):
            try:
                os.close(fd)
            except OSError:
                pass

    def sent(self):
        try:
            return os.read(self.answers_r, 1 << 20)
        except BlockingIOError:
            return b""

    def test_lines_are_taken_whole_and_in_order_however_they_arrive(self):
        from link import Answers, Requests

        requests, answers = Requests(self.requests_r), Answers(self.answers_w)
        os.write(self.requests_w, b'{"id": 1}\n{"id"')
        self.assertEqual(requests.take(answers), b'{"id": 1}')
        os.write(self.requests_w, b": 2")
        os.write(self.requests_w, b"}\n" + b"x" * 50_000 + b"\n\n")
        self.assertEqual(requests.take(answers), b'{"id": 2}')
        self.assertEqual(requests.waiting(), 2)
        self.assertEqual(requests.take(answers), b"x" * 50_000)
        self.assertEqual(requests.take(answers), b"")
        os.close(self.requests_w)
        self.assertIsNone(requests.take(answers))

    def test_answers_are_held_while_requests_wait_and_sent_before_the_server_waits(self):
        import link

        requests, answers = link.Requests(self.requests_r), link.Answers(self.answers_w)
        os.write(self.requests_w, b"".join(b"%d\n" % i for i in range(link.LOW_WATER + 2)))
        requests.take(answers)
        answers.add(b"a\n", requests)  # LOW_WATER + 1 wait: held
        self.assertEqual(self.sent(), b"")
        requests.take(answers)
        answers.add(b"b\n", requests)  # LOW_WATER wait: still held
        self.assertEqual(self.sent(), b"")
        requests.take(answers)
        answers.add(b"c\n", requests)  # fewer than LOW_WATER: all of it, in order
        self.assertEqual(self.sent(), b"a\nb\nc\n")
        requests.take(answers)
        requests.take(answers)
        os.write(self.requests_w, b"more\n")
        answers.held.append(b"d\n")
        self.assertEqual(requests.take(answers), b"more")
        self.assertEqual(self.sent(), b"", "a request had arrived: nothing to wait for, nothing sent")
        os.close(self.requests_w)
        self.assertIsNone(requests.take(answers))
        self.assertEqual(self.sent(), b"d\n", "held answers go out before the server waits or ends")

    def test_answers_go_out_when_many_are_held_or_the_first_is_due(self):
        import time

        import link

        requests, answers = link.Requests(self.requests_r), link.Answers(self.answers_w)
        os.write(self.requests_w, b"r\n" * (link.HOLD_AT_MOST + link.LOW_WATER + 1))
        requests.pull()
        for i in range(link.HOLD_AT_MOST - 1):
            answers.add(b"%d\n" % i, requests)
        self.assertEqual(self.sent(), b"")
        answers.add(b"last\n", requests)
        self.assertEqual(self.sent().count(b"\n"), link.HOLD_AT_MOST)
        answers.add(b"late\n", requests)
        now = time.monotonic()
        self.assertLessEqual(answers.wait_at_most(5.0, now), link.HOLD_SECONDS)
        answers.send_if_due(now)
        self.assertEqual(self.sent(), b"")
        answers.send_if_due(now + link.HOLD_SECONDS)
        self.assertEqual(self.sent(), b"late\n")
        self.assertEqual(answers.wait_at_most(5.0, now), 5.0)


if __name__ == "__main__":
    unittest.main()
