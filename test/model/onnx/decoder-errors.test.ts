/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onnx } from "onnx-proto";
import { writeModelDir } from "../../../src/model/build/model-dir";
import { encodeModel, Graph, int, ints } from "../../../src/model/build/onnx-graph";
import { buildTestDecoder } from "../../../src/model/build/test-models";
import { loadCausalLM } from "../../../src/model/causal-lm";
import { ModelError } from "../../../src/model/model-error";
import { sessionOptions } from "../../../src/model/onnx/session";
import { diskFiles } from "../../../src/spec/file-access";
import { greedyRequest } from "../../support/requests";

/** The errors a user meets loading a decoder export, on real files, each naming the file and the fix. */
const root = mkdtempSync(join(tmpdir(), "trustspec-decoder-errors-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh copy of the built GPT-2 in its own folder, to break. */
function copy(name: string): string {
  const dir = join(root, name);
  writeModelDir(dir, buildTestDecoder("gpt2"));
  return dir;
}

async function loadError(dir: string): Promise<ModelError> {
  try {
    const model = await loadCausalLM(dir, { files: diskFiles, threads: 1 });
    await model.close();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error(`${dir} loaded without an error`);
}

describe("decoder load errors", () => {
  it("a model.onnx cut short is MODEL_ONNX_CORRUPT naming the file", async () => {
    const dir = copy("truncated");
    const file = join(dir, "model.onnx");
    writeFileSync(file, readFileSync(file).subarray(0, 1000));
    const e = await loadError(dir);
    expect(e.code).toBe("MODEL_ONNX_CORRUPT");
    expect(e.file).toBe(file);
    expect(e.hint).toMatch(/export it again/);
  });

  it("a tokenizer with more tokens than the model has logits is TOKEN_BEYOND_LOGITS", async () => {
    const dir = copy("narrow-logits");
    const configPath = join(dir, "config.json");
    const config = JSON.parse(readFileSync(configPath, "utf8"));
    const tokenizer = JSON.parse(readFileSync(join(dir, "tokenizer.json"), "utf8"));
    const ids = [
      ...Object.values(tokenizer.model.vocab as Record<string, number>),
      ...(tokenizer.added_tokens as { id: number }[]).map((t) => t.id),
    ];
    const tokens = Math.max(...ids) + 1;
    // Logits wider than the tokenizer are padding and load fine (the built GPT-2 pads to a multiple of 64).
    expect(config.vocab_size).toBeGreaterThan(tokens);
    writeFileSync(configPath, JSON.stringify({ ...config, vocab_size: tokens - 10 }));
    const e = await loadError(dir);
    expect(e.code).toBe("TOKEN_BEYOND_LOGITS");
    expect(e.message).toContain(`${tokens} tokens`);
    expect(e.message).toContain(`${tokens - 10}`);
  });

  it("a decoder with an input trustspec does not know is MODEL_INPUTS_UNKNOWN listing it", async () => {
    const dir = copy("odd-input");
    const g = new Graph("odd");
    const ids = g.input("input_ids", "int64", ["batch_size", "sequence_length"]);
    g.input("attention_mask", "int64", ["batch_size", "sequence_length"]);
    g.input("image_features", "float32", ["batch_size", 4]);
    const table = g.weight("table", [600, 8], new Float32Array(600 * 8));
    g.output("logits", "float32", ["batch_size", "sequence_length", 8], g.op("Gather", [table, ids]));
    writeFileSync(join(dir, "model.onnx"), encodeModel(g));
    const e = await loadError(dir);
    expect(e.code).toBe("MODEL_INPUTS_UNKNOWN");
    expect(e.message).toContain("image_features");
    expect(e.file).toBe(join(dir, "model.onnx"));
  });

  it("a cache for another number of layers than config.json says is MODEL_INPUTS_UNKNOWN", async () => {
    const dir = copy("wrong-layers");
    const configPath = join(dir, "config.json");
    const config = JSON.parse(readFileSync(configPath, "utf8"));
    writeFileSync(configPath, JSON.stringify({ ...config, n_layer: config.n_layer + 1 }));
    const e = await loadError(dir);
    expect(e.code).toBe("MODEL_INPUTS_UNKNOWN");
    expect(e.message).toMatch(/cache inputs for 2 layers .* config\.json says 3 layers/);
  });

  /** A decoder whose logits pass through `op` (in `domain`, on `type` values) on their way out. */
  function decoderThrough(op: string, type: number, domain = ""): Uint8Array {
    const g = new Graph("unsupported");
    const ids = g.input("input_ids", "int64", ["batch_size", "sequence_length"]);
    g.input("attention_mask", "int64", ["batch_size", "sequence_length"]);
    const table = g.weight("table", [600, 8], new Float32Array(600 * 8));
    const x = g.op("Cast", [g.op("Gather", [table, ids])], { to: int(type) });
    // BiasAdd(X, bias, skip) = X + bias + skip, with bias [channels].
    const y =
      op === "BiasAdd"
        ? g.op(op, [x, g.op("ReduceMean", [x], { axes: ints([0, 1]), keepdims: int(0) }), x])
        : g.op(op, [x, x]);
    g.output("logits", "float32", ["batch_size", "sequence_length", 8], g.op("Cast", [y], { to: int(1) }));
    const model = onnx.ModelProto.decode(encodeModel(g));
    for (const node of model.graph?.node ?? []) if (node.opType === op) node.domain = domain;
    if (domain) model.opsetImport.push({ domain, version: 1 });
    return onnx.ModelProto.encode(model).finish();
  }

  it.each([
    [
      "a bfloat16 Add (no CPU kernel for the type)",
      "Add",
      16,
      "",
      /no kernel for the operator Add \(opset 14, node "Add_\d+"\)/,
    ],
    [
      "a float16 com.microsoft.BiasAdd (a GPU-only contrib operator)",
      "BiasAdd",
      10,
      "com.microsoft",
      /no kernel for the operator com\.microsoft\.BiasAdd \(opset 1, node "BiasAdd_\d+"\)/,
    ],
  ])(
    "an operator the CPU cannot run is MODEL_OP_UNSUPPORTED naming it and the file: %s",
    async (_, op, type, domain, says) => {
      const dir = copy(`unsupported-${op}`);
      const file = join(dir, "model.onnx");
      writeFileSync(file, decoderThrough(op, type, domain));
      const e = await loadError(dir);
      expect(e.code).toBe("MODEL_OP_UNSUPPORTED");
      expect(e.file).toBe(file);
      expect(e.message).toMatch(says);
      expect(e.message).toContain(file);
      expect(e.hint).toMatch(/fp32 or q4/);
    },
  );

  it("asks onnxruntime for the GPU's provider first (the CPU after it), and only the CPU without one", () => {
    expect(sessionOptions({ device: { provider: "cuda", deviceId: 2 } }).executionProviders).toEqual([
      { name: "cuda", deviceId: 2 },
      "cpu",
    ]);
    expect(sessionOptions({ threads: 1 }).executionProviders).toEqual(["cpu"]);
  });

  it("execution_provider: cuda without its libraries (or without a GPU) is MODEL_PROVIDER_UNAVAILABLE with how to get them; with them, the CPU's greedy text", async () => {
    const dir = copy("on-a-gpu");
    const device = { provider: "cuda", deviceId: 0 } as const;
    let gpu: Awaited<ReturnType<typeof loadCausalLM>> | undefined;
    try {
      gpu = await loadCausalLM(dir, { files: diskFiles, threads: 1, device });
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      expect(e.code).toBe("MODEL_PROVIDER_UNAVAILABLE");
      expect(e.file).toBe(join(dir, "model.onnx"));
      expect(e.message).toContain("cuda:0");
      expect(e.hint).toContain("ONNXRUNTIME_NODE_INSTALL=cuda12");
      return;
    }
    // A machine with CUDA: the GPU continues a prompt as the CPU does.
    const cpu = await loadCausalLM(dir, { files: diskFiles, threads: 1 });
    const request = greedyRequest("the cat", 8);
    try {
      expect(await gpu.generate([request])).toEqual(await cpu.generate([request]));
    } finally {
      await gpu.close();
      await cpu.close();
    }
  });

  it("a directory without an ONNX decoder is MODEL_ONNX_MISSING with the export command", async () => {
    const dir = copy("no-onnx");
    rmSync(join(dir, "model.onnx"));
    const e = await loadError(dir);
    expect(e.code).toBe("MODEL_ONNX_MISSING");
    expect(e.hint).toContain("optimum-cli export onnx");
  });
});
