import type { Plan, PlanCase, PlanMessage } from "../compile/plan";
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
// 2: sampling weighs tokens in integers, summed exactly without ordering the vocabulary; a sampled
// token can differ from format 1 where the old floating-point running sums fell the other side of u.
// 3: sampling by temperature alone weighs tokens in float32 in the vocabulary kernel (src/model/wasm/)
// and walks them in id order; a sampled token can differ from format 2's for the same seed.
// 4: the kernel's weights use a degree-4 polynomial (a tenth faster, within 3e-6), and top-p without
// top-k draws at temperature and keeps draws inside the nucleus (src/model/nucleus.ts): sampled tokens
// can differ from format 3's for the same seed.
const CALL_FORMAT = 4;

/**
 * A conversation as one model's chat template writes it (with the generation prompt); a case's id
 * names it in errors. `leavesBos`: the text has no BOS of its own (a template file for a server's
 * model, whose BOS is not known here), so the tokenizer adds its special tokens as for plain text.
 */
export type RenderConversation = ((messages: readonly PlanMessage[], caseId?: string) => string) & {
  readonly leavesBos?: true;
};

/** A chat endpoint's conversations: sent as messages (after `system: merge`), its server applies its template. */
export interface SendConversation {
  readonly send: (messages: readonly PlanMessage[]) => readonly PlanMessage[];
}

/**
 * The calls of a plan on one model, one per case (its index in `plan.cases`); none for a probe-only
 * spec. A conversation (`messages:`) is rendered with the model's template (`render`) into the text
 * the tokenizer gets as it is, without special tokens of its own (the template writes them): so the
 * rendered text is in the call, and a changed template is a different call. On a chat endpoint
 * (`send`) the messages themselves are in the call instead, and its prompt is empty.
 */
export function planCalls(plan: Plan, render?: RenderConversation | SendConversation): ModelCall[] {
  const query = plan.query;
  if (query === undefined) return [];
  return plan.cases.map((c): ModelCall => {
    const input = caseInput(c, render);
    if (query.kind === "generate") {
      const s = query.settings;
      return {
        kind: "generate",
        ...input.special,
        prompt: input.text,
        ...(input.messages !== undefined ? { messages: input.messages } : {}),
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
    return { kind: "score", ...input.special, context: input.text, choices: c.choices ?? [] };
  });
}

/** The text a case gives the model, and (for a rendered conversation) that no special tokens are added to it. */
function caseInput(
  c: PlanCase,
  render: RenderConversation | SendConversation | undefined,
): { text: string; special: { addSpecialTokens?: false }; messages?: readonly PlanMessage[] } {
  if (c.messages === undefined) return { text: c.prompt ?? "", special: {} };
  if (render === undefined) throw new Error(`internal: case ${c.id} is a conversation, and no chat template was given`);
  if (typeof render !== "function") return { text: "", special: {}, messages: render.send(c.messages) };
  return { text: render(c.messages, c.id), special: render.leavesBos ? {} : { addSpecialTokens: false } };
}

/** The cache key of a call's result on the model with this fingerprint. */
export function callKey(modelFingerprint: string, call: ModelCall): string {
  return cacheKey({ format: CALL_FORMAT, model: modelFingerprint, call });
}
