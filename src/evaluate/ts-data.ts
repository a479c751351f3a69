// Judging a TypeScript sample of a passk problem: the sandbox called the function with each case's
// arguments and sent back what it returned in the wire form; here each result is read as the
// signature's return type says and compared with the expected value, outside the sandbox, with
// failure messages in TypeScript's syntax.
import type { PyType } from "../problems/ts/py-types.js";
import { type TsProblemData, tsInputs } from "../problems/ts/ts-problem.js";
import { fromWire, NotRepresentable, toWire, tsLiteral } from "../problems/ts/ts-values.js";
import { toPython, type Value } from "../problems/values.js";
import type { Sandbox } from "../sandbox/pool.js";
import type { Execution, Limits } from "../sandbox/types.js";
import { judgeData, type Show } from "./data-verdict.js";

/** Writes values in TypeScript's syntax where they have it (else Python's, as for an opaque result). */
function tsShow(data: TsProblemData): Show {
  const literal = (value: Value, type: PyType): string => {
    try {
      return tsLiteral(toWire(value, type));
    } catch (error) {
      if (error instanceof NotRepresentable) return toPython(value);
      throw error;
    }
  };
  return {
    call: (entryPoint, args) =>
      `${entryPoint}(${args.map((arg, i) => literal(arg, data.signature.params[i]?.type ?? { kind: "any" })).join(", ")})`,
    value: (value) =>
      value !== null && typeof value === "object" && "$repr" in value
        ? String(value.$repr)
        : literal(value, data.signature.returns),
  };
}

/**
 * Each case's `{"ok": <wire>}` read back into passk's encoding as the return type says. A case that
 * does not parse is passed on as it is, for judgeData to call unreadable.
 */
function readCases(execution: Execution, returns: PyType): Execution {
  if (!execution.cases) return execution;
  const cases = execution.cases.map((text) => {
    let output: unknown;
    try {
      output = JSON.parse(text);
    } catch {
      return text;
    }
    if (output === null || typeof output !== "object" || !Object.hasOwn(output, "ok")) return text;
    return JSON.stringify({ ok: fromWire((output as { ok: unknown }).ok, returns) });
  });
  return { ...execution, cases };
}

/** The verdict on a TypeScript data run: "passed" only when every result equals its expected value. */
export function judgeTsData(data: TsProblemData, execution: Execution): Execution {
  return judgeData(data, readCases(execution, data.signature.returns), tsShow(data));
}

/** Runs a TypeScript program (prompt + completion) on the cases of `data` and judges it here. */
export async function runTsDataCases(
  sandbox: Sandbox,
  program: string,
  data: TsProblemData,
  limits: Limits,
): Promise<Execution> {
  const execution = await sandbox.run(program, limits, {
    entryPoint: data.entryPoint,
    inputs: tsInputs(data),
  });
  return judgeTsData(data, execution);
}
