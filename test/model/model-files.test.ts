import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ModelError } from "../../src/model/model-error";
import { dtypesIn, findClassifierFile, findDecoderFiles } from "../../src/model/model-files";
import { DTYPE_NAMES, parseDtype } from "../../src/spec/dtype";
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

describe("choosing a dtype's files (the onnx-community layout)", () => {
  const files = (names: string[]) =>
    memoryFiles(Object.fromEntries([["/m/config.json", "{}"], ...names.map((n) => [`/m/${n}`, "onnx"])]));
  const COMMUNITY = [
    "onnx/model.onnx",
    "onnx/model.onnx_data",
    "onnx/model_fp16.onnx",
    "onnx/model_q4.onnx",
    "onnx/model_q4f16.onnx",
    "onnx/model_int8.onnx",
    "onnx/model_uint8.onnx",
    "onnx/model_quantized.onnx",
    "onnx/model_bnb4.onnx",
  ];

  it.each([
    ["fp32", "/m/onnx/model.onnx"],
    ["fp16", "/m/onnx/model_fp16.onnx"],
    ["q4", "/m/onnx/model_q4.onnx"],
    ["q4f16", "/m/onnx/model_q4f16.onnx"],
    ["int8", "/m/onnx/model_int8.onnx"],
    ["uint8", "/m/onnx/model_uint8.onnx"],
    ["q8", "/m/onnx/model_quantized.onnx"],
    ["bnb4", "/m/onnx/model_bnb4.onnx"],
  ] as const)("%s is %s", (dtype, path) => {
    expect(findDecoderFiles("/m", files(COMMUNITY), dtype)).toEqual({ kind: "single", model: path });
    expect(findClassifierFile("/m", files(COMMUNITY), dtype)).toBe(path);
  });

  it("reads quantized as q8 (the file's name), and lists every variant a folder holds", () => {
    expect(parseDtype("quantized")).toBe("q8");
    expect(parseDtype("q5")).toBeUndefined();
    expect(dtypesIn("/m", files(COMMUNITY))).toEqual(["fp32", "fp16", "q4", "q4f16", "int8", "uint8", "q8", "bnb4"]);
  });

  it.each([
    [
      ["decoder_model_merged_q4.onnx", "decoder_model_merged.onnx"],
      { kind: "merged", model: "/m/decoder_model_merged_q4.onnx" },
    ],
    [
      [
        "decoder_model_q4.onnx",
        "decoder_with_past_model_q4.onnx",
        "decoder_model.onnx",
        "decoder_with_past_model.onnx",
      ],
      { kind: "split", decoder: "/m/decoder_model_q4.onnx", withPast: "/m/decoder_with_past_model_q4.onnx" },
    ],
    [["onnx/model_q4.onnx", "model.onnx"], { kind: "single", model: "/m/onnx/model_q4.onnx" }],
  ])("q4 in every layout: %j", (names, expected) => {
    expect(findDecoderFiles("/m", files(names), "q4")).toEqual(expected);
  });

  it("a dtype the folder lacks is an error that lists the dtypes it has and how to get the missing one", () => {
    const attempt = () => findDecoderFiles("/m", files(["onnx/model.onnx", "onnx/model_q4.onnx"]), "fp16");
    expect(attempt).toThrow(
      expect.objectContaining({
        code: "MODEL_DTYPE_MISSING",
        message:
          "/m has no fp16 files (looked for model_fp16.onnx, decoder_model_merged_fp16.onnx, decoder_model_fp16.onnx, also under onnx/); it holds the dtypes fp32, q4",
        hint: expect.stringContaining('--include "onnx/model_fp16.onnx*"'),
      }),
    );
    // Without a dtype, a folder of quantized files only says which to choose.
    expect(() => findDecoderFiles("/m", files(["onnx/model_q4.onnx"]))).toThrow(
      expect.objectContaining({
        code: "MODEL_ONNX_MISSING",
        hint: "choose one: dtype: q4 on the model in trustspec.config.yaml, or --dtype q4",
      }),
    );
  });
});

describe("the schemas' dtypes", () => {
  it("are exactly the names the loader knows, for a model and for a classifier judge", () => {
    const read = (file: string) => JSON.parse(readFileSync(join(__dirname, "..", "..", "schema", file), "utf8"));
    const config = read("config.schema.json").properties.models.additionalProperties.properties.dtype.enum;
    const judge = read("spec.schema.json").definitions.judgeToxicityClassifier.properties.dtype.enum;
    expect([...config].sort()).toEqual([...DTYPE_NAMES].sort());
    expect([...judge].sort()).toEqual([...DTYPE_NAMES].sort());
  });
});
