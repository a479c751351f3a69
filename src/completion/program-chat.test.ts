// Chat mode for program problems: the message asks for a whole program (or the starter code
// completed), and the reply's code becomes a completion that, after the prompt, is that program.
import { describe, expect, it } from "vitest";
import { extractProgram, type ProgramChatProblem, programChatMessages } from "./program-chat.js";

const STDIO: ProgramChatProblem = {
  prompt:
    '"""\nPrint a + b.\n\nRead the input from standard input and write the answer to standard output.\n"""\n',
  entry_point: "__main__",
  program: { kind: "stdio", statement: "Print a + b.\n" },
};
const CALL: ProgramChatProblem = {
  prompt:
    '"""\nCount the even numbers.\n"""\n\nclass Solution:\n    def countEven(self, nums: List[int]) -> int:\n',
  entry_point: "countEven",
  program: {
    kind: "call",
    statement: "Count the even numbers.",
    starterCode: "class Solution:\n    def countEven(self, nums: List[int]) -> int:\n        ",
    call: { name: "countEven" },
  },
};

describe("the program chat prompt", () => {
  it("asks for a whole program reading stdin, with the statement as it is", () => {
    const { user } = programChatMessages(STDIO);
    expect(user).toBe(
      "Solve the following programming problem in Python 3.\n\nPrint a + b.\n\n" +
        "Write a complete program that reads the input from standard input and writes the answer to standard output, exactly in the format the problem asks for.\n\n" +
        "Reply with exactly one ```python code block that contains the whole program.",
    );
  });

  it("shows the starter code to complete, and says the function is called directly", () => {
    const { user } = programChatMessages(CALL);
    expect(user).toContain(
      "Complete this starter code:\n\n```python\nclass Solution:\n    def countEven(self, nums: List[int]) -> int:\n```",
    );
    expect(user).toContain("`countEven` with its signature unchanged");
    expect(user).toContain("Do not read input or print");
    const bare = programChatMessages({ ...CALL, program: { ...CALL.program, starterCode: "" } });
    expect(bare.user).toContain("Write a Python function `countEven` that solves it.");
  });
});

describe("extracting a program from a reply", () => {
  it("takes the last python block whole: its main guard and prints are the program", () => {
    const reply =
      'First a draft:\n```python\nprint(1)\n```\nBetter:\n```python\nimport sys\n\ndef main():\n    a, b = map(int, sys.stdin.read().split())\n    print(a + b)\n\nif __name__ == "__main__":\n    main()\n```\nDone.';
    const extraction = extractProgram(reply, STDIO);
    expect(extraction.method).toBe("fenced-program");
    expect(extraction.completion).toBe(
      'import sys\n\ndef main():\n    a, b = map(int, sys.stdin.read().split())\n    print(a + b)\n\nif __name__ == "__main__":\n    main()\n',
    );
    const [start, end] = extraction.codeSpan ?? [0, 0];
    expect(reply.slice(start, end)).toBe(extraction.completion.trimEnd());
  });

  it("skips thinking, ignores blocks in other languages, reads an unclosed last block, and says when there is nothing", () => {
    expect(
      extractProgram("<think>```python\nprint(0)\n```</think>\n```python\nprint(2)\n```", STDIO).completion,
    ).toBe("print(2)\n");
    expect(
      extractProgram("```bash\npython3 a.py\n```\n```py\nprint(3)\n```\n```text\n3\n```", STDIO).completion,
    ).toBe("print(3)\n");
    expect(extractProgram("Here:\n```python\nprint(4)\n", STDIO).completion).toBe("print(4)\n");
    expect(extractProgram("import sys\nprint(5)", STDIO)).toMatchObject({
      completion: "import sys\nprint(5)\n",
      method: "unfenced-program",
    });
    expect(extractProgram("I cannot solve this.", STDIO)).toMatchObject({ completion: "", method: "empty" });
    expect(extractProgram("<think>still thinking", STDIO)).toMatchObject({
      method: "empty",
      notes: ["the reply ended while thinking"],
    });
  });

  it("reads a call problem's reply as a function problem's: the starter's method ended, the class redefined", () => {
    const reply =
      "```python\nclass Solution:\n    def countEven(self, nums):\n        return sum(x % 2 == 0 for x in nums)\n\nprint(Solution().countEven([2]))\n```";
    const extraction = extractProgram(reply, CALL);
    expect(extraction.completion).toBe(
      "        pass\n\nclass Solution:\n    def countEven(self, nums):\n        return sum(x % 2 == 0 for x in nums)\n",
    );
    expect(extraction.notes).toEqual(["dropped 1 top-level statement(s): example usage, tests or __main__"]);
  });
});
