/** Holm-adjusted p-values and decisions, both in the order of the input p-values. */
export interface HolmResult {
  readonly adjusted: number[];
  readonly reject: boolean[];
}

/**
 * Holm's step-down correction for multiple comparisons (Holm 1979), which controls the family-wise
 * error rate at `alpha` under any dependence between the tests. With p-values sorted ascending as
 * p(1) ≤ … ≤ p(m), the adjusted value of p(i) is max over j ≤ i of min(1, (m − j + 1)·p(j)) — monotone
 * in the sorted order and capped at 1. A hypothesis is rejected when its adjusted p-value is ≤ `alpha`,
 * which is the same as the step-down procedure. Ties keep input order (the result does not depend on it).
 *
 * @throws RangeError when a p-value is outside [0, 1] (or NaN), or alpha is not strictly between 0 and 1.
 */
export function holm(pValues: readonly number[], alpha = 0.05): HolmResult {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`holm: alpha must be strictly between 0 and 1, got ${alpha}`);
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`holm: p-values must be in [0, 1], got ${p}`);
  }
  const m = pValues.length;
  const order = pValues.map((_, i) => i).sort((a, b) => (pValues[a] as number) - (pValues[b] as number) || a - b);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * (pValues[index] as number)));
    adjusted[index] = running;
  });
  return { adjusted, reject: adjusted.map((p) => p <= alpha) };
}
