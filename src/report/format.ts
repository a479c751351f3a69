// The one place that formats numbers, durations and percentages for people.

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
  return value.toLocaleString("en-US");
}
