import type { BuiltFiles } from "./model-dir";
import { encodeModel, float, Graph, int, ints } from "./onnx-graph";
import { buildTokenizer } from "./tokenizer-build";
import { WeightSource } from "./weights";

/** What a classifier's scores mean, as Hugging Face's `problem_type` says. */
export type BuiltProblemType = "single_label_classification" | "multi_label_classification" | "regression";

export interface BertClassifierOptions {
  readonly seed: number;
  readonly layers: number;
  readonly hidden: number;
  readonly heads: number;
  readonly intermediate: number;
  /** Positions the model has (max_position_embeddings); also the tokenizer's model_max_length. */
  readonly maxPositions: number;
  /** Label names in id order; one label for regression. */
  readonly labels: readonly string[];
  readonly problemType: BuiltProblemType;
  /** Whether the graph takes token_type_ids (BERT exports do; DistilBERT-style ones do not). */
  readonly tokenTypeIds: boolean;
}

/** A small classifier the tests and demos use: 2 layers, d 32, 3 labels, single-label. */
export const TINY_BERT: BertClassifierOptions = {
  seed: 7,
  layers: 2,
  hidden: 32,
  heads: 4,
  intermediate: 64,
  maxPositions: 64,
  labels: ["negative", "neutral", "positive"],
  problemType: "single_label_classification",
  tokenTypeIds: true,
};

/** Large enough that exp() of a masked score underflows to exactly 0 in float32. */
const MASKED = -1e9;
const LAYER_NORM_EPS = 1e-12;
const PAD_ID = 0;

/**
 * A BERT-style sequence classifier (Hugging Face BertForSequenceClassification as optimum exports
 * it) with seeded random weights, plus its config.json and WordPiece tokenizer files.
 *
 * Weights are initializers under the exact Hugging Face state-dict names and layouts (linear
 * weights [out, in], y = x·Wᵀ + b), so an independent forward pass can read them back by name.
 * Scales are larger than BERT's initialisation (std 0.02) so the logits spread visibly across texts.
 */
export function buildBertClassifier(options: BertClassifierOptions): BuiltFiles {
  if (options.hidden % options.heads !== 0) {
    throw new Error(`internal: hidden ${options.hidden} is not divisible by heads ${options.heads}`);
  }
  if (options.problemType === "regression" ? options.labels.length !== 1 : options.labels.length < 1) {
    throw new Error(`internal: ${options.labels.length} labels do not fit ${options.problemType}`);
  }
  const tokenizer = buildTokenizer("wordpiece");
  const tokenizerConfig = (tokenizer.files["tokenizer_config.json"] ?? {}) as Record<string, unknown>;
  return {
    "model.onnx": encodeModel(bertGraph(options, tokenizer.vocabSize)),
    "config.json": bertConfig(options, tokenizer.vocabSize),
    ...tokenizer.files,
    "tokenizer_config.json": { ...tokenizerConfig, model_max_length: options.maxPositions },
  };
}

function bertConfig(options: BertClassifierOptions, vocabSize: number): object {
  return {
    architectures: ["BertForSequenceClassification"],
    model_type: "bert",
    vocab_size: vocabSize,
    hidden_size: options.hidden,
    num_hidden_layers: options.layers,
    num_attention_heads: options.heads,
    intermediate_size: options.intermediate,
    hidden_act: "gelu",
    hidden_dropout_prob: 0.1,
    attention_probs_dropout_prob: 0.1,
    max_position_embeddings: options.maxPositions,
    type_vocab_size: 2,
    initializer_range: 0.02,
    layer_norm_eps: LAYER_NORM_EPS,
    pad_token_id: PAD_ID,
    position_embedding_type: "absolute",
    id2label: Object.fromEntries(options.labels.map((label, i) => [String(i), label])),
    label2id: Object.fromEntries(options.labels.map((label, i) => [label, i])),
    problem_type: options.problemType,
    torch_dtype: "float32",
  };
}

/** The forward graph: embeddings, post-LN encoder layers, tanh pooler over [CLS], linear classifier. */
export function bertGraph(options: BertClassifierOptions, vocabSize: number): Graph {
  const { hidden: D, heads: H, intermediate: I, maxPositions: P } = options;
  const headDim = D / H;
  const L = options.labels.length;
  const w = new WeightSource(options.seed);
  const g = new Graph("bert_classifier");
  const dims = ["batch_size", "sequence_length"];

  const ids = g.input("input_ids", "int64", dims);
  const mask = g.input("attention_mask", "int64", dims);
  const typeIds = options.tokenTypeIds ? g.input("token_type_ids", "int64", dims) : undefined;

  const layerNorm = (x: string, name: string) =>
    g.op(
      "LayerNormalization",
      [x, g.weight(`${name}.weight`, [D], w.normal(D, 0.1, 1)), g.weight(`${name}.bias`, [D], w.normal(D, 0.1))],
      { axis: int(-1), epsilon: float(LAYER_NORM_EPS) },
    );
  // Hugging Face's nn.Linear layout: weight [out, in], y = x·Wᵀ + b.
  const linear = (x: string, name: string, out: number, inDim: number, std: number) => {
    const weight = g.weight(`${name}.weight`, [out, inDim], w.normal(out * inDim, std));
    const bias = g.weight(`${name}.bias`, [out], w.normal(out, 0.1));
    return g.op("Add", [g.op("MatMul", [x, g.op("Transpose", [weight], { perm: ints([1, 0]) })]), bias]);
  };

  // Embeddings: word + position (0..S−1) + token type (type 0 when the export takes no type ids).
  const word = g.weight("bert.embeddings.word_embeddings.weight", [vocabSize, D], w.normal(vocabSize * D, 1));
  const position = g.weight("bert.embeddings.position_embeddings.weight", [P, D], w.normal(P * D, 0.5));
  const tokenType = g.weight("bert.embeddings.token_type_embeddings.weight", [2, D], w.normal(2 * D, 0.5));
  const seqLen = g.op("Shape", [ids], { start: int(1), end: int(2) });
  const positions = g.op("Slice", [position, g.int64([0]), seqLen, g.int64([0])]);
  const types =
    typeIds !== undefined
      ? g.op("Gather", [tokenType, typeIds], { axis: int(0) })
      : g.op("Gather", [tokenType, g.int64([0], [])], { axis: int(0) });
  const embedded = g.op("Add", [g.op("Add", [g.op("Gather", [word, ids], { axis: int(0) }), positions]), types]);
  let x = layerNorm(embedded, "bert.embeddings.LayerNorm");

  // Padding keys get a large negative score: [batch, 1, 1, seq], broadcast over heads and queries.
  const keep = g.op("Cast", [mask], { to: int(1) });
  const additive = g.op("Mul", [g.op("Sub", [g.float32([1]), keep]), g.float32([MASKED])]);
  const maskBias = g.op("Unsqueeze", [additive, g.int64([1, 2])]);
  const splitHeads = g.int64([0, 0, H, headDim]);
  const mergeHeads = g.int64([0, 0, D]);
  const scale = g.float32([1 / Math.sqrt(headDim)]);
  const sqrtHalf = g.float32([Math.SQRT1_2]);

  for (let layer = 0; layer < options.layers; layer++) {
    const p = `bert.encoder.layer.${layer}`;
    // Sharper-than-BERT queries and keys, so attention (and so [CLS]) depends on the content.
    const heads = (name: string, std: number, perm: number[]) =>
      g.op("Transpose", [g.op("Reshape", [linear(x, name, D, D, std), splitHeads])], { perm: ints(perm) });
    const q = heads(`${p}.attention.self.query`, 1.5 / Math.sqrt(D), [0, 2, 1, 3]);
    const kT = heads(`${p}.attention.self.key`, 1.5 / Math.sqrt(D), [0, 2, 3, 1]);
    const v = heads(`${p}.attention.self.value`, 1 / Math.sqrt(D), [0, 2, 1, 3]);
    const scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, kT]), scale]), maskBias]);
    const probs = g.op("Softmax", [scores], { axis: int(-1) });
    const context = g.op("Reshape", [
      g.op("Transpose", [g.op("MatMul", [probs, v])], { perm: ints([0, 2, 1, 3]) }),
      mergeHeads,
    ]);
    const attended = linear(context, `${p}.attention.output.dense`, D, D, 1 / Math.sqrt(D));
    x = layerNorm(g.op("Add", [attended, x]), `${p}.attention.output.LayerNorm`);
    // Exact GELU: x · ½ · (1 + erf(x / √2)).
    const inner = linear(x, `${p}.intermediate.dense`, I, D, 1 / Math.sqrt(D));
    const erf = g.op("Erf", [g.op("Mul", [inner, sqrtHalf])]);
    const gelu = g.op("Mul", [g.op("Mul", [inner, g.float32([0.5])]), g.op("Add", [erf, g.float32([1])])]);
    const out = linear(gelu, `${p}.output.dense`, D, I, 1 / Math.sqrt(I));
    x = layerNorm(g.op("Add", [out, x]), `${p}.output.LayerNorm`);
  }

  const cls = g.op("Gather", [x, g.int64([0], [])], { axis: int(1) });
  const pooled = g.op("Tanh", [linear(cls, "bert.pooler.dense", D, D, 1 / Math.sqrt(D))]);
  const logits = linear(pooled, "classifier", L, D, 2 / Math.sqrt(D));
  g.output("logits", "float32", ["batch_size", L], logits);
  return g;
}
