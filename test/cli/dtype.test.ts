/** @jest-environment ./test/support/onnx-environment.js */
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { runCli } from "../support/cli";
import { graphWithExternalWeights } from "../support/onnx-files";

/**
 * Choosing a model's files by dtype on the command line and in the config, as a user with an
 * onnx-community download does. The folder's variants are told apart by what they do when loaded:
 * model.onnx is a working decoder, onnx/model_q4.onnx is not an ONNX model (so loading it names it),
 * onnx/model_int8.onnx keeps its weights in a file that is not there.
 */
let root: string;
const m = () => join(root, "m");
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-dtype-")));
  writeModelDir(m(), buildTestDecoder("llama"));
  mkdirSync(join(m(), "onnx"));
  writeFileSync(join(m(), "onnx", "model_q4.onnx"), "not an onnx model");
  const int8 = graphWithExternalWeights("model_int8.onnx_data");
  writeFileSync(join(m(), "onnx", "model_int8.onnx"), int8);
  writeFileSync(
    join(root, "trustspec.config.yaml"),
    "version: 1\nmodels:\n  quick: { path: m, dtype: q4 }\n  full: { path: m }\ndefaults: { models: [full] }\n",
  );
  mkdirSync(join(root, "specs"));
  writeFileSync(
    join(root, "specs", "s.trust.yaml"),
    'version: 1\nid: t/s\nvertical: truthfulness\ndataset: { items: [{ q: "Is ice cold?", c: [yes, no], r: 0 }] }\nprompt: "{{q}}"\nscore: { choices: { field: c }, correct: { field: r } }\nmetrics: { mc1: {} }\n',
  );
  copyFileSync(join(m(), "config.json"), join(m(), "onnx", "config.json"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, { cwd: root });
const generate = (...extra: string[]) => cli(["generate", "--prompt", "Once", "--max-tokens", "2", ...extra]);

describe("--dtype and dtype:", () => {
  it("loads the dtype's file: q4 is onnx/model_q4.onnx, and without a dtype model.onnx", async () => {
    const q4 = await generate("--model", "m", "--dtype", "q4");
    expect(q4.code).toBe(3);
    expect(q4.stderr).toContain(`${join(m(), "onnx", "model_q4.onnx")}: error MODEL_ONNX_CORRUPT`);
    expect((await generate("--model", "m")).code).toBe(0);
  });

  it("takes a configured model's dtype, which --dtype overrides", async () => {
    expect((await generate("--model", "quick")).stderr).toContain("model_q4.onnx: error MODEL_ONNX_CORRUPT");
    expect((await generate("--model", "quick", "--dtype", "fp32")).code).toBe(0);
  });

  it("says which dtypes a folder has when it lacks the one asked for, and refuses a name that is no dtype", async () => {
    const fp16 = await generate("--model", "m", "--dtype", "fp16");
    expect(fp16.code).toBe(3);
    expect(fp16.stderr).toContain("error MODEL_DTYPE_MISSING");
    expect(fp16.stderr).toContain("it holds the dtypes fp32, q4, int8");
    const typo = await cli(["score", "--model", "m", "--dtype", "q5", "--context", "a", "--choice", "b"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain(
      "--dtype q5 is not a dtype: use one of fp32, fp16, q4, q4f16, int8, uint8, q8, bnb4, quantized",
    );
  });

  it("names a weights file that is referred to and missing, before onnxruntime would fail on it", async () => {
    const int8 = await generate("--model", "m", "--dtype", "int8");
    expect(int8.code).toBe(3);
    expect(int8.stderr).toContain(
      `error MODEL_DATA_MISSING: model_int8.onnx keeps its weights in model_int8.onnx_data, which is not in ${join(m(), "onnx")}`,
    );
  });

  it("run --dtype checks every model's files of that dtype before Jest starts", async () => {
    const r = await cli(["run", "--dtype", "fp16"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("error MODEL_DTYPE_MISSING");
    expect(r.stderr).toContain("no model was run");
  });

  it("models info lists each dtype with its layout, files and missing weights", async () => {
    const r = await cli(["models", "info", "m"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/fp32 {2}single: model\.onnx [\d.]+ (kB|MB)/);
    expect(r.stdout).toContain("q4    single: onnx/model_q4.onnx 0.0 kB");
    expect(r.stdout).toContain("int8  single: onnx/model_int8.onnx");
    expect(r.stdout).toContain("onnx/model_int8.onnx_data (MISSING)");
    expect(r.stdout).toContain("chat template: none");
    const none = await cli(["models", "info", "nowhere"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`no model folder ${join(root, "nowhere")}`);
    const json = JSON.parse((await cli(["models", "info", "m", "--json"])).stdout) as { variants: { dtype: string }[] };
    expect(json.variants.map((v) => v.dtype)).toEqual(["fp32", "q4", "int8"]);
  });
});
