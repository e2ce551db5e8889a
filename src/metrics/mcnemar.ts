/**
 * McNemar's exact test for paired pass/fail items: the two-sided binomial p-value on the discordant
 * pairs, `min(1, 2·P(X ≤ min(b, c)))` with X ~ Bin(b + c, 1/2). `b` counts items that passed only
 * under the baseline, `c` those that passed only under the candidate (the test is symmetric in them).
 * No discordant pairs (b = c = 0) gives 1.
 *
 * The tail is summed relative to its largest term, C(n, k)/2^n, by the recurrence
 * term(i − 1) = term(i) · i / (n − i + 1), and that term is taken in log space, so nothing overflows
 * for n = b + c in the tens of thousands; cost is O(min(b, c)). A p-value below the smallest double
 * (about 5e-324, e.g. b = 0 with c > 1075) is returned as 0.
 *
 * @throws RangeError when b or c is not a whole number ≥ 0.
 */
export function mcnemarExact(b: number, c: number): number {
  for (const count of [b, c]) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`mcnemarExact: counts must be whole numbers ≥ 0, got ${count}`);
    }
  }
  const n = b + c;
  const k = Math.min(b, c);
  if (b === c) return 1; // including b = c = 0: P(X ≤ n/2) ≥ 1/2, so 2·P ≥ 1
  // Σ_{i ≤ k} term(i) / term(k): every ratio is ≤ 1 since k < n / 2, so the sum is in [1, k + 1].
  let relative = 1;
  let ratio = 1;
  for (let i = k; i > 0; i--) {
    ratio *= i / (n - i + 1);
    relative += ratio;
  }
  // log C(n, k) = Σ_{i=1..k} log((n − k + i) / i): no factorials, so no overflow.
  let logChoose = 0;
  for (let i = 1; i <= k; i++) logChoose += Math.log((n - k + i) / i);
  return Math.min(1, Math.exp(logChoose - (n - 1) * Math.LN2 + Math.log(relative)));
}
