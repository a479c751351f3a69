// Tests of the signed answer lines between passk and a Node host.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signLine, verifiedJson } from "./protocol.js";

describe("signed answer lines", () => {
  const key = randomBytes(32);
  const json = JSON.stringify({ id: 7, status: "passed", result: "passed" });

  it("verify with the key they were signed with", () => {
    const line = signLine(key, json);
    expect(line.endsWith("\n")).toBe(true);
    expect(verifiedJson(key, line.slice(0, -1))).toBe(json);
  });

  it("do not verify when forged: another key, a changed verdict, no signature, garbage", () => {
    const line = signLine(key, json).slice(0, -1);
    expect(verifiedJson(randomBytes(32), line)).toBeNull();
    expect(verifiedJson(key, line.replace("passed", "failed"))).toBeNull();
    expect(verifiedJson(key, json)).toBeNull();
    expect(verifiedJson(key, `${json}\tdeadbeef`)).toBeNull();
    expect(verifiedJson(key, `junk${line}`)).toBeNull();
  });
});
