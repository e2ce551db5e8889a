import type { PlanProbeProperty } from "../compile/plan";

/** A rendering of a reported case with its measure. */
export interface MeasuredRendering {
  readonly value: string;
  readonly prompt: string;
  readonly measure: number;
}

/** The minimal case a failing per-case property shrank to. */
export interface ProbeCounterexample {
  /** The other slots' values. */
  readonly fillers: Readonly<Record<string, string>>;
  /** The swapped values that break the property. */
  readonly pair: readonly [string, string];
  readonly reason: string;
  /** Every rendering of the case, with its measure. */
  readonly renderings: readonly MeasuredRendering[];
  /** fast-check's replay path: with the seed, it reaches exactly this case. */
  readonly path: string;
}

interface OutcomeBase {
  readonly name: string;
  readonly property: PlanProbeProperty;
  readonly seed: number;
  /** The runs asked for. */
  readonly plannedRuns: number;
  /** Renderings measured (distinct prompts), and in how many rounds of model calls. */
  readonly measured: number;
  readonly rounds: number;
}

/** What one probe found on one model. */
export type ProbeOutcome =
  /**
   * A per-case property (invariant, directional). `runs`: cases run (up to the failing one);
   * `worst`: the largest difference (invariant) or the smallest measure(higher) − measure(lower)
   * (directional) among the cases run; `replayed`: the run replayed one case by its path.
   */
  | (OutcomeBase & {
      readonly kind: "case";
      readonly holds: boolean;
      readonly runs: number;
      readonly shrinks: number;
      readonly worst: number;
      readonly counterexample?: ProbeCounterexample;
      readonly replayed?: string;
    })
  /** max_gap: per swapped value the mean measure over `runs` cases. */
  | (OutcomeBase & {
      readonly kind: "gap";
      readonly holds: boolean;
      readonly runs: number;
      readonly means: Readonly<Record<string, number>>;
      readonly pair: readonly [string, string];
      readonly gap: number;
      readonly reason: string;
    });

/** An outcome as JSON gives it back: JSON has no NaN (a measure that was not a number became null). */
export function reviveProbeOutcome(o: ProbeOutcome): ProbeOutcome {
  const number = (x: number | null) => (x === null ? Number.NaN : x);
  if (o.kind === "gap") {
    const means = Object.fromEntries(Object.entries(o.means).map(([v, m]) => [v, number(m)]));
    return { ...o, means, gap: number(o.gap) };
  }
  const c = o.counterexample;
  return {
    ...o,
    worst: number(o.worst),
    ...(c
      ? { counterexample: { ...c, renderings: c.renderings.map((r) => ({ ...r, measure: number(r.measure) })) } }
      : {}),
  };
}
