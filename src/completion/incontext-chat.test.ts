import { describe, expect, it } from "vitest";
import { extractAnswer, INCONTEXT_CHAT_SYSTEM, incontextChatMessages } from "./incontext-chat.js";

describe("incontextChatMessages", () => {
  it("sends the fixed instruction and the prompt without its leading blank lines", () => {
    const prompt = "\n\nQ: What is 1 plus 2?\n\nA: 3\n\nQ: What is 98 plus 45?\n\nA:";
    expect(incontextChatMessages(prompt)).toEqual({
      system: INCONTEXT_CHAT_SYSTEM,
      user: "Q: What is 1 plus 2?\n\nA: 3\n\nQ: What is 98 plus 45?\n\nA:",
    });
  });
});

describe("extractAnswer", () => {
  const cases: [string, string][] = [
    ["143", "143"],
    ["  143  \n\nQ: next", "143"],
    ["A: 143", "143"],
    ["Answer: casino", "casino"],
    ["**-19**", "-19"],
    ["`casino`", "casino"],
    ['"casino"', "casino"],
    ["casino.", "casino"],
    ["```\n143\n```", "143"],
    ["\n\n  inevitably\nBecause the letters…", "inevitably"],
    ["<think>98 + 45 = 143? yes</think>\n143", "143"],
  ];
  for (const [reply, answer] of cases) {
    it(`${JSON.stringify(reply)} → ${JSON.stringify(answer)}`, () => {
      const got = extractAnswer(reply);
      expect(got.completion).toBe(answer);
      expect(got.method).toBe("answer-line");
      const [start, end] = got.codeSpan as [number, number];
      expect(reply.slice(start, end)).toContain(answer);
    });
  }

  it("gives nothing for an empty reply or one still thinking", () => {
    expect(extractAnswer("")).toEqual({ completion: "", method: "empty" });
    expect(extractAnswer("   \n```\n```")).toEqual({ completion: "", method: "empty" });
    expect(extractAnswer("<think>let me see").completion).toBe("");
  });

  it("takes the first line, so an explanation first is scored as given", () => {
    expect(extractAnswer("The answer is 143.\n143").completion).toBe("The answer is 143");
  });
});
