import type { Plan, PlanProbe } from "../compile/plan";
import { runProbe } from "../probe/run-probe";
import { type InferenceOptions, ModelSession, type ModelSummary, type ModelTarget } from "./infer";
import { ProbeMeasureError, probeMeasure } from "./probe-measure";
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
    if (w.probes.length === 0) continue;
    byDir.set(w.target.dir, [...(byDir.get(w.target.dir) ?? []), w]);
  }
  for (const list of byDir.values()) {
    const first = list[0] as ProbeWork;
    const session = new ModelSession({ ...first.target, name: `${first.target.name} probes` }, options);
    const judges = new Map<string, ModelSession>();
    try {
      for (const { plan, target, probes } of list) {
        for (const probe of probes) {
          const head = { specId: plan.specId, model: target.name, probe: probe.name };
          let judgeSession: ModelSession | undefined;
          if (probe.measure.kind === "judge" && probe.measure.judge.kind === "toxicity-classifier") {
            const dir = probe.measure.judge.path;
            judgeSession = judges.get(dir) ?? new ModelSession({ name: `judge ${dir}`, dir }, options);
            judges.set(dir, judgeSession);
          }
          try {
            const outcome = await runProbe(probe, probeMeasure(probe, session, judgeSession), {
              prefetch: options.batchSize * PREFETCH_BATCHES,
            });
            runs.push({ ...head, ok: true, outcome });
          } catch (e) {
            if (!(e instanceof ProbeMeasureError)) throw e;
            runs.push({ ...head, ok: false, error: e.message });
          }
        }
      }
    } finally {
      await session.close();
      for (const j of judges.values()) await j.close();
    }
    summaries.push(session.summary(), ...[...judges.values()].map((j) => j.summary()));
  }
  return { runs, summaries };
}
