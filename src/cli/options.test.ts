import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { parseAnswerSize, parseBytes, parseKList, parseKListOrAll, parseSeconds } from "./options.js";

describe("flag parsers", () => {
  it("parses k lists and refuses anything but positive integers", () => {
    expect(parseKList("1,10, 100")).toEqual([1, 10, 100]);
    for (const bad of ["0", "1,x", "1.5", "-1", ""])
      expect(() => parseKList(bad)).toThrow(InvalidArgumentError);
    expect(parseKListOrAll(" all ")).toBe("all");
    expect(parseKListOrAll("1,5")).toEqual([1, 5]);
    expect(() => parseKListOrAll("every")).toThrow(InvalidArgumentError);
  });

  it("parses sizes with binary and decimal units", () => {
    expect(parseBytes("1GiB")).toBe(1024 ** 3);
    expect(parseBytes("512M")).toBe(512 * 1024 ** 2);
    expect(parseBytes("2gb")).toBe(2e9);
    expect(parseBytes("20971520")).toBe(20 * 1024 ** 2);
    expect(() => parseBytes("1 parsec")).toThrow(/expected a size/);
    expect(() => parseBytes("1KiB")).toThrow(/at least 16MiB/);
  });

  it("parses an answer-size cap of at least 1 KiB", () => {
    expect(parseAnswerSize("32MiB")).toBe(32 * 1024 ** 2);
    expect(parseAnswerSize("1k")).toBe(1024);
    expect(parseAnswerSize("600MB")).toBe(600e6);
    expect(() => parseAnswerSize("1000")).toThrow(/at least 1KiB/);
    expect(() => parseAnswerSize("lots")).toThrow(/expected a size/);
  });

  it("parses positive seconds", () => {
    expect(parseSeconds("0.5")).toBe(0.5);
    for (const bad of ["0", "-1", "soon"]) expect(() => parseSeconds(bad)).toThrow(InvalidArgumentError);
  });
});
