/**
 * The area under the ROC curve of `scores` for telling the `positive` cases from the others: the
 * probability that a random positive scores above a random negative, a tie counting one half. Computed
 * as the Mann–Whitney U statistic from midranks (tied scores share the mean of their ranks), so it is
 * exact with ties — which a lexical judge, scoring most texts 0, produces in bulk — in O(n log n).
 *
 * AUROC = (R₊ − n₊(n₊ + 1)/2) / (n₊ · n₋), where R₊ is the sum of the positives' midranks.
 *
 * Returns NaN when either class is empty: the area is undefined, not 0.5.
 *
 * @throws RangeError when the lengths differ or a score is not a finite number.
 */
export function auroc(scores: readonly number[], positive: readonly boolean[]): number {
  if (scores.length !== positive.length) {
    throw new RangeError(`auroc: ${scores.length} scores but ${positive.length} labels`);
  }
  const bad = scores.findIndex((s) => !Number.isFinite(s));
  if (bad >= 0) throw new RangeError(`auroc: score ${bad} is ${scores[bad]}, not a finite number`);
  const nPos = positive.filter(Boolean).length;
  const nNeg = scores.length - nPos;
  if (nPos === 0 || nNeg === 0) return Number.NaN;

  const order = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    const value = scores[order[start] as number];
    while (end < order.length && scores[order[end] as number] === value) end++;
    // Ranks start+1 … end (1-based) share their mean.
    const midrank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (positive[order[k] as number]) rankSum += midrank;
    start = end;
  }
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
