// Reads a pickled Python str without unpickling it. LiveCodeBench stores its private tests as
// base64(zlib(pickle(json text))), and a pickle is a program for a stack machine: `pickle.loads`
// on untrusted bytes can import any module and call any function (GLOBAL/STACK_GLOBAL + REDUCE).
// So passk never unpickles: this parser walks the opcodes itself and accepts only those a pickled
// str is made of (any protocol, 0 to 5), and a result that is exactly one str. Every other opcode
// is refused by name, before anything is built.

/** Why bytes are not a pickled str (the opcode refused, or where the bytes end or go wrong). */
export class PickleError extends Error {}

const OPCODE_NAMES: Record<number, string> = {
  40: "MARK",
  41: "EMPTY_TUPLE",
  75: "BININT1",
  74: "BININT",
  77: "BININT2",
  73: "INT",
  76: "LONG",
  138: "LONG1",
  139: "LONG4",
  71: "BINFLOAT",
  70: "FLOAT",
  78: "NONE",
  136: "NEWTRUE",
  137: "NEWFALSE",
  83: "STRING",
  84: "BINSTRING",
  85: "SHORT_BINSTRING",
  66: "BINBYTES",
  67: "SHORT_BINBYTES",
  142: "BINBYTES8",
  150: "BYTEARRAY8",
  93: "EMPTY_LIST",
  108: "LIST",
  97: "APPEND",
  101: "APPENDS",
  125: "EMPTY_DICT",
  100: "DICT",
  115: "SETITEM",
  117: "SETITEMS",
  143: "EMPTY_SET",
  144: "ADDITEMS",
  145: "FROZENSET",
  116: "TUPLE",
  133: "TUPLE1",
  134: "TUPLE2",
  135: "TUPLE3",
  48: "POP",
  49: "POP_MARK",
  50: "DUP",
  103: "GET",
  104: "BINGET",
  106: "LONG_BINGET",
  99: "GLOBAL",
  147: "STACK_GLOBAL",
  82: "REDUCE",
  98: "BUILD",
  105: "INST",
  111: "OBJ",
  129: "NEWOBJ",
  146: "NEWOBJ_EX",
  80: "PERSID",
  81: "BINPERSID",
  130: "EXT1",
  131: "EXT2",
  132: "EXT4",
  151: "NEXT_BUFFER",
  152: "READONLY_BUFFER",
};

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The str that `bytes` pickle, read without executing anything.
 * @throws PickleError naming the first opcode that a pickled str does not use, or what is malformed.
 */
export function readPickledString(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stack: string[] = [];
  let pos = 0;
  const need = (count: number, what: string): number => {
    if (count < 0 || pos + count > bytes.length) {
      throw new PickleError(`the pickle ends inside ${what} (byte ${pos} of ${bytes.length})`);
    }
    const at = pos;
    pos += count;
    return at;
  };
  const text = (length: number, what: string): string => {
    const at = need(length, what);
    try {
      return UTF8.decode(bytes.subarray(at, at + length));
    } catch {
      throw new PickleError(`${what} at byte ${at} is not valid UTF-8`);
    }
  };
  const line = (what: string): string => {
    const end = bytes.indexOf(0x0a, pos);
    if (end < 0) throw new PickleError(`the pickle ends inside ${what} (no newline after byte ${pos})`);
    const chars = Buffer.from(bytes.subarray(pos, end)).toString("latin1");
    pos = end + 1;
    return chars;
  };
  while (pos < bytes.length) {
    const at = pos;
    const opcode = bytes[need(1, "an opcode")] as number;
    switch (opcode) {
      case 0x80: {
        // PROTO
        const version = bytes[need(1, "PROTO")] as number;
        if (version > 5) throw new PickleError(`unknown pickle protocol ${version}`);
        break;
      }
      case 0x95: // FRAME: only delimits what follows
        need(8, "FRAME");
        break;
      case 0x8c: // SHORT_BINUNICODE
        stack.push(text(bytes[need(1, "SHORT_BINUNICODE")] as number, "SHORT_BINUNICODE"));
        break;
      case 0x58: // BINUNICODE
        stack.push(text(view.getUint32(need(4, "BINUNICODE"), true), "BINUNICODE"));
        break;
      case 0x8d: {
        // BINUNICODE8
        const length = view.getBigUint64(need(8, "BINUNICODE8"), true);
        if (length > BigInt(bytes.length)) throw new PickleError("BINUNICODE8 is longer than the pickle");
        stack.push(text(Number(length), "BINUNICODE8"));
        break;
      }
      case 0x56: // UNICODE (protocol 0): raw-unicode-escape up to a newline
        stack.push(rawUnicodeEscape(line("UNICODE"), at));
        break;
      case 0x94: // MEMOIZE
        break;
      case 0x71: // BINPUT
        need(1, "BINPUT");
        break;
      case 0x72: // LONG_BINPUT
        need(4, "LONG_BINPUT");
        break;
      case 0x70: // PUT
        if (!/^\d+$/.test(line("PUT"))) throw new PickleError(`PUT at byte ${at} has no index`);
        break;
      case 0x2e: // STOP
        if (pos !== bytes.length) throw new PickleError(`${bytes.length - pos} bytes after STOP`);
        if (stack.length !== 1) {
          throw new PickleError(`the pickle holds ${stack.length} values; only one str is accepted`);
        }
        return stack[0] as string;
      default: {
        const name = OPCODE_NAMES[opcode] ?? `unknown opcode 0x${opcode.toString(16).padStart(2, "0")}`;
        throw new PickleError(
          `opcode ${name} at byte ${at} is refused: only a pickled str is accepted (passk never unpickles)`,
        );
      }
    }
  }
  throw new PickleError("the pickle ends without STOP");
}

/**
 * Python's raw-unicode-escape decoding: latin-1 text where \uXXXX and \UXXXXXXXX stand for code
 * points, but only after an odd number of backslashes (as Python's decoder reads it).
 */
function rawUnicodeEscape(chars: string, at: number): string {
  let out = "";
  let i = 0;
  while (i < chars.length) {
    if (chars[i] !== "\\") {
      out += chars[i];
      i++;
      continue;
    }
    let run = 0;
    while (chars[i] === "\\") {
      run++;
      i++;
    }
    const kind = chars[i];
    if (run % 2 === 0 || (kind !== "u" && kind !== "U")) {
      out += "\\".repeat(run);
      continue;
    }
    out += "\\".repeat(run - 1);
    const digits = kind === "u" ? 4 : 8;
    const hex = chars.slice(i + 1, i + 1 + digits);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) {
      throw new PickleError(`UNICODE at byte ${at} has a truncated \\${kind} escape`);
    }
    const code = Number.parseInt(hex, 16);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      throw new PickleError(`UNICODE at byte ${at} escapes an invalid code point U+${code.toString(16)}`);
    }
    out += String.fromCodePoint(code);
    i += 1 + digits;
  }
  return out;
}
