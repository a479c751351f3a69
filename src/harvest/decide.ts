// Which traced functions may become problems, before any is written: the rules of `passk harvest`
// (docs/harvest.md) applied to the two traced runs and the source, each refusal with a stable code
// and a reason people can read. Pure: the same traces always give the same decisions.

import { renderCall } from "../problems/render.js";
import type { TestCase } from "../problems/set-types.js";
import type { Value } from "../problems/values.js";
import type { StaticInfo, TracedCase, TraceRun } from "./trace.js";

/** Why a function was dropped (stable codes, for the report and for scripts). */
export type DropCode =
  | "not-traceable" // decorated, a generator, replaced at run time: its calls were not recorded
  | "not-extractable" // its source cannot be cut into signature, docstring and body
  | "not-standalone" // it reads project state that cannot go into the prompt
  | "undocumented"
  | "nondeterministic"
  | "too-few-calls"
  | "weak-tests" // the mutation gate of `passk problems check`
  | "check-failed"; // any other finding of `passk problems check`

/** The rules' settings. */
export interface Rules {
  minCalls: number;
  allowUndocumented: boolean;
  standaloneOnly: boolean;
  /** Lines of project helpers a prompt may carry. */
  maxHelperLines: number;
}

/** A function that passed every rule so far, with its deterministic data cases. */
export interface Candidate {
  key: string;
  info: StaticInfo & { signature: string; body: string };
  cases: TestCase[];
  helperNames: string[];
}

/** The verdict on one function before the check. */
export type Decision = { keep: true; candidate: Candidate } | { keep: false; code: DropCode; reason: string };

const MAX_SHOWN = 160;

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
}

function outcomeText(name: string, c: TracedCase): string {
  return "ok" in c.outcome
    ? `${renderCall(name, c.args)} returned ${JSON.stringify(c.outcome.ok)}`
    : "raised";
}

/** Applies the rules to the function `key` as the two runs saw it. */
export function decide(key: string, first: TraceRun, second: TraceRun, rules: Rules): Decision {
  const traced =
    first.functions.get(key) ??
    (second.functions.get(key) as NonNullable<ReturnType<typeof first.functions.get>>);
  const drop = (code: DropCode, reason: string): Decision => ({ keep: false, code, reason });
  if (traced.note) return drop("not-traceable", traced.note);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(traced.name))
    return drop("not-extractable", "its name is not ASCII (a passk set's entry points are)");
  const info = first.statics.get(key) ?? second.statics.get(key);
  if (!info) return drop("not-extractable", "its source was not read");
  if (info.reason) return drop("not-extractable", info.reason);
  if (info.signature === undefined || info.body === undefined)
    return drop("not-extractable", "no signature or body");
  if (info.dynamic?.length) return drop("not-standalone", `calls ${info.dynamic.join(", ")}`);
  if (info.writesGlobals?.length)
    return drop("not-standalone", `assigns module globals (global ${info.writesGlobals.join(", ")})`);
  if (info.unresolved?.length) return drop("not-standalone", `reads ${info.unresolved.join(", ")}`);
  const helperNames = (info.helpers ?? []).map((h) => h.name);
  if (helperNames.length > 0 && rules.standaloneOnly)
    return drop("not-standalone", `needs project helpers ${helperNames.join(", ")} (--standalone-only)`);
  if ((info.helperLines ?? 0) > rules.maxHelperLines) {
    return drop(
      "not-standalone",
      `needs ${info.helperLines} lines of project helpers (${helperNames.join(", ")}); at most ${rules.maxHelperLines} go into a prompt`,
    );
  }
  if (!info.docstring && !rules.allowUndocumented)
    return drop("undocumented", "no docstring (--allow-undocumented keeps it)");

  const runs = [first.functions.get(key), second.functions.get(key)];
  const conflicts = runs.reduce((sum, run) => sum + (run?.conflicts ?? 0), 0);
  if (conflicts > 0) {
    return drop(
      "nondeterministic",
      `${conflicts} calls with the same arguments had different outcomes within a run`,
    );
  }
  const byArgs = new Map<string, TracedCase>();
  const mismatches: string[] = [];
  for (const run of runs) {
    for (const c of run?.cases ?? []) {
      const seen = byArgs.get(c.argsText);
      if (!seen) byArgs.set(c.argsText, c);
      else if (seen.outcomeText !== c.outcomeText)
        mismatches.push(`${outcomeText(traced.name, seen)}, then ${outcomeText(traced.name, c)}`);
    }
  }
  if (mismatches.length > 0) {
    return drop(
      "nondeterministic",
      `${mismatches.length} calls gave different outcomes in the second run, e.g. ${shorten(mismatches[0] as string)}`,
    );
  }
  const cases: TestCase[] = [];
  let raised = 0;
  for (const c of byArgs.values()) {
    if ("ok" in c.outcome) cases.push({ args: c.args, expected: c.outcome.ok as Value });
    else raised++;
  }
  if (cases.length < rules.minCalls) {
    const skipped = Object.entries(traced.skipped)
      .map(([why, n]) => `${why} ×${n}`)
      .join(", ");
    const extra = [raised ? `${raised} raised` : "", skipped ? `not recorded: ${skipped}` : ""].filter(
      Boolean,
    );
    return drop(
      "too-few-calls",
      `${cases.length} distinct calls with data arguments and result (${rules.minCalls} needed) of ${traced.calls} calls${extra.length ? `; ${extra.join("; ")}` : ""}`,
    );
  }
  return {
    keep: true,
    candidate: { key, info: info as Candidate["info"], cases, helperNames },
  };
}

/** Classifies a finding of `passk problems check`: tests too weak, or something else wrong. */
export function isWeakTestsFault(fault: string): boolean {
  return fault.startsWith("tests kill ") || /^only \d+ tests/.test(fault);
}
