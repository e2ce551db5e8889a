import { batchByLength } from "./batching";
import { type DecoderOutput, type KvCache, logitsAt, type StepDecoder } from "./decoder-step";
import { type TooLong, tooLong } from "./fits";
import { uniform } from "./rng";
import { pickToken, type SamplingSettings } from "./sampling";
import { collectYoungGarbage } from "./young-garbage";

/**
 * Bytes of step outputs (logits and KV caches) to let become garbage between two scavenges
 * (young-garbage.ts): at most this much memory held for nothing, and for a model whose every step
 * makes more, a scavenge after every step.
 */
const YOUNG_GARBAGE = 8 * 2 ** 20;

/** One prompt to continue, already tokenised. */
export interface GenerateRequest {
  readonly promptIds: readonly number[];
  readonly maxTokens: number;
  readonly sampling: SamplingSettings;
  /** Continuations per prompt; sample s draws its random numbers from stream s of `seed`. */
  readonly samples: number;
  readonly seed: number;
  /** Token ids that end a sample (the model's EOS and any extra); the id is not part of the output. */
  readonly stopTokenIds: readonly number[];
  /** Texts that end a sample; the output is cut before the first one. */
  readonly stopStrings: readonly string[];
}

export type FinishReason = "eos" | "stop" | "length";

export interface GeneratedSample {
  /** Generated ids, without the stop token; empty for a model behind a server (its ids are not known). */
  readonly tokenIds: readonly number[];
  /** Tokens generated, when there are no ids to count (a model behind a server), if the server said. */
  readonly tokens?: number;
  readonly text: string;
  readonly finish: FinishReason;
}

export type GenerateResult = { readonly ok: true; readonly samples: readonly GeneratedSample[] } | TooLong;

export interface GenerateOptions {
  /** Sequences (prompt × sample) per forward batch. Results do not depend on it. */
  readonly batchSize: number;
  /** Positions the model can attend to; undefined when config.json does not say. */
  readonly maxPositions: number | undefined;
  /** Tokens the model may emit (the tokenizer's vocabulary); wider logits are padding. */
  readonly vocabSize: number;
  /** Id fed under a zero mask for padding and finished rows. */
  readonly padId: number;
  /** Decodes generated ids after a prompt, keeping leading spaces (TextTokenizer.decodeContinuation). */
  readonly decode: (promptIds: readonly number[], newIds: readonly number[]) => string;
}

interface Sequence {
  readonly request: number;
  readonly sample: number;
  readonly prompt: readonly number[];
  readonly out: number[];
  text: string;
  finish: FinishReason | undefined;
}

/**
 * Generates continuations for many prompts at once: prompts × samples become sequences, batched
 * with left padding (for exports without position_ids, only prompts of equal length share a
 * batch), decoded step by step with the KV cache; the samples of a prompt in one batch share one
 * prefill of it. Every random draw depends only on the request's
 * seed, the sample index and the step, so the output is the same at any batch size and order.
 */
export async function generate(
  decoder: StepDecoder,
  requests: readonly GenerateRequest[],
  options: GenerateOptions,
): Promise<GenerateResult[]> {
  const results: (GenerateResult | undefined)[] = requests.map((r) =>
    tooLong(r.promptIds.length + r.maxTokens, options.maxPositions),
  );
  const sequences: Sequence[] = requests.flatMap((r, request) =>
    results[request] !== undefined
      ? []
      : Array.from({ length: r.samples }, (_, sample) => ({
          request,
          sample,
          prompt: r.promptIds,
          out: [],
          text: "",
          finish: undefined,
        })),
  );
  for (const batch of batches(sequences, options.batchSize, decoder.takesPositionIds)) {
    await run(decoder, requests, batch, options);
  }
  return requests.map((_, i) => {
    const done = results[i];
    if (done) return done;
    const samples = sequences
      .filter((s) => s.request === i)
      .sort((a, b) => a.sample - b.sample)
      .map((s) => ({ tokenIds: s.out, text: s.text, finish: s.finish ?? "length" }));
    return { ok: true, samples };
  });
}

/** Groups sequences into batches: longest prompts first; equal lengths only when positions are implicit. */
function batches(sequences: Sequence[], size: number, explicitPositions: boolean): Sequence[][] {
  const sorted = [...sequences].sort(
    (a, b) => b.prompt.length - a.prompt.length || a.request - b.request || a.sample - b.sample,
  );
  return batchByLength(sorted, size, (s) => s.prompt.length, !explicitPositions);
}

async function run(
  decoder: StepDecoder,
  requests: readonly GenerateRequest[],
  batch: Sequence[],
  options: GenerateOptions,
): Promise<void> {
  const width = Math.max(...batch.map((s) => s.prompt.length));
  const pad = (s: Sequence) => width - s.prompt.length;
  // Row state: every row grows by one token per step (finished rows by a masked pad).
  const ids = batch.map((s) => [...new Array(pad(s)).fill(options.padId), ...s.prompt]);
  const mask = batch.map((s) => [...new Array(pad(s)).fill(0), ...s.prompt.map(() => 1)]);
  const positions = batch.map((s) => [...new Array(pad(s)).fill(0), ...s.prompt.map((_, i) => i)]);
  const longest = Math.max(...batch.map((s) => requests[s.request]?.maxTokens ?? 0));

  // The samples of one prompt share its prefill: one row per prompt, whose cache is then copied to
  // each sample's row (only with a cache, and only when some prompt has more than one sample here).
  const firstRows = [...new Set(batch.map((s) => s.request))].map((r) => batch.findIndex((s) => s.request === r));
  const share = decoder.hasCache && firstRows.length < batch.length;
  const prefillRows = share ? firstRows : batch.map((_, row) => row);
  const pick = <T>(rows: readonly T[]) => prefillRows.map((row) => rows[row] as T);
  let out: DecoderOutput = await decoder.step(input(decoder, pick(ids), pick(mask), pick(positions), 0, undefined));
  // Row of `out` each sequence reads its logits from: its prompt's prefill row, then its own.
  let source = share
    ? batch.map((s) => prefillRows.findIndex((row) => (batch[row] as Sequence).request === s.request))
    : batch.map((_, row) => row);
  let cache: KvCache | undefined = share && out.cache ? decoder.gatherCache(out.cache, source) : out.cache;
  // Bytes of step outputs made since the last scavenge: each is garbage one step after it is made.
  let garbage = 0;
  for (let step = 0; step < longest; step++) {
    const lastPosition = out.seq - 1;
    batch.forEach((s, row) => {
      if (s.finish !== undefined) return;
      const request = requests[s.request] as GenerateRequest;
      const u = uniform(request.seed, s.sample, step);
      const logits = logitsAt(out, source[row] as number, lastPosition);
      advance(s, request, pickToken(logits, options.vocabSize, request.sampling, u), options);
    });
    if (batch.every((s) => s.finish !== undefined)) break;
    batch.forEach((s, row) => {
      const active = s.finish === undefined;
      const r = ids[row] as number[];
      r.push(active ? (s.out[s.out.length - 1] as number) : options.padId);
      (mask[row] as number[]).push(active ? 1 : 0);
      (positions[row] as number[]).push(active ? s.prompt.length + s.out.length - 1 : 0);
    });
    out = await decoder.step(input(decoder, ids, mask, positions, width + step, cache));
    cache = out.cache;
    garbage += out.logits.byteLength + (cache?.bytes ?? 0);
    if (garbage >= YOUNG_GARBAGE) {
      collectYoungGarbage();
      garbage = 0;
    }
    source = batch.map((_, row) => row);
  }
  for (const s of batch) if (s.finish !== "stop") s.text = options.decode(s.prompt, s.out);
}

/** The next step's input: the new column with the cache, or the whole sequences without one. */
function input(
  decoder: StepDecoder,
  ids: number[][],
  mask: number[][],
  positions: number[][],
  past: number,
  cache: KvCache | undefined,
) {
  const from = cache !== undefined && decoder.hasCache ? past : 0;
  return {
    inputIds: ids.map((r) => r.slice(from)),
    attentionMask: mask,
    ...(decoder.takesPositionIds ? { positionIds: positions.map((r) => r.slice(from)) } : {}),
    ...(cache !== undefined && decoder.hasCache ? { cache } : {}),
  };
}

/** Appends a token to a sequence and decides whether it has finished. */
function advance(s: Sequence, request: GenerateRequest, token: number, options: GenerateOptions): void {
  if (request.stopTokenIds.includes(token)) {
    s.finish = "eos";
    return;
  }
  s.out.push(token);
  // Decoding every step is only needed to watch for stop strings; otherwise it happens once at the end.
  if (request.stopStrings.length > 0) {
    const text = options.decode(s.prompt, s.out);
    const cut = firstStop(text, request.stopStrings);
    if (cut !== undefined) {
      s.text = text.slice(0, cut);
      s.finish = "stop";
      return;
    }
  }
  if (s.out.length >= request.maxTokens) s.finish = "length";
}

function firstStop(text: string, stops: readonly string[]): number | undefined {
  let first: number | undefined;
  for (const stop of stops) {
    const at = text.indexOf(stop);
    if (at >= 0 && (first === undefined || at < first)) first = at;
  }
  return first;
}
