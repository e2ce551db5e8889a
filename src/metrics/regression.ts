import type { Direction } from "../spec/metric-catalog";
import { holm } from "./holm";
import type { PairedComparison } from "./paired";

/** One baseline comparison of a run, before the run-wide correction. */
export interface RegressionInput {
  readonly direction: Direction;
  /** How much worse than the baseline the candidate may be, in the metric's units. */
  readonly maxRegression: number;
  readonly comparison: PairedComparison;
}

export interface RegressionVerdict {
  /** How much worse the candidate is, in the metric's units (negative: better); NaN when undefined. */
  readonly worseBy: number;
  /** The p-value after Holm's correction across every comparison of the run. */
  readonly adjustedP: number;
  /** Worse by more than max_regression at the point estimate and significant after correction. */
  readonly regressed: boolean;
}

/**
 * The baseline gate of DESIGN §6b over a whole run: a metric regresses when the candidate is worse
 * than the baseline by more than `maxRegression` at the point estimate **and** the paired test's
 * p-value, Holm-adjusted across all comparisons given (the run's family), is at most `alpha`.
 * Metrics without a direction are never worse. Verdicts come back in input order.
 */
export function decideRegressions(inputs: readonly RegressionInput[], alpha = 0.05): RegressionVerdict[] {
  const { adjusted, reject } = holm(
    inputs.map((i) => i.comparison.p),
    alpha,
  );
  return inputs.map((input, k) => {
    const { delta } = input.comparison;
    const worseBy = input.direction === "lower" ? delta : input.direction === "higher" ? -delta : Number.NaN;
    return {
      worseBy,
      adjustedP: adjusted[k] as number,
      regressed: worseBy > input.maxRegression && (reject[k] as boolean),
    };
  });
}
