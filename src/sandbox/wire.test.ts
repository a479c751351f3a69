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
hostile_json = ['{"$int": "x"}', '{"$int": "' + "9" * 5000 + '"}', '{"$tuple": 5}', '{"$dict": "ab"}', '{"$dict": [[[], 1]]}',
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
for _ in range(int(sys.argv[3])):
    value = random.choice(values)
    for encoded, decode in ((bytearray(marshal.dumps(value, 2)), wire.loads_marshal),
                            (bytearray(json.dumps(wire.encode(value)).encode()), wire.loads_plain)):
        for _ in range(random.randint(1, 3)):
            if encoded:
                encoded[random.randrange(len(encoded))] = random.randrange(256)
        if random.random() < 0.2:
            del encoded[random.randrange(len(encoded) + 1):]
        attempt(decode, bytes(encoded))
for value in values:  # and the valid encodings come back as they went
    assert wire.loads_marshal(marshal.dumps(value, 2)) == value or value != value or isinstance(value, float)
print(json.dumps(counts))
`;

describe("the tester's decoders (real Python)", () => {
  it("give plain values or refuse, for hostile and randomly damaged encodings", async () => {
    const { executable } = await resolvePython();
    const stdout = execFileSync(executable, ["-I", "-S", "-B", "-c", FUZZ, SANDBOX_DIR, "7", "4000"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    const counts = JSON.parse(stdout) as { ok: number; refused: number };
    // Both outcomes happened: the fuzz really damaged encodings, and really decoded some.
    expect(counts.refused).toBeGreaterThan(1000);
    expect(counts.ok).toBeGreaterThan(100);
  });
});
