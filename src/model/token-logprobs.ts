import type { TooLong } from "./fits";
import type { TokenLogprob } from "./score";
import type { TextTokenizer } from "./tokenizer";

/** Every token of a text with its log-probability given the tokens before it (vLLM's prompt log-probs). */
export interface TokenLogprobsRequest {
  readonly prompt: string;
  /** As GenerateTextRequest.addSpecialTokens: false for a prompt a chat template rendered. Default true. */
  readonly addSpecialTokens?: boolean;
  /** Token ids that follow the prompt's (a generated continuation), scored with it. */
  readonly after?: readonly number[];
  /** The most likely tokens to give at each position besides the token there (0 for none). */
  readonly top: number;
}

/** One token of the text, where it is in the text, and how likely it was. */
export interface TextToken {
  readonly id: number;
  /** Its text: `text.slice(offset, next token's offset)`; empty for a special token (BOS). */
  readonly text: string;
  /** Where it starts in the result's text (UTF-16 units): TextTokenizer.tokenOffsets. */
  readonly offset: number;
  /** Its log-probability given the tokens before it; null for the first token (nothing predicts it). */
  readonly logprob: number | null;
  /** The most likely tokens at its position, most likely first, each with its text after the token before; null for the first. */
  readonly top: readonly { readonly id: number; readonly text: string; readonly logprob: number }[] | null;
}

export type TokenLogprobsResult =
  | {
      readonly ok: true;
      /** The decoded tokens (the prompt followed by the text of `after`, for a tokenizer that round-trips). */
      readonly text: string;
      /** How many of the tokens are the prompt's (the rest are `after`). */
      readonly promptTokens: number;
      readonly tokens: readonly TextToken[];
    }
  | TooLong;

/**
 * The tokens of `ids` with their texts and offsets and, from the second on, their scores (a score of
 * ids[1…] as the continuation of ids[0], perToken with top).
 */
export function textTokens(
  tokenizer: TextTokenizer,
  ids: readonly number[],
  promptTokens: number,
  scored: readonly TokenLogprob[],
): TokenLogprobsResult {
  const { text, offsets } = tokenizer.tokenOffsets(ids);
  const tokens = ids.map((id, i): TextToken => {
    const score = i === 0 ? undefined : scored[i - 1];
    const end = i + 1 < ids.length ? (offsets[i + 1] as number) : text.length;
    const previous = ids[i - 1] as number;
    return {
      id,
      text: text.slice(offsets[i], end),
      offset: offsets[i] as number,
      logprob: score?.logprob ?? null,
      top:
        score === undefined
          ? null
          : (score.top ?? []).map((t) => ({
              id: t.id,
              // The token itself reads as it does in the text, so a client can tell whether it was the top one.
              text: t.id === id ? text.slice(offsets[i], end) : tokenizer.decodeContinuation([previous], [t.id]),
              logprob: t.logprob,
            })),
    };
  });
  return { ok: true, text, promptTokens, tokens };
}
