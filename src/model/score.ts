import { cutBatches } from "./batching";
import { type DecoderOutput, type KvCache, logitsAt, type StepDecoder } from "./decoder-step";
import { type TooLong, tooLong } from "./fits";
import { tokenLogProb } from "./sampling";

/** A shared context and the continuations (choices) to score after it, as token ids. */
export interface ScoreRequest {
  /** Non-empty: an empty text context is the model's start token (TextTokenizer.splitContinuation). */
  readonly contextIds: readonly number[];
  readonly continuations: readonly (readonly number[])[];
}

export interface ContinuationScore {
  /** Sum of the log-probabilities of the continuation's tokens given the context. */
  readonly sum: number;
  /** sum / tokens. */
  readonly mean: number;
  readonly tokens: number;
  /** Whether greedy decoding from the context would produce exactly this continuation. */
  readonly greedy: boolean;
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

/** Accumulates one continuation's token log-probabilities. */
class Tally {
  sum = 0;
  greedy = true;
  constructor(readonly tokens: number) {}
  add(logits: Float32Array, token: number, vocabSize: number): void {
    const { logProb, greedy } = tokenLogProb(logits, vocabSize, token);
    this.sum += logProb;
    if (!greedy) this.greedy = false;
  }
  result(): ContinuationScore {
    return {
      sum: this.sum,
      mean: this.tokens > 0 ? this.sum / this.tokens : 0,
      tokens: this.tokens,
      greedy: this.greedy,
    };
  }
}

/**
 * Log-likelihood of each continuation given its context, for many requests at once. With a cache,
 * every context runs once (contexts batched with left padding) and its continuations are scored
 * from copies of its cache, so a five-choice question costs one context pass; without a cache (or
 * with sharedContext false) each context + continuation runs whole, right-padded.
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
  const tallies = requests.map((r) => r.continuations.map((c) => new Tally(c.length)));
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
        tally.add(logitsAt(out, row, req.contextIds.length + j - 1), token, options.vocabSize);
      });
    });
  }
}

/**
 * Query-key pairs one forward batch may attend over (rows × new tokens × positions). onnxruntime's
 * working memory grows with it and its arena keeps what the largest batch needed: on stories260k
 * eight 190-token contexts (290,000 pairs) in one pass take 40 MB, each alone 6 MB. A batch of long
 * sequences takes fewer rows (never none); the extra forward calls cost a tiny model little (0.3 ms
 * each on stories260k), and a large model computes by the token anyway.
 */
export const ATTENTION_BUDGET = 50_000;

function withinBudget(rows: number, newTokens: number, past: number): boolean {
  return rows * newTokens * (past + newTokens) <= ATTENTION_BUDGET;
}

/**
 * Batches of contexts (in length order) whose continuations are pooled and sorted into batches of
 * like length: more pool more alike, and keep more caches. On TruthfulQA MC1 at batch size 8, four
 * fed 8% fewer tokens in all than each batch's continuations sorted alone.
 */
const POOLED_BATCHES = 4;

/** A context batch's pass: what its continuations read, by row. */
interface ContextPass {
  readonly cache: KvCache;
  /** The batch's padded context length (its cache's positions). */
  readonly width: number;
  /** Each row's attention mask over those positions (0 under left padding). */
  readonly mask: readonly (readonly number[])[];
}

/** One continuation past its first token: the tokens fed after its context, row `row` of `pass`. */
interface Tail {
  readonly r: number;
  readonly k: number;
  readonly pass: ContextPass;
  readonly row: number;
  readonly ids: readonly number[];
}

/**
 * Contexts once, then their continuations from the caches. Contexts are sorted by length and
 * left-padded together when the export takes position_ids; otherwise only contexts of equal length
 * share a batch, so no padding shifts the positions the model counts itself. The continuations of a
 * few context batches are then pooled, sorted by length and cut into batches, each on a cache joined
 * from its rows' contexts (left-padded to the widest, where positions are given), so a batch pads
 * little: on TruthfulQA MC1 at batch size 8, batching each item's choices (or the k-th choice of every
 * item) fed 56% more tokens than the choices hold, each context batch's sorted 17%, pooled 5%.
 */
async function scoreShared(
  decoder: StepDecoder,
  requests: readonly ScoreRequest[],
  todo: readonly number[],
  tallies: Tally[][],
  options: ScoreOptions,
): Promise<void> {
  const contextLength = (r: number) => (requests[r] as ScoreRequest).contextIds.length;
  const order = [...todo].sort((a, b) => contextLength(b) - contextLength(a) || a - b);
  const equalWidths = !decoder.takesPositionIds;
  // Longest first, so a batch's first context is its widest.
  const contextsFit = (batch: readonly number[], r: number) => {
    const width = contextLength(batch[0] as number);
    return (
      batch.length < options.batchSize &&
      (!equalWidths || width === contextLength(r)) &&
      withinBudget(batch.length + 1, width, 0)
    );
  };
  // Longest tail first; without position_ids a batch holds tails of one context width.
  const tailsFit = (batch: readonly Tail[], tail: Tail) => {
    const past = Math.max(tail.pass.width, ...batch.map((t) => t.pass.width));
    return (
      batch.length < options.batchSize &&
      (!equalWidths || (batch[0] as Tail).pass.width === tail.pass.width) &&
      withinBudget(batch.length + 1, (batch[0] as Tail).ids.length, past)
    );
  };
  const pool = options.batchSize * POOLED_BATCHES;
  for (let start = 0; start < order.length; start += pool) {
    const tails: Tail[] = [];
    for (const batch of cutBatches(order.slice(start, start + pool), contextsFit)) {
      const pass = await scoreContexts(decoder, requests, batch, tallies, options);
      if (pass === undefined) continue;
      batch.forEach((r, row) => {
        (requests[r] as ScoreRequest).continuations.forEach((c, k) => {
          if (c.length > 1) tails.push({ r, k, pass, row, ids: c.slice(0, -1) });
        });
      });
    }
    // Ties by request and choice, so batches do not depend on the order of arrival.
    tails.sort(
      (a, b) =>
        (equalWidths ? b.pass.width - a.pass.width : 0) || b.ids.length - a.ids.length || a.r - b.r || a.k - b.k,
    );
    for (const batch of cutBatches(tails, tailsFit)) await scoreTails(decoder, requests, batch, tallies, options);
  }
}

/** Runs one batch of contexts, scores each continuation's first token, and returns the cache when a continuation goes on. */
async function scoreContexts(
  decoder: StepDecoder,
  requests: readonly ScoreRequest[],
  batch: readonly number[],
  tallies: Tally[][],
  options: ScoreOptions,
): Promise<ContextPass | undefined> {
  const contexts = batch.map((r) => (requests[r] as ScoreRequest).contextIds);
  const width = Math.max(...contexts.map((ids) => ids.length));
  const pad = (ids: readonly number[]) => width - ids.length;
  const mask = contexts.map((ids) => [...new Array(pad(ids)).fill(0), ...ids.map(() => 1)]);
  const goesOn = batch.some((r) => (requests[r] as ScoreRequest).continuations.some((c) => c.length > 1));
  const out: DecoderOutput = await decoder.step({
    inputIds: contexts.map((ids) => [...new Array(pad(ids)).fill(options.padId), ...ids]),
    attentionMask: mask,
    ...(decoder.takesPositionIds
      ? { positionIds: contexts.map((ids) => [...new Array(pad(ids)).fill(0), ...ids.map((_, i) => i)]) }
      : {}),
    keepCache: goesOn,
  });
  // The context's last logits predict every continuation's first token.
  batch.forEach((r, row) => {
    (requests[r] as ScoreRequest).continuations.forEach((c, k) => {
      if (c.length > 0)
        ((tallies[r] as Tally[])[k] as Tally).add(logitsAt(out, row, width - 1), c[0] as number, options.vocabSize);
    });
  });
  return goesOn && out.cache !== undefined ? { cache: out.cache, width, mask } : undefined;
}

/**
 * One batch of tails, right-padded, on a cache joined from their contexts' rows and left-padded to
 * the widest (under a zero mask, so each row attends to its own context alone); nothing continues
 * from it.
 */
async function scoreTails(
  decoder: StepDecoder,
  requests: readonly ScoreRequest[],
  batch: readonly Tail[],
  tallies: Tally[][],
  options: ScoreOptions,
): Promise<void> {
  const past = Math.max(...batch.map((t) => t.pass.width));
  const tailWidth = Math.max(...batch.map((t) => t.ids.length));
  const out = await decoder.step({
    inputIds: batch.map((t) => [...t.ids, ...new Array(tailWidth - t.ids.length).fill(options.padId)]),
    attentionMask: batch.map((t) => [
      ...new Array(past - t.pass.width).fill(0),
      ...(t.pass.mask[t.row] as number[]),
      ...t.ids.map(() => 1),
      ...new Array(tailWidth - t.ids.length).fill(0),
    ]),
    ...(decoder.takesPositionIds
      ? {
          positionIds: batch.map((t) => {
            const start = (requests[t.r] as ScoreRequest).contextIds.length;
            return Array.from({ length: tailWidth }, (_, j) => start + j);
          }),
        }
      : {}),
    cache: decoder.joinCaches(
      batch.map((t) => ({ cache: t.pass.cache, row: t.row })),
      past,
    ),
    keepCache: false,
  });
  batch.forEach((t, i) => {
    const continuation = (requests[t.r] as ScoreRequest).continuations[t.k] as number[];
    const tally = tallies[t.r]?.[t.k] as Tally;
    for (let j = 1; j < continuation.length; j++)
      tally.add(logitsAt(out, i, j - 1), continuation[j] as number, options.vocabSize);
  });
}
