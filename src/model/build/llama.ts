import type { DecoderArchitecture, DecoderInputs, DecoderOutputs } from "./decoder-export";
import {
  attend,
  attentionBias,
  FLOAT,
  linear,
  positionsOf,
  rmsNorm,
  silu,
  splitHeads,
  withPast,
} from "./decoder-parts";
import { type Graph, int } from "./onnx-graph";
import { WeightSet } from "./weights";

export interface LlamaOptions {
  readonly seed: number;
  readonly vocabSize: number;
  readonly layers: number;
  readonly hidden: number;
  readonly heads: number;
  /** Fewer than `heads` gives grouped-query attention. */
  readonly kvHeads: number;
  readonly intermediate: number;
  readonly maxPositions: number;
  readonly bosTokenId: number;
  readonly eosTokenId: number;
  readonly ropeTheta?: number;
}

const EPS = 1e-6;

/**
 * A Llama decoder as Hugging Face defines it (RMSNorm, rotary embeddings in the rotate-half form,
 * grouped-query attention, SwiGLU MLP, nn.Linear weights [out, in] without biases, an untied LM
 * head), exported with optimum's Llama I/O: position_ids is an input, so left-padded batches work.
 */
export class Llama implements DecoderArchitecture {
  readonly takesPositionIds = true;
  readonly headDim: number;
  readonly layers: number;
  readonly vocabSize: number;
  private readonly weights: WeightSet;

  constructor(readonly options: LlamaOptions) {
    const { hidden: d, layers, vocabSize, heads, kvHeads, intermediate } = options;
    if (heads % kvHeads !== 0) throw new Error(`internal: ${heads} heads do not group into ${kvHeads} kv heads`);
    this.headDim = d / heads;
    const hd = this.headDim;
    this.layers = layers;
    this.vocabSize = vocabSize;
    this.weights = new WeightSet(options.seed);
    const add = this.weights.add.bind(this.weights);
    add("model.embed_tokens.weight", [vocabSize, d], 0.5);
    for (let i = 0; i < layers; i++) {
      const p = `model.layers.${i}`;
      add(`${p}.input_layernorm.weight`, [d], 0.1, 1);
      add(`${p}.self_attn.q_proj.weight`, [heads * hd, d], 1 / Math.sqrt(d));
      add(`${p}.self_attn.k_proj.weight`, [kvHeads * hd, d], 1 / Math.sqrt(d));
      add(`${p}.self_attn.v_proj.weight`, [kvHeads * hd, d], 1 / Math.sqrt(d));
      add(`${p}.self_attn.o_proj.weight`, [d, heads * hd], 1 / Math.sqrt(heads * hd));
      add(`${p}.post_attention_layernorm.weight`, [d], 0.1, 1);
      add(`${p}.mlp.gate_proj.weight`, [intermediate, d], 1 / Math.sqrt(d));
      add(`${p}.mlp.up_proj.weight`, [intermediate, d], 1 / Math.sqrt(d));
      add(`${p}.mlp.down_proj.weight`, [d, intermediate], 1 / Math.sqrt(intermediate));
    }
    add("model.norm.weight", [d], 0.1, 1);
    add("lm_head.weight", [vocabSize, d], 2 / Math.sqrt(d));
  }

  get kvHeads(): number {
    return this.options.kvHeads;
  }

  config(): Record<string, unknown> {
    const o = this.options;
    return {
      architectures: ["LlamaForCausalLM"],
      model_type: "llama",
      vocab_size: o.vocabSize,
      hidden_size: o.hidden,
      intermediate_size: o.intermediate,
      num_hidden_layers: o.layers,
      num_attention_heads: o.heads,
      num_key_value_heads: o.kvHeads,
      head_dim: this.headDim,
      max_position_embeddings: o.maxPositions,
      rms_norm_eps: EPS,
      rope_theta: o.ropeTheta ?? 10000,
      hidden_act: "silu",
      tie_word_embeddings: false,
      bos_token_id: o.bosTokenId,
      eos_token_id: o.eosTokenId,
      use_cache: true,
    };
  }

  addWeights(g: Graph): void {
    this.weights.register(g);
  }

  /** cos and sin of the rotary angles, [B,1,S,hd], from position_ids [B,S]. */
  private rotary(g: Graph, positionIds: string): { cos: string; sin: string } {
    const half = this.headDim / 2;
    const theta = this.options.ropeTheta ?? 10000;
    const invFreq = g.float32(
      Array.from({ length: half }, (_, j) => theta ** ((-2 * j) / this.headDim)),
      [half],
    );
    const angles = g.op("Mul", [
      g.op("Unsqueeze", [g.op("Cast", [positionIds], { to: int(FLOAT) }), g.int64([2])]),
      invFreq,
    ]);
    const full = g.op("Unsqueeze", [g.op("Concat", [angles, angles], { axis: int(-1) }), g.int64([1])]);
    return { cos: g.op("Cos", [full]), sin: g.op("Sin", [full]) };
  }

  /** x·cos + rotate_half(x)·sin, rotate_half(x) = [−x₂, x₁]. */
  private rotate(g: Graph, x: string, r: { cos: string; sin: string }): string {
    const [x1, x2] = g.opN("Split", [x], 2, { axis: int(-1) }) as [string, string];
    const rotated = g.op("Concat", [g.op("Neg", [x2]), x1], { axis: int(-1) });
    return g.op("Add", [g.op("Mul", [x, r.cos]), g.op("Mul", [rotated, r.sin])]);
  }

  emit(g: Graph, inputs: DecoderInputs): DecoderOutputs {
    const { heads, kvHeads, layers } = this.options;
    if (!inputs.positionIds) throw new Error("internal: a Llama graph needs position_ids");
    const positions = positionsOf(g, inputs.inputIds, inputs.past?.[0]?.key);
    const bias = attentionBias(g, inputs.attentionMask, positions);
    const rotary = this.rotary(g, inputs.positionIds);
    let x = g.op("Gather", ["model.embed_tokens.weight", inputs.inputIds]);
    const present = [];
    for (let i = 0; i < layers; i++) {
      const p = `model.layers.${i}`;
      const h = rmsNorm(g, x, `${p}.input_layernorm.weight`, EPS);
      const q = this.rotate(
        g,
        splitHeads(g, linear(g, h, `${p}.self_attn.q_proj.weight`), heads, this.headDim),
        rotary,
      );
      const k = this.rotate(
        g,
        splitHeads(g, linear(g, h, `${p}.self_attn.k_proj.weight`), kvHeads, this.headDim),
        rotary,
      );
      const v = splitHeads(g, linear(g, h, `${p}.self_attn.v_proj.weight`), kvHeads, this.headDim);
      const key = withPast(g, inputs.past?.[i]?.key, k);
      const value = withPast(g, inputs.past?.[i]?.value, v);
      present.push({ key, value });
      const a = attend(g, q, key, value, bias, { heads, kvHeads, headDim: this.headDim });
      x = g.op("Add", [x, linear(g, a, `${p}.self_attn.o_proj.weight`)]);
      const m = rmsNorm(g, x, `${p}.post_attention_layernorm.weight`, EPS);
      const gated = g.op("Mul", [
        silu(g, linear(g, m, `${p}.mlp.gate_proj.weight`)),
        linear(g, m, `${p}.mlp.up_proj.weight`),
      ]);
      x = g.op("Add", [x, linear(g, gated, `${p}.mlp.down_proj.weight`)]);
    }
    const logits = linear(g, rmsNorm(g, x, "model.norm.weight", EPS), "lm_head.weight");
    return { logits, present };
  }
}
