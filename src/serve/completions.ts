import type { GeneratedSample } from "../model/generate";
import type { TokenLogprobsResult } from "../model/token-logprobs";
import { openAIAnswer } from "./answer";
import { ApiError, badField } from "./api-error";
import { checkModel } from "./check-model";
import type { ModelQueue } from "./model-queue";
import { type Body, boolean, integer, randomSeed, samplingParams } from "./sampling-params";
import { promptTokenCount, type ServedModel } from "./served-model";

/** OpenAI's limit on `logprobs` for completions. */
export const MAX_LOGPROBS = 5;
/** OpenAI's default `max_tokens` for completions. */
const DEFAULT_MAX_TOKENS = 16;

export interface CompletionLogprobs {
  readonly tokens: string[];
  readonly token_logprobs: (number | null)[];
  readonly top_logprobs: (Record<string, number> | null)[];
  readonly text_offset: number[];
}

/**
 * POST /v1/completions: each prompt continued `n` times by the driver (the same text `trustspec
 * generate` gives for the same prompt, settings and seed), with `echo` the prompt before it, and
 * with `logprobs` each token's log-probability (the prompt's too with echo: vLLM's prompt log-probs).
 */
export async function completions(body: Body, model: ServedModel, queue: ModelQueue): Promise<object> {
  checkModel(body, model);
  const prompts = promptList(body);
  const params = samplingParams(body);
  const maxTokens = params.maxTokens ?? DEFAULT_MAX_TOKENS;
  const echo = boolean(body, "echo") ?? false;
  const logprobs = integer(body, "logprobs", 0, MAX_LOGPROBS);
  // vLLM's extension: false for a prompt that holds its own BOS (a conversation a chat template wrote).
  const special = boolean(body, "add_special_tokens") ?? true;
  const seed = params.seed ?? randomSeed();
  const perPrompt = await Promise.all(
    prompts.map(async (prompt) => {
      const samples =
        maxTokens > 0 ? await generated(queue, prompt, maxTokens, params, seed, special) : nothing(params.n);
      // Choices that generated the same tokens (all of them with max_tokens 0) share one scoring.
      const scored = new Map<string, Promise<TokenLogprobsResult>>();
      const score = (s: GeneratedSample) => {
        const key = s.tokenIds.join(",");
        const known = scored.get(key);
        if (known) return known;
        const made = queue.tokenLogprobs({
          prompt,
          ...(special ? {} : { addSpecialTokens: false }),
          after: s.tokenIds,
          top: logprobs ?? 0,
        });
        scored.set(key, made);
        return made;
      };
      const choices = await Promise.all(
        samples.map(async (s) => ({
          text: echo ? prompt + s.text : s.text,
          logprobs: logprobs === undefined ? null : choiceLogprobs(await score(s), prompt, s, echo),
          finish_reason: s.finish === "length" ? "length" : "stop",
          tokens: s.tokenIds.length,
        })),
      );
      // The scoring counted the prompt's tokens already; otherwise count them (as the driver encodes them).
      const counted = [...scored.values()][0];
      const result = counted === undefined ? undefined : await counted;
      return { choices, promptTokens: result?.ok ? result.promptTokens : promptTokenCount(model, prompt, special) };
    }),
  );
  const all = perPrompt.flatMap((p) => p.choices);
  const choices = all.map(({ tokens: _, ...c }, index) => ({ index, ...c }));
  const promptTokens = perPrompt.reduce((sum, p) => sum + p.promptTokens, 0);
  const completionTokens = all.reduce((sum, c) => sum + c.tokens, 0);
  return openAIAnswer(
    { object: "text_completion", idPrefix: "cmpl" },
    model.id,
    choices,
    promptTokens,
    completionTokens,
  );
}

function promptList(body: Body): string[] {
  const v = body.prompt;
  if (typeof v === "string") return [v];
  if (Array.isArray(v) && v.length > 0 && v.every((p) => typeof p === "string")) return v as string[];
  if (Array.isArray(v) && v.length > 0 && v.every((p) => typeof p === "number" || Array.isArray(p))) {
    throw new ApiError(
      400,
      "token-id prompts are not supported by trustspec serve: send the prompt's text",
      "prompt",
      "invalid_type",
    );
  }
  throw badField("prompt", "a string or a non-empty array of strings");
}

/** `n` samples of the prompt from the driver; a prompt that does not fit is the 400 vLLM gives. */
export async function generated(
  queue: ModelQueue,
  prompt: string,
  maxTokens: number,
  params: ReturnType<typeof samplingParams>,
  seed: number,
  addSpecialTokens = true,
): Promise<readonly GeneratedSample[]> {
  const result = await queue.generate({
    prompt,
    ...(addSpecialTokens ? {} : { addSpecialTokens: false }),
    maxTokens,
    temperature: params.temperature,
    topK: params.topK,
    topP: params.topP,
    samples: params.n,
    seed,
    stop: params.stop,
    stopTokenIds: params.stopTokenIds,
  });
  if (!result.ok) throw tooLong(result.needed, result.limit);
  return result.samples;
}

export function tooLong(needed: number, limit: number): ApiError {
  return new ApiError(
    400,
    `This model's maximum context length is ${limit} tokens; the prompt and max_tokens need at least ${needed}: shorten the prompt or lower max_tokens`,
    null,
    "context_length_exceeded",
  );
}

/** max_tokens 0: no generation, each choice the prompt alone. */
function nothing(n: number): GeneratedSample[] {
  return Array.from({ length: n }, () => ({ tokenIds: [], text: "", finish: "length" as const }));
}

/**
 * A choice's logprobs in OpenAI's shape: with echo the prompt's tokens (the first without a
 * log-probability: nothing predicts it), then the generated tokens that make up the returned text
 * (a stop string cuts it: tokens past the cut are left out). text_offset is each token's offset in
 * prompt + generated text, in characters (Unicode code points) as vLLM and OpenAI count them (Python's
 * len): an emoji is one character, not JavaScript's two UTF-16 units.
 */
function choiceLogprobs(
  scored: TokenLogprobsResult,
  prompt: string,
  sample: GeneratedSample,
  echo: boolean,
): CompletionLogprobs {
  // The driver already ran this text (prompt and generated tokens): it fits.
  if (!scored.ok) throw tooLong(scored.needed, scored.limit);
  const first = scored.tokens[scored.promptTokens];
  // Where the generated text starts in the decoded tokens; its tokens' offsets move to the prompt as given.
  const decodedPrompt = first?.offset ?? scored.text.length;
  const shift = prompt.length - decodedPrompt;
  const end = prompt.length + sample.text.length;
  const kept = scored.tokens.flatMap((t, i) => {
    if (i < scored.promptTokens) return echo ? [t] : [];
    const offset = t.offset + shift;
    return sample.finish !== "stop" || offset < end ? [{ ...t, offset }] : [];
  });
  return {
    tokens: kept.map((t) => t.text),
    token_logprobs: kept.map((t) => (t.logprob === null ? null : finite(t.logprob))),
    top_logprobs: kept.map((t) => (t.top === null ? null : topMap(t.top))),
    text_offset: codePoints(
      prompt + sample.text,
      kept.map((t) => t.offset),
    ),
  };
}

/** An impossible token's -Infinity as vLLM writes it, -9999 (JSON has no infinity: it would read null). */
function finite(logprob: number): number {
  return Math.max(logprob, -9999);
}

/** UTF-16 offsets into `text` (in increasing order) as code-point offsets: a surrogate pair counts once. */
export function codePoints(text: string, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let unit = 0;
  let points = 0;
  for (const offset of offsets) {
    while (unit < offset && unit < text.length) {
      const code = text.charCodeAt(unit);
      const pair = code >= 0xd800 && code <= 0xdbff && unit + 1 < offset;
      unit += pair ? 2 : 1;
      points++;
    }
    // Offsets past the text (a decoding that differs from it) go on counting one per unit.
    out.push(points + Math.max(0, offset - unit));
  }
  return out;
}

/** The alternatives as OpenAI maps them, text → log-probability; of two with one text, the likelier. */
function topMap(top: readonly { readonly text: string; readonly logprob: number }[]): Record<string, number> {
  // No prototype: a token may read "__proto__" or "constructor".
  const out: Record<string, number> = Object.create(null);
  for (const t of top) if (!Object.hasOwn(out, t.text)) out[t.text] = finite(t.logprob);
  return out;
}
