// Warnings in the sandbox: the fork server ignores them for good (its stderr is seen by no one, and
// a filter set once is cheaper than one per compile), but a program run in-process, as the reference
// harness runs it, sees the interpreter's own filters: its warnings reach its output as they would
// under the reference. A sample whose compile warns is judged as any other.
import { describe, expect, it } from "vitest";
import { py } from "./helpers/python.js";
import { FULL_ISOLATION, useSandbox } from "./helpers/sandbox.js";
import { QUICK } from "./helpers/sandbox-expect.js";

describe("warnings in the sandbox", () => {
  const sandbox = useSandbox({ ...FULL_ISOLATION, workers: 1 });

  it("an in-process program's warnings reach its output, under the interpreter's default filters", async () => {
    const ex = await sandbox().run(
      py`
        import warnings
        warnings.warn("careful")
        warnings.warn("old", DeprecationWarning)
        print([f[0] for f in warnings.filters][:3])
      `,
      QUICK,
    );
    expect(ex.status).toBe("passed");
    expect(ex.output).toContain("UserWarning: careful");
    // A fresh interpreter shows DeprecationWarning only in __main__; the reference harness runs the
    // program with empty globals, so it is not shown there, nor here.
    expect(ex.output).not.toContain("DeprecationWarning");
    expect(ex.output).toContain("['default', 'ignore', 'ignore']");
  });

  it("a split sample whose module warns when compiled is judged as any other", async () => {
    const prompt = 'def f(x):\n    """Whether x is 1 or 2."""\n';
    const ex = await sandbox().runSplit(
      {
        module: `${prompt}    return x is 1 or x == 2\n`,
        prompt,
        test: "def check(candidate):\n    assert candidate(2)\n    assert not candidate(3)\n",
        entryPoint: "f",
      },
      QUICK,
    );
    expect(ex.status).toBe("passed");
  });
});
