// The one place that formats numbers, durations and percentages for people.
import type { SweepStudy } from "../metrics/studies.js";

/** 0.4531 → "45.3 %". */
export function percent(value: number, digits = 1): string {
  return `${(value * 100).toFixed(digits)} %`;
}

/** 3.2 → "3.2 s", 75 → "1 min 15 s", 4000 → "1 h 6 min". */
export function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** 12345 → "12,345". */
export function count(value: number): string {
  // Integers by hand: the first toLocaleString of a process loads ICU's locale data (~70 ms of
  // CPU, at the end of every run, when the summary is printed).
  if (!Number.isSafeInteger(value)) return value.toLocaleString("en-US");
  const grouped = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ",");
  return value < 0 ? `-${grouped}` : grouped;
}

/** 1 → "1 problem", 3 → "3 problems": a count with its noun. */
export function counted(value: number, noun: string, plural = `${noun}s`): string {
  return `${count(value)} ${value === 1 ? noun : plural}`;
}

/** (0.412, 0.495) → "41.2 – 49.5 %": an interval of probabilities. */
export function percentRange(low: number, high: number, digits = 1): string {
  return `${(low * 100).toFixed(digits)} – ${(high * 100).toFixed(digits)} %`;
}

/** 25769803776 → "24.0 GiB", 4096 → "4.0 KiB", 512 → "512 B". */
export function bytes(value: number): string {
  if (!Number.isFinite(value) || value < 0) return "?";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let scaled = value;
  let unit = 0;
  while (scaled >= 1024 && unit < units.length - 1) {
    scaled /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${scaled.toFixed(1)} ${units[unit]}`;
}

/** 0.08 → "+8.0 pp", −0.03 → "−3.0 pp": a difference of probabilities in percentage points. */
export function percentagePoints(difference: number, digits = 1): string {
  return `${difference < 0 ? "−" : "+"}${Math.abs(difference * 100).toFixed(digits)} pp`;
}

/**
 * The verdict on one k of a temperature sweep, for people: "best T=0.2 (31.0 %), tied with T=0.4",
 * "best T=0.2 (31.0 %), not distinguishable from T=0.4 (+1.2 pp, 95 % interval −0.8 pp – +3.1 pp)"
 * or "best T=0.2 (31.0 %), ahead of T=0.4 by +5.0 pp (95 % interval +1.0 pp – +9.0 pp)".
 * Sweeps saved before ties were recorded have neither `ties` nor `runnerUp`: just the best.
 */
export function bestTemperatureText(best: SweepStudy["best"][number]): string {
  const head = `best T=${best.temperature} (${percent(best.value)})`;
  const ties = best.ties ?? [];
  if (ties.length > 0) return `${head}, tied with ${ties.map((t) => `T=${t}`).join(", ")}`;
  const runnerUp = best.runnerUp;
  if (!runnerUp) return head;
  const { value, lo, hi } = runnerUp.difference;
  const range = `95 % interval ${percentagePoints(lo)} – ${percentagePoints(hi)}`;
  return best.distinguishable
    ? `${head}, ahead of T=${runnerUp.temperature} by ${percentagePoints(value)} (${range})`
    : `${head}, not distinguishable from T=${runnerUp.temperature} (${percentagePoints(value)}, ${range})`;
}

/** The best temperature of a sweep's k and those tied with it: each is marked best. */
export function bestTemperatures(best: SweepStudy["best"][number] | undefined): number[] {
  return best ? [best.temperature, ...(best.ties ?? [])] : [];
}
