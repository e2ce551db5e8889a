import { batchByLength } from "./batching";
import { type DecoderOutput, logitsAt, type StepDecoder } from "./decoder-step";
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

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
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
  for (const batch of chunks(rows, options.batchSize)) {
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
 * Contexts once, then each context's continuations from gathered copies of its cache. Contexts are
 * left-padded together when the export takes position_ids; otherwise only contexts of equal length
 * share a batch, so no padding shifts the positions the model counts itself.
 */
async function scoreShared(
  decoder: StepDecoder,
  requests: readonly ScoreRequest[],
  todo: readonly number[],
  tallies: Tally[][],
  options: ScoreOptions,
): Promise<void> {
  const order = [...todo].sort(
    (a, b) =>
      (requests[b] as ScoreRequest).contextIds.length - (requests[a] as ScoreRequest).contextIds.length || a - b,
  );
  const contextLength = (r: number) => (requests[r] as ScoreRequest).contextIds.length;
  for (const group of batchByLength(order, options.batchSize, contextLength, !decoder.takesPositionIds)) {
    const width = Math.max(...group.map((r) => (requests[r] as ScoreRequest).contextIds.length));
    const contexts = group.map((r) => (requests[r] as ScoreRequest).contextIds);
    const pad = (ids: readonly number[]) => width - ids.length;
    const mask = contexts.map((ids) => [...new Array(pad(ids)).fill(0), ...ids.map(() => 1)]);
    const first: DecoderOutput = await decoder.step({
      inputIds: contexts.map((ids) => [...new Array(pad(ids)).fill(options.padId), ...ids]),
      attentionMask: mask,
      ...(decoder.takesPositionIds
        ? { positionIds: contexts.map((ids) => [...new Array(pad(ids)).fill(0), ...ids.map((_, i) => i)]) }
        : {}),
    });
    // The context's last logits predict every continuation's first token.
    group.forEach((r, row) => {
      (requests[r] as ScoreRequest).continuations.forEach((c, k) => {
        if (c.length > 0)
          ((tallies[r] as Tally[])[k] as Tally).add(logitsAt(first, row, width - 1), c[0] as number, options.vocabSize);
      });
    });
    const rest = group.flatMap((r, row) =>
      (requests[r] as ScoreRequest).continuations.flatMap((c, k) => (c.length > 1 ? [{ r, row, k }] : [])),
    );
    if (rest.length === 0 || first.cache === undefined) continue;
    const cache = first.cache;
    for (const batch of continuationBatches(rest, group.length, options.batchSize)) {
      const tails = batch.map((x) => ((requests[x.r] as ScoreRequest).continuations[x.k] as number[]).slice(0, -1));
      const tailWidth = Math.max(...tails.map((t) => t.length));
      const out = await decoder.step({
        inputIds: tails.map((t) => [...t, ...new Array(tailWidth - t.length).fill(options.padId)]),
        attentionMask: batch.map((x, i) => [
          ...(mask[x.row] as number[]),
          ...(tails[i] as number[]).map(() => 1),
          ...new Array(tailWidth - (tails[i] as number[]).length).fill(0),
        ]),
        ...(decoder.takesPositionIds
          ? {
              positionIds: batch.map((x) => {
                const start = (requests[x.r] as ScoreRequest).contextIds.length;
                return Array.from({ length: tailWidth }, (_, j) => start + j);
              }),
            }
          : {}),
        // A batch holding every context row in order reads the context pass's cache as it is.
        cache:
          batch.every((x, i) => x.row === i) && batch.length === group.length
            ? cache
            : decoder.gatherCache(
                cache,
                batch.map((x) => x.row),
              ),
      });
      batch.forEach((x, i) => {
        const continuation = (requests[x.r] as ScoreRequest).continuations[x.k] as number[];
        const tally = tallies[x.r]?.[x.k] as Tally;
        for (let j = 1; j < continuation.length; j++)
          tally.add(logitsAt(out, i, j - 1), continuation[j] as number, options.vocabSize);
      });
    }
  }
}

/**
 * How to batch the continuations of one context group. Column-wise (the k-th choice of every
 * context together) reuses the context pass's cache without copying it when every context has a
 * k-th choice; packed batches fill every row but copy cache rows. Column-wise is chosen unless it
 * takes more forward passes (e.g. one context with five choices packs into one pass).
 */
function continuationBatches<T extends { row: number; k: number }>(
  units: readonly T[],
  rows: number,
  size: number,
): T[][] {
  const columns = [...new Set(units.map((u) => u.k))].sort((a, b) => a - b);
  if (rows > size || columns.length > Math.ceil(units.length / size)) return chunks(units, size);
  return columns.map((k) => units.filter((u) => u.k === k).sort((a, b) => a.row - b.row));
}
