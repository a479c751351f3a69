import { describe, expect, it } from "vitest";
import { PasskError } from "../../errors.js";
import { buildPrompts } from "./prompt.js";
import type { IncontextTask } from "./types.js";

const item = (a: number) => ({ context: `\n\nQ: What is ${a} plus 1?\n\nA:`, completion: ` ${a + 1}` });
const task = (items = Array.from({ length: 30 }, (_, i) => item(i))): IncontextTask => ({
  name: "t",
  source: "test",
  family: "two_digit_addition",
  items,
  sha256: "x",
});

describe("buildPrompts", () => {
  it("zero-shot is the question's context as it is, and the answer its stripped completion", () => {
    const [zero] = buildPrompts(task(), { shots: [0], items: 1, seed: 0 });
    expect(zero).toMatchObject({
      shots: 0,
      item: 0,
      examples: [],
      prompt: "\n\nQ: What is 0 plus 1?\n\nA:",
      expected: "1",
    });
  });

  it("concatenates K examples (context + completion) before the question, description first", () => {
    const t = task();
    const prompts = buildPrompts(t, { shots: [3], items: 2, seed: 5, description: "Add:" });
    for (const p of prompts) {
      const shown = p.examples.map((j) => `${t.items[j]?.context}${t.items[j]?.completion}`).join("");
      expect(p.prompt).toBe(`Add:${shown}${t.items[p.item]?.context}`);
      expect(p.examples).toHaveLength(3);
      expect(p.examples).not.toContain(p.item);
      expect(new Set(p.examples).size).toBe(3);
    }
    expect(prompts[0]?.prompt.startsWith("Add:\n\nQ: What is ")).toBe(true);
  });

  it("orders prompts by question, then K as given, and nests the examples across K", () => {
    const prompts = buildPrompts(task(), { shots: [0, 1, 10], items: 4, seed: 1 });
    expect(prompts.map((p) => [p.item, p.shots])).toEqual(
      [0, 1, 2, 3].flatMap((i) => [
        [i, 0],
        [i, 1],
        [i, 10],
      ]),
    );
    for (let i = 0; i < 4; i++) {
      const [, one, ten] = prompts.slice(3 * i, 3 * i + 3);
      expect(ten?.examples.slice(0, 1)).toEqual(one?.examples);
    }
  });

  it("is reproducible from its seed, and another seed draws other examples", () => {
    const a = buildPrompts(task(), { shots: [5], seed: 3 });
    expect(buildPrompts(task(), { shots: [5], seed: 3 })).toEqual(a);
    const b = buildPrompts(task(), { shots: [5], seed: 4 });
    expect(b.filter((p, i) => p.prompt === a[i]?.prompt).length).toBeLessThan(5);
    // Each question draws on its own: asking fewer questions leaves the others' prompts unchanged.
    expect(buildPrompts(task(), { shots: [5], items: 7, seed: 3 })).toEqual(a.slice(0, 7));
  });

  it("never shows a copy of the question among its examples", () => {
    const items = [item(1), item(2), item(1), item(3), item(1), item(4)];
    for (const p of buildPrompts(task(items), { shots: [3], seed: 0 })) {
      const context = items[p.item]?.context;
      for (const j of p.examples) expect(items[j]?.context).not.toBe(context);
    }
  });

  it("refuses a K larger than the other items can give", () => {
    const items = [item(1), item(2), item(1), item(3)];
    expect(() => buildPrompts(task(items), { shots: [3], seed: 0 })).toThrow(PasskError);
    expect(() => buildPrompts(task(items), { shots: [2], seed: 0 })).not.toThrow();
  });
});
