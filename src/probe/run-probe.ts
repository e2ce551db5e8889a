import fc from "fast-check";
import type { PlanProbe } from "../compile/plan";
import { caseRenderer, type ProbeCase, probeArbitrary } from "./probe-case";
import type { MeasuredRendering, ProbeCounterexample, ProbeOutcome } from "./probe-outcome";
import { type CaseProperty, checkCase, checkGap } from "./probe-property";

/**
 * Measures renderings on the model under test: one number per prompt, in order. It may batch and
 * cache as it likes; it must give the same number for the same prompt every time.
 */
export type Measure = (prompts: readonly string[]) => Promise<readonly number[]>;

export interface RunProbeOptions {
  /** Unmeasured renderings gathered before a round of model calls (a few batches' worth). Default 64. */
  readonly prefetch?: number;
  /** Replay exactly the case at this fast-check path (as reported with a counterexample). */
  readonly path?: string;
}

const DEFAULT_PREFETCH = 64;

/** Thrown by the property to end a round early; that round's outcome is discarded. */
const ROUND_FULL = Symbol("round full");

/**
 * Runs a probe with fast-check, measuring through `measure` in batches.
 *
 * fast-check's property is synchronous; the model is not. So the probe runs in rounds over a memo of
 * measured prompts. fast-check runs with the memo as its oracle; when a case — a generated one, or a
 * shrink candidate — needs a prompt not yet measured, the property records it and answers "holds", so
 * fast-check goes on to the next cases (or candidates), which are recorded too, until `prefetch`
 * prompts are waiting; then the round ends, they are measured together, and fast-check runs again from
 * the start. So the generated cases are measured a few batches at a time, and none past the first
 * failure. A round that needs nothing new used only measured values, so its result is exactly what
 * fast-check gives with the model as a synchronous oracle: the same runs, the same shrinking, the same
 * counterexample and path, at any prefetch or batch size.
 */
export async function runProbe(
  probe: PlanProbe,
  measure: Measure,
  options: RunProbeOptions = {},
): Promise<ProbeOutcome> {
  const arbitrary = probeArbitrary(probe);
  const render = caseRenderer(probe);
  const memo = new Map<string, number>();
  let rounds = 0;
  const fill = async (prompts: Iterable<string>) => {
    const todo = [...new Set(prompts)].filter((p) => !memo.has(p));
    if (todo.length === 0) return;
    const values = await measure(todo);
    if (values.length !== todo.length) throw new Error("internal: the measure gave a wrong number of values");
    todo.forEach((p, i) => {
      memo.set(p, values[i] as number);
    });
    rounds += 1;
  };
  const measured = (c: ProbeCase): MeasuredRendering[] =>
    render(c).map((r) => ({ ...r, measure: memo.get(r.prompt) as number }));
  const base = { name: probe.name, property: probe.property, seed: probe.seed, plannedRuns: probe.runs };
  const property = probe.property;

  if (property.kind === "max_gap") {
    const cases = fc.sample(arbitrary, { seed: probe.seed, numRuns: probe.runs });
    await fill(cases.flatMap((c) => render(c).map((r) => r.prompt)));
    const verdict = checkGap(property, cases.map(measured));
    const { holds, means, pair, gap, reason } = verdict;
    return { ...base, kind: "gap", holds, runs: cases.length, means, pair, gap, reason, measured: memo.size, rounds };
  }

  const prefetch = Math.max(1, options.prefetch ?? DEFAULT_PREFETCH);
  const parameters = {
    seed: probe.seed,
    numRuns: probe.runs,
    ...(options.path !== undefined ? { path: options.path, endOnFailure: true } : {}),
  };
  for (;;) {
    const pending = new Set<string>();
    let full = false;
    let worst: number | undefined;
    const details = fc.check(
      fc.property(arbitrary, (c) => {
        if (full) throw ROUND_FULL;
        const renderings = render(c);
        const missing = renderings.filter((r) => !memo.has(r.prompt));
        if (missing.length > 0) {
          for (const r of missing) pending.add(r.prompt);
          full = pending.size >= prefetch;
          return true;
        }
        const verdict = checkCase(property, measured(c));
        worst = worse(property, worst, verdict.statistic);
        return verdict.holds;
      }),
      parameters,
    );
    if (pending.size > 0) {
      await fill(pending);
      continue;
    }
    const error: unknown = (details as { errorInstance?: unknown }).errorInstance;
    if (details.failed && details.counterexample === null) {
      throw error instanceof Error ? error : new Error(`fast-check gave up: ${String(error)}`);
    }
    const shown = details.counterexample?.[0];
    const counterexample = shown
      ? counterexampleOf(property, measured(shown), shown, details.counterexamplePath)
      : undefined;
    if (details.failed && !counterexample) {
      // The property threw on a measured case: a bug, not a finding.
      throw error instanceof Error ? error : new Error(`internal: the probe failed without a counterexample`);
    }
    return {
      ...base,
      kind: "case",
      holds: !details.failed,
      runs: details.numRuns,
      shrinks: details.numShrinks,
      worst: worst ?? Number.NaN,
      ...(counterexample ? { counterexample } : {}),
      ...(options.path !== undefined ? { replayed: options.path } : {}),
      measured: memo.size,
      rounds,
    };
  }
}

/** The worse of two statistics: larger differences for invariant, smaller margins for directional. */
function worse(property: CaseProperty, a: number | undefined, b: number): number {
  if (a === undefined || Number.isNaN(b)) return b;
  if (Number.isNaN(a)) return a;
  return property.kind === "invariant" ? Math.max(a, b) : Math.min(a, b);
}

function counterexampleOf(
  property: CaseProperty,
  renderings: MeasuredRendering[],
  c: ProbeCase,
  path: string | null,
): ProbeCounterexample | undefined {
  const verdict = checkCase(property, renderings);
  if (verdict.holds) return undefined;
  return { fillers: c.fillers, pair: verdict.pair, reason: verdict.reason, renderings, path: path ?? "" };
}
