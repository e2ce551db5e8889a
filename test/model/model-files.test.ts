import { ModelError } from "../../src/model/model-error";
import { findDecoderFiles } from "../../src/model/model-files";
import { memoryFiles } from "../../src/spec/file-access";

const layout = (names: string[]) =>
  findDecoderFiles(
    "/m",
    memoryFiles(Object.fromEntries([["/m/config.json", "{}"], ...names.map((n) => [`/m/${n}`, "onnx"])])),
  );

describe("findDecoderFiles", () => {
  it.each([
    [["model.onnx"], { kind: "single", model: "/m/model.onnx" }],
    [["onnx/model.onnx"], { kind: "single", model: "/m/onnx/model.onnx" }],
    [
      ["decoder_model_merged.onnx", "decoder_model.onnx", "decoder_with_past_model.onnx"],
      { kind: "merged", model: "/m/decoder_model_merged.onnx" },
    ],
    [
      ["decoder_model.onnx", "decoder_with_past_model.onnx"],
      { kind: "split", decoder: "/m/decoder_model.onnx", withPast: "/m/decoder_with_past_model.onnx" },
    ],
    [["onnx/decoder_model.onnx"], { kind: "single", model: "/m/onnx/decoder_model.onnx" }],
    [["model.onnx", "onnx/decoder_model_merged.onnx"], { kind: "single", model: "/m/model.onnx" }],
  ])("finds %j", (names, expected) => {
    expect(layout(names)).toEqual(expected);
  });

  it("names the directory when it does not exist, and what to check", () => {
    try {
      findDecoderFiles("/nowhere", memoryFiles({}));
      throw new Error("expected an error");
    } catch (e) {
      expect(e).toBeInstanceOf(ModelError);
      expect([(e as ModelError).code, (e as ModelError).file]).toEqual(["MODEL_DIR_NOT_FOUND", "/nowhere"]);
    }
  });

  it("says which files it looked for and how to export them", () => {
    try {
      layout(["decoder_with_past_model.onnx"]);
      throw new Error("expected an error");
    } catch (e) {
      expect((e as ModelError).code).toBe("MODEL_ONNX_MISSING");
      expect((e as ModelError).message).toMatch(/model\.onnx.*decoder_model_merged\.onnx.*decoder_model\.onnx/);
      expect((e as ModelError).hint).toMatch(/optimum-cli export onnx --task text-generation-with-past/);
    }
  });
});
