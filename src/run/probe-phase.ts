import type { Plan, PlanProbe } from "../compile/plan";
import { ModelError } from "../model/model-error";
import type { ProbeOutcome } from "../probe/probe-outcome";
import { type InferenceOptions, ModelSession, type ModelSummary, type ModelTarget } from "./infer";
import { modelKey } from "./model-key";
import type { ProbeRun } from "./probe-results";

/** Probes of one spec to run on one model. */
export interface ProbeWork {
  readonly plan: Plan;
  readonly target: ModelTarget;
  readonly probes: readonly PlanProbe[];
}

/** Unmeasured renderings a probe gathers per round: this many batches' worth. */
const PREFETCH_BATCHES = 8;

/**
 * The probe phase of a run's inference: per model, one session (loaded on its first cache miss) runs
 * every probe of every selected spec through the same batching and cache as the dataset calls. A
 * probe whose rendering does not fit the model is recorded as an error for its test to report.
 */
export async function runProbes(
  work: readonly ProbeWork[],
  options: InferenceOptions,
): Promise<{ runs: ProbeRun[]; summaries: ModelSummary[] }> {
  const runs: ProbeRun[] = [];
  const summaries: ModelSummary[] = [];
  const byDir = new Map<string, ProbeWork[]>();
  for (const w of work) {
    if (w.probes.length > 0) byDir.set(modelKey(w.target), [...(byDir.get(modelKey(w.target)) ?? []), w]);
  }
  for (const list of byDir.values()) {
    const first = list[0] as ProbeWork;
    const probes = list.flatMap(({ plan, probes }) => probes.map((probe) => ({ specId: plan.specId, probe })));
    let done: Awaited<ReturnType<typeof probeModel>>;
    try {
      done = await probeModel(first.target, probes, options);
    } catch (e) {
      if (!(e instanceof ModelError && options.onModelError)) throw e;
      options.onModelError(first.target, e);
      continue;
    }
    for (const [i, r] of done.results.entries()) {
      const { specId, probe } = probes[i] as { specId: string; probe: PlanProbe };
      const head = { specId, model: first.target.name, probe: probe.name };
      runs.push("error" in r ? { ...head, ok: false, error: r.error } : { ...head, ok: true, outcome: r.outcome });
    }
    summaries.push(...done.summaries);
  }
  return { runs, summaries };
}

/**
 * Runs probes on one model, in one session (and one per classifier judge), each to its outcome or to
 * the reason it could not be measured. `path` replays exactly one case of each (`trustspec probe --path`).
 */
export async function probeModel(
  target: ModelTarget,
  probes: readonly { readonly probe: PlanProbe }[],
  options: InferenceOptions,
  path?: string,
): Promise<{ results: ({ outcome: ProbeOutcome } | { error: string })[]; summaries: ModelSummary[] }> {
  // fast-check and the probes' measures load with the first probe a run has.
  const { runProbe } = require("../probe/run-probe") as typeof import("../probe/run-probe");
  const { ProbeMeasureError, probeMeasure } = require("./probe-measure") as typeof import("./probe-measure");
  const open = (t: ModelTarget) => options.pool?.get(t, options) ?? new ModelSession(t, options);
  const session = open(target);
  const judges = new Map<string, ModelSession>();
  const results: ({ outcome: ProbeOutcome } | { error: string })[] = [];
  try {
    for (const { probe } of probes) {
      let judgeSession: ModelSession | undefined;
      if (probe.measure.kind === "judge" && probe.measure.judge.kind === "toxicity-classifier") {
        const dir = probe.measure.judge.path;
        judgeSession = judges.get(dir) ?? open({ name: `judge ${dir}`, dir });
        judges.set(dir, judgeSession);
      }
      try {
        const outcome = await runProbe(probe, probeMeasure(probe, session, judgeSession), {
          prefetch: options.batchSize * PREFETCH_BATCHES,
          ...(path !== undefined ? { path } : {}),
        });
        results.push({ outcome });
      } catch (e) {
        if (!(e instanceof ProbeMeasureError)) throw e;
        results.push({ error: e.message });
      }
    }
  } finally {
    // Pooled sessions stay open for the run's other phases; the pool's owner closes them.
    if (!options.pool) for (const s of [session, ...judges.values()]) await s.close();
  }
  return { results, summaries: [session.summary(), ...[...judges.values()].map((j) => j.summary())] };
}
