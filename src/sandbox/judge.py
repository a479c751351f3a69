# Deciding a sample's outcome from what the server observed. The processes' own claims are one input
# among others: timeouts come only from the kernel's CPU count and the server's clock, and a pass
# needs an intact verdict from the process that ran the test, which then exited normally.
import signal

MAX_VERDICT_BYTES = 4 << 20
MAX_EVALPLUS_BYTES = 256 << 20


def split_cases(nonce, data, max_cases):
    """Tests as data: the child writes one `<nonce> case <i> <json>` line per case before its
    verdict. Returns the case outputs in order (stopping at the first gap or forgery, and after
    `max_cases`) and the rest. One pass over the data: a flood of lines costs linear time."""
    cases = []
    prefix = nonce + b" case "
    pos = 0
    while len(cases) < max_cases and data.startswith(prefix, pos):
        end = data.find(b"\n", pos)
        if end < 0:
            break
        index, _, payload = data[pos + len(prefix) : end].partition(b" ")
        if index != str(len(cases)).encode():
            break
        cases.append(payload.decode("utf-8", "replace"))
        pos = end + 1
    return cases, data[pos:]


def evalplus_verdict_cap(inputs, digest_above):
    """What an EvalPlus child may write: a line per input, each an output below the digest threshold
    (in marshal bytes; its JSON text, with escapes, may be several times longer)."""
    per_line = 8 * int(digest_above or MAX_VERDICT_BYTES) + 512
    return min(MAX_EVALPLUS_BYTES, MAX_VERDICT_BYTES + inputs * per_line)


def after_ready(nonce, data):
    """An EvalPlus child says `<nonce> ready` once its module has run; its case lines follow, each
    after a `<nonce> r` line (the call returned), which only the watch needs. Without `ready` (the
    module failed), there are no cases."""
    ready = nonce + b" ready\n"
    if not data.startswith(ready):
        return data
    return data[len(ready):].replace(nonce + b" r\n", b"")


def claim_of(nonce, verdict):
    """(word, message) from `<nonce> <word> <message>`, or (None, "") when it is not that."""
    head, _, rest = verdict.partition(b" ")
    if head != nonce or not rest:
        return None, ""
    word, _, text = rest.partition(b" ")
    return word.decode("ascii", "replace"), text.decode("utf-8", "replace")


def started_pid(setup):
    """The pid in a split run's "ok <pid>" (the sample's process, locked down), or None for anything
    else (why its lock-down failed, or nothing at all)."""
    head, _, digits = setup.partition(" ")
    if head != "ok" or not (digits.isascii() and digits.isdigit()) or len(digits) > 9:
        return None
    pid = int(digits)
    return pid if pid > 1 else None


def signal_name(number):
    return signal.Signals(number).name if number in signal.valid_signals() else str(number)


def timed_out(how, cpu, timeout):
    """The time verdict, if any: CPU when the kernel counted at least `timeout` seconds."""
    if cpu >= timeout or how == "cpu":
        return {"status": "timeout", "result": "timed out", "limit": "cpu"}
    if how == "wall":
        return {"status": "timeout", "result": "timed out", "limit": "wall"}
    return None


def ended_early(exit_code):
    """The message for a sample process that ended without a verdict."""
    if exit_code is not None and exit_code < 0:
        return {"status": "crashed", "result": "failed: process killed by %s" % signal_name(-exit_code)}
    if exit_code:
        return {"status": "crashed", "result": "failed: process exited with code %d before check returned" % exit_code}
    return {"status": "crashed", "result": "failed: process exited before check returned"}


def judge_single(claim, message, exit_code, verdict_rest, error_claims=True):
    """A run in one process (in-process or data): the child's claim, checked against how it ended.
    `error_claims`: whether the verdict stream may report a sandbox error (a child of the zygote
    reports its lock-down on a pipe of its own instead, so there "error" is only a sample's forgery)."""
    if claim == "error" and error_claims:
        return {"status": "error", "result": "failed: " + message}
    if exit_code != 0:
        return ended_early(exit_code)
    if claim == "passed" and not message:
        return {"status": "passed", "result": "passed"}
    if claim == "failed":
        return {"status": "failed", "result": "failed: " + message}
    if claim is None and verdict_rest:
        return {"status": "crashed", "result": "failed: verdict channel corrupted by the sample"}
    return ended_early(0)


def judge_split(claim, message, sample_exit):
    """A split run: the tester's verdict decides; the sample's process only explains how it ended."""
    if claim == "passed" and not message:
        return {"status": "passed", "result": "passed"}
    if claim == "failed":
        return {"status": "failed", "result": "failed: " + message}
    if claim == "gone":
        return ended_early(sample_exit)
    if claim == "malformed":
        return {"status": "failed", "result": "failed: the sample's process sent a malformed reply: " + message}
    if claim == "sample_value":
        return {"status": "failed", "result": "failed: " + message}
    if claim == "unsplittable":
        return {"status": "unsplittable", "result": "failed: " + message}
    return {"status": "error", "result": "failed: passk sandbox error: unknown verdict %r" % claim[:40]}
