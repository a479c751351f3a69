// Errors people read: a stable code, what was wrong, where, and what to do.
// Outcomes of samples are data, never exceptions; these are for bad input and for passk failing.

/** Stable codes of the errors passk raises. */
export type PasskErrorCode =
  | "BAD_INPUT" // a file the user handed in is malformed (the message lists every problem found)
  | "FILE_NOT_FOUND"
  | "BAD_OPTION" // a flag or option value is invalid
  | "SANDBOX_UNAVAILABLE" // no Python, or the requested isolation cannot be provided
  | "MISSING_MODULE" // problems' code imports a module the sandbox's Python cannot import
  | "SANDBOX_CLOSED" // a sample was handed to a sandbox after (or while) it was closed
  | "MODEL_ERROR" // the model server refused the run for good (bad key, unknown model, bad request)
  | "INTERNAL"; // a bug or an unexpected failure of passk itself

/** An error meant for a person: `code` is stable, `message` says what, where and what to do. */
export class PasskError extends Error {
  readonly code: PasskErrorCode;
  /** Individual problems (for example one per bad input line), already formatted for people. */
  readonly details: readonly string[];

  constructor(code: PasskErrorCode, message: string, details: readonly string[] = []) {
    super(message);
    this.name = "PasskError";
    this.code = code;
    this.details = details;
  }
}
