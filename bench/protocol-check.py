# The cost of the fork server's protocol checks (src/sandbox/protocol.py) per message, against what
# the server already spends on the same line (json.loads of the request, json.dumps of the answer).
#   /path/to/python3 bench/protocol-check.py        (the real interpreter: pyenv's shim is slow)
import json
import os
import sys
import timeit

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "sandbox"))
import protocol  # noqa: E402

LIMITS = {"id": 17, "timeout": 3.0, "wall": 6.0, "memory": 1 << 30, "file_size": 1 << 24, "processes": 256,
          "output_cap": 2048}
MESSAGES = {
    "split request (test by id)": (protocol.check_request, dict(LIMITS, kind="split", module="def f(x):\n    return x\n" * 20, test_id=3)),
    "split request (test sent)": (protocol.check_request, dict(LIMITS, kind="split", module="x = 1\n", test_id=3, prompt="def f(x):\n",
                                                               test="def check(c):\n    assert c(1) == 1\n" * 10, entry_point="f")),
    "data request, 10 inputs": (protocol.check_request, dict(LIMITS, kind="data", program="def f(x): return x", entry_point="f",
                                                             inputs=["[%d]" % i for i in range(10)])),
    "EvalPlus request, 1000 inputs": (protocol.check_request, dict(LIMITS, kind="data", program="def f(x): return x", entry_point="f",
                                                                   inputs=["[%d]" % i for i in range(1000)],
                                                                   evalplus={"stop_on_error": True, "digest_above": 16384,
                                                                             "case_limits": [0.5] * 1000})),
    "stdio request, 10 tests": (protocol.check_request, dict(LIMITS, kind="stdio", program="print(input())",
                                                             inputs=["%d\n" % i for i in range(10)], stdout_caps=[4096] * 10)),
    "split response": (protocol.check_response, {"status": "passed", "result": "passed", "cpu": 0.0012, "wall": 0.0015,
                                                 "exit_code": 0, "verdict": "split", "cpu_sample": 0.0007, "cpu_test": 0.0005,
                                                 "output": "", "id": 17, "overhead": 0.0003}),
    "data response, 10 cases": (protocol.check_response, {"status": "passed", "result": "passed", "cpu": 0.001, "wall": 0.002,
                                                          "exit_code": 0, "cases": ['{"ok": %d}' % i for i in range(10)],
                                                          "verdict": "data", "output": "", "id": 17, "overhead": 0.0003}),
    "stdio response, 10 tests": (protocol.check_response, {"status": "passed", "result": "passed", "cpu": 0.01, "wall": 0.02,
                                                           "tests": [{"cpu": 0.001, "wall": 0.002, "exit_code": 0, "stdout": "1\n",
                                                                      "end": "ok"}] * 10,
                                                           "verdict": "data", "output": "", "id": 17, "overhead": 0.0003}),
}


def per_call(fn, number):
    return min(timeit.repeat(fn, number=number, repeat=7)) / number * 1e6


def main():
    print("%-32s %10s %12s" % ("message", "check µs", "json µs"))
    for name, (check, message) in MESSAGES.items():
        assert check(message) is None, (name, check(message))
        line = json.dumps(message)
        number = 200 if "1000" in name else 20000
        cost = per_call(lambda: check(message), number)
        codec = per_call(lambda: json.loads(line), number) if check is protocol.check_request else \
            per_call(lambda: json.dumps(message), number)
        print("%-32s %10.2f %12.2f" % (name, cost, codec))


if __name__ == "__main__":
    main()
