// The seeded random stream of the generated families. Each problem draws from its own stream, keyed
// by a hash of (family, generator version, seed, N, index): a problem never depends on how many
// others are generated, or in which order. (metrics/bootstrap.ts has a generator too, but problems/
// sits below metrics/ in the pipeline; this one is xoshiro128** seeded from SHA-256.)
import { createHash } from "node:crypto";

/** A deterministic stream of random choices. */
export interface Random {
  /** A uniform integer in [lo, hi] (both included). */
  int(lo: number, hi: number): number;
  /** A uniform element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** A uniformly shuffled copy of `list` (Fisher–Yates). */
  shuffled<T>(list: readonly T[]): T[];
}

/** The stream named by `parts`: the same parts always give the same stream. */
export function randomStream(...parts: readonly (string | number)[]): Random {
  const digest = createHash("sha256").update(JSON.stringify(parts)).digest();
  const s = [0, 4, 8, 12].map((at) => digest.readUInt32LE(at));
  // xoshiro128** (Blackman and Vigna): 32-bit state words, good equidistribution, tiny.
  const next = (): number => {
    const [s0, s1, s2, s3] = s as [number, number, number, number];
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s[2] = (s2 ^ s0) >>> 0;
    s[3] = (s3 ^ s1) >>> 0;
    s[1] = (s1 ^ (s[2] as number)) >>> 0;
    s[0] = (s0 ^ (s[3] as number)) >>> 0;
    s[2] = ((s[2] as number) ^ t) >>> 0;
    s[3] = rotl(s[3] as number, 11);
    return result;
  };
  const below = (bound: number): number => {
    // Rejection of the top sliver keeps every value exactly equally likely.
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const x = next();
      if (x < limit) return x % bound;
    }
  };
  return {
    int: (lo, hi) => lo + below(hi - lo + 1),
    pick: (list) => list[below(list.length)] as (typeof list)[number],
    shuffled: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = below(i + 1);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/**
 * `count` values from `draw`, none equal (as JSON) to another or to one of `taken`: a repeated test
 * adds nothing, and a set refuses it. A repeat is drawn again, so problems without one keep their draws.
 */
export function distinctDraws<T>(count: number, draw: () => T, taken: readonly T[]): T[] {
  const seen = new Set(taken.map((value) => JSON.stringify(value)));
  const out: T[] = [];
  while (out.length < count) {
    const value = draw();
    const key = JSON.stringify(value);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}
