// The compact GitHub-flavoured markdown report, for CI job summaries and pull-request comments:
// per run the model, dataset, pass@k with intervals, statuses and the most failing problems, then a
// table per study present. Same numbers as the HTML report (both derive them through html/input.ts).
import type { ResultRecord } from "../evaluate/types.js";
import type {
  BleuStudy,
  CompareStudy,
  Estimate,
  LimitsStudy,
  RankStudy,
  SweepStudy,
} from "../metrics/studies.js";
import type { LoadedRun } from "../run/load.js";
import {
  bestTemperatures,
  bestTemperatureText,
  count,
  percent,
  percentRange,
  percentagePoints as pp,
} from "./format.js";
import {
  problemCounts,
  type ReportInput,
  runLabel,
  runPassAtK,
  STATUSES,
  statusCounts,
} from "./html/input.js";

/** Problems listed under "most failing problems". */
export const TOP_FAILING = 10;

/** Text from users or models made safe for a markdown paragraph or table cell (one line, no markup). */
export function mdText(text: unknown): string {
  return String(text)
    .replace(/\r?\n|\r/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}

function mdTable(head: string[], rows: string[][], numeric: boolean[] = []): string {
  const align = head.map((_, i) => (numeric[i] ? "---:" : "---"));
  return [head, align, ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

const est = (e: Estimate) => `${percent(e.value)} (${percentRange(e.lo, e.hi)})`;

/** The report as GitHub-flavoured markdown. Deterministic for a given input. */
export function renderMarkdown(input: ReportInput): string {
  const labels = new Map(input.runs.map((run) => [run.dir, runLabel(run)]));
  const name = (run: string) => mdText(labels.get(run) ?? run);
  const out: string[] = ["# passk report", ""];
  const simulated = input.runs.filter((r) => r.manifest.simulated);
  if (simulated.length > 0) {
    out.push(
      "> [!WARNING]",
      `> **SIMULATED MODEL — not a real model.** ${simulated.map((r) => mdText(runLabel(r))).join(", ")}: samples made by passk's simulated model; the numbers say nothing about any real model.`,
      "",
    );
  }
  const s = input.studies;
  // Several runs are compared first, as in the HTML report: it is what such a report is read for.
  if (s.compare) out.push(...compare(s.compare));
  input.runs.forEach((run, i) => {
    out.push(...runSection(run, input.runs.length > 1 ? `Run ${i + 1}: ` : ""));
  });
  if (s.sweep) out.push(...sweep(s.sweep));
  for (const study of s.rank ?? []) out.push(...rank(study, name));
  if (s.bleu && s.bleu.length > 0) out.push(...bleu(s.bleu, name));
  if (s.limits) out.push(...limits(s.limits, name));
  out.push(`<sub>passk ${mdText(input.passkVersion)} · ${mdText(input.generatedAt)}</sub>`, "");
  return out.join("\n");
}

function runSection(run: LoadedRun, prefix: string): string[] {
  const m = run.manifest;
  const table = runPassAtK(run);
  const base = runPassAtK(run, "base");
  const statuses = statusCounts(run.results);
  const dataset = [m.dataset.name, m.dataset.version].filter(Boolean).join(" ") || m.dataset.path;
  const out = [
    `## ${prefix}${mdText(runLabel(run))}`,
    "",
    `**Model** ${mdText(m.model.spec)} (${mdText(m.model.provider)}, ${mdText(m.model.mode)}) · **Dataset** ${mdText(dataset)}, ${count(m.dataset.problems)} problems, sha256 \`${mdText(m.dataset.sha256.slice(0, 12))}\` · **n** ${m.params.n} · **T** ${m.params.temperature ?? "default"} · **Isolation** ${mdText(m.evaluation?.isolation.level ?? (m.source ? "unknown (read from EvalPlus's results)" : "not evaluated"))} · **passk** ${mdText(m.passkVersion)}`,
    "",
  ];
  if (table.entries.length > 0) {
    const level = `${Math.round(table.bootstrap.confidence * 100)} % interval`;
    out.push(
      mdTable(
        ["metric", "estimate", level],
        [
          ...table.entries.map((e) => [
            base ? `pass@${e.k} plus` : `pass@${e.k}`,
            percent(e.value),
            percentRange(e.ci[0], e.ci[1]),
          ]),
          ...(base?.entries ?? []).map((e) => [
            `pass@${e.k} base`,
            percent(e.value),
            percentRange(e.ci[0], e.ci[1]),
          ]),
        ],
        [false, true, true],
      ),
      "",
    );
  } else {
    out.push("No pass@k: the run has no results yet.", "");
  }
  for (const skipped of table.skipped)
    out.push(`- pass@${skipped.k} not reported: ${mdText(skipped.reason)}`);
  if (table.skipped.length > 0) out.push("");
  // oom only when an earlier version's results hold it.
  const shown = STATUSES.filter((st) => st !== "oom" || statuses[st] > 0);
  out.push(`**Statuses** ${shown.map((st) => `${st} ${count(statuses[st])}`).join(" · ")}`, "");
  const failing = problemCounts(run.results)
    .filter((p) => p.c < p.n)
    .sort((a, b) => a.c / a.n - b.c / b.n)
    .slice(0, TOP_FAILING);
  if (failing.length > 0) {
    const reasons = commonFailures(run.results);
    out.push(
      `<details><summary>Most failing problems (${failing.length})</summary>`,
      "",
      mdTable(
        ["problem", "passed", "rate", "most common failure"],
        failing.map((p) => [
          mdText(p.taskId),
          `${p.c}/${p.n}`,
          percent(p.c / p.n, 0),
          mdText(reasons.get(p.taskId) ?? ""),
        ]),
        [false, true, true, false],
      ),
      "",
      "</details>",
      "",
    );
  }
  return out;
}

/** Per problem, the most frequent result message of its samples that did not pass (cut to 80 characters). */
function commonFailures(results: readonly ResultRecord[]): Map<string, string> {
  const tally = new Map<string, Map<string, number>>();
  for (const r of results) {
    if (r.passed) continue;
    const counts = tally.get(r.task_id) ?? new Map<string, number>();
    counts.set(r.result, (counts.get(r.result) ?? 0) + 1);
    tally.set(r.task_id, counts);
  }
  const top = new Map<string, string>();
  for (const [task, counts] of tally) {
    const [message = "", n = 0] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    top.set(task, `${message.length > 80 ? `${message.slice(0, 79)}…` : message} (×${n})`);
  }
  return top;
}

function sweep(study: SweepStudy): string[] {
  const temps = [...new Set(study.rows.map((r) => r.temperature))].sort((a, b) => a - b);
  const best = new Map(study.best.map((b) => [b.k, bestTemperatures(b)]));
  const rows = temps.map((t) => [
    String(t),
    ...study.ks.map((k) => {
      const r = study.rows.find((x) => x.k === k && x.temperature === t);
      const isBest = best.get(k)?.includes(t) ?? false;
      return r ? `${isBest ? "**" : ""}${est(r)}${isBest ? "** ★" : ""}` : "—";
    }),
  ]);
  return [
    `## Temperature sweep — ${mdText(study.model)}`,
    "",
    mdTable(["T", ...study.ks.map((k) => `pass@${k}`)], rows, [true, ...study.ks.map(() => true)]),
    "",
    "★ best temperature for that k (several when they tie)",
    "",
    ...study.best.map((b) => `- pass@${b.k}: ${mdText(bestTemperatureText(b))}`),
    "",
  ];
}

function rank(study: RankStudy, name: (run: string) => string): string[] {
  const out = [`## Ranking without tests — ${name(study.run)}`, ""];
  const available = study.strategies.filter((s) => s.available);
  out.push(
    mdTable(
      ["strategy", "1 sample drawn", `${study.n} drawn`],
      available.map((s) => {
        const [first, last] = [s.points[0], s.points[s.points.length - 1]];
        return [mdText(s.label), first ? est(first) : "—", last ? est(last) : "—"];
      }),
      [false, true, true],
    ),
    "",
  );
  for (const s of study.strategies.filter((x) => !x.available)) {
    out.push(`- ${mdText(s.label)}: not available (${mdText(s.reason ?? "no reason given")})`);
  }
  return [...out, ""];
}

function bleu(studies: BleuStudy[], name: (run: string) => string): string[] {
  const f = (v: number | null, digits: number) => (v === null ? "—" : v.toFixed(digits));
  return [
    "## BLEU against correctness",
    "",
    mdTable(
      ["run", "mean AUC", "problems with both", "mean BLEU passing", "mean BLEU failing"],
      studies.map((s) => [
        name(s.run),
        f(s.overall.meanAuc, 3),
        count(s.overall.problemsWithBoth),
        f(s.overall.passingMean, 1),
        f(s.overall.failingMean, 1),
      ]),
      [false, true, true, true, true],
    ),
    "",
    "AUC 0.5: BLEU cannot tell correct samples from wrong ones.",
    "",
  ];
}

function limits(study: LimitsStudy, name: (run: string) => string): string[] {
  const out = ["## Composition and binding limits", ""];
  // Runs of one model often share a label: several runs are numbered, as in the HTML report.
  const numbered = study.runs.length > 1;
  const label = (run: string) => (numbered ? `\\[${study.runs.indexOf(run) + 1}\\] ${name(run)}` : name(run));
  for (const f of study.families) {
    out.push(`### ${f.family}-N: pass@k against N (${mdText(f.knob)})`, "");
    const runs = study.runs.filter((run) => f.rows.some((row) => row.run === run));
    const ns = [...new Set(f.rows.map((row) => row.n))].sort((a, b) => a - b);
    const head = ["N", ...runs.flatMap((run) => f.ks.map((k) => `${label(run)} pass@${k}`))];
    const rows = ns.map((n) => [
      String(n),
      ...runs.flatMap((run) =>
        f.ks.map((k) => {
          const row = f.rows.find((r) => r.run === run && r.n === n && r.k === k);
          return row ? est(row) : "—";
        }),
      ),
    ]);
    out.push(
      f.ks.length > 0
        ? mdTable(
            head,
            rows,
            head.map(() => true),
          )
        : "No k can be reported for every N.",
      "",
    );
  }
  if (numbered) out.push(...study.runs.map((run) => `- ${label(run)}: ${mdText(run)}`), "");
  return out;
}

function compare(study: CompareStudy): string[] {
  const labels = new Map(study.leaderboard.map((r) => [r.run, mdText(r.label)]));
  const name = (run: string) => labels.get(run) ?? mdText(run);
  const board = study.leaderboard.map((r, i) => [
    String(i + 1),
    mdText(r.label),
    ...study.k.map((k) => {
      const e = r.passAtK.find((x) => x.k === k);
      return e ? est(e) : "—";
    }),
  ]);
  const pairs = study.pairs.map((p) => [
    `${name(p.a)} − ${name(p.b)}`,
    String(p.k),
    pp(p.difference.value),
    `${pp(p.difference.lo)} to ${pp(p.difference.hi)}`,
    p.significant ? "**yes**" : "no",
    `${p.pHolm < 0.001 ? "< 0.001" : p.pHolm.toFixed(3)}${p.significantHolm ? " **yes**" : ""}`,
  ]);
  return [
    `## Comparison (${count(study.sharedProblems)} shared problems)`,
    "",
    ...study.warnings.map((w) => `- **Warning:** ${mdText(w)}`),
    ...(study.warnings.length > 0 ? [""] : []),
    mdTable(["#", "run", ...study.k.map((k) => `pass@${k}`)], board, [
      true,
      false,
      ...study.k.map(() => true),
    ]),
    "",
    mdTable(["a − b", "k", "difference", "95 % interval", "significant", "Holm-adjusted p"], pairs, [
      false,
      true,
      true,
      true,
      false,
      true,
    ]),
    "",
  ];
}
