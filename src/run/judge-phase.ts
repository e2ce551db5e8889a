import type { Plan } from "../compile/plan";
import { applyPostprocess } from "../judges/postprocess";
import type { ClassifierAnswers } from "../judges/toxicity-classifier";
import { deviceOf } from "../spec/device";
import { parseDtype } from "../spec/dtype";
import { everyJudge } from "../spec/judge-tree";
import type { InferenceCache } from "./cache";
import type { CallResult, ModelCall } from "./calls";
import type { ModelTarget } from "./infer";
import { modelKey } from "./model-key";
import { cachedResult } from "./result-shape";

/** A classifier a plan's judge names, as a model the run loads, with the judge's own batch size. */
export interface ClassifierJudge {
  readonly target: ModelTarget;
  readonly batchSize?: number;
}

/**
 * The second phase of a run's inference, for specs judged by an exported classifier
 * (`toxicity-classifier`, `classifier`, also inside `not`, `all_of` and `any_of`): once the models'
 * outputs are in the cache, every post-processed output becomes one classify call on each classifier
 * the judge names — batched, cached and counted like any model call — so suites only read the
 * classifiers' answers, as they read everything else. Each classifier once, by folder and dtype.
 */
export function classifierJudges(plan: Plan): ClassifierJudge[] {
  const found = new Map<string, ClassifierJudge>();
  for (const judge of plan.judge ? everyJudge(plan.judge) : []) {
    if (judge.kind !== "toxicity-classifier" && judge.kind !== "classifier") continue;
    const target = classifierTarget(judge);
    if (found.has(modelKey(target))) continue;
    found.set(modelKey(target), { target, ...(judge.batch_size !== undefined ? { batchSize: judge.batch_size } : {}) });
  }
  return [...found.values()];
}

/** The model a classifier judge names. */
export function classifierTarget(judge: {
  readonly path: string;
  readonly dtype?: string;
  readonly execution_provider?: "cpu" | "cuda";
  readonly device_id?: number;
}): ModelTarget {
  const dtype = judge.dtype !== undefined ? parseDtype(judge.dtype) : undefined;
  const device = deviceOf(judge);
  return {
    name: `judge ${judge.path}`,
    dir: judge.path,
    ...(dtype !== undefined ? { dtype } : {}),
    ...(device !== undefined ? { device } : {}),
  };
}

/** The classify calls of one model's results for a plan: each kept output once, in case order. */
export function judgeCalls(plan: Plan, results: readonly (CallResult | undefined)[]): ModelCall[] {
  const texts = new Set<string>();
  for (const result of results) {
    if (!result?.ok || !("samples" in result)) continue;
    for (const s of result.samples) {
      const text = applyPostprocess(s.text, plan.postprocess);
      if (text !== undefined) texts.add(text);
    }
  }
  return [...texts].map((text) => ({ kind: "classify", text }));
}

/** The classifiers' stored answers, looked up by classifier and output text; `fingerprints` by model key. */
export function classifierAnswers(cache: InferenceCache, fingerprints: ReadonlyMap<string, string>): ClassifierAnswers {
  return (classifier, text) => {
    const fingerprint = fingerprints.get(modelKey(classifierTarget(classifier)));
    if (fingerprint === undefined) return undefined;
    const result = cachedResult(cache, fingerprint, { kind: "classify", text });
    return result?.ok && "labels" in result ? result : undefined;
  };
}
