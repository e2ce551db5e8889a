import { readModelConfig } from "../../src/model/model-config";
import { ModelError } from "../../src/model/model-error";
import { memoryFiles } from "../../src/spec/file-access";

const dir = "/m";
const read = (files: Record<string, unknown>) =>
  readModelConfig(
    dir,
    memoryFiles(
      Object.fromEntries(
        Object.entries(files).map(([k, v]) => [`${dir}/${k}`, typeof v === "string" ? v : JSON.stringify(v)]),
      ),
    ),
  );

function thrown(f: () => unknown): ModelError {
  try {
    f();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("readModelConfig", () => {
  it("reads a Llama config with grouped-query attention and an explicit head_dim", () => {
    const c = read({
      "config.json": {
        model_type: "llama",
        num_hidden_layers: 5,
        num_attention_heads: 8,
        num_key_value_heads: 4,
        hidden_size: 64,
        head_dim: 8,
        vocab_size: 512,
        max_position_embeddings: 512,
        bos_token_id: 1,
        eos_token_id: 2,
      },
    });
    expect(c).toEqual({
      modelType: "llama",
      layers: 5,
      heads: 8,
      kvHeads: 4,
      headDim: 8,
      vocabSize: 512,
      maxPositions: 512,
      bosTokenId: 1,
      eosTokenIds: [2],
    });
  });

  it("reads GPT-2's names, derives head_dim from the hidden size, and has as many kv heads as heads", () => {
    const c = read({
      "config.json": {
        model_type: "gpt2",
        n_layer: 2,
        n_head: 4,
        n_embd: 64,
        vocab_size: 100,
        n_positions: 128,
        eos_token_id: 99,
      },
    });
    expect([c.layers, c.heads, c.kvHeads, c.headDim, c.maxPositions, c.eosTokenIds]).toEqual([2, 4, 4, 16, 128, [99]]);
  });

  it("joins end-of-sequence ids from config.json and generation_config.json", () => {
    const c = read({
      "config.json": { num_hidden_layers: 1, num_attention_heads: 2, hidden_size: 8, vocab_size: 10, eos_token_id: 2 },
      "generation_config.json": { eos_token_id: [2, 7], bos_token_id: 1 },
    });
    expect(c.eosTokenIds).toEqual([2, 7]);
    expect(c.bosTokenId).toBe(1);
  });

  it("names the missing file and says how to get it", () => {
    const e = thrown(() => read({}));
    expect([e.code, e.file]).toEqual(["MODEL_CONFIG_MISSING", "/m/config.json"]);
    expect(e.hint).toMatch(/optimum/);
  });

  it("reports invalid JSON and missing fields by name", () => {
    expect(thrown(() => read({ "config.json": "{ nope" })).code).toBe("MODEL_CONFIG_INVALID");
    const e = thrown(() => read({ "config.json": { num_attention_heads: 2, hidden_size: 8 } }));
    expect(e.code).toBe("MODEL_CONFIG_INVALID");
    expect(e.message).toMatch(/num_hidden_layers/);
    expect(e.message).toMatch(/vocab_size/);
    expect(
      thrown(() =>
        read({ "config.json": { num_hidden_layers: 1, num_attention_heads: 3, hidden_size: 8, vocab_size: 5 } }),
      ).message,
    ).toMatch(/head_dim/);
  });
});
