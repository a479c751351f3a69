// Area under the ROC curve of a score used to tell two groups apart, by the Mann–Whitney U statistic:
// the probability that a random member of the positive group scores above a random negative one,
// ties counting one half. Used for "how well does BLEU separate correct from incorrect samples".

/**
 * AUC = U / (|positives| · |negatives|), where U counts the pairs (p, q) with p > q, plus ½ per tie.
 * Computed from mid-ranks (O(N log N)), exact for ties since mid-ranks are halves.
 *
 * @returns a value in [0, 1] (0.5: no separation), or null when either group is empty
 */
export function auc(positives: readonly number[], negatives: readonly number[]): number | null {
  const p = positives.length;
  const q = negatives.length;
  if (p === 0 || q === 0) return null;
  const all = [
    ...positives.map((value) => ({ value, positive: true })),
    ...negatives.map((value) => ({ value, positive: false })),
  ].sort((a, b) => a.value - b.value);
  let rankSum = 0;
  for (let start = 0; start < all.length; ) {
    let end = start;
    let positivesHere = 0;
    while (end < all.length && all[end]?.value === all[start]?.value) {
      if (all[end]?.positive) positivesHere++;
      end++;
    }
    // Ranks start + 1 … end share their mean.
    rankSum += positivesHere * ((start + 1 + end) / 2);
    start = end;
  }
  return (rankSum - (p * (p + 1)) / 2) / (p * q);
}
