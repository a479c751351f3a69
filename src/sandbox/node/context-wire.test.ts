// The text a call's arguments and answer take between the tester and a sample in a V8 context: what
// it carries exactly, what it refuses to carry (the sample then runs in a worker of its own), and that
// bad text is refused rather than turned into something else.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { contextWire } from "./context-wire.js";

const wire = contextWire();
const roundTrip = (value: unknown) => {
  const text = wire.encode(value);
  expect(text).not.toBeNull();
  return wire.decode(text as string);
};

describe("the call encoding of the context worker", () => {
  it("carries the values of MultiPL-E's tests and answers exactly", () => {
    const values: unknown[] = [
      0,
      -0,
      1.5,
      1e21,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      "",
      "a \ud800 lone surrogate",
      true,
      null,
      undefined,
      12345678901234567890n,
      [1, [2, [3, undefined]], "x"],
      { a: 1, "": [null], nested: { deep: [{ x: -0 }] } },
      new Map<unknown, unknown>([
        [1, "one"],
        ["k", new Set([1, 2])],
      ]),
      new Set(["a", 1, undefined]),
      new Date(86_400_000),
    ];
    for (const value of values) expect(roundTrip(value)).toEqual(value);
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
    expect(Object.is((roundTrip([-0]) as number[])[0], -0)).toBe(true);
  });

  it("keeps an own __proto__ key as a key, and takes objects as a structured clone does", () => {
    const decoded = wire.decode('{"$":"o","v":[["__proto__",{"$":"o","v":[["polluted",1]]}]]}') as object;
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.keys(decoded)).toEqual(["__proto__"]);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    class Point {
      x = 1;
      get doubled() {
        return 2;
      }
    }
    expect(roundTrip(new Point())).toEqual({ x: 1 }); // own enumerable properties, no prototype
  });

  it("encodes values made in another realm (the sample's context) the same way", () => {
    const foreign = runInNewContext('[new Map([[1, {a: [1, "x"]}]]), new Set([2]), new Date(5), {b: -0}]');
    expect(wire.encode(foreign)).toBe(
      '[{"$":"m","v":[[1,{"$":"o","v":[["a",[1,"x"]]]}]]},{"$":"s","v":[2]},{"$":"d","v":5},{"$":"o","v":[["b",{"$":"-0"}]]}]',
    );
  });

  it("has no form for what a structured clone treats otherwise: the sample then runs in a worker", () => {
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    const extra = Object.assign([1], { x: 2 });
    const holey = [1, 2, 3];
    delete holey[1];
    for (const value of [
      () => 1,
      Symbol("s"),
      cycle,
      holey,
      extra,
      new Error("e"),
      /re/,
      new Uint8Array(1),
      Promise.resolve(1),
      new WeakMap(),
      Object(1),
      [() => 1],
      { f: Symbol("s") },
    ])
      expect(wire.encode(value)).toBeNull();
    let deep: unknown[] = [];
    for (let i = 0; i < 2000; i++) deep = [deep];
    expect(wire.encode(deep)).toBeNull();
  });

  it("refuses text that is not the encoding", () => {
    for (const text of [
      "{",
      '{"a":1}',
      '{"$":"nope"}',
      '{"$":"big","v":"1e3"}',
      '{"$":"o","v":[[1,2]]}',
      '{"$":"m","v":[[1]]}',
      '{"$":"s","v":1}',
    ])
      expect(() => wire.decode(text), text).toThrow();
    let deep = "1";
    for (let i = 0; i < 2000; i++) deep = `[${deep}]`;
    expect(() => wire.decode(deep)).toThrow(/nested too deeply/);
  });

  it("runs a getter of the value as a structured clone would, and lets what it throws through", () => {
    const value = {
      get boom() {
        throw new RangeError("from a getter");
      },
    };
    expect(() => wire.encode(value)).toThrow("from a getter");
  });
});
