import type { Estimate } from "./estimate";

/** Which value of an estimate a gate compares: the point, or a bound of its interval. */
export type GateValue = "point" | "upper" | "lower";

/** A metric's threshold, as resolved from the spec's metric rule (`gate` defaults to `point` upstream). */
export interface GateRule {
  readonly min?: number;
  readonly max?: number;
  readonly gate: GateValue;
}

/** The outcome of {@link applyGate}: what was compared with what, and a sentence for the report. */
export interface GateVerdict {
  readonly pass: boolean;
  /** The gated value (point or bound); NaN when the metric could not be computed. */
  readonly compared: number;
  readonly which: GateValue;
  readonly threshold: { readonly min?: number; readonly max?: number };
  /** A short sentence, e.g. "upper bound 0.31 of the 95% interval is above max 0.25". */
  readonly reason: string;
}

/**
 * Applies a threshold to an estimate: the value named by `rule.gate` passes when it is ≥ `min` and
 * ≤ `max` (both, when both are given). A rule with neither passes ("no threshold"), even when the
 * metric is undefined, since it is informational. A NaN gated value — a metric over no items — fails.
 *
 * @param confidence the interval's level, only for the wording of the reason; default 0.95.
 * @param label what the estimate is when it is not the metric's plain value ("corrected"), first in the reason.
 * @throws RangeError when a threshold is NaN or `min` > `max` (the spec validator rejects both first).
 */
export function applyGate(estimate: Estimate, rule: GateRule, confidence = 0.95, label?: string): GateVerdict {
  const { min, max, gate: which } = rule;
  if (Number.isNaN(min) || Number.isNaN(max) || (min !== undefined && max !== undefined && min > max)) {
    throw new RangeError(`applyGate: thresholds must be numbers with min ≤ max, got min ${min}, max ${max}`);
  }
  const compared = estimate[which];
  const threshold = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  const verdict = (pass: boolean, reason: string): GateVerdict => ({ pass, compared, which, threshold, reason });

  if (min === undefined && max === undefined) return verdict(true, "no threshold");
  // "point 0.12" or "upper bound 0.31 of the 95% interval"; without a value for NaN.
  const describe = (value: string) =>
    (label !== undefined ? `${label} ` : "") +
    (which === "point" ? `point${value}` : `${which} bound${value} of the ${percent(confidence)} interval`);
  if (Number.isNaN(compared)) {
    return verdict(false, `${describe("")} is not a number: the metric could not be computed (e.g. no items)`);
  }
  const described = describe(
    ` ${formatAgainst(
      compared,
      [min, max].filter((t) => t !== undefined),
    )}`,
  );
  if (min !== undefined && compared < min) return verdict(false, `${described} is below min ${min}`);
  if (max !== undefined && compared > max) return verdict(false, `${described} is above max ${max}`);
  if (min !== undefined && max !== undefined) return verdict(true, `${described} is between min ${min} and max ${max}`);
  return min !== undefined
    ? verdict(true, `${described} is at least min ${min}`)
    : verdict(true, `${described} is at most max ${max}`);
}

/**
 * The gate of a metric's value: on the value corrected for the judge's measured error when the spec
 * asks for it (`judge_error: correct`), and the reason then begins "corrected", so a number shown is
 * always measured on what its label says; on the raw value otherwise.
 */
export function applyMetricGate(
  value: { readonly estimate: Estimate; readonly corrected?: Estimate },
  rule: GateRule,
  confidence = 0.95,
): GateVerdict {
  return value.corrected
    ? applyGate(value.corrected, rule, confidence, "corrected")
    : applyGate(value.estimate, rule, confidence);
}

/**
 * `value` with 4 significant digits, or more when needed to tell it apart from a threshold it does
 * not equal — so a failing 0.25004 never reads "0.25 is above max 0.25".
 */
function formatAgainst(value: number, thresholds: readonly number[]): string {
  if (thresholds.includes(value)) return String(value);
  for (let digits = 4; digits < 17; digits++) {
    const text = significant(value, digits);
    if (thresholds.every((t) => String(t) !== text)) return text;
  }
  return String(value);
}

function significant(value: number, digits: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(digits))) : String(value);
}

function percent(confidence: number): string {
  return `${significant(confidence * 100, 10)}%`;
}
