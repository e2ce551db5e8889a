import type { DecoderArchitecture, DecoderInputs, DecoderOutputs } from "./decoder-export";
import { attend, attentionBias, geluTanh, layerNorm, positionsOf, splitHeads, withPast } from "./decoder-parts";
import { type Graph, int } from "./onnx-graph";
import { WeightSet } from "./weights";

export interface Gpt2Options {
  readonly seed: number;
  /** Logits per position; GPT-2-family exports often pad it beyond the tokenizer's vocabulary. */
  readonly vocabSize: number;
  readonly layers: number;
  readonly hidden: number;
  readonly heads: number;
  readonly maxPositions: number;
  readonly bosTokenId: number;
  readonly eosTokenId: number;
}

const EPS = 1e-5;

/**
 * A GPT-2 decoder as Hugging Face defines it (pre-LayerNorm blocks, learned absolute positions,
 * Conv1D weights [in, out], "gelu_new", embeddings tied to the LM head), exported the way optimum
 * exports GPT-2: no position_ids input — positions count from the start of the sequence.
 * Weights carry HF state-dict names, so an independent reading of the file can check the graph.
 */
export class Gpt2 implements DecoderArchitecture {
  readonly takesPositionIds = false;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly layers: number;
  readonly vocabSize: number;
  private readonly weights: WeightSet;

  constructor(readonly options: Gpt2Options) {
    const { hidden: d, layers, vocabSize, maxPositions, heads } = options;
    this.kvHeads = heads;
    this.headDim = d / heads;
    this.layers = layers;
    this.vocabSize = vocabSize;
    this.weights = new WeightSet(options.seed);
    // Scales chosen so logits spread over a few units (random 0.02-std weights give near-uniform
    // next-token distributions, where argmax ties would make batch-vs-single checks flaky).
    const add = this.weights.add.bind(this.weights);
    add("transformer.wte.weight", [vocabSize, d], 0.35);
    add("transformer.wpe.weight", [maxPositions, d], 0.3);
    for (let i = 0; i < layers; i++) {
      const p = `transformer.h.${i}`;
      add(`${p}.ln_1.weight`, [d], 0.1, 1);
      add(`${p}.ln_1.bias`, [d], 0.05);
      add(`${p}.attn.c_attn.weight`, [d, 3 * d], 1 / Math.sqrt(d));
      add(`${p}.attn.c_attn.bias`, [3 * d], 0.05);
      add(`${p}.attn.c_proj.weight`, [d, d], 1 / Math.sqrt(d));
      add(`${p}.attn.c_proj.bias`, [d], 0.05);
      add(`${p}.ln_2.weight`, [d], 0.1, 1);
      add(`${p}.ln_2.bias`, [d], 0.05);
      add(`${p}.mlp.c_fc.weight`, [d, 4 * d], 1 / Math.sqrt(d));
      add(`${p}.mlp.c_fc.bias`, [4 * d], 0.05);
      add(`${p}.mlp.c_proj.weight`, [4 * d, d], 1 / Math.sqrt(4 * d));
      add(`${p}.mlp.c_proj.bias`, [d], 0.05);
    }
    add("transformer.ln_f.weight", [d], 0.1, 1);
    add("transformer.ln_f.bias", [d], 0.05);
  }

  config(): Record<string, unknown> {
    const o = this.options;
    return {
      architectures: ["GPT2LMHeadModel"],
      model_type: "gpt2",
      vocab_size: o.vocabSize,
      n_positions: o.maxPositions,
      n_embd: o.hidden,
      n_layer: o.layers,
      n_head: o.heads,
      n_inner: null,
      activation_function: "gelu_new",
      layer_norm_epsilon: EPS,
      bos_token_id: o.bosTokenId,
      eos_token_id: o.eosTokenId,
      tie_word_embeddings: true,
      use_cache: true,
    };
  }

  addWeights(g: Graph): void {
    this.weights.register(g);
  }

  emit(g: Graph, inputs: DecoderInputs): DecoderOutputs {
    const { heads, layers } = this.options;
    const positions = positionsOf(g, inputs.inputIds, inputs.past?.[0]?.key);
    const bias = attentionBias(g, inputs.attentionMask, positions);
    let x = g.op("Add", [
      g.op("Gather", [`transformer.wte.weight`, inputs.inputIds]),
      g.op("Gather", [`transformer.wpe.weight`, positions.query]),
    ]);
    const present = [];
    for (let i = 0; i < layers; i++) {
      const p = `transformer.h.${i}`;
      const h = layerNorm(g, x, `${p}.ln_1.weight`, `${p}.ln_1.bias`, EPS);
      const qkv = g.op("Add", [g.op("MatMul", [h, `${p}.attn.c_attn.weight`]), `${p}.attn.c_attn.bias`]);
      const [q, k, v] = g.opN("Split", [qkv], 3, { axis: int(-1) }) as [string, string, string];
      const key = withPast(g, inputs.past?.[i]?.key, splitHeads(g, k, heads, this.headDim));
      const value = withPast(g, inputs.past?.[i]?.value, splitHeads(g, v, heads, this.headDim));
      present.push({ key, value });
      const a = attend(g, splitHeads(g, q, heads, this.headDim), key, value, bias, {
        heads,
        kvHeads: heads,
        headDim: this.headDim,
      });
      x = g.op("Add", [x, g.op("Add", [g.op("MatMul", [a, `${p}.attn.c_proj.weight`]), `${p}.attn.c_proj.bias`])]);
      const m = layerNorm(g, x, `${p}.ln_2.weight`, `${p}.ln_2.bias`, EPS);
      const up = geluTanh(g, g.op("Add", [g.op("MatMul", [m, `${p}.mlp.c_fc.weight`]), `${p}.mlp.c_fc.bias`]));
      x = g.op("Add", [x, g.op("Add", [g.op("MatMul", [up, `${p}.mlp.c_proj.weight`]), `${p}.mlp.c_proj.bias`])]);
    }
    const final = layerNorm(g, x, "transformer.ln_f.weight", "transformer.ln_f.bias", EPS);
    const logits = g.op("MatMul", [final, g.op("Transpose", ["transformer.wte.weight"])]);
    return { logits, present };
  }
}
