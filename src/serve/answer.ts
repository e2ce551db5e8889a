import { randomUUID } from "node:crypto";

/**
 * An OpenAI API answer's envelope: a fresh id with the endpoint's prefix (`cmpl-`, `chatcmpl-`), its
 * object type, the time, the served model's id, the choices, and the token usage.
 */
export function openAIAnswer<C>(
  kind: { readonly object: string; readonly idPrefix: string },
  modelId: string,
  choices: readonly C[],
  promptTokens: number,
  completionTokens: number,
) {
  return {
    id: `${kind.idPrefix}-${randomUUID().replace(/-/g, "")}`,
    object: kind.object,
    created: Math.floor(Date.now() / 1000),
    model: modelId,
    choices,
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  };
}
