import { type Config, checkIds, finiteNumber, flag, positiveInt, text } from "./config";
import { activationNamed, add, attention, conv1d, layerNorm, linear, rowOf } from "./math";
import { notAClassifier, type ReferenceModel } from "./model";
import type { Weights } from "./weights";

/**
 * GPT-2 (transformers GPT2LMHeadModel): learned positions, pre-LN blocks with Conv1D weights
 * ([in, out], y = x·W + b), causal multi-head attention, LM head tied to the token embedding.
 */
export function gpt2Model(config: Config, weights: Weights): ReferenceModel {
  const D = positiveInt(config, "n_embd");
  const layers = positiveInt(config, "n_layer");
  const H = positiveInt(config, "n_head");
  const P = positiveInt(config, "n_positions");
  const V = positiveInt(config, "vocab_size");
  const inner = positiveInt(config, "n_inner", 4 * D);
  const eps = finiteNumber(config, "layer_norm_epsilon", 1e-5);
  const act = activationNamed(text(config, "activation_function", "gelu_new"));
  const hd = D / H;
  if (!Number.isInteger(hd)) throw new Error(`reference forward: n_embd ${D} is not a multiple of n_head ${H}`);
  const scaleByHeadDim = flag(config, "scale_attn_weights", true);
  const scaleByLayer = flag(config, "scale_attn_by_inverse_layer_idx", false);

  const wte = weights.get("transformer.wte.weight", [V, D]);
  const wpe = weights.get("transformer.wpe.weight", [P, D]);
  const blocks = Array.from({ length: layers }, (_, i) => {
    const p = `transformer.h.${i}`;
    return {
      ln1w: weights.get(`${p}.ln_1.weight`, [D]),
      ln1b: weights.get(`${p}.ln_1.bias`, [D]),
      attnW: weights.get(`${p}.attn.c_attn.weight`, [D, 3 * D]),
      attnB: weights.get(`${p}.attn.c_attn.bias`, [3 * D]),
      projW: weights.get(`${p}.attn.c_proj.weight`, [D, D]),
      projB: weights.get(`${p}.attn.c_proj.bias`, [D]),
      ln2w: weights.get(`${p}.ln_2.weight`, [D]),
      ln2b: weights.get(`${p}.ln_2.bias`, [D]),
      fcW: weights.get(`${p}.mlp.c_fc.weight`, [D, inner]),
      fcB: weights.get(`${p}.mlp.c_fc.bias`, [inner]),
      outW: weights.get(`${p}.mlp.c_proj.weight`, [inner, D]),
      outB: weights.get(`${p}.mlp.c_proj.bias`, [D]),
    };
  });
  const lnfW = weights.get("transformer.ln_f.weight", [D]);
  const lnfB = weights.get("transformer.ln_f.bias", [D]);

  return {
    config,
    classifierLogits: () => notAClassifier("gpt2"),
    causalLogits(ids) {
      checkIds(ids, V, "ids");
      if (ids.length > P) throw new Error(`reference forward: ${ids.length} tokens exceed n_positions ${P}`);
      let x = ids.map((id, t) => add(rowOf(wte, id, D), rowOf(wpe, t, D)));
      blocks.forEach((b, i) => {
        const qkv = x.map((xt) => conv1d(layerNorm(xt, b.ln1w, b.ln1b, eps), b.attnW, b.attnB, D, 3 * D));
        const scale = (scaleByHeadDim ? 1 / Math.sqrt(hd) : 1) / (scaleByLayer ? i + 1 : 1);
        const heads = attention(
          qkv.map((r) => r.subarray(0, D)),
          qkv.map((r) => r.subarray(D, 2 * D)),
          qkv.map((r) => r.subarray(2 * D, 3 * D)),
          { heads: H, kvHeads: H, headDim: hd, causal: true, scale },
        );
        x = x.map((xt, t) => add(xt, conv1d(heads[t], b.projW, b.projB, D, D)));
        x = x.map((xt) => {
          const hidden = conv1d(layerNorm(xt, b.ln2w, b.ln2b, eps), b.fcW, b.fcB, D, inner).map(act);
          return add(xt, conv1d(hidden, b.outW, b.outB, inner, D));
        });
      });
      return x.map((xt) => linear(layerNorm(xt, lnfW, lnfB, eps), wte, undefined, V, D));
    },
  };
}
