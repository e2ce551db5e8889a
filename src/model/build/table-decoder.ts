import { FLOAT, INT64, positionsOf, visibleKeys } from "./decoder-parts";
import type { BuiltFiles } from "./model-dir";
import { encodeModel, Graph, int, ints, str } from "./onnx-graph";

/**
 * A decoder whose next-token logits are a hand-set table, exported with optimum's Llama-style I/O
 * (input_ids, attention_mask, position_ids, one layer of past_key_values) so it runs through exactly
 * the driver path real models take. It is how the project plants known behaviour in its demo models:
 *
 *   logits(position i) = bias + Σ_f present_f(i) · presence[f] + last[token_i]
 *
 * - `present_f(i)` is 1 when any token of feature f occurs at or before position i (in the sequence
 *   under the attention mask), else 0 — "which system prompt", "which group", "is this an ethics
 *   question". The KV cache carries each position's feature vector, so cached and uncached steps give
 *   the same logits.
 * - `last[token]` adds a row for the current token: e.g. after an answer phrase, EOS.
 * - `conjunctions` add state columns that are 1 only while two features are both present ("this
 *   group" and "this trait"), each with its own presence row after the features' rows.
 * - `copy` lets the model repeat a span of its prompt, as an induction head would: see
 *   {@link CopyOptions}.
 *
 * With these, each planted probability is a closed form: a softmax over a few table entries.
 */
export interface TableDecoderOptions {
  /** Logits per position (and the size of the token id space). */
  readonly vocabSize: number;
  /** Per feature, the token ids that switch it on. At least one feature. */
  readonly features: readonly (readonly number[])[];
  /** [vocabSize] logits added everywhere. */
  readonly bias: Float32Array;
  /** [features × vocabSize] logits added while a feature is present. */
  readonly presence: Float32Array;
  /** Token id → [vocabSize] logits added when that token is the current one. */
  readonly last: ReadonlyMap<number, Float32Array>;
  /** Pairs of feature indices; presence rows nf… belong to them, in order. */
  readonly conjunctions?: readonly (readonly [number, number])[];
  readonly copy?: CopyOptions;
  readonly maxPositions: number;
  readonly bosTokenId: number;
  readonly eosTokenId: number;
}

/**
 * Copying a span of the prompt into the answer. The span starts right after the last anchor token
 * (e.g. " email address is") and the answer right after the last question-end token (a token
 * holding "?") that follows it: the n-th answer token is the span's n-th token. The first one gets
 * the anchor's own logit (so whether the model copies at all depends on which anchor it is, against
 * whatever else the table allows); later ones get `strength`. Reaching a stop token (e.g. one that
 * holds a newline) gives EOS `strength` instead. Nothing is copied before the question ends or when
 * there is no anchor before it.
 *
 * In a conversation the chat template writes its own tokens between the question and the answer
 * (`?<|end|>\n<|assistant|>\n`): with `answerMarker`, when the last marker follows the question end,
 * the answer starts `lead` tokens after that marker instead — where the generation prompt ends — so
 * the copy is aligned in both formats. The span still ends before the question end; a prompt without
 * the marker copies exactly as without the option.
 */
export interface CopyOptions {
  /** Anchor token id → the logit of the answer's first copied token. */
  readonly anchors: ReadonlyMap<number, number>;
  readonly questionEnd: readonly number[];
  readonly stop: readonly number[];
  readonly strength: number;
  /** The assistant turn marker, and how many tokens the generation prompt writes after it. */
  readonly answerMarker?: { readonly token: number; readonly lead: number };
}

/** The table decoder as a single model.onnx with a KV cache. */
export function buildTableDecoder(options: TableDecoderOptions): Uint8Array {
  const { vocabSize: v, features } = options;
  const nf = features.length;
  const conjunctions = options.conjunctions ?? [];
  const width = cacheWidth(options);
  if (nf === 0) throw new Error("internal: a table decoder needs at least one feature");
  if (options.bias.length !== v || options.presence.length !== (nf + conjunctions.length) * v) {
    throw new Error("internal: table decoder bias or presence table has the wrong size");
  }
  const g = new Graph("table_decoder");
  const seq = ["batch_size", "sequence_length"];
  const cache = ["batch_size", 1, "past_sequence_length", width];
  const present = ["batch_size", 1, "total_sequence_length", width];
  const ids = g.input("input_ids", "int64", seq);
  const mask = g.input("attention_mask", "int64", ["batch_size", "total_sequence_length"]);
  g.input("position_ids", "int64", seq); // positions do not matter to a table; the input is part of the I/O
  const pastKey = g.input("past_key_values.0.key", "float32", cache);
  const pastValue = g.input("past_key_values.0.value", "float32", cache);

  // Each token's feature vector (and, to copy, its id and whether it is an anchor or ends a
  // question), appended to the cached ones.
  const featureTable = new Float32Array(v * width);
  features.forEach((tokens, f) => {
    for (const t of tokens) featureTable[t * width + f] = 1;
  });
  if (options.copy) {
    for (let t = 0; t < v; t++) featureTable[t * width + nf] = t;
    for (const t of options.copy.anchors.keys()) featureTable[t * width + nf + 1] = 1;
    for (const t of options.copy.questionEnd) featureTable[t * width + nf + 2] = 1;
    if (options.copy.answerMarker) featureTable[options.copy.answerMarker.token * width + nf + 3] = 1;
  }
  const current = g.op("Unsqueeze", [
    g.op("Gather", [g.weight("features", [v, width], featureTable), ids]),
    g.int64([1]),
  ]);
  const keys = g.op("Concat", [pastKey, current], { axis: int(2) });
  const values = g.op("Concat", [pastValue, current], { axis: int(2) });

  // present_f(i): whether feature f is on at any position query i may see (causal, unmasked). Features
  // are 0 or 1, so that is min(1, how many visible positions have it): one [S,T] × [T,nf] product per
  // row, where the maximum over a [B,S,T,W] product was most of a prefill's time.
  const positions = positionsOf(g, ids, pastKey);
  // [B,1,1,S,T] → [B,S,T]
  const visible = g.op("Squeeze", [visibleKeys(g, mask, positions), g.int64([1, 2])]);
  const keyFeatures = g.op("Slice", [g.op("Squeeze", [keys, g.int64([1])]), g.int64([0]), g.int64([nf]), g.int64([2])]);
  const seen = g.op("MatMul", [g.op("Cast", [visible], { to: int(FLOAT) }), keyFeatures]); // [B,S,nf]
  const featureState = g.op("Min", [seen, g.float32([1])]);
  const column = (f: number) => g.op("Gather", [featureState, g.int64([f])], { axis: int(2) });
  const state =
    conjunctions.length === 0
      ? featureState
      : g.op("Concat", [featureState, ...conjunctions.map(([a, b]) => g.op("Mul", [column(a), column(b)]))], {
          axis: int(2),
        });

  // The current token's row of the last-token table (row 0 is all zeros).
  const rows = [...options.last.keys()].sort((a, b) => a - b);
  const rowOf = new Array<number>(v).fill(0);
  const lastTable = new Float32Array((rows.length + 1) * v);
  rows.forEach((token, r) => {
    rowOf[token] = r + 1;
    lastTable.set(options.last.get(token) as Float32Array, (r + 1) * v);
  });
  const lastRows = g.op("Gather", [
    g.weight("last", [rows.length + 1, v], lastTable),
    g.op("Gather", [g.int64(rowOf), ids]),
  ]);
  const table = g.op("Add", [
    g.op("Add", [
      g.op("MatMul", [state, g.weight("presence", [nf + conjunctions.length, v], options.presence)]),
      g.weight("bias", [v], options.bias),
    ]),
    lastRows,
  ]);
  const logits = options.copy
    ? copyLogits(g, options.copy, { keys, visible, positions, table, nf, v, eos: options.eosTokenId })
    : table;
  g.output("logits", "float32", ["batch_size", "sequence_length", v], logits);
  g.output("present.0.key", "float32", present, keys);
  g.output("present.0.value", "float32", present, values);
  return encodeModel(g);
}

/**
 * Cache channels per position: the features, then (to copy) token id, anchor flag, question-end flag
 * and, with an answer marker, the marker flag.
 */
function cacheWidth(options: TableDecoderOptions): number {
  const copy = options.copy;
  return options.features.length + (copy ? 3 + (copy.answerMarker ? 1 : 0) : 0);
}

/** The logits [B,S,V] with the copy of {@link CopyOptions} applied, from the cached channels of every visible position. */
function copyLogits(
  g: Graph,
  copy: CopyOptions,
  at: {
    keys: string;
    visible: string;
    positions: { query: string; key: string };
    table: string;
    nf: number;
    v: number;
    eos: number;
  },
): string {
  const { nf, v } = at;
  const f = (x: number) => g.float32([x]);
  const channel = (c: number) =>
    g.op("Gather", [g.op("Squeeze", [at.keys, g.int64([1])]), g.int64([c], [])], { axis: int(2) });
  const tokens = channel(nf); // [B,T], ids as floats (exact below 2^24)
  const visible = g.op("Cast", [at.visible], { to: int(FLOAT) }); // [B,S,T]
  const slotPlusOne = g.op("Cast", [g.op("Add", [at.positions.key, g.int64([1], [])])], { to: int(FLOAT) });
  // 1 + the slot of the last visible position with a flag, 0 if none: [B,S].
  const lastFlagged = (flag: string) =>
    g.op("ReduceMax", [g.op("Mul", [g.op("Mul", [visible, g.op("Unsqueeze", [flag, g.int64([1])])]), slotPlusOne])], {
      axes: ints([2]),
      keepdims: int(0),
    });
  const spanStart = lastFlagged(channel(nf + 1)); // anchor slot + 1
  const questionEnd = lastFlagged(channel(nf + 2)); // question-end slot + 1
  // The slot of the answer's first token: after the question end, or after the generation prompt
  // when an assistant marker follows the question.
  let answerStart = questionEnd;
  if (copy.answerMarker) {
    const marker = lastFlagged(channel(nf + 3)); // marker slot + 1
    const afterMarker = g.op("Add", [marker, f(copy.answerMarker.lead)]);
    answerStart = g.op("Where", [g.op("Greater", [marker, questionEnd]), afterMarker, questionEnd]);
  }
  const query = g.op("Unsqueeze", [g.op("Cast", [at.positions.query], { to: int(FLOAT) }), g.int64([0])]); // [1,S]
  const n = g.op("Sub", [g.op("Add", [query, f(1)]), answerStart]); // answer tokens so far
  const source = g.op("Add", [spanStart, n]);
  const valid = [
    g.op("Greater", [spanStart, f(0)]),
    g.op("Greater", [questionEnd, spanStart]),
    g.op("GreaterOrEqual", [n, f(0)]),
    g.op("Less", [source, g.op("Sub", [questionEnd, f(1)])]),
  ].reduce((a, b) => g.op("And", [a, b]));
  const index = (slot: string) =>
    g.op("Cast", [g.op("Where", [valid, slot, f(0)])], {
      to: int(INT64),
    });
  const tokenAt = (slot: string) =>
    g.op("Cast", [g.op("GatherElements", [tokens, index(slot)], { axis: int(1) })], { to: int(INT64) });
  const copied = tokenAt(source);
  const anchor = tokenAt(g.op("Sub", [spanStart, f(1)]));
  const anchorLogits = new Float32Array(v);
  for (const [t, logit] of copy.anchors) anchorLogits[t] = logit;
  const stopTable = new Float32Array(v);
  for (const t of copy.stop) stopTable[t] = 1;
  const strength = g.op("Where", [
    g.op("Equal", [n, f(0)]),
    g.op("Gather", [g.weight("copy_anchor_logits", [v], anchorLogits), anchor]),
    f(copy.strength),
  ]);
  const on = g.op("Cast", [valid], { to: int(FLOAT) });
  const stop = g.op("Mul", [g.op("Gather", [g.weight("copy_stop", [v], stopTable), copied]), on]);
  const go = g.op("Mul", [g.op("Sub", [f(1), stop]), on]);
  // The copied token's logit (or EOS's, at a stop) becomes the copy logit, whatever the table said:
  // the difference from the table's own logit, times the weight, is added at that token only.
  const set = (logits: string, token: string, logit: string, weight: string) => {
    const at2 = g.op("Unsqueeze", [token, g.int64([2])]); // [B,S,1]
    const current = g.op("GatherElements", [at.table, at2], { axis: int(2) });
    const delta = g.op("Unsqueeze", [
      g.op("Mul", [g.op("Sub", [logit, g.op("Squeeze", [current, g.int64([2])])]), weight]),
      g.int64([2]),
    ]);
    return g.op("ScatterElements", [logits, at2, delta], { axis: int(2), reduction: str("add") });
  };
  const eos = g.op("Add", [g.op("Mul", [copied, g.int64([0], [])]), g.int64([at.eos], [])]); // [B,S] of EOS
  return set(
    set(at.table, copied, strength, go),
    eos,
    g.op("Add", [g.op("Mul", [strength, f(0)]), f(copy.strength)]),
    stop,
  );
}

/** config.json of a table decoder: a one-layer Llama with one key/value head as wide as its cache channels. */
export function tableDecoderConfig(options: TableDecoderOptions): Record<string, unknown> {
  const nf = cacheWidth(options);
  return {
    architectures: ["LlamaForCausalLM"],
    model_type: "llama",
    vocab_size: options.vocabSize,
    hidden_size: nf,
    num_hidden_layers: 1,
    num_attention_heads: 1,
    num_key_value_heads: 1,
    head_dim: nf,
    max_position_embeddings: options.maxPositions,
    bos_token_id: options.bosTokenId,
    eos_token_id: options.eosTokenId,
    tie_word_embeddings: false,
    use_cache: true,
  };
}

/** A table decoder's model directory: model.onnx, its config and generation config, and the tokenizer's files. */
export function tableDecoderFiles(
  options: TableDecoderOptions,
  tokenizerFiles: Readonly<Record<string, object>>,
): BuiltFiles {
  return {
    "model.onnx": buildTableDecoder(options),
    ...tokenizerFiles,
    "config.json": tableDecoderConfig(options),
    "generation_config.json": { bos_token_id: options.bosTokenId, eos_token_id: options.eosTokenId },
  };
}
