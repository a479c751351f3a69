// What `passk problems stats` and `passk problems check` print for people: the stats table (beside a
// HumanEval file's figures when one is given) and the gate's lines and summary.

import type { TsProblemCheck, TsSetCheck } from "../evaluate/ts-check.js";
import type { ProblemCheck, SetCheck } from "../problems/check.js";
import type { SetStats, ShapeStats, Spread } from "../problems/stats.js";
import { count, percent } from "../report/format.js";

const bar = (n: number) => "█".repeat(n);
const one = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const spreadText = (s: Spread) => `${one(s.median)} (mean ${one(s.mean)}, ${s.min}–${s.max})`;

/** The stats of a set; with `other` (a HumanEval file's figures), the shared figures side by side. */
export function formatStats(stats: SetStats, other?: { label: string; stats: ShapeStats }): string {
  const out = [
    `${stats.name} ${stats.version}${stats.since ? ` (added since ${stats.since})` : ""} · sha256 ${stats.sha256.slice(0, 16)}…`,
    `added: ${stats.added.first} to ${stats.added.last}`,
    `wrong solutions: ${stats.wrong} · alternative solutions: ${stats.alt}`,
    "",
  ];
  const rows: [string, (s: ShapeStats) => string][] = [
    ["problems", (s) => String(s.problems)],
    ["prompt words, median (mean, range)", (s) => spreadText(s.promptWords)],
    ["solution lines, median (mean, range)", (s) => spreadText(s.solutionLines)],
    ["tests per problem, median (mean, range)", (s) => spreadText(s.tests)],
    ["tests in all", (s) => count(s.tests.total)],
  ];
  const title = `${stats.name} ${stats.version}`;
  const cells = rows.map(([label, cell]) => [label, cell(stats), other ? cell(other.stats) : ""] as const);
  const width = [
    Math.max(...cells.map((c) => c[0].length)),
    Math.max(title.length, ...cells.map((c) => c[1].length)),
  ] as const;
  if (other) out.push(`${"".padEnd(width[0])}  ${title.padEnd(width[1])}  ${other.label}`);
  for (const [label, mine, theirs] of cells) {
    out.push(`${label.padEnd(width[0])}  ${mine.padEnd(width[1])}  ${theirs}`.trimEnd());
  }
  if (other) out.push(`(${other.label}: tests are the assert lines of its check())`);
  out.push(
    "",
    "difficulty:",
    ...Object.entries(stats.difficulty).map(
      ([d, n]) =>
        `  ${d.padEnd(8)} ${String(n).padStart(3)} ${percent(stats.problems ? n / stats.problems : 0, 0).padStart(5)} ${bar(n)}`,
    ),
    "tags:",
    ...Object.entries(stats.tags).map(([t, n]) => `  ${t.padEnd(20)} ${String(n).padStart(3)} ${bar(n)}`),
  );
  return `${out.join("\n")}\n`;
}

/** One line per checked problem (with its faults below it). */
export function checkLine(check: ProblemCheck): string {
  // A harvested problem may have none: "0/0 failed" would read as a pass of something that never ran.
  const wrong =
    check.wrong.length === 0
      ? "no wrong solutions"
      : `${check.wrongKilled}/${check.wrong.length} wrong solutions failed`;
  const head = `${check.faults.length === 0 ? "ok  " : "FAIL"} ${check.taskId}: ${check.tests} tests, ${wrong}, ${check.killed}/${check.mutants - check.equivalent} mutants killed (${percent(check.killRate)})${check.equivalent ? `, ${check.equivalent} equivalent` : ""}, canonical ${(check.canonicalCpu * 1000).toFixed(0)} ms`;
  const details = check.faults.map((f) => `\n      ${f}`).join("");
  return `${head}${details}\n`;
}

/** The summary: per difficulty, mutants killed and wrong solutions failed; near-duplicates; the outcome. */
export function checkSummary(report: SetCheck): string {
  interface Row {
    problems: number;
    killed: number;
    counted: number;
    wrongKilled: number;
    wrong: number;
  }
  const empty = (): Row => ({ problems: 0, killed: 0, counted: 0, wrongKilled: 0, wrong: 0 });
  const byDifficulty = new Map<string, Row>();
  const all = empty();
  for (const c of report.problems) {
    const row = byDifficulty.get(c.difficulty) ?? empty();
    byDifficulty.set(c.difficulty, row);
    for (const r of [row, all]) {
      r.problems++;
      r.killed += c.killed;
      r.counted += c.mutants - c.equivalent;
      r.wrongKilled += c.wrongKilled;
      r.wrong += c.wrong.length;
    }
  }
  // Nothing to count (harvested problems have no wrong solutions) is said, not shown as 100 %.
  const rate = (a: number, b: number) => (b ? `${count(a)}/${count(b)} (${percent(a / b)})` : "none");
  const out = [`\n${report.set} ${report.version}: ${report.problems.length} problems checked`];
  const order = ["easy", "medium", "hard"].filter((d) => byDifficulty.has(d));
  for (const [difficulty, row] of [
    ...order.map((d) => [d, byDifficulty.get(d) as Row] as const),
    ["all", all] as const,
  ]) {
    out.push(
      `  ${difficulty.padEnd(7)} ${String(row.problems).padStart(3)} problems · mutants killed ${rate(row.killed, row.counted)} · wrong solutions failed ${rate(row.wrongKilled, row.wrong)}`,
    );
  }
  for (const d of report.nearDuplicates) {
    out.push(
      `  near-duplicate? ${d.a} ~ ${d.b} (description ${percent(d.description, 0)}, solution ${percent(d.solution, 0)} shared words)`,
    );
  }
  const failing = report.problems.filter((c) => c.faults.length > 0);
  out.push(
    failing.length === 0 ? "  all problems pass the gate" : `  ${failing.length} problems fail the gate`,
  );
  return `${out.join("\n")}\n`;
}

/** One line per problem of the TypeScript gate, its faults below it. */
export function tsCheckLine(check: TsProblemCheck): string {
  const counted = check.mutants - check.stillborn - check.equivalent;
  const aside = check.omitted.length ? ` (${check.omitted.length} set aside)` : "";
  const head = `${check.faults.length === 0 ? "ok  " : "FAIL"} ${check.taskId} in TypeScript: ${check.tests} tests${aside}, ${check.killed}/${counted} mutants killed (${percent(check.killRate)})${check.equivalent ? `, ${check.equivalent} equivalent` : ""}, ${check.stillborn} not type-checking`;
  return `${head}${check.faults.map((f) => `\n      ${f}`).join("")}\n`;
}

/** The TypeScript gate's summary: mutants killed, cases set aside, renderings that need a reader's care. */
export function tsCheckSummary(report: TsSetCheck): string {
  const killed = report.problems.reduce((sum, c) => sum + c.killed, 0);
  const counted = report.problems.reduce((sum, c) => sum + c.mutants - c.stillborn - c.equivalent, 0);
  const aside = report.problems.filter((c) => c.omitted.length > 0);
  const noted = report.problems.filter((c) => c.notes.some((n) => n.startsWith("the text speaks")));
  const failing = report.problems.filter((c) => c.faults.length > 0).length;
  return [
    `\n${report.set} ${report.version} in TypeScript: ${report.problems.length} problems checked`,
    `  mutants killed ${count(killed)}/${count(counted)} (${counted ? percent(killed / counted) : "none"})`,
    `  cases set aside (beyond a number's ±2^53): ${aside.length ? aside.map((c) => `${c.taskId} ${c.omitted.length}`).join(", ") : "none"}`,
    `  text that speaks of a Python type: ${noted.length} problems (--json lists them)`,
    failing ? `  ${failing} problems fail the gate` : "  all problems pass the gate",
    "",
  ].join("\n");
}
