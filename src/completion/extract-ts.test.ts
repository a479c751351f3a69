// Chat replies to TypeScript problems: which code is taken, and how it becomes a completion.
import { describe, expect, it } from "vitest";
import { chatMessages } from "./chat-prompt.js";
import { extractCompletion } from "./extract.js";

const problem = {
  prompt: "/**\n * Doubles n.\n */\nfunction twice(n: number): number {\n",
  entry_point: "twice",
  language: "ts",
};

describe("TypeScript chat replies", () => {
  it("asks for TypeScript, with the prompt's function left open for the model", () => {
    const { system, user } = chatMessages(problem);
    expect(system).toContain("TypeScript programmer");
    expect(user).toContain(
      "```typescript\n/**\n * Doubles n.\n */\nfunction twice(n: number): number {\n  // your code here\n}\n```",
    );
    expect(user).not.toMatch(/python/i);
  });

  it("takes the body after the model's repeated signature line, with helpers it wrote before", () => {
    const reply =
      "Sure:\n\n```typescript\nconst factor = 2;\nfunction twice(n: number): number {\n  return n * factor;\n}\n```\nDone.";
    const extraction = extractCompletion(reply, problem);
    expect(extraction.method).toBe("fenced-redefinition");
    expect(extraction.completion).toBe("  return n * factor;\n}\n\nconst factor = 2;\n");
  });

  it("forwards to the model's own function when its signature differs", () => {
    const reply =
      "```ts\nexport function twice(x: number) {\n  return x <= 0 ? 0 : 2 + twice(x - 1);\n}\n```";
    const extraction = extractCompletion(reply, problem);
    expect(extraction.completion).toBe(
      "  return (__passk_twice as any)(...(arguments as any));\n}\n\nfunction __passk_twice(x: number) {\n  return x <= 0 ? 0 : 2 + twice(x - 1);\n}\n",
    );
    expect(extraction.notes?.[0]).toMatch(/signature differs/);
  });

  it("prefers the block that defines the function, skips a Python block, reads unfenced code, gives up cleanly", () => {
    const reply =
      "```python\ndef twice(n): return 2*n\n```\n```ts\nconsole.log(twice(2));\n```\n```ts\nfunction twice(n: number): number {\n  return 2 * n;\n}\n```";
    expect(extractCompletion(reply, problem).completion).toBe("  return 2 * n;\n}\n");
    const unfenced = extractCompletion(
      "Here it is:\nfunction twice(n: number): number {\n  return n + n;\n}",
      problem,
    );
    expect(unfenced).toMatchObject({ method: "unfenced-redefinition", completion: "  return n + n;\n}\n" });
    expect(extractCompletion("I cannot help with that.", problem)).toMatchObject({
      method: "empty",
      completion: "",
    });
    expect(extractCompletion("<think>function twice(n: number): number {", problem).method).toBe("empty");
  });

  it("notes a block cut off by the length limit", () => {
    const cut = extractCompletion("```typescript\nfunction twice(n: number): number {\n  return", problem);
    expect(cut.notes?.[0]).toMatch(/not closed/);
  });
});
