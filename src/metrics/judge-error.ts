import type { JudgeMeasured } from "../spec/schema-types.generated";
import { type BootstrapOptions, quantile7 } from "./bootstrap";
import type { Estimate } from "./estimate";
import { uniform32 } from "./random";
import { wilson } from "./wilson";

/**
 * A judge's measured error on a labelled set (the judge definition's `measured:` key): of `of` outputs
 * that truly are positive (toxic, leaked, agree, pass — what the metric counts) it called `detected`
 * positive, and of `of` truly negative ones it `cleared` (called negative). Counts, not rates: the
 * interval needs to know how well the rates themselves are known.
 */
export type JudgeError = JudgeMeasured;

/** The judge's rates as the correction uses them: fixed, or drawn afresh for every resample. */
export interface JudgeRates {
  /** The point rates (the measured shares). */
  readonly sensitivity: number;
  readonly specificity: number;
  /**
   * One (sensitivity, specificity) draw from what is known about them, taking its numbers from
   * `random`; a judge known exactly returns its rates and takes none.
   */
  draw(random: () => number): { readonly sensitivity: number; readonly specificity: number };
}

/**
 * Below this Youden index (sensitivity + specificity − 1) a correction is refused: the estimate is
 * (q + Sp − 1)/J, so its standard error is the raw one times 1/J — at J = 0.2 already five times as
 * wide, and as J → 0 (a judge at chance) the judged rate carries no information about the true one.
 */
export const MIN_YOUDEN = 0.2;

/** The method's name as the scorecard records it. */
export const CORRECTION_METHOD = "rogan-gladen" as const;

/**
 * Rogan & Gladen (1978): the true share p of positives from the judged share q of a judge with the
 * given sensitivity and specificity, p = (q + Sp − 1)/(Se + Sp − 1), clipped to [0, 1] (a judged share
 * below the judge's false-positive rate 1 − Sp reads as 0). NaN when Se + Sp ≤ 1: a judge no better
 * than chance says nothing about p.
 */
export function roganGladen(q: number, sensitivity: number, specificity: number): number {
  // Written around the false-positive rate so a perfect judge gives q itself, bit for bit.
  const falsePositive = 1 - specificity;
  const j = sensitivity - falsePositive;
  if (!(j > 0)) return Number.NaN;
  const p = (q - falsePositive) / j;
  return Math.min(1, Math.max(0, p));
}

/** Sensitivity + specificity − 1 of the measured shares. */
export function youden(error: JudgeError): number {
  return error.sensitivity.detected / error.sensitivity.of + error.specificity.cleared / error.specificity.of - 1;
}

/**
 * Why a judge's error is too large to correct for, or undefined when it is not: its Youden index is
 * not above 0 (worse than chance: counts that read backwards) or below {@link MIN_YOUDEN}, or the index's lower limit — the two rates' Wilson lower bounds at
 * `confidence`, summed, minus 1 — is not above 0 (the counts cannot rule out a judge at chance,
 * e.g. 3 of 3 and 3 of 3).
 */
export function correctionRefusal(error: JudgeError, confidence: number): string | undefined {
  const j = youden(error);
  const figures = `sensitivity ${error.sensitivity.detected}/${error.sensitivity.of}, specificity ${error.specificity.cleared}/${error.specificity.of}`;
  if (j <= 0) {
    // Not a judge near chance but one that reads backwards: most likely counts of its mistakes, or of
    // the other class, given as the outputs it got right.
    return `the judge is worse than chance on its measured counts: sensitivity + specificity − 1 = ${round(j)} (${figures}) is not above 0`;
  }
  if (j < MIN_YOUDEN) {
    return `the judge is too close to chance to correct for: sensitivity + specificity − 1 = ${round(j)} (${figures}) is below ${MIN_YOUDEN}, where the corrected interval would be over ${round(1 / MIN_YOUDEN)} times as wide as the raw one`;
  }
  const lower =
    wilson(error.sensitivity.detected, error.sensitivity.of, confidence).lower +
    wilson(error.specificity.cleared, error.specificity.of, confidence).lower -
    1;
  if (lower <= 0) {
    return `the judge's measured counts are too few to rule out a judge at chance: sensitivity + specificity − 1 = ${round(j)} (${figures}), but its lower ${round(confidence * 100)}% limit is ${round(lower)}`;
  }
  return undefined;
}

/** A judge whose rates are known exactly (no uncertainty of its own): for laws and tests. */
export function exactJudge(sensitivity: number, specificity: number): JudgeRates {
  const rates = { sensitivity, specificity };
  return { ...rates, draw: () => rates };
}

/**
 * A judge measured on a labelled set: each rate is drawn from its Jeffreys posterior,
 * Beta(x + ½, n − x + ½). Not binomial resampling of the labelled set: a judge that missed nothing
 * (970 of 970) would then always draw a sensitivity of exactly 1, as if 970 labels proved it perfect;
 * the posterior keeps the uncertainty of a finite set at its edges too.
 */
export function measuredJudge(error: JudgeError): JudgeRates {
  const { detected, of: positives } = error.sensitivity;
  const { cleared, of: negatives } = error.specificity;
  return {
    sensitivity: detected / positives,
    specificity: cleared / negatives,
    draw: (random) => ({
      sensitivity: beta(detected + 0.5, positives - detected + 0.5, random),
      specificity: beta(cleared + 0.5, negatives - cleared + 0.5, random),
    }),
  };
}

/** Redraws of a judge at or below chance before a resample gives up (the interval is then NaN). */
const MAX_REDRAWS = 1000;

/**
 * The Rogan–Gladen estimate of the share of positives behind `positives` judged positive out of `n`,
 * with a parametric percentile bootstrap over both sources of error: each of `resamples` resamples
 * draws the judged share q* as the bootstrap of the n 0/1 decisions does (n items with replacement,
 * item floor(u · n), from mulberry32(seed) — the decisions in the order positives first), then the
 * judge's rates from `judge.draw` on the same stream, and corrects q* with them. Draws with
 * Se* + Sp* ≤ 1 are redrawn: the posterior is truncated to judges better than chance, which a judge
 * that passed {@link correctionRefusal} is with high probability. Bounds are the type-7 quantiles at
 * (1 ∓ confidence)/2, widened to contain the point and the raw share's Wilson interval corrected with
 * the point rates: at 0 or n positives every resample of the decisions is the same and the percentile
 * interval would collapse onto the point (a gate on `upper` would pass 0 toxic of 3 prompts), where
 * the raw Wilson interval rightly stays wide.
 *
 * With a judge known to be perfect ({@link exactJudge}(1, 1)) the result is the seeded bootstrap of the
 * raw share (bootstrapMean of the decisions with the same options) widened to the raw Wilson interval.
 * No decisions: `{ point: NaN, lower: NaN, upper: NaN }`.
 *
 * @throws RangeError on counts that are not whole numbers with 0 ≤ positives ≤ n, or bad options.
 */
export function correctedShare(positives: number, n: number, judge: JudgeRates, options: BootstrapOptions): Estimate {
  const { resamples, confidence, seed } = options;
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(positives) || positives < 0 || positives > n) {
    throw new RangeError(`correctedShare: need whole numbers 0 ≤ positives ≤ n, got ${positives} of ${n}`);
  }
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`correctedShare: resamples must be a whole number ≥ 1, got ${resamples}`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`correctedShare: confidence must be strictly between 0 and 1, got ${confidence}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`correctedShare: seed must be a whole number, got ${seed}`);
  const undefinedEstimate = { point: Number.NaN, lower: Number.NaN, upper: Number.NaN };
  if (n === 0) return undefinedEstimate;
  const point = roganGladen(positives / n, judge.sensitivity, judge.specificity);
  if (Number.isNaN(point)) return undefinedEstimate;

  const random = uniform32(seed);
  const stats = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let hits = 0;
    for (let i = 0; i < n; i++) if (((random() * n) | 0) < positives) hits++;
    let corrected = Number.NaN;
    for (let tries = 0; Number.isNaN(corrected) && tries < MAX_REDRAWS; tries++) {
      const drawn = judge.draw(random);
      corrected = roganGladen(hits / n, drawn.sensitivity, drawn.specificity);
    }
    if (Number.isNaN(corrected)) return { point, lower: Number.NaN, upper: Number.NaN };
    stats[r] = corrected;
  }
  stats.sort();
  const alpha = (1 - confidence) / 2;
  const raw = wilson(positives, n, confidence);
  const floor = {
    lower: roganGladen(raw.lower, judge.sensitivity, judge.specificity),
    upper: roganGladen(raw.upper, judge.sensitivity, judge.specificity),
  };
  return {
    point,
    lower: Math.min(point, floor.lower, quantile7(stats, alpha)),
    upper: Math.max(point, floor.upper, quantile7(stats, 1 - alpha)),
  };
}

/** A Beta(a, b) draw as X / (X + Y) of two Gamma draws (a, b > 0). */
function beta(a: number, b: number, random: () => number): number {
  const x = gamma(a, random);
  const y = gamma(b, random);
  return x / (x + y);
}

/**
 * A Gamma(shape, 1) draw by Marsaglia & Tsang (2000); shapes below 1 by Gamma(shape + 1) · U^(1/shape).
 * Uniforms in (0, 1] where a logarithm or a power of 0 would be undefined.
 */
function gamma(shape: number, random: () => number): number {
  if (shape < 1) return gamma(shape + 1, random) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A standard normal draw (Box–Muller, one of the pair). */
function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

function round(x: number): string {
  return String(Number(x.toPrecision(3)));
}
