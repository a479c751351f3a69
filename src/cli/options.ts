// Parsers for flag values, with errors that name the flag and say what is expected.
import { InvalidArgumentError } from "commander";

/** "1,10,100" → [1, 10, 100]. */
export function parseKList(value: string): number[] {
  const ks = value.split(",").map((part) => Number(part.trim()));
  if (ks.length === 0 || ks.some((k) => !Number.isInteger(k) || k < 1)) {
    throw new InvalidArgumentError(
      `expected positive integers separated by commas, like 1,10,100 (got "${value}")`,
    );
  }
  return ks;
}

/** Like parseKList, or "all": every k from 1 to the smallest n. */
export function parseKListOrAll(value: string): number[] | "all" {
  return value.trim() === "all" ? "all" : parseKList(value);
}

/** A positive number of seconds. */
export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new InvalidArgumentError(`expected a positive number of seconds (got "${value}")`);
  }
  return seconds;
}

/** A positive integer. */
export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new InvalidArgumentError(`expected a positive integer (got "${value}")`);
  return n;
}

/** A non-negative integer. */
export function parseInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`expected a non-negative integer (got "${value}")`);
  return n;
}

const UNITS: Record<string, number> = {
  "": 1,
  b: 1,
  k: 1024,
  kb: 1000,
  kib: 1024,
  m: 1024 ** 2,
  mb: 1000 ** 2,
  mib: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/** "1GiB", "512M", "2g", "1048576" → bytes. */
function sizeInBytes(value: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  const factor = match ? UNITS[(match[2] ?? "").toLowerCase()] : undefined;
  if (!match || factor === undefined) {
    throw new InvalidArgumentError(`expected a size like 1GiB, 512MiB or 2G (got "${value}")`);
  }
  return Math.round(Number(match[1]) * factor);
}

/** A sandbox memory limit: a size (see sizeInBytes) of at least 16 MiB. */
export function parseBytes(value: string): number {
  const bytes = sizeInBytes(value);
  if (bytes < 16 * 1024 ** 2)
    throw new InvalidArgumentError(`at least 16MiB is needed to start Python (got "${value}")`);
  return bytes;
}

/** The cap on one answer of a model server: a size of at least 1 KiB (an answer's JSON envelope). */
export function parseAnswerSize(value: string): number {
  const bytes = sizeInBytes(value);
  if (bytes < 1024) throw new InvalidArgumentError(`expected at least 1KiB (got "${value}")`);
  return bytes;
}

/** A number from `min` to `max`, both included. */
export function parseFloatIn(min: number, max: number) {
  return (value: string): number => {
    const x = Number(value);
    if (value.trim() === "" || !Number.isFinite(x) || x < min || x > max) {
      throw new InvalidArgumentError(`expected a number from ${min} to ${max} (got "${value}")`);
    }
    return x;
  };
}

/** Nucleus sampling's top_p: above 0, up to 1 (as the config-file schema; 0 would keep no token). */
export function parseTopP(value: string): number {
  const p = Number(value);
  if (value.trim() === "" || !Number.isFinite(p) || p <= 0 || p > 1)
    throw new InvalidArgumentError(`expected a number above 0, up to 1 (got "${value}")`);
  return p;
}

/** A repeatable stop sequence; "\n" and "\t" stand for a newline and a tab. */
export function collectStop(value: string, previous: string[] | undefined): string[] {
  const sequence = value.replace(/\\n/g, "\n").replace(/\\t/g, "\t");
  return [...(previous ?? []), sequence];
}
