// run.json's generation record: every invocation that asked a server for samples (or took them from
// the cache) keeps its own counters — requests, retries, tokens, wall time — and the totals are their
// sums, so re-running a finished run, extending it or resuming it never erases what was paid for.
import type { GenerationRecord, GenerationStats, InvocationRecord, RunManifest } from "./types.js";

const COUNTERS = [
  "generated",
  "cached",
  "requests",
  "retries",
  "tokensIn",
  "tokensOut",
  "elapsedSeconds",
] as const;

/** An invocation worth keeping: it sent requests or wrote samples (a run with nothing to do does not). */
export function didSomething(stats: Pick<GenerationStats, "requests" | "generated" | "cached">): boolean {
  return stats.requests + stats.generated + stats.cached > 0;
}

/** A new invocation's entry, counters from `stats`. */
export function invocationOf(
  stats: GenerationStats,
  fields: Pick<InvocationRecord, "started" | "passkVersion" | "command" | "n" | "finished">,
): InvocationRecord {
  const missing = stats.notGenerated.reduce((sum, entry) => sum + entry.completion_ids.length, 0);
  return {
    ...fields,
    resumed: stats.resumed,
    ...Object.fromEntries(COUNTERS.map((key) => [key, stats[key]])),
    notGenerated: missing,
  } as InvocationRecord;
}

/**
 * The record with `invocation` in place of the entry at `index` (appended when `index` equals the
 * number of entries), totals recomputed.
 */
export function withInvocation(
  record: GenerationRecord | undefined,
  index: number,
  invocation: InvocationRecord,
  latest: Pick<GenerationRecord, "requested" | "notGenerated">,
): GenerationRecord {
  const invocations = [...(record?.invocations ?? [])];
  invocations[index] = invocation;
  return recordOf(invocations, latest);
}

/**
 * The generation record of a run.json as read from disk. run.json files written before invocations
 * were kept hold one invocation's counters (possibly zeroed by a re-run): that becomes the one entry.
 */
export function normalizeGeneration(manifest: RunManifest): GenerationRecord | undefined {
  const legacy = manifest.generation as (Partial<GenerationStats> & Partial<GenerationRecord>) | undefined;
  if (!legacy || Array.isArray(legacy.invocations)) return manifest.generation;
  const stats = {
    requested: legacy.requested ?? 0,
    resumed: legacy.resumed ?? 0,
    notGenerated: legacy.notGenerated ?? [],
    ...Object.fromEntries(COUNTERS.map((key) => [key, legacy[key] ?? 0])),
  } as GenerationStats;
  const latest = { requested: stats.requested, notGenerated: stats.notGenerated };
  if (!didSomething(stats)) return recordOf([], latest);
  const only = invocationOf(stats, {
    started: manifest.created,
    passkVersion: manifest.passkVersion,
    command: "run",
    n: manifest.params.n,
    finished: true,
  });
  return recordOf([only], latest);
}

function recordOf(
  invocations: InvocationRecord[],
  latest: Pick<GenerationRecord, "requested" | "notGenerated">,
): GenerationRecord {
  const totals = Object.fromEntries(
    COUNTERS.map((key) => [key, invocations.reduce((sum, entry) => sum + entry[key], 0)]),
  ) as Pick<GenerationRecord, (typeof COUNTERS)[number]>;
  return { ...latest, ...totals, invocations };
}
