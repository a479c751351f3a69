// Limits and verdict checks shared by the tests that run hostile programs in the real sandbox.
import { expect } from "vitest";
import type { Sandbox } from "../../src/sandbox/pool.js";
import { DEFAULT_LIMITS, type Execution, type Limits } from "../../src/sandbox/types.js";

/** Short limits: a program that loops or sleeps costs at most 2 s of a worker. */
export const QUICK: Limits = { ...DEFAULT_LIMITS, timeout: 1, wallTimeout: 2 };

/** Not passed, and not for a trivial reason: the program compiled and ran (a typo is no defence). */
export function expectNotPassed(ex: Execution): void {
  expect(ex.status, `${ex.result}\n${ex.output}`).not.toBe("passed");
  expect(ex.result).not.toBe("passed");
  expect(ex.exitCode, ex.result).not.toBeNull();
}

/** The program ran to its last line and failed there: every attempt it made was refused. */
export function expectRefused(ex: Execution, message: string): void {
  expectNotPassed(ex);
  expect(ex.result, ex.output).toBe(`failed: ${message}`);
}

/** The sandbox still runs, and passes, a correct program. */
export async function expectStillWorks(sandbox: Sandbox): Promise<void> {
  const ex = await sandbox.run("def f(x):\n    return x + 1\n\nassert f(1) == 2\n", QUICK);
  expect(ex.status, ex.result).toBe("passed");
}
