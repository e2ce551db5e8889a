import { FLOAT, positionsOf, visibleKeys } from "./decoder-parts";
import { encodeModel, Graph, int, ints } from "./onnx-graph";

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
  readonly maxPositions: number;
  readonly bosTokenId: number;
  readonly eosTokenId: number;
}

/** The table decoder as a single model.onnx with a KV cache. */
export function buildTableDecoder(options: TableDecoderOptions): Uint8Array {
  const { vocabSize: v, features } = options;
  const nf = features.length;
  if (nf === 0) throw new Error("internal: a table decoder needs at least one feature");
  if (options.bias.length !== v || options.presence.length !== nf * v) {
    throw new Error("internal: table decoder bias or presence table has the wrong size");
  }
  const g = new Graph("table_decoder");
  const seq = ["batch_size", "sequence_length"];
  const cache = ["batch_size", 1, "past_sequence_length", nf];
  const present = ["batch_size", 1, "total_sequence_length", nf];
  const ids = g.input("input_ids", "int64", seq);
  const mask = g.input("attention_mask", "int64", ["batch_size", "total_sequence_length"]);
  g.input("position_ids", "int64", seq); // positions do not matter to a table; the input is part of the I/O
  const pastKey = g.input("past_key_values.0.key", "float32", cache);
  const pastValue = g.input("past_key_values.0.value", "float32", cache);

  // Each token's feature vector, appended to the cached ones.
  const featureTable = new Float32Array(v * nf);
  features.forEach((tokens, f) => {
    for (const t of tokens) featureTable[t * nf + f] = 1;
  });
  const current = g.op("Unsqueeze", [g.op("Gather", [g.weight("features", [v, nf], featureTable), ids]), g.int64([1])]);
  const keys = g.op("Concat", [pastKey, current], { axis: int(2) });
  const values = g.op("Concat", [pastValue, current], { axis: int(2) });

  // present_f(i): the maximum of feature f over the positions query i may see (causal, unmasked).
  const positions = positionsOf(g, ids, pastKey);
  // [B,1,1,S,T] → [B,S,T,1]
  const visible = g.op("Squeeze", [visibleKeys(g, mask, positions), g.int64([1, 2])]);
  const weights = g.op("Unsqueeze", [g.op("Cast", [visible], { to: int(FLOAT) }), g.int64([3])]);
  const seen = g.op("Mul", [keys, weights]); // [B,1,T,nf] × [B,S,T,1] → [B,S,T,nf]
  const state = g.op("ReduceMax", [seen], { axes: ints([2]), keepdims: int(0) });

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
  const logits = g.op("Add", [
    g.op("Add", [
      g.op("MatMul", [state, g.weight("presence", [nf, v], options.presence)]),
      g.weight("bias", [v], options.bias),
    ]),
    lastRows,
  ]);
  g.output("logits", "float32", ["batch_size", "sequence_length", v], logits);
  g.output("present.0.key", "float32", present, keys);
  g.output("present.0.value", "float32", present, values);
  return encodeModel(g);
}

/** config.json of a table decoder: a one-layer Llama with one key/value head as wide as the features. */
export function tableDecoderConfig(options: TableDecoderOptions): Record<string, unknown> {
  const nf = options.features.length;
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
