import { DENSE_FEATURES, HASH_BUCKETS, newFeatures, textFeatures } from "../../src/judges/toxicity-features";
import { uniform32 } from "../../src/metrics/random";

/**
 * Logistic regression by stochastic gradient descent, reproducible to the bit: float64 arithmetic with
 * + − × ÷ only (σ through detExp below, not Math.exp, whose last bit may differ between engines), a
 * shuffle per epoch from the project's seeded generator, a fixed number of epochs and a learning rate
 * that falls linearly to 0. L2 acts on every weight but the bias, through a shared scale factor, so a
 * step touches only the features of its text.
 */

/** Texts as compressed sparse rows: row r's hashed features are [start[r], start[r+1]). */
export interface Matrix {
  readonly rows: number;
  readonly start: Int32Array;
  readonly buckets: Int32Array;
  readonly values: Float64Array;
  /** DENSE_FEATURES per row. */
  readonly dense: Float64Array;
}

// Bound once: inside Jest's vm context every read of the global Math is slow (src/metrics/random.ts).
const round = Math.round;
const floor = Math.floor;

export function featureMatrix(texts: readonly string[]): Matrix {
  const start = new Int32Array(texts.length + 1);
  const dense = new Float64Array(texts.length * DENSE_FEATURES);
  let buckets = new Int32Array(1 << 20);
  let values = new Float64Array(1 << 20);
  const f = newFeatures();
  let used = 0;
  texts.forEach((text, r) => {
    textFeatures(text, f);
    while (used + f.length > buckets.length) {
      const b = new Int32Array(buckets.length * 2);
      b.set(buckets);
      buckets = b;
      const v = new Float64Array(values.length * 2);
      v.set(values);
      values = v;
    }
    buckets.set(f.buckets.subarray(0, f.length), used);
    values.set(f.values.subarray(0, f.length), used);
    used += f.length;
    start[r + 1] = used;
    dense.set(f.dense, r * DENSE_FEATURES);
  });
  return { rows: texts.length, start, buckets: buckets.slice(0, used), values: values.slice(0, used), dense };
}

export interface SgdOptions {
  readonly lambda: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly seed: number;
}

export interface Weights {
  readonly hashed: Float64Array;
  readonly dense: Float64Array;
  readonly bias: number;
}

/** Trains on `rows` of `m` with soft targets in [0, 1] and per-row weights (indexed by row of m). */
export function trainLogistic(
  m: Matrix,
  rows: readonly number[],
  target: Float64Array,
  weight: Float64Array,
  o: SgdOptions,
): Weights {
  // Hashed weights, then dense ones, all stored divided by `scale` (the L2 shrinkage so far).
  const v = new Float64Array(HASH_BUCKETS + DENSE_FEATURES);
  const { start, buckets, values, dense } = m;
  let scale = 1;
  let bias = 0;
  const order = rows.slice();
  const steps = o.epochs * order.length;
  let step = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, o.seed + epoch);
    for (const r of order) {
      const rate = o.learningRate * (1 - step / steps);
      step++;
      // A text left out (weight 0) still takes its step of the schedule and of the L2 shrinkage.
      const w = weight[r] as number;
      const g = w === 0 ? 0 : w * (sigmoid(bias + scale * dot(m, v, r)) - (target[r] as number));
      scale *= 1 - rate * o.lambda;
      if (scale < 1e-6) {
        for (let j = 0; j < v.length; j++) v[j] = (v[j] as number) * scale;
        scale = 1;
      }
      if (g === 0) continue;
      const s = (rate * g) / scale;
      const end = start[r + 1] as number;
      for (let k = start[r] as number; k < end; k++) {
        const j = buckets[k] as number;
        v[j] = (v[j] as number) - s * (values[k] as number);
      }
      const d = r * DENSE_FEATURES;
      for (let k = 0; k < DENSE_FEATURES; k++) {
        v[HASH_BUCKETS + k] = (v[HASH_BUCKETS + k] as number) - s * (dense[d + k] as number);
      }
      bias -= rate * g;
    }
  }
  const all = v.map((x) => x * scale);
  return { hashed: all.slice(0, HASH_BUCKETS), dense: all.slice(HASH_BUCKETS), bias };
}

/** Σ v·x over row r's features (hashed, then dense), unscaled. */
function dot(m: Matrix, v: Float64Array, r: number): number {
  const { start, buckets, values, dense } = m;
  let z = 0;
  const end = start[r + 1] as number;
  for (let k = start[r] as number; k < end; k++) z += (v[buckets[k] as number] as number) * (values[k] as number);
  const d = r * DENSE_FEATURES;
  for (let k = 0; k < DENSE_FEATURES; k++) z += (v[HASH_BUCKETS + k] as number) * (dense[d + k] as number);
  return z;
}

/** The log-odds of row r under float64 weights. */
export function rowLogit(
  m: Matrix,
  w: { hashed: ArrayLike<number>; dense: ArrayLike<number>; bias: number },
  r: number,
): number {
  let z = w.bias;
  for (let k = m.start[r] as number; k < (m.start[r + 1] as number); k++) {
    z += (w.hashed[m.buckets[k] as number] as number) * (m.values[k] as number);
  }
  const d = r * DENSE_FEATURES;
  for (let k = 0; k < DENSE_FEATURES; k++) z += (w.dense[k] as number) * (m.dense[d + k] as number);
  return z;
}

/** Fisher–Yates with the project's mulberry32 (src/metrics/random.ts). */
function shuffle(a: number[], seed: number): void {
  const next = uniform32(seed);
  for (let i = a.length - 1; i > 0; i--) {
    const j = floor(next() * (i + 1));
    const t = a[i] as number;
    a[i] = a[j] as number;
    a[j] = t;
  }
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + detExp(-z)) : detExp(z) / (1 + detExp(z));
}

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
const POW2: number[] = [];
for (let k = 0, p = 1; k <= 1100; k++, p /= 2) POW2.push(p);

/**
 * e^x for x ≤ 0 with + − × ÷ only, so the same on every IEEE-754 machine: x = −k·ln 2 + r with
 * |r| ≤ ln 2 / 2, e^r by its Taylor series to the 13th power (error below 1e-16), times 2^−k from a table
 * of exact powers of two. Good to about 1 ulp, which is all training needs.
 */
export function detExp(x: number): number {
  if (x > 0) return 1 / detExp(-x);
  if (x < -700) return 0;
  const k = round(-x / (LN2_HI + LN2_LO));
  const r = x + k * LN2_HI + k * LN2_LO;
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= 13; n++) {
    term = (term * r) / n;
    sum += term;
  }
  return sum * (POW2[k] as number);
}
