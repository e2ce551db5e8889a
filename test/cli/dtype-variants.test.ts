/** @jest-environment ./test/support/onnx-environment.js */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toExternalData } from "../../src/model/build/external-data";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildModelVariant, MODEL_VARIANTS } from "../../src/model/build/model-variants";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { readModelConfig } from "../../src/model/model-config";
import { loadTokenizer } from "../../src/model/tokenizer";
import { DTYPES, parseDtype } from "../../src/spec/dtype";
import { diskFiles } from "../../src/spec/file-access";
import { runCli } from "../support/cli";
import { PlainDecoder } from "../support/plain-onnx";

/**
 * A folder in the onnx-community layout, as a user downloads one: onnx/model.onnx with its weights in
 * model.onnx_data, and model_fp16.onnx, model_q4.onnx, … built from the same decoder. For every dtype,
 * greedy `trustspec generate --dtype D` and `trustspec score --dtype D` equal a plain onnxruntime loop
 * over that dtype's own file (test/support/plain-onnx.ts: its own feeds, cache and log-softmax).
 */
let dir: string;
const PROMPT = "Once upon a time";
const CONTEXT = "Q: Is the sky green?\nA:";
const CHOICES = [" No", " Yes, it is"];

beforeAll(() => {
  dir = join(realpathSync(mkdtempSync(join(tmpdir(), "trustspec-dtypes-"))), "m");
  const base = buildTestDecoder("llama");
  const { "model.onnx": fp32, ...rest } = base;
  writeModelDir(dir, rest);
  mkdirSync(join(dir, "onnx"));
  const external = toExternalData(fp32 as Uint8Array, { location: "model.onnx_data" });
  writeFileSync(join(dir, "onnx", "model.onnx"), external.model);
  for (const [name, bytes] of Object.entries(external.data)) writeFileSync(join(dir, "onnx", name), bytes);
  for (const variant of MODEL_VARIANTS) {
    const dtype = parseDtype(variant) as keyof typeof DTYPES;
    writeFileSync(join(dir, "onnx", `model${DTYPES[dtype]}.onnx`), buildModelVariant(fp32 as Uint8Array, variant));
  }
  // The plain loop reads config.json beside the file it runs.
  writeFileSync(join(dir, "onnx", "config.json"), JSON.stringify(JSON.parse(JSON.stringify(rest["config.json"]))));
});
afterAll(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

jest.setTimeout(60_000);

const json = async (args: string[]) => {
  const r = await runCli([...args, "--json"], { cwd: join(dir, "..") });
  expect(r).toMatchObject({ code: 0, stderr: "" });
  return JSON.parse(r.stdout);
};

describe.each(["fp32", "fp16", "q4", "q4f16", "int8", "uint8", "quantized"])("--dtype %s", (name) => {
  const dtype = parseDtype(name) as keyof typeof DTYPES;
  let plain: PlainDecoder;
  let encode: (text: string) => number[];
  let eos: readonly number[];
  beforeAll(async () => {
    const config = readModelConfig(dir, diskFiles);
    const tokenizer = loadTokenizer(dir, diskFiles, config);
    encode = (text) => tokenizer.encode(text);
    eos = config.eosTokenIds;
    plain = await PlainDecoder.open(join(dir, "onnx", `model${DTYPES[dtype]}.onnx`), tokenizer.vocabSize);
  });
  afterAll(() => plain.release());

  it("generates, greedily, exactly the plain loop's tokens", async () => {
    const out = await json(["generate", "--model", "m", "--dtype", name, "--prompt", PROMPT, "--max-tokens", "8"]);
    expect(out.input_ids).toEqual(encode(PROMPT));
    expect(out.samples[0].token_ids).toEqual(await plain.greedy(encode(PROMPT), 8, eos));
  });

  it("scores each choice as the plain loop does, within 1e-5", async () => {
    const out = await json([
      "score",
      "--model",
      "m",
      "--dtype",
      name,
      "--context",
      CONTEXT,
      ...CHOICES.flatMap((c) => ["--choice", c]),
    ]);
    const context = encode(CONTEXT);
    for (const [i, choice] of CHOICES.entries()) {
      const whole = encode(CONTEXT + choice);
      const expected = await plain.score(context, whole.slice(context.length));
      expect(Math.abs(out.choices[i].sum - expected)).toBeLessThan(1e-5);
    }
  });
});
