// Tests of the value encoding (docs/problem-format.md) against the real Python interpreter: float and
// str reprs must match Python's, literals must evaluate to what the sandbox's wire.decode_plain builds.
// Each group runs Python once with every value, then compares here.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { prng } from "../../test/helpers/prng.js";
import { resolvePython } from "../sandbox/python.js";
import {
  multisetEqual,
  pythonFloat,
  pythonString,
  toPython,
  type Value,
  validateValue,
  valuesEqual,
} from "./values.js";

const SANDBOX_DIR = fileURLToPath(new URL("../sandbox/", import.meta.url));

/** Runs `script` with the real interpreter once, `input` as JSON on stdin; returns its JSON stdout. */
async function python<T>(script: string, input: unknown): Promise<T> {
  const { executable } = await resolvePython();
  const stdout = execFileSync(executable, ["-c", script], {
    input: JSON.stringify(input),
    encoding: "utf8",
    env: { ...process.env, PYTHONIOENCODING: "utf-8" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as T;
}

/** The 64 bits of a double as 16 hex digits: exact for every double, -0.0 included. */
function bitsOf(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
}

function floatCorpus(): number[] {
  const values = [
    0.1,
    0.2,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
    1e16,
    1e-5,
    123456789.125,
    -0,
    0,
    5e-324,
    1.7976931348623157e308,
    -1.7976931348623157e308,
    2.2250738585072014e-308,
    1e-4,
    0.00009999999999999999,
    9999999999999998,
    1e15,
    1.5e16,
    12345678901234567000,
    1e21,
    1e22,
    1e23,
    9007199254740992,
    9007199254740994,
    0.5,
    -2.5,
    100,
    1,
    -1,
    Math.PI,
    Math.E,
    1e-7,
    1.5e-10,
    4.35,
    0.3,
    1e100,
    1e-100,
    123.456,
    1234567.0,
    1.25e-5,
    299792458,
    6.02214076e23,
    1.602176634e-19,
    2 ** 52 + 0.5,
  ];
  for (let e = -20; e <= 25; e++) values.push(10 ** e, -(10 ** e), 1.5 * 10 ** e, 2 ** e);
  const random = prng(2024);
  const view = new DataView(new ArrayBuffer(8));
  while (values.length < 260) {
    view.setUint32(0, Math.floor(random() * 2 ** 32));
    view.setUint32(4, Math.floor(random() * 2 ** 32));
    const x = view.getFloat64(0);
    if (Number.isFinite(x)) values.push(x);
  }
  // Decimal text with 1–17 significant digits over every magnitude, as people write them.
  while (values.length < 420) {
    const digits = 1 + Math.floor(random() * 17);
    let mantissa = String(1 + Math.floor(random() * 9));
    for (let i = 1; i < digits; i++) mantissa += String(Math.floor(random() * 10));
    const exponent = Math.floor(random() * 640) - 330;
    const x = Number(`${random() < 0.3 ? "-" : ""}${mantissa[0]}.${mantissa.slice(1)}e${exponent}`);
    if (Number.isFinite(x)) values.push(x);
  }
  return values;
}

describe("pythonFloat", () => {
  it("equals Python's repr(x) for several hundred doubles of every magnitude", async () => {
    const values = floatCorpus();
    const reprs = await python<string[]>(
      "import json, struct, sys\n" +
        "xs = json.load(sys.stdin)\n" +
        "print(json.dumps([repr(struct.unpack('>d', bytes.fromhex(h))[0]) for h in xs]))",
      values.map(bitsOf),
    );
    expect(reprs).toHaveLength(values.length);
    const mismatches = values
      .map((x, i) => ({ x, bits: bitsOf(x), ours: pythonFloat(x), python: reprs[i] }))
      .filter((row) => row.ours !== row.python);
    expect(mismatches).toEqual([]);
    expect(values.length).toBeGreaterThan(400);
  });

  it("spells the special floats as expressions Python evaluates", () => {
    expect(pythonFloat(Number.NaN)).toBe("float('nan')");
    expect(pythonFloat(Infinity)).toBe("float('inf')");
    expect(pythonFloat(-Infinity)).toBe("-float('inf')");
  });
});

// ---------------------------------------------------------------- toPython vs wire.decode_plain

/** Tagged values as JSON text, exactly as a tests.json holds them. */
const LITERAL_CORPUS: string[] = [
  "null",
  "true",
  "false",
  "0",
  "-7",
  "9007199254740991",
  '{"$int": "123456789012345678901234567890"}',
  '{"$int": "-99999999999999999999"}',
  "2.5",
  "-0.1",
  "1e-7",
  '{"$float": 2}',
  '{"$float": -3}',
  '{"$float": 1e300}',
  '{"$float": 1.7976931348623157e308}',
  '{"$float": "inf"}',
  '{"$float": "-inf"}',
  '{"$float": "nan"}',
  '[{"$float": "nan"}, 1.5, {"$float": "-inf"}]',
  '""',
  '"it\'s"',
  '"say \\"hi\\""',
  '"both \' and \\""',
  '"back\\\\slash and trailing \\\\"',
  '"line\\nbreak\\ttab\\rreturn"',
  '"\\u0000\\u0001\\u001f\\u007f"',
  '"\\u0080\\u009f\\u00ad\\u00a0"',
  '"é ü ß 中文 Ω"',
  '"emoji 😀 👍🏽 🇫🇷"',
  '"\\u2028\\u2029\\u200b\\ufeff"',
  '"\\\\x41 is not an escape, nor \\\\n"',
  '"frozenset({})"',
  '{"$tuple": []}',
  '{"$tuple": [1]}',
  '{"$tuple": [1, [2, {"$tuple": ["a", null]}], {"$tuple": [{"$tuple": []}]}]}',
  '{"$set": []}',
  '{"$set": [1, 2, 3]}',
  '{"$set": [{"$tuple": [1, 2]}, "x", null]}',
  '{"$set": [{"$frozenset": []}]}',
  '{"$frozenset": []}',
  '{"$frozenset": [1, {"$frozenset": [2]}]}',
  '{"$frozenset": ["frozenset({})"]}',
  "{}",
  '{"a": 1, "b": [true, null], "it\'s": {"$set": [1]}}',
  '{"$dict": []}',
  '{"$dict": [[1, "one"], [2, "two"]]}',
  '{"$dict": [[{"$tuple": [0, 0]}, "origin"], [{"$tuple": [0, 1]}, {"$tuple": []}]]}',
  '{"$dict": [[null, 1], [true, 2], [2.5, 3], [{"$frozenset": [1]}, 4]]}',
  '{"$dict": [["$x", 1], ["plain", {"$dict": [[7, 8]]}]]}',
  '{"$dict": [[{"$int": "100000000000000000000"}, "big"]]}',
  '{"$bytes": ""}',
  '{"$bytes": "aGVsbG8="}',
  `{"$bytes": "${Buffer.from([0x27, 0x22, 0x5c, 0x0a, 0x0d, 0x09, 0x00, 0x7f]).toString("base64")}"}`,
  `{"$bytes": "${Buffer.from([0x80, 0x9f, 0xad]).toString("base64")}"}`,
  `{"$bytes": "${Buffer.from([0xa0, 0xe9, 0xff]).toString("base64")}"}`,
  `{"$bytes": "${Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString("base64")}"}`,
  '[{"$int": "18446744073709551616"}, {"$tuple": [{"$float": "-inf"}, "\\n"]}, [[[]]]]',
];

// Same value and same types all the way down (Python's == alone would take 2 for 2.0 and 1 for True).
const SAME_AS_DECODE = `
import json, math, sys
sys.path.insert(0, sys.argv[1])
from wire import decode_plain as decode

def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, (set, frozenset)):
        return len(a) == len(b) and all(any(same(x, y) for y in b) for x in a)
    if isinstance(a, dict):
        return len(a) == len(b) and all(same(ka, kb) and same(va, vb)
                                        for (ka, va), (kb, vb) in zip(a.items(), b.items()))
    return a == b

out = []
for literal, text in json.load(sys.stdin):
    try:
        value = eval(literal, {})
    except BaseException as e:
        out.append({"ok": False, "why": "eval: %s: %s" % (type(e).__name__, e)})
        continue
    expected = decode(json.loads(text))
    ok = same(value, expected)
    out.append({"ok": ok, "why": "" if ok else "%r != decode -> %r" % (value, expected)})
print(json.dumps(out))
`;

describe("toPython", () => {
  let verdicts: { ok: boolean; why: string }[] = [];

  beforeAll(async () => {
    const { executable } = await resolvePython();
    const pairs = LITERAL_CORPUS.map((text) => [toPython(JSON.parse(text) as Value), text]);
    verdicts = JSON.parse(
      execFileSync(executable, ["-c", SAME_AS_DECODE, SANDBOX_DIR], {
        input: JSON.stringify(pairs),
        encoding: "utf8",
        env: { ...process.env, PYTHONIOENCODING: "utf-8" },
      }),
    );
  });

  it.each(LITERAL_CORPUS.map((text, i) => [i, text.length > 72 ? `${text.slice(0, 72)}…` : text] as const))(
    "literal %i evaluates to wire.decode_plain(%s)",
    (i) => {
      const literal = toPython(JSON.parse(LITERAL_CORPUS[i] as string) as Value);
      expect(verdicts[i], `toPython gave ${literal}`).toEqual({ ok: true, why: "" });
    },
  );

  it("writes the literals people expect to read", () => {
    expect(toPython({ $tuple: [1] })).toBe("(1,)");
    expect(toPython({ $set: [] })).toBe("set()");
    expect(toPython({ $frozenset: [] })).toBe("frozenset()");
    expect(toPython({ $float: 2 })).toBe("2.0");
    expect(toPython({ $dict: [[{ $tuple: [0, 1] }, null]] })).toBe("{(0, 1): None}");
    expect(toPython({ a: [true, false, null] })).toBe("{'a': [True, False, None]}");
    expect(toPython({ $bytes: Buffer.from("hi").toString("base64") })).toBe("b'hi'");
  });
});

// ---------------------------------------------------------------- pythonString

/** Strings whose repr the implementation claims to reproduce exactly (quotes, escapes, printable text). */
const EXACT_STRINGS = [
  "",
  "plain",
  "it's",
  'say "hi"',
  `both ' and "`,
  "back\\slash",
  "\\",
  "line\nbreak",
  "tab\there",
  "cr\rlf\r\n",
  "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f",
  "\u007f",
  "\u0080\u0085\u009f",
  "soft\u00adhyphen",
  "é ü ß ñ",
  "中文 日本語 한국어",
  "Ωμέγα",
  "emoji 😀 👍🏽 🇫🇷",
  "'\"\\\n\t",
  "'''",
  '"""',
  "{} [] () %s {0}",
];

/** Strings Python escapes in its repr but the implementation leaves as they are: they must still evaluate back. */
const ROUND_TRIP_STRINGS = ["\u00a0", "\u2028\u2029", "zero\u200bwidth", "\ufeffbom", "\u{e0001}"];

describe("pythonString", () => {
  let python_: { reprs: string[]; roundTrips: boolean[] };

  beforeAll(async () => {
    python_ = await python(
      "import json, sys\n" +
        "data = json.load(sys.stdin)\n" +
        "print(json.dumps({'reprs': [repr(s) for s in data['exact']],\n" +
        "                  'roundTrips': [eval(lit, {}) == s for lit, s in data['trip']]}))",
      { exact: EXACT_STRINGS, trip: ROUND_TRIP_STRINGS.map((s) => [pythonString(s), s]) },
    );
  });

  it.each(EXACT_STRINGS.map((s, i) => [i, JSON.stringify(s)] as const))(
    "string %i (%s) equals Python's repr",
    (i) => {
      expect(pythonString(EXACT_STRINGS[i] as string)).toBe(python_.reprs[i]);
    },
  );

  it("writes strings Python would escape differently so that they still evaluate to themselves", () => {
    expect(python_.roundTrips).toEqual(ROUND_TRIP_STRINGS.map(() => true));
  });
});

// ---------------------------------------------------------------- valuesEqual, multisetEqual

describe("valuesEqual", () => {
  it("compares ints and floats by value, as Python does", () => {
    expect(valuesEqual(1, { $float: 1 })).toBe(true);
    expect(valuesEqual({ $float: 1 }, 1)).toBe(true);
    expect(valuesEqual(1, { $float: 1.5 })).toBe(false);
    expect(valuesEqual({ $int: "123456789012345678901" }, { $int: "123456789012345678901" })).toBe(true);
    expect(valuesEqual({ $int: "123456789012345678901" }, { $int: "123456789012345678902" })).toBe(false);
    // 10**22 is a double exactly; 2**53 + 1 is not.
    expect(valuesEqual({ $int: "10000000000000000000000" }, { $float: 1e22 })).toBe(true);
    expect(valuesEqual({ $int: "9007199254740993" }, { $float: 9007199254740992 })).toBe(false);
    expect(valuesEqual(2.5, 2.5)).toBe(true);
    expect(valuesEqual(0.1 + 0.2, 0.3)).toBe(false);
  });

  it("never takes a bool for a number", () => {
    expect(valuesEqual(true, 1)).toBe(false);
    expect(valuesEqual(1, true)).toBe(false);
    expect(valuesEqual(false, 0)).toBe(false);
    expect(valuesEqual(false, { $float: 0 })).toBe(false);
    expect(valuesEqual(true, true)).toBe(true);
    expect(valuesEqual([true], [1])).toBe(false);
  });

  it("tells lists from tuples, and nulls from everything", () => {
    expect(valuesEqual([1, 2], { $tuple: [1, 2] })).toBe(false);
    expect(valuesEqual({ $tuple: [1, 2] }, [1, 2])).toBe(false);
    expect(valuesEqual({ $tuple: [1, [2]] }, { $tuple: [1, [2]] })).toBe(true);
    expect(valuesEqual({ $tuple: [1, 2] }, { $tuple: [2, 1] })).toBe(false);
    expect(valuesEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(valuesEqual(null, 0)).toBe(false);
    expect(valuesEqual(null, "")).toBe(false);
    expect(valuesEqual(null, null)).toBe(true);
    expect(valuesEqual("1", 1)).toBe(false);
  });

  it("takes an expected NaN to need a NaN, and compares infinities exactly", () => {
    expect(valuesEqual({ $float: "nan" }, { $float: "nan" })).toBe(true);
    expect(valuesEqual({ $float: "nan" }, 1.5)).toBe(false);
    expect(valuesEqual(1.5, { $float: "nan" })).toBe(false);
    expect(valuesEqual({ $float: "inf" }, { $float: "inf" })).toBe(true);
    expect(valuesEqual({ $float: "inf" }, { $float: "-inf" })).toBe(false);
    expect(valuesEqual({ $float: "inf" }, { $float: 1.7976931348623157e308 })).toBe(false);
  });

  it("compares floats within a tolerance relative to max(1, |expected|)", () => {
    expect(valuesEqual(1.5, 1.5000001, { tolerance: 1e-6 })).toBe(true);
    expect(valuesEqual(1.5, 1.5001, { tolerance: 1e-6 })).toBe(false);
    expect(valuesEqual(1.5, 1.5000001)).toBe(false);
    expect(valuesEqual(1000.5, 1000.5009, { tolerance: 1e-6 })).toBe(true); // 1e-6 × 1000.5
    expect(valuesEqual(1000.5, 1000.502, { tolerance: 1e-6 })).toBe(false);
    expect(valuesEqual(0.001, 0.0010009, { tolerance: 1e-6 })).toBe(true); // floor of 1
    expect(valuesEqual({ $float: 2 }, 2.0000000001, { tolerance: 1e-9 })).toBe(true);
    expect(valuesEqual(2, 2.0000000001, { tolerance: 1e-9 })).toBe(true);
    expect(
      valuesEqual([1.1, { $tuple: [2.2] }], [1.1000000001, { $tuple: [2.2000000001] }], { tolerance: 1e-9 }),
    ).toBe(true);
    expect(valuesEqual({ x: 1.1 }, { x: 1.1000000001 }, { tolerance: 1e-9 })).toBe(true);
    expect(valuesEqual({ $float: "nan" }, { $float: "nan" }, { tolerance: 1e-9 })).toBe(true);
    expect(valuesEqual({ $float: "nan" }, 1.5, { tolerance: 1e-9 })).toBe(false);
  });

  it("compares dicts by key, in any order, with $dict keys matched by value", () => {
    expect(valuesEqual({ a: 1, b: [2] }, { b: [2], a: 1 })).toBe(true);
    expect(valuesEqual({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(valuesEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(valuesEqual({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    const expected: Value = {
      $dict: [
        [{ $tuple: [0, 1] }, "x"],
        [2, "y"],
      ],
    };
    expect(
      valuesEqual(expected, {
        $dict: [
          [2, "y"],
          [{ $tuple: [0, 1] }, "x"],
        ],
      }),
    ).toBe(true);
    expect(valuesEqual(expected, { $dict: [[{ $tuple: [0, 1] }, "x"]] })).toBe(false);
    expect(
      valuesEqual(expected, {
        $dict: [
          [[0, 1], "x"],
          [2, "y"],
        ],
      }),
    ).toBe(false); // a list key is not a tuple key
    expect(
      valuesEqual(expected, {
        $dict: [
          [{ $tuple: [0, 1] }, "x"],
          [2, "z"],
        ],
      }),
    ).toBe(false);
    expect(valuesEqual({ $dict: [[1, "a"]] }, { $dict: [[{ $float: 1 }, "a"]] })).toBe(true); // 1 == 1.0
    expect(valuesEqual({ $dict: [[1, "a"]] }, { $dict: [[true, "a"]] })).toBe(false);
  });

  it("compares sets and frozensets without regard to order", () => {
    expect(valuesEqual({ $set: [1, 2, 3] }, { $set: [3, 1, 2] })).toBe(true);
    expect(valuesEqual({ $set: [1, 2, 3] }, { $set: [1, 2] })).toBe(false);
    expect(valuesEqual({ $set: [1, 2] }, { $set: [1, 4] })).toBe(false);
    expect(valuesEqual({ $set: [] }, { $set: [] })).toBe(true);
    expect(
      valuesEqual({ $frozenset: [{ $tuple: [1, 2] }, "a"] }, { $frozenset: ["a", { $tuple: [1, 2] }] }),
    ).toBe(true);
    expect(valuesEqual({ $set: [1, 2] }, [1, 2])).toBe(false);
  });

  it("never finds an opaque $repr equal to anything, not even an identical $repr", () => {
    const opaque = { $repr: "<AlwaysEqual>", $type: "AlwaysEqual" };
    expect(valuesEqual(opaque, { ...opaque })).toBe(false);
    expect(valuesEqual([1, 2], opaque)).toBe(false);
    expect(valuesEqual({ $tuple: [] }, opaque)).toBe(false);
    expect(valuesEqual({ a: 1 }, opaque)).toBe(false);
    expect(valuesEqual(1, opaque)).toBe(false);
  });

  it("compares bytes and strings exactly", () => {
    expect(valuesEqual({ $bytes: "aGk=" }, { $bytes: "aGk=" })).toBe(true);
    expect(valuesEqual({ $bytes: "aGk=" }, { $bytes: "aGo=" })).toBe(false);
    expect(valuesEqual({ $bytes: "aGk=" }, "hi")).toBe(false);
    expect(valuesEqual("\u00e9", "e\u0301")).toBe(false); // precomposed vs combining: Python's == is codepoint-exact
    expect(valuesEqual("\u00e9", "\u00e9")).toBe(true);
  });
});

describe("multisetEqual", () => {
  it("matches each expected item with a distinct actual item, in any order", () => {
    expect(multisetEqual([1, 2, 3], [3, 2, 1], {})).toBe(true);
    expect(multisetEqual([1, 1, 2], [1, 2, 2], {})).toBe(false);
    expect(multisetEqual([1, 1, 2], [2, 1, 1], {})).toBe(true);
    expect(multisetEqual([1, 2], [1, 2, 2], {})).toBe(false);
    expect(multisetEqual([], [], {})).toBe(true);
    expect(multisetEqual([[1, 2], { $tuple: [3] }], [{ $tuple: [3] }, [1, 2]], {})).toBe(true);
    expect(multisetEqual([[1, 2]], [[2, 1]], {})).toBe(false); // inner lists keep their order
    expect(multisetEqual([1.5, 2.5], [2.5000001, 1.4999999], { tolerance: 1e-6 })).toBe(true);
    expect(multisetEqual([1.5, 2.5], [2.5000001, 1.4999999], {})).toBe(false);
  });
});

// ---------------------------------------------------------------- validateValue

describe("validateValue", () => {
  it("accepts every tag of the format, nested", () => {
    const good: unknown[] = [
      null,
      [1, "a", true, 2.5],
      { $int: "-123456789012345678901" },
      { $float: 2 },
      { $float: "nan" },
      { $float: "-inf" },
      { $tuple: [{ $set: [1] }, { $frozenset: [] }] },
      { $dict: [[{ $tuple: [1, 2] }, { a: [1] }]] },
      { $bytes: "aGk=" },
      { plain: { nested: [9007199254740991, -9007199254740991] } },
    ];
    for (const value of good) expect(validateValue(value, "v"), JSON.stringify(value)).toBeNull();
  });

  it("rejects unknown tags, naming where", () => {
    expect(validateValue({ $tupel: [1] }, "case 3: expected")).toMatch(
      /^case 3: expected: unknown tag \$tupel/,
    );
    expect(validateValue([1, { $list: [] }], "args")).toMatch(/^args\[1\]: unknown tag \$list/);
    expect(validateValue({ $repr: "<x>" }, "v")).toMatch(/unknown tag \$repr/);
    expect(validateValue({ $repr: "<x>", $type: "X" }, "v")).toMatch(/exactly one key/);
    expect(validateValue({ $tuple: [1], extra: 2 }, "v")).toMatch(/exactly one key/);
    expect(validateValue({ a: { $nope: 1 } }, "v")).toMatch(/^v\.a: unknown tag \$nope/);
  });

  it("rejects integers beyond ±2^53 and malformed numbers", () => {
    expect(validateValue(2 ** 53, "case 0: expected")).toMatch(
      /^case 0: expected: integer 9007199254740992 is beyond ±2\^53; write it as \{"\$int"/,
    );
    expect(validateValue([[1, -9007199254740994]], "args")).toMatch(/^args\[0\]\[1\]: integer/);
    expect(validateValue({ $int: "12a" }, "v")).toMatch(/\$int takes a string of digits/);
    expect(validateValue({ $int: 12 }, "v")).toMatch(/\$int takes a string of digits/);
    expect(validateValue({ $float: "Infinity" }, "v")).toMatch(/\$float takes a number/);
    expect(validateValue({ $float: null }, "v")).toMatch(/\$float takes a number/);
    expect(validateValue({ $bytes: 5 }, "v")).toMatch(/\$bytes takes a base64 string/);
    expect(validateValue({ $set: "abc" }, "v")).toMatch(/\$set takes an array/);
    expect(validateValue({ $tuple: [{ $int: "x" }] }, "v")).toMatch(/^v\$tuple\[0\]: \$int/);
  });

  it("rejects a malformed $dict", () => {
    expect(validateValue({ $dict: { a: 1 } }, "v")).toMatch(/\$dict takes an array of \[key, value\] pairs/);
    expect(validateValue({ $dict: [[1, 2, 3]] }, "v")).toMatch(
      /\$dict takes an array of \[key, value\] pairs/,
    );
    expect(validateValue({ $dict: [[1]] }, "v")).toMatch(/\$dict takes an array of \[key, value\] pairs/);
    expect(validateValue({ $dict: [1, 2] }, "v")).toMatch(/\$dict takes an array of \[key, value\] pairs/);
    expect(validateValue({ $dict: [[1, { $bad: 0 }]] }, "v")).toMatch(/unknown tag \$bad/);
  });

  it("rejects what is not JSON", () => {
    expect(validateValue(undefined, "v")).toMatch(/not a JSON value/);
    expect(validateValue(() => 1, "v")).toMatch(/not a JSON value/);
  });
});
