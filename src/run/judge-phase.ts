import type { Plan } from "../compile/plan";
import { applyPostprocess } from "../judges/postprocess";
import type { ClassifierAnswers } from "../judges/toxicity-classifier";
import { parseDtype } from "../spec/dtype";
import type { InferenceCache } from "./cache";
import type { CallResult, ModelCall } from "./calls";
import type { ModelTarget } from "./infer";
import { cachedResult } from "./result-shape";

/**
 * The second phase of a run's inference, for specs judged by an exported classifier
 * (`toxicity-classifier`): once the models' outputs are in the cache, every post-processed output
 * becomes one classify call on the judge's model — batched, cached and counted like any model call —
 * so suites only read the classifier's answers, as they read everything else.
 */
export function classifierJudge(plan: Plan): ModelTarget | undefined {
  const judge = plan.judge;
  if (judge?.kind !== "toxicity-classifier") return undefined;
  const dtype = judge.dtype !== undefined ? parseDtype(judge.dtype) : undefined;
  return { name: `judge ${judge.path}`, dir: judge.path, ...(dtype !== undefined ? { dtype } : {}) };
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

/** The judge's stored answers, looked up by output text. */
export function classifierAnswers(cache: InferenceCache, judgeFingerprint: string): ClassifierAnswers {
  return (text) => {
    const result = cachedResult(cache, judgeFingerprint, { kind: "classify", text });
    return result?.ok && "labels" in result ? result : undefined;
  };
}
