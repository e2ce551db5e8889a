/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toExternalData } from "../../../src/model/build/external-data";
import { type BuiltFiles, writeModelDir } from "../../../src/model/build/model-dir";
import { buildTestDecoder } from "../../../src/model/build/test-models";
import type { ModelDriver } from "../../../src/model/driver";
import { loadModel } from "../../../src/model/load-model";
import { ModelError } from "../../../src/model/model-error";
import { diskFiles } from "../../../src/spec/file-access";
import { greedyRequest } from "../../support/requests";

/**
 * Weights in external data files (`model.onnx_data`, onnx-community's layout under `onnx/`), as
 * onnxruntime loads them: from the model file's folder, wherever the process runs.
 */
const root = mkdtempSync(join(tmpdir(), "trustspec-external-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const base: BuiltFiles = buildTestDecoder("llama");

/** The decoder with its weights in data files under onnx/, the model's other files at the root. */
function externalCopy(name: string, maxFileBytes?: number): { dir: string; data: string[] } {
  const { model, data } = toExternalData(base["model.onnx"] as Uint8Array, {
    location: "model.onnx_data",
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
  });
  const { "model.onnx": _, ...rest } = base;
  const dir = join(root, name);
  writeModelDir(dir, {
    ...rest,
    "onnx/model.onnx": model,
    ...Object.fromEntries(Object.entries(data).map(([file, bytes]) => [`onnx/${file}`, bytes])),
  });
  return { dir, data: Object.keys(data) };
}

async function results(dir: string) {
  const driver: ModelDriver = await loadModel(dir, { files: diskFiles, threads: 1 });
  try {
    const generated = await driver.generate([greedyRequest("Once upon a time", 8)]);
    const scored = await driver.score([{ context: "Q: Is the sky green?\nA:", choices: [" No", " Yes, it is"] }]);
    return { generated, scored };
  } finally {
    await driver.close();
  }
}

let single: Awaited<ReturnType<typeof results>>;
beforeAll(async () => {
  const dir = join(root, "single");
  writeModelDir(dir, base);
  single = await results(dir);
});

describe("a decoder whose weights are in external data files", () => {
  it("generates and scores exactly as the single file does, from one data file or several", async () => {
    const one = externalCopy("one-file");
    expect(one.data).toEqual(["model.onnx_data"]);
    expect(await results(one.dir)).toEqual(single);
    const several = externalCopy("several-files", 100_000);
    expect(several.data.length).toBeGreaterThan(3);
    expect(await results(several.dir)).toEqual(single);
    expect(single.generated[0]?.ok && single.generated[0].samples[0]?.tokenIds.length).toBe(8);
  });

  it("finds its data files next to the model file when the process runs in another folder", async () => {
    const { dir } = externalCopy("elsewhere");
    const cwd = process.cwd();
    const other = mkdtempSync(join(tmpdir(), "trustspec-cwd-"));
    process.chdir(other);
    try {
      expect(await results(dir)).toEqual(single);
    } finally {
      process.chdir(cwd);
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("a missing data file is MODEL_DATA_MISSING naming it, before onnxruntime opens the model", async () => {
    const { dir, data } = externalCopy("missing", 100_000);
    const missing = join(dir, "onnx", data[1] as string);
    rmSync(missing);
    const error = await loadModel(dir, { files: diskFiles, threads: 1 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    // (onnxruntime 1.30 alone would say: External data path validation failed for initializer: <name>.
    // Error: … External data path does not exist: "<dir>/onnx/model.onnx_data_1", as a corrupt file.)
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).code).toBe("MODEL_DATA_MISSING");
    expect((error as ModelError).file).toBe(missing);
    expect((error as ModelError).message).toBe(
      `model.onnx keeps its weights in ${data[1]}, which is not in ${join(dir, "onnx")}`,
    );
  });
});
