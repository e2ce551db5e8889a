import { activationFor, readClassifierConfig } from "../../src/model/classifier-config";
import { kindFromConfig } from "../../src/model/load-model";
import { ModelError } from "../../src/model/model-error";
import { memoryFiles } from "../../src/spec/file-access";

const read = (config: object) =>
  readClassifierConfig("/m", memoryFiles({ "/m/config.json": JSON.stringify(config), "/m/model.onnx": "x" }));

function thrown(f: () => unknown): ModelError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return e as ModelError;
  }
  throw new Error("expected a ModelError");
}

describe("readClassifierConfig", () => {
  it("reads labels in id order whatever order id2label lists them in", () => {
    const c = read({ model_type: "bert", id2label: { "2": "c", "0": "a", "1": "b" }, max_position_embeddings: 512 });
    expect(c).toMatchObject({ labels: ["a", "b", "c"], maxPositions: 512, modelType: "bert" });
  });

  it("RoBERTa-style models lose pad_token_id + 1 positions", () => {
    expect(read({ model_type: "roberta", max_position_embeddings: 514, pad_token_id: 1 }).maxPositions).toBe(512);
    expect(read({ model_type: "xlm-roberta", max_position_embeddings: 514, pad_token_id: 1 }).maxPositions).toBe(512);
    expect(read({ model_type: "distilbert", max_position_embeddings: 512, pad_token_id: 0 }).maxPositions).toBe(512);
  });

  it("has no labels when id2label is absent, and keeps num_labels", () => {
    expect(read({ model_type: "bert", num_labels: 4 })).toMatchObject({ labels: undefined, numLabels: 4 });
  });

  it.each([
    [{ "0": "a", "2": "c" }, /ids 0 to 1/],
    [{ "0": "a", "01": "b" }, /"01"/],
    [{ "0": 5 }, /label names/],
    [["a", "b"], /object of ids/],
  ])("rejects id2label %j", (id2label, message) => {
    const e = thrown(() => read({ model_type: "bert", id2label }));
    expect([e.code, e.file]).toEqual(["MODEL_CONFIG_INVALID", "/m/config.json"]);
    expect(e.message).toMatch(message);
  });

  it("rejects a problem_type transformers does not define, listing the ones it does", () => {
    const e = thrown(() => read({ model_type: "bert", problem_type: "ranking" }));
    expect(e.message).toMatch(/single_label_classification, multi_label_classification, regression/);
  });

  it("a missing config.json is MODEL_CONFIG_MISSING", () => {
    const e = thrown(() => readClassifierConfig("/m", memoryFiles({ "/m/model.onnx": "x" })));
    expect(e.code).toBe("MODEL_CONFIG_MISSING");
  });
});

describe("activationFor", () => {
  it("follows problem_type, else softmax for several labels and none for one (transformers' rule)", () => {
    expect(activationFor("multi_label_classification", 3)).toBe("sigmoid");
    expect(activationFor("single_label_classification", 3)).toBe("softmax");
    expect(activationFor("regression", 1)).toBe("none");
    expect(activationFor(undefined, 2)).toBe("softmax");
    expect(activationFor(undefined, 1)).toBe("none");
  });
});

describe("kindFromConfig", () => {
  it.each([
    [{ architectures: ["BertForSequenceClassification"], model_type: "bert" }, "classifier"],
    [{ architectures: ["LlamaForCausalLM"], model_type: "llama", id2label: { "0": "LABEL_0" } }, "causal-lm"],
    [{ architectures: ["GPT2LMHeadModel"], model_type: "gpt2" }, "causal-lm"],
    [{ architectures: ["GPT2ForSequenceClassification"], model_type: "gpt2" }, "classifier"],
    [{ model_type: "distilbert", id2label: { "0": "NEGATIVE", "1": "POSITIVE" } }, "classifier"],
    // Every transformers config has an id2label: on a decoder model_type it proves nothing.
    [{ model_type: "llama", id2label: { "0": "LABEL_0", "1": "LABEL_1" } }, undefined],
    [{ model_type: "bert" }, undefined],
    [{}, undefined],
  ])("%j → %s", (config, kind) => {
    expect(kindFromConfig(config)).toBe(kind);
  });
});
