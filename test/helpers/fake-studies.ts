// Study objects of plausible shape and size for the report tests (the real ones are computed by
// src/metrics/; the report only draws them). Deterministic; one of each kind, with an unavailable
// ranking strategy, BLEU problems with one side empty, and a comparison of two runs.
import { seededUint32 } from "../../src/metrics/bootstrap.js";
import type { RankStrategy } from "../../src/metrics/studies.js";
import type { Studies } from "../../src/report/studies.js";

const around = (value: number, width = 0.06) => ({
  value,
  lo: Math.max(0, value - width),
  hi: Math.min(1, value + width),
});

/** Studies for runs named `runs` (their `dir`s) with `n` samples per problem and `taskIds`. */
export function fakeStudies(runs: { dir: string; label: string }[], n: number, taskIds: string[]): Studies {
  const next = seededUint32(11);
  const uniform = () => next() / 2 ** 32;
  const [a, b] = runs;
  if (!a) throw new Error("fakeStudies needs at least one run");
  const temperatures = [0.2, 0.4, 0.6, 0.8, 1.0];
  const ks = [1, 10];
  const sweepRows = temperatures.flatMap((t, i) => [
    { ...around(0.32 - 0.04 * i), temperature: t, k: 1, run: `${a.dir}-T${t}` },
    {
      ...around(0.5 + 0.06 * Math.min(i, 3) - (i === 4 ? 0.05 : 0)),
      temperature: t,
      k: 10,
      run: `${a.dir}-T${t}`,
    },
  ]);
  const strategies: [RankStrategy, string, number][] = [
    ["random", "random", 0],
    ["mean-logprob", "highest mean log-prob", 0.08],
    ["sum-logprob", "highest sum log-prob", -0.02],
    ["oracle", "oracle (runs the tests)", 0.4],
  ];
  const studies: Studies = {
    sweep: {
      model: "openai:fake-coder-1",
      ks,
      rows: sweepRows,
      best: [
        {
          k: 1,
          temperature: 0.2,
          value: 0.32,
          ties: [],
          runnerUp: { temperature: 0.4, value: 0.28, difference: { value: 0.04, lo: -0.01, hi: 0.09 } },
          distinguishable: false,
        },
        {
          k: 10,
          temperature: 0.8,
          value: 0.68,
          ties: [],
          runnerUp: { temperature: 0.6, value: 0.62, difference: { value: 0.06, lo: 0.01, hi: 0.11 } },
          distinguishable: true,
        },
      ],
    },
    rank: [
      {
        run: a.dir,
        problems: taskIds.length,
        n,
        strategies: [
          ...strategies.map(([strategy, label, gain]) => ({
            strategy,
            label,
            available: true,
            points: Array.from({ length: n }, (_, i) => ({
              samples: i + 1,
              ...around(Math.min(1, 0.3 + gain * Math.log2(i + 1) * 0.3)),
            })),
          })),
          {
            strategy: "back-translation" as const,
            label: "back-translation",
            available: false,
            reason: "needs a provider that scores a docstring given code (offline runs cannot)",
            points: [],
          },
        ],
      },
    ],
    bleu: [
      {
        run: a.dir,
        problems: taskIds.map((task_id, i) => {
          const passing = i % 4 === 3 ? [] : Array.from({ length: 4 + (i % 3) }, () => 30 + uniform() * 60);
          const failing = Array.from({ length: 3 + (i % 4) }, () => 15 + uniform() * 70);
          // Keyed by completion_id as the study writes them: passing samples first, then failing.
          return {
            task_id,
            passing: Object.fromEntries(passing.map((v, j) => [j, v])),
            failing: Object.fromEntries(failing.map((v, j) => [passing.length + j, v])),
            auc: passing.length > 0 ? 0.45 + uniform() * 0.3 : null,
          };
        }),
        overall: {
          meanAuc: 0.58,
          problemsWithBoth: taskIds.filter((_, i) => i % 4 !== 3).length,
          passingMean: 61.2,
          failingMean: 48.9,
        },
      },
    ],
  };
  if (b) {
    studies.compare = {
      sharedProblems: taskIds.length,
      warnings: ["the runs used different temperatures (0.8 and 0.2)"],
      k: [1, 10],
      leaderboard: [
        {
          run: a.dir,
          label: a.label,
          passAtK: [
            { k: 1, ...around(0.41) },
            { k: 10, ...around(0.7) },
          ],
        },
        {
          run: b.dir,
          label: b.label,
          passAtK: [
            { k: 1, ...around(0.33) },
            { k: 10, ...around(0.62) },
          ],
        },
      ],
      pairs: [
        {
          a: a.dir,
          b: b.dir,
          k: 1,
          difference: { value: 0.08, lo: 0.02, hi: 0.14 },
          significant: true,
          p: 0.012,
          pHolm: 0.024,
          significantHolm: true,
        },
        {
          a: a.dir,
          b: b.dir,
          k: 10,
          difference: { value: 0.08, lo: -0.03, hi: 0.19 },
          significant: false,
          p: 0.21,
          pHolm: 0.21,
          significantHolm: false,
        },
      ],
      separating: taskIds
        .slice(0, 3)
        .map((task_id, i) => ({ task_id, rates: { [a.dir]: 0.9 - i * 0.1, [b.dir]: 0.1 + i * 0.1 } })),
    };
  }
  // pass@k against N of a generated family, falling with N, for every run side by side.
  const limitRuns = runs.map((run) => run.dir);
  studies.limits = {
    runs: limitRuns,
    families: [
      {
        family: "compose",
        knob: "string steps chained in the docstring",
        ks,
        rows: limitRuns.flatMap((run, r) =>
          [1, 2, 3, 4, 5, 6, 7].flatMap((n) =>
            ks.map((k) => ({
              run,
              n,
              k,
              problems: 20,
              ...around((k === 1 ? 0.95 : 1) * 0.75 ** (n - 1 + r)),
            })),
          ),
        ),
      },
    ],
    leftOut: [],
  };
  return studies;
}
