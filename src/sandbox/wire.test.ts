// Fuzzing the tester's decoders, which read what a sample's process sent (wire.decode_plain for JSON,
// wire.loads_marshal for marshal version 2), in the real interpreter. Whatever the bytes, each either
// gives plain values or says why not; none may throw anything else, hang, or hand back an object the
// sample made. (passk's own reading of data-mode outputs is fuzzed in evaluate/data-verdict.test.ts.)
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { resolvePython } from "./python.js";

const SANDBOX_DIR = fileURLToPath(new URL("./", import.meta.url));

// Mutates valid encodings (marshal and JSON) and adds hostile ones; counts what each decoder did.
// Anything but WireError (or success with plain values) is printed and fails the test.
const FUZZ = `
import json, marshal, random, sys
sys.path.insert(0, sys.argv[1])
import wire
PLAIN = (type(None), bool, int, float, complex, str, bytes, tuple, list, dict, set, frozenset, type(Ellipsis), wire.Opaque)
def plain(v, depth=0):
    if depth > 300 or type(v) not in PLAIN:
        return False
    if type(v) in (tuple, list, set, frozenset):
        return all(plain(x, depth + 1) for x in v)
    if type(v) is dict:
        return all(plain(k, depth + 1) and plain(x, depth + 1) for k, x in v.items())
    return True
values = [None, True, 7, -2**70, 1.5, float("nan"), "x\\u00e9", b"\\x00\\xff", (1, [2.0, {"a": (3,)}]), {4, 5},
          frozenset({"k"}), {1: [None], (2, 3): "t"}, [[[[]]]], {"$int": "5"}, 3 + 4j]
# The replies loads_marshal reads without its general walk (and some beside them, read the general way).
values += [("ok", v) for v in (None, True, False, -7, 2**31 - 1, 2**40, 2.5, float("inf"), "", "x\\u00e9", "\\ud800")]
values += [("ready",), ("ok", [1]), ("ok", 1, [[2]]), ("raise", ["ValueError"], "m")]
def general(data):
    value, end = wire._read_marshal(bytes(data), 0, 0)
    if end != len(data):
        raise wire.WireError("trailing bytes after the value")
    return value
def outcome(decode, data):
    try:
        value = decode(data)
    except wire.WireError:
        return "refused"
    return (type(value), repr(value))
short_cut = {"taken": 0}
hostile_json = ['{"$int": "x"}', '{"$int": "--5"}', '{"$int": "-"}', '{"$int": "5-"}', '{"$int": "' + "9" * 5000 + '"}', '{"$tuple": 5}', '{"$dict": "ab"}', '{"$dict": [[[], 1]]}',
                '{"$set": [[1]]}', '{"$bytes": "!!"}', '{"$float": "big"}', '{"$repr": 1, "$type": 2}', '{"$nope": 1}',
                "[" * 20000 + "]" * 20000, '{"a": ' * 5000 + "1" + "}" * 5000, "NaN", "1e999", '"\\\\ud800"', "", "{"]
hostile_marshal = [b"c" + bytes(40), b"r\\x00\\x00\\x00\\x00", b"[\\xff\\xff\\xff\\x7f", b"(\\x01\\x00\\x00\\x00" * 300 + b"N",
                   b"l\\x40\\x42\\x0f\\x00", b"u\\x02\\x00\\x00\\x00\\xff\\xfe", b"<\\x01\\x00\\x00\\x00[\\x00\\x00\\x00\\x00",
                   b"{[\\x00\\x00\\x00\\x00N0", b"", b"N extra", b"\\xff"]
random.seed(int(sys.argv[2]))
counts = {"ok": 0, "refused": 0}
def attempt(decode, data):
    try:
        value = decode(data)
    except wire.WireError:
        counts["refused"] += 1
        return
    if not plain(value):
        raise AssertionError("not plain: %r from %r" % (type(value), data[:60]))
    counts["ok"] += 1
for data in hostile_json:
    attempt(wire.loads_plain, data.encode())
for data in hostile_marshal:
    attempt(wire.loads_marshal, data)
def attempt_marshal(data):
    # The short cuts for ("ready",) and ("ok", scalar) give what the general walk gives, or refuse with it.
    if data[:12] in wire._OK_PREFIXES or data in wire._SHORT:
        short_cut["taken"] += 1
        fast, slow = outcome(wire.loads_marshal, data), outcome(general, data)
        if fast != slow:
            raise AssertionError("short cut %r, general %r, for %r" % (fast, slow, data))
    attempt(wire.loads_marshal, data)
for _ in range(int(sys.argv[3])):
    value = random.choice(values)
    for encoded, decode in ((bytearray(marshal.dumps(value, 2)), attempt_marshal),
                            (bytearray(json.dumps(wire.encode(value)).encode()), lambda data: attempt(wire.loads_plain, data))):
        # Damage past the 12 bytes of ("ok", ...'s head too, so that the short cut meets broken values.
        for _ in range(random.randint(1, 3)):
            if encoded:
                start = 12 if len(encoded) > 12 and random.random() < 0.5 else 0
                encoded[random.randrange(start, len(encoded))] = random.randrange(256)
        if random.random() < 0.2:
            del encoded[random.randrange(len(encoded) + 1):]
        decode(bytes(encoded))
for value in values:  # and the valid encodings come back as they went
    assert wire.loads_marshal(marshal.dumps(value, 2)) == value or value != value or isinstance(value, float)
    attempt_marshal(marshal.dumps(value, 2))
counts["short_cut"] = short_cut["taken"]
print(json.dumps(counts))
`;

describe("the tester's decoders (real Python)", () => {
  it("give plain values or refuse, for hostile and randomly damaged encodings", async () => {
    const { executable } = await resolvePython();
    const stdout = execFileSync(executable, ["-I", "-S", "-B", "-c", FUZZ, SANDBOX_DIR, "7", "4000"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    const counts = JSON.parse(stdout) as { ok: number; refused: number; short_cut: number };
    // Both outcomes happened: the fuzz really damaged encodings, and really decoded some; and the
    // short cut for ("ok", scalar) replies met many of them, agreeing with the general walk each time.
    expect(counts.refused).toBeGreaterThan(1000);
    expect(counts.ok).toBeGreaterThan(100);
    expect(counts.short_cut).toBeGreaterThan(500);
  });
});
