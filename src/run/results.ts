import type { Plan } from "../compile/plan";
import type { ClassifierAnswers } from "../judges/toxicity-classifier";
import { openCache } from "./cache";
import type { CallResult } from "./calls";
import type { ModelTarget } from "./infer";
import { classifierAnswers, classifierJudges } from "./judge-phase";
import { modelFailure, type RunManifest } from "./manifest";
import { modelKey } from "./model-key";
import { cachedResult } from "./result-shape";
import { describeConversationFailure, targetCalls } from "./target-calls";

/** Every case's result for one model, from where the run's inference phase stored it. */
export function loadResults(
  plan: Plan,
  target: ModelTarget,
  manifest: RunManifest | undefined,
): (CallResult | undefined)[] {
  const key = modelKey(target);
  if (!manifest) {
    throw suiteFailure(
      "no trustspec run is in progress (TRUSTSPEC_RUN_DIR is not set): run specs with `trustspec run`, or with Jest using the trustspec preset (preset: 'trustspec'), whose runner does the inference first",
    );
  }
  const failure = modelFailure(manifest, key);
  if (failure) throw suiteFailure(failure);
  const fingerprint = manifest.fingerprints[key];
  if (fingerprint === undefined) throw new Error(`internal: the run has no fingerprint for ${key}`);
  const cache = openCache(manifest.resultsDir);
  const refused = manifest.failedConversations?.find((f) => f.specId === plan.specId && f.key === key);
  if (refused) throw suiteFailure(refused.message);
  const built = targetCalls(plan, target);
  if ("failure" in built) throw suiteFailure(describeConversationFailure(plan, built.failure));
  const calls = built.calls;
  const results = calls.map((call) => cachedResult(cache, fingerprint, call));
  const missing = results.filter((r) => r === undefined).length;
  if (missing > 0) {
    throw new Error(
      `${missing} of ${calls.length} model results are missing for ${plan.specId} on ${target.dir}: the run's inference phase did not cover this spec (was it selected, and did the cache get cleared mid-run?)`,
    );
  }
  return results;
}

/** The classifier judges' answers for a plan judged by one or more (undefined for other judges). */
export function loadClassifierAnswers(plan: Plan, manifest: RunManifest | undefined): ClassifierAnswers | undefined {
  const judges = classifierJudges(plan);
  if (judges.length === 0 || !manifest) return undefined;
  const fingerprints = new Map<string, string>();
  for (const { target } of judges) {
    const key = modelKey(target);
    const failure = modelFailure(manifest, key);
    if (failure) throw suiteFailure(failure);
    const fingerprint = manifest.fingerprints[key];
    if (fingerprint === undefined) throw new Error(`internal: the run has no fingerprint for the judge ${target.dir}`);
    fingerprints.set(key, fingerprint);
  }
  return classifierAnswers(openCache(manifest.resultsDir), fingerprints);
}

/**
 * A suite that cannot be measured for a reason its message gives in full (a model that could not run,
 * a conversation its template refuses, no run in progress): without a stack, so Jest prints the
 * message and the fix, not trustspec's source lines.
 */
export function suiteFailure(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/** Whether an error is a {@link suiteFailure}: a reason in full, with no stack of trustspec's. */
export function isSuiteFailure(error: Error): boolean {
  return error.stack === error.message;
}
