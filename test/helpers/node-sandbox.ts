// The real JavaScript/TypeScript sandbox for a block of tests, and passk's own MultiPL-E-format
// problems (hand-written, test/fixtures/multipl-e/) to run samples against.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll } from "vitest";
import { buildSplit } from "../../src/problems/program.js";
import { loadAnyProblems } from "../../src/problems/resolve.js";
import type { Problem } from "../../src/problems/types.js";
import {
  createNodeSandbox,
  type NodeLanguage,
  type NodeSandboxOptions,
} from "../../src/sandbox/node/pool.js";
import type { Sandbox } from "../../src/sandbox/pool.js";
import type { Execution, Limits } from "../../src/sandbox/types.js";
import { QUICK } from "./sandbox-expect.js";

export const OWN_PROBLEMS: Record<NodeLanguage, string> = {
  js: fileURLToPath(new URL("../fixtures/multipl-e/own-js.jsonl", import.meta.url)),
  ts: fileURLToPath(new URL("../fixtures/multipl-e/own-ts.jsonl", import.meta.url)),
};

/** Starts a Node sandbox (both layers required) before the block's first test, closes it after the last. */
export function useNodeSandbox(
  language: NodeLanguage,
  options: Partial<NodeSandboxOptions> = {},
): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await createNodeSandbox({
      workers: 2,
      bubblewrap: "require",
      seccomp: "require",
      language,
      ...options,
    });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => {
    if (!sandbox) throw new Error("useNodeSandbox: the sandbox has not started (see the error in beforeAll)");
    return sandbox;
  };
}

/** One of passk's own MultiPL-E-format problems. */
export async function ownProblem(language: NodeLanguage, name: string): Promise<Problem> {
  const problem = (await loadAnyProblems(OWN_PROBLEMS[language])).problems.get(name);
  if (!problem) throw new Error(`no problem ${name} in ${OWN_PROBLEMS[language]}`);
  return problem;
}

/** Runs `prompt + completion` against the problem's test, as passk evaluate does. */
export function runCompletion(
  sandbox: Sandbox,
  problem: Problem,
  completion: string,
  limits: Limits = QUICK,
): Promise<Execution> {
  return sandbox.runSplit(buildSplit(problem, { task_id: problem.task_id, completion }), limits);
}

/** A correct body of own_1_count_vowels (JavaScript and TypeScript alike). */
export const COUNT_VOWELS = '  return [...word].filter((c) => "aeiou".includes(c)).length;\n}\n';

/**
 * A completion of own_1_count_vowels that passes only if `attack` (a function body) returns true:
 * otherwise it fails with `refused: <what the attack returned or threw>`.
 */
export function attack(body: string): string {
  return [
    "  let outcome;",
    `  try { outcome = (() => { ${body} })(); } catch (e) { outcome = (e && (e.code || e.name)) + " " + (e && e.message); }`,
    '  if (outcome !== true) throw new Error("refused: " + String(outcome).slice(0, 300));',
    COUNT_VOWELS,
  ].join("\n");
}
