import type { ContinuationScore, TokenLogprob } from "../score";

/** The `logprobs` of an OpenAI legacy completions choice (with echo: the prompt's tokens first). */
export interface EchoLogprobs {
  readonly tokens: readonly string[];
  readonly token_logprobs: readonly (number | null)[];
  readonly top_logprobs?: readonly (Readonly<Record<string, number>> | null)[] | null;
  readonly text_offset: readonly number[];
}

/** Why an echoed prompt cannot be split into its context and continuation. */
export class ScoreSplitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScoreSplitError";
  }
}

/** A tie between the token and the best alternative, within float noise, still counts as the greedy pick. */
const GREEDY_TOLERANCE = 1e-6;

/**
 * The score of `continuation` after `context` from the server's log-probabilities of the echoed
 * prompt `context + continuation`. The continuation's tokens are those that end after the context
 * and start before the prompt's end: a token straddling the boundary (the context's last characters
 * merged with the continuation's first) counts as the continuation's. Local scoring splits the same
 * way whenever the joint tokenisation starts with the context's own tokens; with a straddling token it
 * scores the continuation tokenised alone instead (tokenizer.ts splitContinuations). A token ends where
 * the next begins, so a BOS token at offset 0 (empty text) is never the continuation's, and tokens
 * generated after the prompt (a server that insists on max_tokens ≥ 1) are left out.
 * Offsets count characters as Python does (code points), which JavaScript's lengths do not for
 * characters beyond U+FFFF: they are converted.
 */
export function scoreFromEcho(
  context: string,
  continuation: string,
  logprobs: EchoLogprobs,
  perToken = false,
): ContinuationScore {
  const boundary = codePoints(context);
  const end = boundary + codePoints(continuation);
  const { tokens, token_logprobs: values, text_offset: offsets } = logprobs;
  if (values.length !== tokens.length || offsets.length !== tokens.length) {
    throw new ScoreSplitError("the log-probabilities' tokens, token_logprobs and text_offset differ in length");
  }
  let sum = 0;
  let count = 0;
  let greedy = true;
  const each: TokenLogprob[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const start = offsets[i] as number;
    if (start >= end) break;
    const stop = i + 1 < offsets.length ? (offsets[i + 1] as number) : end;
    if (stop <= boundary) continue;
    const logprob = values[i];
    if (logprob === null || logprob === undefined) {
      throw new ScoreSplitError(
        "the server gave no log-probability for the continuation's first token: a prompt's first token has none, so the context must not be empty on a server that adds no start token",
      );
    }
    const top = logprobs.top_logprobs?.[i];
    const best = top ? Math.max(...Object.values(top)) : Number.POSITIVE_INFINITY;
    const isGreedy = logprob >= best - GREEDY_TOLERANCE;
    sum += logprob;
    count += 1;
    if (!isGreedy) greedy = false;
    // A server's tokens have no ids trustspec knows: -1, and the token's text says which it is.
    if (perToken) each.push({ id: -1, text: tokens[i] as string, logprob, greedy: isGreedy });
  }
  if (count === 0 && end > boundary) {
    throw new ScoreSplitError("the server's token offsets leave no token for the continuation");
  }
  return {
    sum,
    mean: count > 0 ? sum / count : 0,
    tokens: count,
    greedy,
    ...(perToken ? { perToken: each } : {}),
  };
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
