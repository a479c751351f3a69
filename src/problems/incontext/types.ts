// The shapes of GPT-3's in-context learning tasks as passk sees them: items in the format OpenAI
// released (`{"context": …, "completion": …}`, one per line), tasks made of such items, and the
// families of passk's own generators.

/** One item of a task, in GPT-3's released format. The expected answer is `completion`, stripped. */
export interface IncontextItem {
  /** The question, e.g. "\n\nQ: What is 98 plus 45?\n\nA:". */
  context: string;
  /** Its completion, e.g. " 143". */
  completion: string;
}

/** A task: items of one kind, loaded from a file or made by a generator. */
export interface IncontextTask {
  /** The task's name: a family's name for generated tasks, the file's name (without .jsonl, .gz) for files. */
  name: string;
  /** Where the items came from: the file as given, or "generated (seed S, N items)". */
  source: string;
  /** The family it belongs to when known (generated, or a file named after a family), else null. */
  family: string | null;
  items: IncontextItem[];
  /** SHA-256 (hex) of the file's bytes, or of the generated items: which data a run used. */
  sha256: string;
}

/** One of passk's generated task families (docs/incontext.md describes each). */
export interface Family {
  /** The name of GPT-3's file for this task, without .jsonl: "two_digit_addition". */
  name: string;
  kind: "arithmetic" | "words";
  /** The paper's short name: "2D+", "CL", … */
  label: string;
  /** One line for people: what an item asks. */
  summary: string;
  /** Arithmetic: the digits of the operands (the difficulty knob the paper varies). */
  digits?: number;
  /** The optional natural-language task description put before the examples (`--description`). */
  description: string;
  /** `count` items from `seed`; item i depends only on (family, seed, i) (and the word list). */
  generate(count: number, seed: number): IncontextItem[];
}
