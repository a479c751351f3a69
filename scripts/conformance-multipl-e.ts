// Conformance with MultiPL-E's evaluator on hand-written samples (test/fixtures/multipl-e/
// conformance-{js,ts}.jsonl: a correct, a wrong, a non-compiling and a hostile completion for each of
// 10 HumanEval problems in each language) against MultiPL-E's own problem files in ../shared/multipl-e.
//
// Each fixture carries the status MultiPL-E's evaluator gives by its documented rules (eval_javascript /
// eval_ts: `tsc --target esnext`, a failed compile is SyntaxError; then `node`: exit code 0 is OK,
// else ERR_ASSERTION → AssertionError, SyntaxError, ReferenceError, else Exception; 15 s → Timeout) and
// the status passk must give. The script runs passk (evaluate(), full isolation) and, unless
// --no-reference, MultiPL-E's procedure re-created here (tsc and node on the whole file, inside
// bubblewrap: the samples are hostile) to check the labels, and prints the table. `npm run conformance:multipl-e`.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { evaluate } from "../src/evaluate/evaluate.js";
import type { ResultRecord } from "../src/evaluate/types.js";
import { loadAnyProblems } from "../src/problems/resolve.js";
import { findBubblewrap } from "../src/sandbox/bubblewrap.js";
import { nodeBinary, typescriptPath } from "../src/sandbox/node/launch.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** MultiPL-E's problem files: $PASSK_MULTIPLE_DIR or ../shared/multipl-e beside the repo. */
export const MULTIPLE_DIR = process.env.PASSK_MULTIPLE_DIR ?? resolve(ROOT, "../shared/multipl-e");
const FIXTURES = join(ROOT, "test/fixtures/multipl-e");
/** Where the typescript package is bound inside the re-run's sandbox. */
const TS_TARGET = "/opt/typescript";
/** MultiPL-E gives node 15 s (safe_subprocess's default), and tsc 15 s too. */
const REFERENCE_TIMEOUT_S = 15;
/**
 * The re-run gives tsc more: a cold tsc needs seconds of CPU, and on a shared machine 15 s of wall
 * clock were not enough for it (MultiPL-E would then say SyntaxError of a correct program; passk's
 * compiler stays warm and is not affected).
 */
const REFERENCE_TSC_TIMEOUT_S = 120;

export interface Fixture {
  task_id: string;
  kind: "correct" | "wrong" | "noncompiling" | "hostile";
  completion: string;
  multiple_status: string;
  passk_status: string;
  note?: string;
}

export interface Row extends Fixture {
  language: "js" | "ts";
  passk: { status: string; result: string };
  /** The status the re-created MultiPL-E procedure gave, when it ran. */
  reference?: string;
}

export function fixtures(language: "js" | "ts"): Fixture[] {
  return readFileSync(join(FIXTURES, `conformance-${language}.jsonl`), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Fixture);
}

/** passk's verdict on every fixture of a language, at full isolation. */
export async function passkVerdicts(language: "js" | "ts", dir = MULTIPLE_DIR): Promise<Row[]> {
  const work = mkdtempSync(join(tmpdir(), "passk-multipl-e-"));
  try {
    const rows = fixtures(language);
    const samples = join(work, "samples.jsonl");
    writeFileSync(
      samples,
      rows.map((r) => `${JSON.stringify({ task_id: r.task_id, completion: r.completion })}\n`).join(""),
    );
    const out = join(work, "results.jsonl");
    await evaluate({
      samples,
      problems: join(dir, `humaneval-${language}.jsonl`),
      out,
      k: [1],
      workers: 2,
      sandbox: { bubblewrap: "require", seccomp: "require" },
    });
    const results = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as ResultRecord);
    return rows.map((row, i) => {
      const record = results.find((r) => r.sample_line === i + 1);
      if (!record) throw new Error(`no result for line ${i + 1}`);
      return { ...row, language, passk: { status: record.status, result: record.result } };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** MultiPL-E's status of a node run, by its documented rules. */
function classify(exit: number | null, timedOut: boolean, stderr: string): string {
  if (timedOut) return "Timeout";
  if (exit === 0) return "OK";
  if (stderr.includes("ERR_ASSERTION")) return "AssertionError";
  if (stderr.includes("SyntaxError")) return "SyntaxError";
  if (stderr.includes("ReferenceError")) return "ReferenceError";
  return "Exception";
}

/** Runs `args` inside bubblewrap (no network, the folder `work` writable at /sample) with MultiPL-E's time limit. */
function sandboxed(
  bwrap: string,
  work: string,
  args: string[],
  seconds = REFERENCE_TIMEOUT_S,
): Promise<{ exit: number | null; timedOut: boolean; stderr: string }> {
  const binds = ["/usr", "/lib", "/lib64", "/bin", dirname(nodeBinary())].filter(
    (p, i, all) => existsSync(p) && all.indexOf(p) === i,
  );
  const argv = [
    "--unshare-all",
    "--die-with-parent",
    "--new-session",
    "--clearenv",
    "--setenv",
    "PATH",
    "/usr/bin:/bin",
  ];
  for (const path of binds) argv.push("--ro-bind", path, path);
  // The typescript package at a fixed place: a checkout under /tmp would be hidden by the --tmpfs /tmp.
  argv.push("--ro-bind", dirname(dirname(typescriptPath())), TS_TARGET);
  argv.push(
    "--bind",
    work,
    "/sample",
    "--proc",
    "/proc",
    "--dev",
    "/dev",
    "--tmpfs",
    "/tmp",
    "--chdir",
    "/sample",
    ...args,
  );
  return new Promise((done) => {
    const child = spawn(bwrap, argv, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (stderr.length < 2048) stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, seconds * 1000);
    child.on("close", (exit) => {
      clearTimeout(timer);
      done({ exit, timedOut, stderr });
    });
  });
}

/** MultiPL-E's procedure, re-created: the whole program through tsc (TypeScript), then node. */
async function referenceStatus(bwrap: string, language: "js" | "ts", program: string): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), "passk-multipl-e-ref-"));
  try {
    writeFileSync(join(work, `program.${language}`), program);
    if (language === "ts") {
      const tsc = `${TS_TARGET}/bin/tsc`;
      const compiled = await sandboxed(
        bwrap,
        work,
        [nodeBinary(), tsc, "--target", "esnext", "program.ts"],
        REFERENCE_TSC_TIMEOUT_S,
      );
      if (compiled.timedOut || compiled.exit !== 0) return "SyntaxError";
    }
    const ran = await sandboxed(bwrap, work, [nodeBinary(), "program.js"]);
    return classify(ran.exit, ran.timedOut, ran.stderr);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Adds the reference's status to each row (two at a time). */
export async function withReference(rows: Row[], dir = MULTIPLE_DIR): Promise<Row[]> {
  const bwrap = await findBubblewrap();
  if (!bwrap.path) throw new Error("the reference run needs bubblewrap (the samples are hostile)");
  const bwrapPath = bwrap.path;
  const problems = {
    js: await loadAnyProblems(join(dir, "humaneval-js.jsonl")),
    ts: await loadAnyProblems(join(dir, "humaneval-ts.jsonl")),
  };
  let next = 0;
  const lane = async () => {
    while (next < rows.length) {
      const row = rows[next++] as Row;
      const problem = problems[row.language].problems.get(row.task_id);
      if (!problem) throw new Error(`${row.task_id} is not in ${dir}`);
      row.reference = await referenceStatus(
        bwrapPath,
        row.language,
        `${problem.prompt}${row.completion}\n${problem.test}`,
      );
    }
  };
  await Promise.all([lane(), lane()]);
  return rows;
}

/** Whether a row is as the fixture says: passk's status, and the reference's when it ran. */
export function rowAgrees(row: Row): boolean {
  return (
    row.passk.status === row.passk_status &&
    (row.reference === undefined || row.reference === row.multiple_status)
  );
}

function table(rows: Row[]): string {
  const lines = [
    "| language | problem | sample | MultiPL-E (rules) | MultiPL-E (re-run) | passk | passk's result | as expected |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const row of rows) {
    const result = row.passk.result.length > 70 ? `${row.passk.result.slice(0, 67)}…` : row.passk.result;
    const kind = row.note ? `${row.kind}: ${row.note}` : row.kind;
    lines.push(
      `| ${row.language} | ${row.task_id.replace(/^HumanEval_/, "")} | ${kind} | ${row.multiple_status} | ${row.reference ?? "–"} | ${row.passk.status} | ${result.replace(/\|/g, "\\|")} | ${rowAgrees(row) ? "yes" : "**no**"} |`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  if (!existsSync(MULTIPLE_DIR)) {
    console.log(`no MultiPL-E data at ${MULTIPLE_DIR}; conformance check skipped`);
    return;
  }
  const rows = [...(await passkVerdicts("js")), ...(await passkVerdicts("ts"))];
  if (!process.argv.includes("--no-reference")) await withReference(rows);
  console.log(table(rows));
  const wrong = rows.filter((row) => !rowAgrees(row));
  const passedSame = rows.filter(
    (row) => (row.passk.status === "passed") === (row.multiple_status === "OK"),
  ).length;
  console.log(
    `\n${rows.length} samples: passk as expected on ${rows.length - wrong.length}; the same pass/fail as MultiPL-E's rules on ${passedSame} (the rest are forged passes and processes, by design)`,
  );
  if (wrong.length > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await main();
