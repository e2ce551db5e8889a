import type { Plan } from "../compile/plan";
import type { ClassifyResult } from "../model/classify";
import type { ClassifyTextRequest, GenerateTextRequest, ScoreTextRequest } from "../model/driver";
import type { GenerateResult } from "../model/generate";
import type { ScoreResult } from "../model/score";
import { cacheKey } from "./cache-key";

/**
 * One model call of a plan, as data: what to send to a model driver and, with the model's
 * fingerprint, the cache key of its result. Everything that can change the result is in the call
 * (prompt, decoding settings, seed); nothing that cannot (batch size, order, worker) is.
 */
export type ModelCall =
  | ({ readonly kind: "generate" } & GenerateTextRequest)
  | ({ readonly kind: "score" } & ScoreTextRequest)
  /** A classifier judge's call on one judged output (the second phase of a run's inference). */
  | ({ readonly kind: "classify" } & ClassifyTextRequest);

/** A classifier's answer, stored beside the other results (which all say whether they are ok). */
export type ClassifyCallResult = { readonly ok: true } & ClassifyResult;

export type CallResult = GenerateResult | ScoreResult | ClassifyCallResult;

/** Bumped when the meaning of a cached result changes, so old entries are never read as new ones. */
const CALL_FORMAT = 1;

/** The calls of a plan, one per case (its index in `plan.cases`); none for a probe-only spec. */
export function planCalls(plan: Plan): ModelCall[] {
  const query = plan.query;
  if (query === undefined) return [];
  return plan.cases.map((c): ModelCall => {
    if (query.kind === "generate") {
      const s = query.settings;
      return {
        kind: "generate",
        prompt: c.prompt,
        maxTokens: s.maxTokens,
        temperature: s.temperature,
        topK: s.topK,
        topP: s.topP,
        samples: s.samples,
        // Greedy decoding draws no random numbers: its seed must not split the cache.
        seed: s.temperature === 0 ? 0 : (c.seed ?? 0),
        stop: s.stop,
        stopTokenIds: s.stopTokenIds,
      };
    }
    return { kind: "score", context: c.prompt, choices: c.choices ?? [] };
  });
}

/** The cache key of a call's result on the model with this fingerprint. */
export function callKey(modelFingerprint: string, call: ModelCall): string {
  return cacheKey({ format: CALL_FORMAT, model: modelFingerprint, call });
}
