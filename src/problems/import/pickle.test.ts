// The pickle reader against real Python's pickles of str (every protocol, awkward text) and against
// hostile pickles: anything but one str is refused by opcode name, and nothing is ever executed
// (the parser has no code that could: these tests show it refuses before building anything).
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { resolvePython } from "../../sandbox/python.js";
import { PickleError, readPickledString } from "./pickle.js";

const TEXTS = [
  "",
  "a",
  '[{"input": "1 2\\n", "output": "3\\n", "testtype": "stdin"}]',
  "back\\slash and \\u0041 and newline\n and tab\t and nul\0 and \r and \x1a",
  "ünïcödé 漢字 😀 \u2028",
  "x".repeat(70_000),
  `${"\\".repeat(5)}u0041`,
];

/** Real pickles of TEXTS, per protocol 0–5, from the real interpreter (hex, to cross stdout safely). */
let pickles: string[][] = [];

beforeAll(async () => {
  const { executable } = await resolvePython();
  const script =
    "import json, pickle, sys\ntexts = json.load(sys.stdin)\n" +
    "print(json.dumps([[pickle.dumps(t, protocol=p).hex() for p in range(6)] for t in texts]))";
  pickles = JSON.parse(
    execFileSync(executable, ["-c", script], {
      input: JSON.stringify(TEXTS),
      encoding: "utf8",
      maxBuffer: 64 << 20,
    }),
  );
});

const bytes = (hex: string) => new Uint8Array(Buffer.from(hex, "hex"));
const refused = (data: Uint8Array | number[]) => {
  try {
    readPickledString(data instanceof Uint8Array ? data : new Uint8Array(data));
  } catch (error) {
    expect(error).toBeInstanceOf(PickleError);
    return (error as Error).message;
  }
  throw new Error("the pickle was accepted");
};

describe("reading a pickled str without unpickling", () => {
  it("reads Python's own pickles of str in every protocol, 0 to 5", () => {
    expect(pickles).toHaveLength(TEXTS.length);
    pickles.forEach((perProtocol, i) => {
      for (const [protocol, hex] of perProtocol.entries()) {
        expect([protocol, readPickledString(bytes(hex))]).toEqual([protocol, TEXTS[i]]);
      }
    });
  });

  it("refuses GLOBAL + REDUCE (protocol 0: os.system('echo pwned')) by name, before building anything", () => {
    // cos\nsystem\n(S'echo pwned'\ntR.
    const evil = Buffer.from("cos\nsystem\n(S'echo pwned'\ntR.", "latin1");
    expect(refused(new Uint8Array(evil))).toMatch(/^opcode GLOBAL at byte 0 is refused/);
  });

  it("refuses STACK_GLOBAL (protocol 4's way to a callable), even after strings that look harmless", () => {
    // PROTO 4, "posix", "system", STACK_GLOBAL, "echo pwned", TUPLE1, REDUCE, STOP
    const data = [0x80, 4, 0x8c, 5, ...Buffer.from("posix"), 0x8c, 6, ...Buffer.from("system"), 0x93];
    data.push(0x8c, 10, ...Buffer.from("echo pwned"), 0x85, 0x52, 0x2e);
    expect(refused(data)).toMatch(/^opcode STACK_GLOBAL at byte 17 is refused/);
  });

  it("refuses REDUCE, BUILD, INST, OBJ, NEWOBJ, PERSID and EXT wherever they appear", () => {
    for (const [opcode, name] of [
      [0x52, "REDUCE"],
      [0x62, "BUILD"],
      [0x69, "INST"],
      [0x6f, "OBJ"],
      [0x81, "NEWOBJ"],
      [0x92, "NEWOBJ_EX"],
      [0x50, "PERSID"],
      [0x51, "BINPERSID"],
      [0x82, "EXT1"],
    ] as const) {
      expect(refused([0x80, 4, 0x8c, 1, 0x61, opcode, 0x2e])).toContain(
        `opcode ${name} at byte 5 is refused`,
      );
    }
  });

  it("refuses values that are not one str: a list, an int, bytes, two strings, nothing", () => {
    expect(refused([0x80, 4, 0x5d, 0x94, 0x2e])).toContain("opcode EMPTY_LIST");
    expect(refused([0x80, 4, 0x4b, 7, 0x2e])).toContain("opcode BININT1");
    expect(refused([0x80, 4, 0x43, 1, 0x61, 0x2e])).toContain("opcode SHORT_BINBYTES");
    expect(refused([0x80, 4, 0x8c, 1, 0x61, 0x8c, 1, 0x62, 0x2e])).toContain("holds 2 values");
    expect(refused([0x80, 4, 0x2e])).toContain("holds 0 values");
  });

  it("refuses malformed pickles with where they go wrong", () => {
    expect(refused([0x80, 4, 0x8c, 9, 0x61])).toContain("ends inside SHORT_BINUNICODE");
    expect(refused([0x80, 4, 0x58, 0xff, 0xff, 0xff, 0x7f, 0x61])).toContain("ends inside BINUNICODE");
    expect(refused([0x80, 4, 0x8d, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x2e])).toContain(
      "BINUNICODE8 is longer than the pickle",
    );
    expect(refused([0x80, 4, 0x8c, 1, 0x61])).toContain("ends without STOP");
    expect(refused([0x80, 4, 0x8c, 1, 0x61, 0x2e, 0x2e])).toContain("1 bytes after STOP");
    expect(refused([0x80, 6, 0x8c, 1, 0x61, 0x2e])).toContain("unknown pickle protocol 6");
    expect(refused([0x80, 4, 0x8c, 2, 0xc3, 0x28, 0x2e])).toContain("not valid UTF-8");
    expect(refused([0x56, ...Buffer.from("a\\u12"), 0x0a, 0x2e])).toContain("truncated \\u escape");
    expect(refused([0x56, ...Buffer.from("\\ud800"), 0x0a, 0x2e])).toContain("invalid code point");
    expect(refused([0xff])).toContain("unknown opcode 0xff");
    expect(refused([])).toContain("ends without STOP");
  });
});
