// The random draws of the in-context task generators and prompt builder: SHA-256 in counter mode,
// keyed by the parts that name what is drawn (seed, family, item index, …). Any item is drawn on its
// own, so the first 100 items of a family are the same whether 100 or 2,000 are made, and a
// prompt's examples do not depend on which other prompts were built. (problems/ sits below
// metrics/, whose generator serves the bootstrap; a keyed hash needs no state to share.)
import { createHash } from "node:crypto";

/** A stream of uniform 32-bit integers determined by `parts`. */
export function hashStream(...parts: (string | number)[]): () => number {
  const key = JSON.stringify(parts);
  let block = 0;
  const words: number[] = [];
  return () => {
    if (words.length === 0) {
      const digest = createHash("sha256").update(`${key}#${block++}`).digest();
      for (let i = 0; i < digest.length; i += 4) words.push(digest.readUInt32BE(i));
    }
    return words.shift() as number;
  };
}

/** A uniform integer in [0, bound), without modulo bias (values in the top sliver are redrawn). */
export function uniformInt(next: () => number, bound: number): number {
  if (!Number.isInteger(bound) || bound < 1 || bound > 2 ** 32) {
    throw new Error(`bound must be an integer in [1, 2^32] (got ${bound})`);
  }
  const limit = 2 ** 32 - (2 ** 32 % bound);
  for (;;) {
    const x = next();
    if (x < limit) return x % bound;
  }
}

/** A uniform integer in [0, bound) for bounds up to 2^53 (operands of up to 15 digits). */
export function uniformBig(next: () => number, bound: number): number {
  if (bound <= 2 ** 32) return uniformInt(next, bound);
  // Two words give 64 bits; redraw above the largest multiple of bound below 2^53.
  const limit = 2 ** 53 - (2 ** 53 % bound);
  for (;;) {
    const x = (next() % 2 ** 21) * 2 ** 32 + next();
    if (x < limit) return x % bound;
  }
}

/** `items` shuffled (Fisher–Yates) by the stream. */
export function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = uniformInt(next, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
