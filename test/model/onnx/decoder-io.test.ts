import type { ModelConfig } from "../../../src/model/model-config";
import { ModelError } from "../../../src/model/model-error";
import { describeDecoderIO } from "../../../src/model/onnx/decoder-io";

/** The cache's element type, as a decoder session declares its past inputs. */
const config: ModelConfig = {
  modelType: "llama",
  layers: 2,
  heads: 4,
  kvHeads: 2,
  headDim: 16,
  vocabSize: 300,
  maxPositions: 128,
  bosTokenId: 1,
  eosTokenIds: [2],
};
const past = [0, 1].flatMap((i) => [`past_key_values.${i}.key`, `past_key_values.${i}.value`]);
const inputs = ["input_ids", "attention_mask", "position_ids", ...past];
const outputs = ["logits", ...[0, 1].flatMap((i) => [`present.${i}.key`, `present.${i}.value`])];
const readIO = (typeOf: (name: string) => string | undefined) =>
  describeDecoderIO(inputs, outputs, typeOf, config, "/m/model.onnx");

describe("the cache's element type", () => {
  it("is float32 or float16 as the session declares the past inputs", () => {
    expect(readIO(() => "float32").pastType).toBe("float32");
    expect(readIO((name) => (name.startsWith("past_") ? "float16" : "int64")).pastType).toBe("float16");
  });

  it("another type, or a mix, is MODEL_INPUTS_UNKNOWN naming the types", () => {
    for (const typeOf of [
      (name: string) => (name.startsWith("past_") ? "bfloat16" : "int64"),
      (name: string) => (name.endsWith(".key") ? "float16" : "float32"),
    ]) {
      let error: unknown;
      try {
        readIO(typeOf);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).code).toBe("MODEL_INPUTS_UNKNOWN");
      expect((error as ModelError).message).toMatch(
        /takes its cache \(past_key_values\.\*\) as (bfloat16|float16 and float32)/,
      );
    }
  });
});
