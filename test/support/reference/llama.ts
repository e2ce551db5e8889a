import { type Config, checkIds, finiteNumber, flag, positiveInt, text, unsupportedUnless } from "./config";
import { activationNamed, add, attention, linear, multiply, rmsNorm, ropeRotate, rowOf } from "./math";
import { notAClassifier, type ReferenceModel } from "./model";
import type { Weights } from "./weights";

/**
 * Llama (transformers LlamaForCausalLM): RMSNorm pre-norm blocks, nn.Linear weights ([out, in],
 * y = x·Wᵀ), rotary positions (rotate_half convention) on q and k, grouped-query attention,
 * gated MLP down(act(gate(x)) · up(x)), separate LM head unless tie_word_embeddings.
 */
export function llamaModel(config: Config, weights: Weights): ReferenceModel {
  const D = positiveInt(config, "hidden_size");
  const I = positiveInt(config, "intermediate_size");
  const layers = positiveInt(config, "num_hidden_layers");
  const H = positiveInt(config, "num_attention_heads");
  const Hkv = positiveInt(config, "num_key_value_heads", H);
  const V = positiveInt(config, "vocab_size");
  const hd = positiveInt(config, "head_dim", D / H);
  const eps = finiteNumber(config, "rms_norm_eps", 1e-6);
  const theta = finiteNumber(config, "rope_theta", 10000);
  const act = activationNamed(text(config, "hidden_act", "silu"));
  const attnBias = flag(config, "attention_bias", false);
  const mlpBias = flag(config, "mlp_bias", false);
  const tied = flag(config, "tie_word_embeddings", false);
  unsupportedUnless(config, "rope_scaling");
  if (H % Hkv !== 0) throw new Error(`reference forward: num_attention_heads ${H} is not a multiple of ${Hkv}`);

  const embed = weights.get("model.embed_tokens.weight", [V, D]);
  const blocks = Array.from({ length: layers }, (_, i) => {
    const p = `model.layers.${i}`;
    const bias = (name: string, size: number, present: boolean) =>
      present ? weights.get(`${p}.${name}.bias`, [size]) : undefined;
    return {
      inputNorm: weights.get(`${p}.input_layernorm.weight`, [D]),
      qW: weights.get(`${p}.self_attn.q_proj.weight`, [H * hd, D]),
      qB: bias("self_attn.q_proj", H * hd, attnBias),
      kW: weights.get(`${p}.self_attn.k_proj.weight`, [Hkv * hd, D]),
      kB: bias("self_attn.k_proj", Hkv * hd, attnBias),
      vW: weights.get(`${p}.self_attn.v_proj.weight`, [Hkv * hd, D]),
      vB: bias("self_attn.v_proj", Hkv * hd, attnBias),
      oW: weights.get(`${p}.self_attn.o_proj.weight`, [D, H * hd]),
      oB: bias("self_attn.o_proj", D, attnBias),
      postNorm: weights.get(`${p}.post_attention_layernorm.weight`, [D]),
      gateW: weights.get(`${p}.mlp.gate_proj.weight`, [I, D]),
      gateB: bias("mlp.gate_proj", I, mlpBias),
      upW: weights.get(`${p}.mlp.up_proj.weight`, [I, D]),
      upB: bias("mlp.up_proj", I, mlpBias),
      downW: weights.get(`${p}.mlp.down_proj.weight`, [D, I]),
      downB: bias("mlp.down_proj", D, mlpBias),
    };
  });
  const finalNorm = weights.get("model.norm.weight", [D]);
  const lmHead = weights.has("lm_head.weight") || !tied ? weights.get("lm_head.weight", [V, D]) : embed; // tied: reuse embed

  /** RoPE on every head of a [heads·hd] row at position `pos`. */
  const rotateHeads = (row: Float64Array, heads: number, pos: number): Float64Array => {
    const out = new Float64Array(row.length);
    for (let h = 0; h < heads; h++) out.set(ropeRotate(row.subarray(h * hd, (h + 1) * hd), pos, theta), h * hd);
    return out;
  };

  return {
    config,
    classifierLogits: () => notAClassifier("llama"),
    causalLogits(ids) {
      checkIds(ids, V, "ids");
      let x = ids.map((id) => rowOf(embed, id, D));
      for (const b of blocks) {
        const normed = x.map((xt) => rmsNorm(xt, b.inputNorm, eps));
        const q = normed.map((a, t) => rotateHeads(linear(a, b.qW, b.qB, H * hd, D), H, t));
        const k = normed.map((a, t) => rotateHeads(linear(a, b.kW, b.kB, Hkv * hd, D), Hkv, t));
        const v = normed.map((a) => linear(a, b.vW, b.vB, Hkv * hd, D));
        const heads = attention(q, k, v, {
          heads: H,
          kvHeads: Hkv,
          headDim: hd,
          causal: true,
          scale: 1 / Math.sqrt(hd),
        });
        x = x.map((xt, t) => add(xt, linear(heads[t], b.oW, b.oB, D, H * hd)));
        x = x.map((xt) => {
          const m = rmsNorm(xt, b.postNorm, eps);
          const gated = multiply(linear(m, b.gateW, b.gateB, I, D).map(act), linear(m, b.upW, b.upB, I, D));
          return add(xt, linear(gated, b.downW, b.downB, D, I));
        });
      }
      return x.map((xt) => linear(rmsNorm(xt, finalNorm, eps), lmHead, undefined, V, D));
    },
  };
}
