// A scripted "model" for the fake LLM server that knows the demo problems' canonical solutions:
// it answers a completion request with the canonical body (plus a trailing function that the stop
// sequences must cut), and a chat request with prose around a fenced full definition.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { RecordedRequest } from "./fake-llm-server.js";

export const DEMO_PROBLEMS = fileURLToPath(new URL("../../examples/demo/problems.jsonl", import.meta.url));

interface DemoProblem {
  task_id: string;
  prompt: string;
  entry_point: string;
  canonical_solution: string;
}

export const demoProblems: DemoProblem[] = readFileSync(DEMO_PROBLEMS, "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as DemoProblem);

function problemOf(request: RecordedRequest): DemoProblem {
  const found = demoProblems.find((p) => request.prompt.includes(p.prompt.trim()));
  if (!found) throw new Error(`no demo problem in prompt ${request.prompt.slice(0, 80)}`);
  return found;
}

/** A correct answer in the form the request's endpoint calls for. */
export function correctReply(request: RecordedRequest): string {
  const problem = problemOf(request);
  if (request.endpoint === "completions")
    return `${problem.canonical_solution}\n\ndef unrelated():\n    return 1\n`;
  return `Here is the implementation:\n\n\`\`\`python\n${problem.prompt}${problem.canonical_solution}\`\`\`\n\nIt handles the edge cases.`;
}
