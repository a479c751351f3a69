// Prompts as GPT-3 built them for its in-context learning experiments: K solved examples ("shots")
// of the same task, each its context followed by its completion, then the question's context, with
// an optional natural-language task description in front. The pieces are concatenated as they are:
// the released items start with newlines ("\n\nQ: …", "\nasinoc ="), which separate them.
//
// The examples of item i are drawn from the task's other items (those whose context differs from
// item i's, so a repeated question never shows its own answer), uniformly without replacement, by a
// stream keyed by (seed, task, i): the K = 1 example is the first of the K = 10 examples, so a
// curve over K changes one thing at a time, and each prompt is reproducible on its own.
import { PasskError } from "../../errors.js";
import { hashStream, uniformInt } from "./random.js";
import type { IncontextTask } from "./types.js";

/** One prompt of a task, as a sample records it. */
export interface IncontextPrompt {
  task: string;
  family: string | null;
  /** K: solved examples before the question. */
  shots: number;
  /** Index of the question among the task's items (0-based, file order). */
  item: number;
  /** Indices of the items shown as examples, in prompt order. */
  examples: number[];
  /** The exact text sent (completion mode) or shown (chat mode). */
  prompt: string;
  /** The expected answer: the item's completion, stripped. */
  expected: string;
}

/** Options of {@link buildPrompts}. */
export interface PromptOptions {
  /** The K of each prompt: 0 (zero-shot), 1 (one-shot), more (few-shot). */
  shots: readonly number[];
  /** Questions asked: the task's first `items` items (default: all). */
  items?: number;
  /** Seed of the examples' draw. */
  seed: number;
  /** Text put before the examples (GPT-3's optional task description), or none. */
  description?: string;
}

/**
 * Every (K, question) prompt of a task, K in the given order, questions in file order.
 * @throws PasskError BAD_OPTION when a K needs more examples than the task has other items.
 */
export function buildPrompts(task: IncontextTask, options: PromptOptions): IncontextPrompt[] {
  const count = Math.min(options.items ?? task.items.length, task.items.length);
  const maxShots = Math.max(0, ...options.shots);
  const prompts: IncontextPrompt[] = [];
  for (let item = 0; item < count; item++) {
    const query = task.items[item] as IncontextTask["items"][number];
    const drawn = drawExamples(task, item, maxShots, options.seed);
    for (const shots of options.shots) {
      const examples = drawn.slice(0, shots);
      const shown = examples.map((j) => {
        const example = task.items[j] as IncontextTask["items"][number];
        return example.context + example.completion;
      });
      prompts.push({
        task: task.name,
        family: task.family,
        shots,
        item,
        examples,
        prompt: (options.description ?? "") + shown.join("") + query.context,
        expected: query.completion.trim(),
      });
    }
  }
  return prompts;
}

/** `k` distinct other items for item `item`, in draw order (a prefix of any larger draw). */
function drawExamples(task: IncontextTask, item: number, k: number, seed: number): number[] {
  if (k === 0) return [];
  const context = task.items[item]?.context;
  const others = task.items.filter((other) => other.context !== context).length;
  if (k > others) {
    throw new PasskError(
      "BAD_OPTION",
      `--shots ${k}: task ${task.name} has only ${others} other items to show before item ${item} (use a smaller K, or more items)`,
    );
  }
  const next = hashStream("passk-incontext-shots", task.name, seed, item);
  const chosen: number[] = [];
  const taken = new Set<number>();
  // Rejection: cheap while K is small against the task, which is the case GPT-3's experiments had.
  while (chosen.length < k) {
    const j = uniformInt(next, task.items.length);
    if (taken.has(j) || task.items[j]?.context === context) continue;
    taken.add(j);
    chosen.push(j);
  }
  return chosen;
}
