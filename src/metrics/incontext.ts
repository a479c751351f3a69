// Scoring GPT-3's in-context tasks: the answer is the completion up to its first newline, stripped,
// and it scores 1 when it equals the expected answer exactly (the item's completion, stripped), as in
// the paper ("the model must generate the correct answer exactly"). Accuracy per task and K is the
// mean over questions (a question with several samples counts its share of correct ones), with a
// percentile-bootstrap interval over questions (metrics/bootstrap.ts). The zero- to few-shot gap is
// paired: the same questions are asked at every K, so the interval resamples questions and takes the
// difference on each.
import { type BootstrapOptions, bootstrapCI, DEFAULT_BOOTSTRAP } from "./bootstrap.js";

/** The answer a completion gives: its text up to the first newline, stripped of surrounding whitespace. */
export function answerOf(completion: string): string {
  const newline = completion.indexOf("\n");
  return (newline === -1 ? completion : completion.slice(0, newline)).trim();
}

/** Exact match of a completion's answer against the expected answer (itself stripped). */
export function isExactMatch(completion: string, expected: string): boolean {
  return answerOf(completion) === expected.trim();
}

/** What scoring needs of a sample. */
export interface ScoredSample {
  task: string;
  shots: number;
  item: number;
  completion: string;
  expected: string;
}

/** Accuracy of one task at one K. */
export interface IncontextCell {
  task: string;
  shots: number;
  /** Questions scored. */
  items: number;
  samples: number;
  /** Samples whose answer matched. */
  correct: number;
  /** Mean over questions of their share of correct samples (with one sample each: correct / items). */
  accuracy: number;
  /** Bootstrap interval over questions. */
  lo: number;
  hi: number;
}

/** The change from zero-shot to the largest K of one task, on the questions asked at both. */
export interface IncontextGap {
  task: string;
  /** The few-shot K compared (the largest K of the run). */
  fewShots: number;
  items: number;
  zero: number;
  few: number;
  /** few − zero, with a paired bootstrap interval over questions. */
  gap: number;
  lo: number;
  hi: number;
}

/** Per-question share of correct samples, by task, then K, then question. */
function perQuestion(
  samples: readonly ScoredSample[],
): Map<string, Map<number, Map<number, [number, number]>>> {
  const tasks = new Map<string, Map<number, Map<number, [number, number]>>>();
  for (const sample of samples) {
    const byShots = tasks.get(sample.task) ?? new Map<number, Map<number, [number, number]>>();
    tasks.set(sample.task, byShots);
    const byItem = byShots.get(sample.shots) ?? new Map<number, [number, number]>();
    byShots.set(sample.shots, byItem);
    const counts = byItem.get(sample.item) ?? [0, 0];
    counts[0] += isExactMatch(sample.completion, sample.expected) ? 1 : 0;
    counts[1] += 1;
    byItem.set(sample.item, counts);
  }
  return tasks;
}

/** Accuracy of every (task, K) present, tasks in order of first appearance, K ascending. */
export function incontextAccuracy(
  samples: readonly ScoredSample[],
  bootstrap: BootstrapOptions = DEFAULT_BOOTSTRAP,
): IncontextCell[] {
  const cells: IncontextCell[] = [];
  for (const [task, byShots] of perQuestion(samples)) {
    for (const shots of [...byShots.keys()].sort((a, b) => a - b)) {
      const byItem = byShots.get(shots) as Map<number, [number, number]>;
      const values = [...byItem.values()].map(([correct, n]) => correct / n);
      const [lo, hi] = bootstrapCI(values, bootstrap);
      cells.push({
        task,
        shots,
        items: byItem.size,
        samples: [...byItem.values()].reduce((sum, [, n]) => sum + n, 0),
        correct: [...byItem.values()].reduce((sum, [correct]) => sum + correct, 0),
        accuracy: values.reduce((sum, v) => sum + v, 0) / values.length,
        lo,
        hi,
      });
    }
  }
  return cells;
}

/**
 * Zero-shot against the largest K, per task that has both, on the questions asked at both.
 * Tasks without a K = 0 or with only K = 0 are left out.
 */
export function incontextGaps(
  samples: readonly ScoredSample[],
  bootstrap: BootstrapOptions = DEFAULT_BOOTSTRAP,
): IncontextGap[] {
  const gaps: IncontextGap[] = [];
  for (const [task, byShots] of perQuestion(samples)) {
    const fewShots = Math.max(...byShots.keys());
    const zero = byShots.get(0);
    const few = byShots.get(fewShots);
    if (!zero || !few || fewShots === 0) continue;
    const share = ([correct, n]: [number, number]) => correct / n;
    const pairs = [...zero].flatMap(([item, counts]) => {
      const other = few.get(item);
      return other ? [[share(counts), share(other)] as const] : [];
    });
    if (pairs.length === 0) continue;
    const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
    const zeroValue = mean(pairs.map(([z]) => z));
    const fewValue = mean(pairs.map(([, f]) => f));
    const [lo, hi] = bootstrapCI(
      pairs.map(([z, f]) => f - z),
      bootstrap,
    );
    gaps.push({
      task,
      fewShots,
      items: pairs.length,
      zero: zeroValue,
      few: fewValue,
      gap: fewValue - zeroValue,
      lo,
      hi,
    });
  }
  return gaps;
}
