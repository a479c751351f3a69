// Reading a model server's JSON answer field by field. The server is untrusted input: every field
// passk uses is checked for its type before it becomes part of a sample, and a wrong one is a
// malformed answer — a retryable ProviderError naming the field ("choices[0].text: expected a string,
// got number") — never a silent empty or partial sample, and never an exception of another kind.
import { ProviderError } from "./types.js";

/** What a JSON value is, for a message: "number", "string", "null", "array", "object", … ("nothing" when absent). */
export function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value); // NaN, Infinity
  return typeof value;
}

/** The checks on one answer; each failure throws a retryable ProviderError naming `where` and the field. */
export class AnswerShape {
  /** @param where the URL the answer came from (already free of secrets). */
  constructor(private readonly where: string) {}

  /** A malformed-answer error: `<where>: malformed answer: <path>: expected <expected>, got <kind>`. */
  error(path: string, expected: string, value: unknown): ProviderError {
    return new ProviderError(
      `${this.where}: malformed answer: ${path}: expected ${expected}, got ${kindOf(value)}`,
      "retryable",
    );
  }

  /** A malformed-answer error with its own words: `<where>: malformed answer: <path>: <message>`. */
  invalid(path: string, message: string): ProviderError {
    return new ProviderError(`${this.where}: malformed answer: ${path}: ${message}`, "retryable");
  }

  object(value: unknown, path: string): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw this.error(path, "an object", value);
    return value as Record<string, unknown>;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) throw this.error(path, "a list", value);
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== "string") throw this.error(path, "a string", value);
    return value;
  }

  /** A string, or null / absent (null). */
  optionalString(value: unknown, path: string): string | null {
    if (value === undefined || value === null) return null;
    if (typeof value !== "string") throw this.error(path, "a string or null", value);
    return value;
  }

  /** A count: a whole number ≥ 0 that a double holds exactly. */
  count(value: unknown, path: string): number {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
      throw this.error(path, "a whole number ≥ 0", value);
    return value;
  }

  /** A count, or undefined when absent or null. */
  optionalCount(value: unknown, path: string): number | undefined {
    return value === undefined || value === null ? undefined : this.count(value, path);
  }

  /** A log-probability: a finite number, or null (a token the server gives none for). */
  logprob(value: unknown, path: string): number | null {
    if (value === null) return null;
    if (typeof value !== "number" || !Number.isFinite(value))
      throw this.error(path, "a finite number or null", value);
    return value;
  }

  /**
   * The text of a list of content blocks (OpenAI's content parts, Anthropic's `content`): the `text`
   * of each block of type "text", joined; blocks of other types (thinking, tool use) are not the reply.
   */
  textBlocks(blocks: readonly unknown[], path: string): string {
    let text = "";
    blocks.forEach((value, i) => {
      const block = this.object(value, `${path}[${i}]`);
      const type = this.string(block.type, `${path}[${i}].type`);
      if (type === "text") text += this.string(block.text, `${path}[${i}].text`);
    });
    return text;
  }
}
