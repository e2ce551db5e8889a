import type { FinishReason } from "../generate";
import type { EchoLogprobs } from "./score-split";

/**
 * The OpenAI wire format's answers, as far as trustspec reads them (vLLM, TGI, llama.cpp's server and
 * Ollama answer alike): checked by hand, since a server's JSON is not trustspec's to trust.
 */
export interface CompletionChoice {
  readonly index: number;
  readonly text: string;
  readonly finishReason: FinishReason;
  readonly logprobs: EchoLogprobs | undefined;
}

export interface ChatChoice {
  readonly index: number;
  readonly content: string;
  readonly finishReason: FinishReason;
}

export interface Usage {
  readonly completionTokens: number | undefined;
}

/** A server's answer that is not what the API promises. */
export class WireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WireError";
  }
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function choicesOf(body: unknown): Json[] {
  if (!isRecord(body) || !Array.isArray(body.choices) || !body.choices.every(isRecord)) {
    throw new WireError("the answer has no choices list");
  }
  return [...(body.choices as Json[])].sort((a, b) => Number(a.index ?? 0) - Number(b.index ?? 0));
}

/**
 * finish_reason as the local driver names it: "length" stays; "stop" is a stop string when vLLM's
 * stop_reason names one ("stop"), else the end of text or a stop token ("eos", as a stop token id
 * is locally).
 */
function finishOf(choice: Json): FinishReason {
  if (choice.finish_reason === "length") return "length";
  return typeof choice.stop_reason === "string" ? "stop" : "eos";
}

export function completionChoices(body: unknown): CompletionChoice[] {
  return choicesOf(body).map((choice, i) => {
    if (typeof choice.text !== "string") throw new WireError(`choice ${i} has no text`);
    return {
      index: i,
      text: choice.text,
      finishReason: finishOf(choice),
      logprobs: isEchoLogprobs(choice.logprobs) ? choice.logprobs : undefined,
    };
  });
}

export function chatChoices(body: unknown): ChatChoice[] {
  return choicesOf(body).map((choice, i) => {
    const message = choice.message;
    if (!isRecord(message) || !(typeof message.content === "string" || message.content === null)) {
      throw new WireError(`choice ${i} has no message content`);
    }
    return { index: i, content: (message.content as string | null) ?? "", finishReason: finishOf(choice) };
  });
}

export function usageOf(body: unknown): Usage {
  const usage = isRecord(body) ? body.usage : undefined;
  const completion = isRecord(usage) ? usage.completion_tokens : undefined;
  return { completionTokens: Number.isInteger(completion) ? (completion as number) : undefined };
}

function isEchoLogprobs(value: unknown): value is EchoLogprobs {
  return (
    isRecord(value) &&
    Array.isArray(value.tokens) &&
    Array.isArray(value.token_logprobs) &&
    Array.isArray(value.text_offset) &&
    value.text_offset.every((o) => Number.isInteger(o)) &&
    value.token_logprobs.every((v) => v === null || typeof v === "number")
  );
}

/** The model ids GET /models lists. */
export function modelIds(body: unknown): string[] {
  if (!isRecord(body) || !Array.isArray(body.data)) return [];
  return body.data.flatMap((m) => (isRecord(m) && typeof m.id === "string" ? [m.id] : []));
}
