import type { PlanMessage } from "../compile/plan";
import { openAIAnswer } from "./answer";
import { ApiError, badField } from "./api-error";
import { checkModel } from "./check-model";
import { generated } from "./completions";
import type { ModelQueue } from "./model-queue";
import { type Body, field, randomSeed, samplingParams } from "./sampling-params";
import { promptTokenCount, type ServedModel } from "./served-model";

/** Chat's max_tokens when the request gives none and config.json gives no maximum of positions. */
const CHAT_MAX_TOKENS = 512;

const ROLES = new Set(["system", "user", "assistant"]);

/**
 * POST /v1/chat/completions: the messages written by the model's chat template with the generation
 * prompt, and the model's answer generated as for a completion of that text (its own BOS and turn
 * markers come from the template, so the tokenizer adds none).
 */
export async function chatCompletions(
  body: Body,
  model: ServedModel,
  queue: ModelQueue,
  maxPositions: number | undefined,
): Promise<object> {
  checkModel(body, model);
  const messages = messageList(body);
  const params = samplingParams(body);
  if (field(body, "logprobs") === true || field(body, "top_logprobs") !== undefined) {
    throw new ApiError(
      400,
      "logprobs are not supported on chat completions by trustspec serve: use /v1/completions with echo and logprobs",
      "logprobs",
      "unsupported_parameter",
    );
  }
  const text = model.renderChat(messages);
  const promptTokens = promptTokenCount(model, text, false);
  // As vLLM: without max_tokens, the rest of the model's context.
  const maxTokens =
    params.maxTokens ?? (maxPositions !== undefined ? Math.max(1, maxPositions - promptTokens) : CHAT_MAX_TOKENS);
  const samples =
    maxTokens > 0
      ? await generated(queue, text, maxTokens, params, params.seed ?? randomSeed(), false)
      : Array.from({ length: params.n }, () => ({ tokenIds: [], text: "", finish: "length" as const }));
  const choices = samples.map((s, index) => ({
    index,
    message: { role: "assistant", content: s.text },
    logprobs: null,
    finish_reason: s.finish === "length" ? "length" : "stop",
  }));
  const completionTokens = samples.reduce((sum, s) => sum + s.tokenIds.length, 0);
  return openAIAnswer(
    { object: "chat.completion", idPrefix: "chatcmpl" },
    model.id,
    choices,
    promptTokens,
    completionTokens,
  );
}

/** The messages: roles system, user or assistant, content a string or text parts (joined). */
function messageList(body: Body): PlanMessage[] {
  const v = body.messages;
  if (!Array.isArray(v) || v.length === 0) throw badField("messages", "a non-empty array of {role, content}");
  return v.map((m, i) => {
    const at = `messages[${i}]`;
    if (m === null || typeof m !== "object") throw badField(at, "an object {role, content}");
    const { role, content } = m as { role?: unknown; content?: unknown };
    if (typeof role !== "string" || !ROLES.has(role)) throw badField(`${at}.role`, '"system", "user" or "assistant"');
    return { role: role as PlanMessage["role"], content: contentText(content, `${at}.content`) };
  });
}

function contentText(content: unknown, at: string): string {
  if (typeof content === "string") return content;
  const parts = Array.isArray(content) ? content : undefined;
  const texts = parts?.map((p) =>
    p !== null &&
    typeof p === "object" &&
    (p as { type?: unknown }).type === "text" &&
    typeof (p as { text?: unknown }).text === "string"
      ? (p as { text: string }).text
      : undefined,
  );
  if (texts === undefined || texts.some((t) => t === undefined)) {
    throw badField(at, 'a string or an array of text parts {type: "text", text} (images and audio are not supported)');
  }
  return texts.join("");
}
