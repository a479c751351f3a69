// Checking the errors passk reports, for the tests.
import { expect } from "vitest";
import { PasskError } from "../../src/errors.js";

/** The PasskError `promise` rejects with (the test fails if it settles otherwise). */
export async function rejection(promise: Promise<unknown>): Promise<PasskError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PasskError);
  return error as PasskError;
}
