import { withinBudget } from "./attention-budget";
import { cutBatches } from "./batching";
import { logitsAt, type StepDecoder } from "./decoder-step";
import { type TooLong, tooLong } from "./fits";
import { rowStats } from "./sampling";
import { scoreShared } from "./score-shared";
import { Tally } from "./score-tally";

/** A shared context and the continuations (choices) to score after it, as token ids. */
export interface ScoreRequest {
  /** Non-empty: an empty text context is the model's start token (TextTokenizer.splitContinuation). */
  readonly contextIds: readonly number[];
  readonly continuations: readonly (readonly number[])[];
  /** Also give each token's log-probability (ContinuationScore.perToken). */
  readonly perToken?: boolean;
  /** With perToken: also the this many most likely tokens at each position (TokenLogprob.top); default 0. */
  readonly topLogprobs?: number;
}

/** One continuation token: its id, its log-probability given everything before it, and whether it is the argmax there. */
export interface TokenLogprob {
  /** -1 for a model behind a server, whose token ids are not known: then `text` is the token's text. */
  readonly id: number;
  readonly text?: string;
  readonly logprob: number;
  readonly greedy: boolean;
  /** With ScoreRequest.topLogprobs: the most likely tokens there, most likely first (ties: lower id first). */
  readonly top?: readonly { readonly id: number; readonly logprob: number }[];
}

export interface ContinuationScore {
  /** Sum of the log-probabilities of the continuation's tokens given the context. */
  readonly sum: number;
  /** sum / tokens. */
  readonly mean: number;
  readonly tokens: number;
  /** Whether greedy decoding from the context would produce exactly this continuation. */
  readonly greedy: boolean;
  /** With ScoreRequest.perToken: each token, in order (their log-probabilities add up to sum). */
  readonly perToken?: readonly TokenLogprob[];
}

export type ScoreResult = { readonly ok: true; readonly scores: readonly ContinuationScore[] } | TooLong;

export interface ScoreOptions {
  /** Rows per forward batch. Results do not depend on it. */
  readonly batchSize: number;
  readonly maxPositions: number | undefined;
  /** Tokens the model may emit; wider logits are padding and get no probability. */
  readonly vocabSize: number;
  readonly padId: number;
  /**
   * Run each context once and score its continuations from the cache (the default when the export
   * has a cache); false runs every context + continuation as one sequence.
   */
  readonly sharedContext?: boolean;
}

/**
 * Log-likelihood of each continuation given its context, for many requests at once. With a cache,
 * every context runs once (contexts batched with left padding) and its continuations are scored from
 * its cache, a start several of them share fed once (score-shared.ts), so a five-choice question
 * costs one context pass; without a cache (or with sharedContext false) each context + continuation
 * runs whole, right-padded.
 */
export async function score(
  decoder: StepDecoder,
  requests: readonly ScoreRequest[],
  options: ScoreOptions,
): Promise<ScoreResult[]> {
  const results: (ScoreResult | undefined)[] = requests.map((r) => {
    if (r.contextIds.length === 0) throw new Error("internal: a score request needs a non-empty context");
    return tooLong(r.contextIds.length + Math.max(0, ...r.continuations.map((c) => c.length)), options.maxPositions);
  });
  const todo = requests.map((_, i) => i).filter((i) => results[i] === undefined);
  const tallies = requests.map((r) =>
    r.continuations.map((c) => new Tally(c.length, r.perToken === true, r.topLogprobs ?? 0, options.vocabSize)),
  );
  const shared = (options.sharedContext ?? true) && decoder.hasCache;
  if (shared) await scoreShared(decoder, requests, todo, tallies, options);
  else await scoreWhole(decoder, requests, todo, tallies, options);
  return requests.map((_, i) => results[i] ?? { ok: true, scores: (tallies[i] as Tally[]).map((t) => t.result()) });
}

/** Every (request, choice) as one right-padded sequence. */
async function scoreWhole(
  decoder: StepDecoder,
  requests: readonly ScoreRequest[],
  todo: readonly number[],
  tallies: Tally[][],
  options: ScoreOptions,
): Promise<void> {
  const rows = todo.flatMap((r) => (requests[r] as ScoreRequest).continuations.map((_, c) => ({ r, c })));
  const length = (x: { r: number; c: number }) => {
    const req = requests[x.r] as ScoreRequest;
    return req.contextIds.length + (req.continuations[x.c] as number[]).length;
  };
  rows.sort((a, b) => length(b) - length(a) || a.r - b.r || a.c - b.c);
  const fits = (batch: readonly { r: number; c: number }[]) => {
    const width = length(batch[0] as { r: number; c: number });
    return batch.length < options.batchSize && withinBudget(batch.length + 1, width, 0);
  };
  for (const batch of cutBatches(rows, fits)) {
    const width = Math.max(...batch.map(length));
    const seqs = batch.map((x) => {
      const req = requests[x.r] as ScoreRequest;
      return [...req.contextIds, ...(req.continuations[x.c] as number[])];
    });
    const out = await decoder.step({
      inputIds: seqs.map((s) => [...s, ...new Array(width - s.length).fill(options.padId)]),
      attentionMask: seqs.map((s) => [...s.map(() => 1), ...new Array(width - s.length).fill(0)]),
      ...(decoder.takesPositionIds ? { positionIds: seqs.map(() => Array.from({ length: width }, (_, i) => i)) } : {}),
    });
    batch.forEach((x, row) => {
      const req = requests[x.r] as ScoreRequest;
      const continuation = req.continuations[x.c] as number[];
      const tally = tallies[x.r]?.[x.c] as Tally;
      continuation.forEach((token, j) => {
        const logits = logitsAt(out, row, req.contextIds.length + j - 1);
        tally.add(logits, rowStats(logits, options.vocabSize), token);
      });
    });
  }
}
