// Which recorded calls become a harvested problem's tests: at most `cap`, the most varied kept. Calls
// are grouped by the shape of their arguments and result (types, with sizes and magnitudes bucketed);
// groups take turns, and within a group calls are taken spread across their sizes (smallest, largest,
// middle, …), so that a suite that calls a function 300 times on short strings and twice on an empty
// one keeps the empty ones.
import type { TestCase } from "../problems/set-types.js";
import type { Value } from "../problems/values.js";

function bucket(n: number): string {
  if (n === 0) return "0";
  if (n === 1) return "1";
  if (n < 4) return "2-3";
  if (n < 10) return "4-9";
  if (n < 100) return "10-99";
  return "100+";
}

function magnitude(x: number): string {
  if (Number.isNaN(x)) return "nan";
  const sign = x < 0 ? "-" : x > 0 ? "+" : "0";
  const size = Math.abs(x);
  return sign + (size === 0 ? "" : size < 1 ? "<1" : size < 10 ? "<10" : size < 1000 ? "<1e3" : "big");
}

/** A short description of a value's shape: its type, its size or magnitude bucketed. */
export function shapeOf(value: Value): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return `${Number.isInteger(value) ? "int" : "float"}${magnitude(value)}`;
  if (typeof value === "string") return `str${bucket(value.length)}`;
  if (Array.isArray(value))
    return `list${bucket(value.length)}${value.length ? `<${shapeOf(value[0] as Value)}>` : ""}`;
  const [tag, body] = Object.entries(value)[0] ?? ["", null];
  switch (tag) {
    case "$int":
      return `int${String(body).startsWith("-") ? "-" : "+"}huge`;
    case "$float":
      return typeof body === "number" ? `float${magnitude(body)}` : `float:${String(body)}`;
    case "$tuple":
    case "$set":
    case "$frozenset":
    case "$dict": {
      const items = body as Value[];
      return `${tag.slice(1)}${bucket(items.length)}`;
    }
    case "$bytes":
      return `bytes${bucket(String(body).length)}`;
    default:
      return `dict${bucket(Object.keys(value).length)}`;
  }
}

/** The order in which to take `n` items sorted by size: ends first, then midpoints, recursively. */
export function spreadOrder(n: number): number[] {
  if (n === 0) return [];
  const order = [0];
  if (n > 1) order.push(n - 1);
  let intervals: [number, number][] = [[0, n - 1]];
  while (intervals.length > 0) {
    const next: [number, number][] = [];
    for (const [lo, hi] of intervals) {
      if (hi - lo < 2) continue;
      const mid = Math.floor((lo + hi) / 2);
      order.push(mid);
      next.push([lo, mid], [mid, hi]);
    }
    intervals = next;
  }
  return order;
}

/**
 * At most `cap` cases out of `cases` (deduplicated by arguments already), the most varied kept, in the
 * order they are taken.
 */
export function selectCases(cases: readonly TestCase[], cap: number): TestCase[] {
  const groups = new Map<string, TestCase[]>();
  for (const testCase of cases) {
    const key = `${testCase.args.map(shapeOf).join(",")}->${shapeOf(testCase.expected)}`;
    const group = groups.get(key) ?? [];
    group.push(testCase);
    groups.set(key, group);
  }
  const queues = [...groups.values()].map((group) => {
    const bySize = [...group].sort((a, b) => size(a) - size(b));
    return spreadOrder(bySize.length).map((i) => bySize[i] as TestCase);
  });
  const chosen: TestCase[] = [];
  for (let round = 0; chosen.length < cap; round++) {
    let any = false;
    for (const queue of queues) {
      const next = queue[round];
      if (next === undefined) continue;
      any = true;
      chosen.push(next);
      if (chosen.length === cap) break;
    }
    if (!any) break;
  }
  return chosen;
}

function size(testCase: TestCase): number {
  return JSON.stringify(testCase.args).length + JSON.stringify(testCase.expected).length;
}
