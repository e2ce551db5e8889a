import { type Config, checkIds, finiteNumber, positiveInt, text, unsupportedUnless } from "./config";
import { activationNamed, add, attention, layerNorm, linear, rowOf } from "./math";
import { notACausalLm, type ReferenceModel } from "./model";
import type { Weights } from "./weights";

/** num_labels as transformers derives it: the size of id2label, else num_labels, else 2. */
function labelCount(config: Config): number {
  const id2label = config.id2label;
  if (id2label && typeof id2label === "object") return Object.keys(id2label).length;
  return positiveInt(config, "num_labels", 2);
}

/**
 * BERT (transformers BertForSequenceClassification): word + absolute position (0..n-1) + token-type
 * embeddings, post-LN encoder layers with bidirectional attention, tanh pooler over the first token,
 * linear classifier. nn.Linear weights throughout ([out, in], y = x·Wᵀ + b).
 */
export function bertModel(config: Config, weights: Weights): ReferenceModel {
  const D = positiveInt(config, "hidden_size");
  const layers = positiveInt(config, "num_hidden_layers");
  const H = positiveInt(config, "num_attention_heads");
  const I = positiveInt(config, "intermediate_size");
  const V = positiveInt(config, "vocab_size");
  const P = positiveInt(config, "max_position_embeddings", 512);
  const T = positiveInt(config, "type_vocab_size", 2);
  const eps = finiteNumber(config, "layer_norm_eps", 1e-12);
  const act = activationNamed(text(config, "hidden_act", "gelu"));
  const labels = labelCount(config);
  unsupportedUnless(config, "position_embedding_type", "absolute");
  const hd = D / H;
  if (!Number.isInteger(hd)) throw new Error(`reference forward: hidden_size ${D} is not a multiple of heads ${H}`);

  const e = "bert.embeddings";
  const word = weights.get(`${e}.word_embeddings.weight`, [V, D]);
  const position = weights.get(`${e}.position_embeddings.weight`, [P, D]);
  const tokenType = weights.get(`${e}.token_type_embeddings.weight`, [T, D]);
  const embLnW = weights.get(`${e}.LayerNorm.weight`, [D]);
  const embLnB = weights.get(`${e}.LayerNorm.bias`, [D]);
  const blocks = Array.from({ length: layers }, (_, i) => {
    const p = `bert.encoder.layer.${i}`;
    const dense = (name: string, out: number, inn: number) => ({
      w: weights.get(`${p}.${name}.weight`, [out, inn]),
      b: weights.get(`${p}.${name}.bias`, [out]),
    });
    return {
      query: dense("attention.self.query", D, D),
      key: dense("attention.self.key", D, D),
      value: dense("attention.self.value", D, D),
      attnOut: dense("attention.output.dense", D, D),
      attnLnW: weights.get(`${p}.attention.output.LayerNorm.weight`, [D]),
      attnLnB: weights.get(`${p}.attention.output.LayerNorm.bias`, [D]),
      inter: dense("intermediate.dense", I, D),
      out: dense("output.dense", D, I),
      outLnW: weights.get(`${p}.output.LayerNorm.weight`, [D]),
      outLnB: weights.get(`${p}.output.LayerNorm.bias`, [D]),
    };
  });
  const poolerW = weights.get("bert.pooler.dense.weight", [D, D]);
  const poolerB = weights.get("bert.pooler.dense.bias", [D]);
  const classifierW = weights.get("classifier.weight", [labels, D]);
  const classifierB = weights.get("classifier.bias", [labels]);

  return {
    config,
    causalLogits: () => notACausalLm("bert"),
    classifierLogits(ids, typeIds) {
      if (ids.length === 0) throw new Error("reference forward: a BERT classifier needs at least one token");
      if (ids.length > P)
        throw new Error(`reference forward: ${ids.length} tokens exceed max_position_embeddings ${P}`);
      const types = typeIds ?? ids.map(() => 0);
      if (types.length !== ids.length) {
        throw new Error(`reference forward: ${types.length} token type ids for ${ids.length} tokens`);
      }
      checkIds(ids, V, "ids");
      checkIds(types, T, "typeIds");
      let x = ids.map((id, t) => {
        const sum = add(add(rowOf(word, id, D), rowOf(position, t, D)), rowOf(tokenType, types[t], D));
        return layerNorm(sum, embLnW, embLnB, eps);
      });
      for (const b of blocks) {
        const q = x.map((xt) => linear(xt, b.query.w, b.query.b, D, D));
        const k = x.map((xt) => linear(xt, b.key.w, b.key.b, D, D));
        const v = x.map((xt) => linear(xt, b.value.w, b.value.b, D, D));
        const heads = attention(q, k, v, {
          heads: H,
          kvHeads: H,
          headDim: hd,
          causal: false,
          scale: 1 / Math.sqrt(hd),
        });
        const a = x.map((xt, t) =>
          layerNorm(add(xt, linear(heads[t], b.attnOut.w, b.attnOut.b, D, D)), b.attnLnW, b.attnLnB, eps),
        );
        x = a.map((at) => {
          const hidden = linear(at, b.inter.w, b.inter.b, I, D).map(act);
          return layerNorm(add(at, linear(hidden, b.out.w, b.out.b, D, I)), b.outLnW, b.outLnB, eps);
        });
      }
      const pooled = linear(x[0], poolerW, poolerB, D, D).map(Math.tanh);
      return linear(pooled, classifierW, classifierB, labels, D);
    },
  };
}
