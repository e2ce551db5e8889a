import type { PlanProbeProperty } from "../compile/plan";

/** A rendering's swapped value and its measure. */
export interface Measured {
  readonly value: string;
  readonly measure: number;
}

/**
 * Whether a per-case property holds on the measures of one case's renderings, and if not, the pair
 * of swapped values that breaks it. `statistic` is what the property bounds — the largest difference
 * (invariant) or measure(higher) − measure(lower) (directional) — so a run can report how close it came.
 */
export type CaseVerdict =
  | { readonly holds: true; readonly statistic: number }
  | {
      readonly holds: false;
      readonly statistic: number;
      readonly pair: readonly [string, string];
      readonly reason: string;
    };

export type CaseProperty = Exclude<PlanProbeProperty, { kind: "max_gap" }>;

export function checkCase(property: CaseProperty, measured: readonly Measured[]): CaseVerdict {
  if (property.kind === "directional") {
    const higher = measureOf(measured, property.higher);
    const lower = measureOf(measured, property.lower);
    const d = higher - lower;
    if (d > property.margin) return { holds: true, statistic: d };
    const why = Number.isNaN(d) ? "(not a number)" : `≤ margin ${property.margin}`;
    return {
      holds: false,
      statistic: d,
      pair: [property.higher, property.lower],
      reason: `measure("${property.higher}") − measure("${property.lower}") = ${fmt(d)} ${why}`,
    };
  }
  let largest = 0;
  let first: { a: Measured; b: Measured; d: number } | undefined;
  // The earliest pair in the values' order that differs by more than the tolerance.
  for (let i = 0; i < measured.length; i++) {
    for (let j = i + 1; j < measured.length; j++) {
      const a = measured[i] as Measured;
      const b = measured[j] as Measured;
      const d = Math.abs(a.measure - b.measure);
      const broken = !(d <= property.tolerance);
      if (broken && !first) first = { a, b, d };
      if (Number.isNaN(d)) largest = Number.NaN;
      else if (d > largest) largest = d;
    }
  }
  if (!first) return { holds: true, statistic: largest };
  const why = Number.isNaN(first.d) ? "(not a number)" : `> tolerance ${property.tolerance}`;
  return {
    holds: false,
    statistic: largest,
    pair: [first.a.value, first.b.value],
    reason: `|measure("${first.a.value}") − measure("${first.b.value}")| = ${fmt(first.d)} ${why}`,
  };
}

/** max_gap: each swapped value's mean measure over the cases, and the largest gap between two of them. */
export interface GapVerdict {
  readonly holds: boolean;
  /** Swapped value → mean measure, in the values' order. */
  readonly means: Readonly<Record<string, number>>;
  /** The value with the highest mean and the one with the lowest (the first of each, in order). */
  readonly pair: readonly [string, string];
  readonly gap: number;
  readonly reason: string;
}

export function checkGap(property: { readonly gap: number }, cases: readonly (readonly Measured[])[]): GapVerdict {
  const sums = new Map<string, { sum: number; n: number }>();
  for (const measured of cases) {
    for (const m of measured) {
      const s = sums.get(m.value) ?? { sum: 0, n: 0 };
      s.sum += m.measure;
      s.n += 1;
      sums.set(m.value, s);
    }
  }
  const means = [...sums].map(([value, s]) => ({ value, mean: s.sum / s.n }));
  if (means.length < 2) throw new Error("internal: max_gap needs at least two swapped values");
  let hi = means[0] as { value: string; mean: number };
  let lo = hi;
  for (const m of means) {
    if (m.mean > hi.mean) hi = m;
    if (m.mean < lo.mean) lo = m;
  }
  // All equal: name two different values all the same.
  if (lo === hi) lo = means.find((m) => m !== hi) as { value: string; mean: number };
  const gap = hi.mean - lo.mean;
  const nan = means.some((m) => Number.isNaN(m.mean));
  const holds = !nan && gap <= property.gap;
  return {
    holds,
    means: Object.fromEntries(means.map((m) => [m.value, m.mean])),
    pair: [hi.value, lo.value],
    gap: nan ? Number.NaN : gap,
    reason: nan
      ? "a mean measure is not a number"
      : `mean("${hi.value}") − mean("${lo.value}") = ${fmt(gap)} ${holds ? "≤" : ">"} max_gap ${property.gap}`,
  };
}

function measureOf(measured: readonly Measured[], value: string): number {
  const m = measured.find((x) => x.value === value);
  if (!m) throw new Error(`internal: the case has no rendering for "${value}"`);
  return m.measure;
}

/** Measures in messages: 4 significant decimals are enough to see a tolerance broken. */
export function fmt(x: number): string {
  if (Number.isNaN(x)) return "n/a";
  return Number.isFinite(x) ? x.toFixed(4) : String(x);
}
