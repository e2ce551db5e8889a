import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onnx } from "onnx-proto";
import { checkOnnxFile, externalDataFiles } from "../../src/model/onnx-scan";

/**
 * The external weights an ONNX file refers to, found without decoding it: models are encoded here
 * with onnx-proto (the reference), with references where optimum and onnxruntime put them — the
 * graph's initializers, a merged decoder's If branches, sparse initializers, a Constant's tensor —
 * and with megabytes of inline weights the scanner must skip.
 */
const dir = mkdtempSync(join(tmpdir(), "trustspec-external-data-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const external = (name: string, location: string): onnx.ITensorProto => ({
  name,
  dims: [4],
  dataType: onnx.TensorProto.DataType.FLOAT,
  dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
  externalData: [
    { key: "location", value: location },
    { key: "offset", value: "0" },
    { key: "length", value: "16" },
  ],
});
const inline = (name: string, bytes: number): onnx.ITensorProto => ({
  name,
  dims: [bytes / 4],
  dataType: onnx.TensorProto.DataType.FLOAT,
  rawData: new Uint8Array(bytes).fill(7),
});

function write(name: string, graph: onnx.IGraphProto): string {
  const path = join(dir, name);
  writeFileSync(path, onnx.ModelProto.encode({ irVersion: 8, producerName: "test", graph }).finish());
  return path;
}

describe("externalDataFiles", () => {
  it("lists every location once, in the file's order (nodes before initializers), wherever the tensors are", () => {
    const branch = (location: string): onnx.IGraphProto => ({ name: "b", initializer: [external("w_b", location)] });
    const path = write("merged.onnx", {
      name: "g",
      initializer: [
        inline("big", 3 * 1024 * 1024),
        external("w1", "model.onnx_data"),
        external("w2", "model.onnx_data"),
      ],
      sparseInitializer: [{ values: external("s", "sparse.bin"), indices: inline("i", 16), dims: [4] }],
      node: [
        {
          opType: "If",
          attribute: [
            { name: "then_branch", type: onnx.AttributeProto.AttributeType.GRAPH, g: branch("then.bin") },
            { name: "else_branch", type: onnx.AttributeProto.AttributeType.GRAPH, g: branch("model.onnx_data") },
          ],
        },
        {
          opType: "Constant",
          attribute: [{ name: "value", type: onnx.AttributeProto.AttributeType.TENSOR, t: external("c", "const.bin") }],
        },
      ],
    });
    expect(externalDataFiles(path)).toEqual(["then.bin", "model.onnx_data", "const.bin", "sparse.bin"]);
  });

  it("finds none in a model whose weights are inside it", () => {
    expect(externalDataFiles(write("inline.onnx", { name: "g", initializer: [inline("w", 64)] }))).toEqual([]);
  });

  it("gives up (undefined) on a file that is not a protobuf, or one cut short", () => {
    const garbage = join(dir, "garbage.onnx");
    writeFileSync(garbage, "this is not an ONNX model\n");
    expect(externalDataFiles(garbage)).toBeUndefined();
    const whole = onnx.ModelProto.encode({
      irVersion: 8,
      graph: { name: "g", initializer: [inline("w", 4096)] },
    }).finish();
    const cut = join(dir, "cut.onnx");
    writeFileSync(cut, whole.subarray(0, whole.length - 100));
    expect(externalDataFiles(cut)).toBeUndefined();
  });
});

describe("checkOnnxFile", () => {
  it("names the weights that are not beside the graph file, with the download to fix it", () => {
    const path = write("model_q4.onnx", { name: "g", initializer: [external("w", "model_q4.onnx_data")] });
    expect(() => checkOnnxFile(path)).toThrow(
      expect.objectContaining({
        code: "MODEL_DATA_MISSING",
        file: join(dir, "model_q4.onnx_data"),
        message: `model_q4.onnx keeps its weights in model_q4.onnx_data, which is not in ${dir}`,
        hint: expect.stringContaining('--include "onnx/model_q4.onnx*"'),
      }),
    );
    writeFileSync(join(dir, "model_q4.onnx_data"), new Uint8Array(16));
    expect(checkOnnxFile(path)).toEqual({ dataFiles: [join(dir, "model_q4.onnx_data")], quantizesDynamically: false });
  });

  it("tells a file that quantizes activations at run time (anywhere in the graph) from one that does not", () => {
    const dynamic = write("dynamic.onnx", {
      name: "g",
      node: [
        {
          opType: "If",
          attribute: [
            {
              name: "then_branch",
              type: onnx.AttributeProto.AttributeType.GRAPH,
              g: { name: "b", node: [{ opType: "DynamicQuantizeLinear" }] },
            },
          ],
        },
      ],
    });
    expect(checkOnnxFile(dynamic).quantizesDynamically).toBe(true);
    const plain = write("plain.onnx", {
      name: "g",
      node: [{ opType: "MatMulInteger" }],
      initializer: [inline("w", 64)],
    });
    expect(checkOnnxFile(plain).quantizesDynamically).toBe(false);
  });
});

describe("scanning a file again", () => {
  /** How many times the scanner reads from a file while `scan` runs. */
  function readsDuring(scan: () => void): number {
    // The module object itself (an import * would spy on a copy of it).
    const reads = jest.spyOn(require("node:fs") as typeof import("node:fs"), "readSync");
    try {
      scan();
      return reads.mock.calls.length;
    } finally {
      reads.mockRestore();
    }
  }

  it("reads the file once while it is unchanged (a run checks, fingerprints and loads the same graph)", () => {
    const path = write("again.onnx", { name: "g", initializer: [external("w", "again.onnx_data")] });
    expect(readsDuring(() => expect(externalDataFiles(path)).toEqual(["again.onnx_data"]))).toBeGreaterThan(0);
    expect(readsDuring(() => expect(externalDataFiles(path)).toEqual(["again.onnx_data"]))).toBe(0);
  });

  it("reads it anew once its size or modification time changes", () => {
    const path = write("changed.onnx", { name: "g", initializer: [external("w", "one.bin")] });
    expect(externalDataFiles(path)).toEqual(["one.bin"]);
    // Same size, another location: only the modification time tells.
    write("changed.onnx", { name: "g", initializer: [external("w", "two.bin")] });
    const later = new Date(Date.now() + 5000);
    utimesSync(path, later, later);
    expect(externalDataFiles(path)).toEqual(["two.bin"]);
    write("changed.onnx", { name: "g", initializer: [external("w", "three-longer.bin")] });
    expect(externalDataFiles(path)).toEqual(["three-longer.bin"]);
  });
});
