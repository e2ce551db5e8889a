import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { onnx } from "onnx-proto";

/** The ONNX files that may hold a model's weights, in the order they are looked for. */
export const MODEL_FILE_NAMES = ["model.onnx", "decoder_model_merged.onnx", "decoder_model.onnx"] as const;

/** The first of MODEL_FILE_NAMES found at the root of `dir`, else under `dir/onnx/`. */
export function findModelFile(dir: string): string {
  for (const sub of ["", "onnx"]) {
    for (const name of MODEL_FILE_NAMES) {
      const path = join(dir, sub, name);
      if (existsSync(path)) return path;
    }
  }
  throw new Error(`reference forward: no ${MODEL_FILE_NAMES.join(" / ")} in ${dir} or ${join(dir, "onnx")}`);
}

/**
 * The float32 initializers of one ONNX file, by name, widened to float64 on first use. Initializers
 * of subgraphs (e.g. the branches of a merged decoder's If node) count too; the main graph wins a clash.
 */
export class Weights {
  private readonly protos = new Map<string, onnx.ITensorProto>();
  private readonly decoded = new Map<string, { dims: number[]; data: Float64Array }>();

  constructor(readonly modelFile: string) {
    const model = onnx.ModelProto.decode(readFileSync(modelFile));
    if (model.graph) this.collect(model.graph);
  }

  has(name: string): boolean {
    return this.protos.has(name);
  }

  /** The weight `name`, checked to have exactly `shape`; throws an Error naming it otherwise. */
  get(name: string, shape: readonly number[]): Float64Array {
    const tensor = this.tensor(name);
    if (tensor.dims.length !== shape.length || tensor.dims.some((d, i) => d !== shape[i])) {
      throw new Error(
        `reference forward: weight "${name}" has shape [${tensor.dims.join(", ")}], expected [${shape.join(", ")}]`,
      );
    }
    return tensor.data;
  }

  private tensor(name: string): { dims: number[]; data: Float64Array } {
    const cached = this.decoded.get(name);
    if (cached) return cached;
    const proto = this.protos.get(name);
    if (!proto) throw new Error(`reference forward: weight "${name}" is missing from ${this.modelFile}`);
    const tensor = this.decode(name, proto);
    this.decoded.set(name, tensor);
    return tensor;
  }

  private collect(graph: onnx.IGraphProto): void {
    for (const init of graph.initializer ?? []) {
      if (init.name && !this.protos.has(init.name)) this.protos.set(init.name, init);
    }
    for (const node of graph.node ?? []) {
      for (const attr of node.attribute ?? []) {
        if (attr.g) this.collect(attr.g);
        for (const g of attr.graphs ?? []) this.collect(g);
      }
    }
  }

  private decode(name: string, proto: onnx.ITensorProto): { dims: number[]; data: Float64Array } {
    if (proto.dataType !== onnx.TensorProto.DataType.FLOAT) {
      throw new Error(`reference forward: weight "${name}" has ONNX data type ${proto.dataType}, expected FLOAT (1)`);
    }
    const dims = (proto.dims ?? []).map((d) => (typeof d === "number" ? d : Number(d.toString())));
    const count = dims.reduce((a, d) => a * d, 1);
    const bytes = this.rawBytes(name, proto);
    let data: Float64Array;
    if (bytes) {
      if (bytes.byteLength !== count * 4) {
        throw new Error(`reference forward: weight "${name}" holds ${bytes.byteLength} bytes, expected ${count * 4}`);
      }
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      data = new Float64Array(count);
      for (let i = 0; i < count; i++) data[i] = view.getFloat32(i * 4, true);
    } else {
      const floats = proto.floatData ?? [];
      if (floats.length !== count) {
        throw new Error(`reference forward: weight "${name}" holds ${floats.length} floats, expected ${count}`);
      }
      data = Float64Array.from(floats);
    }
    return { dims, data };
  }

  /** Little-endian bytes from raw_data or an external data file; undefined when the values are in float_data. */
  private rawBytes(name: string, proto: onnx.ITensorProto): Uint8Array | undefined {
    if (proto.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL) {
      const entry = (key: string) => proto.externalData?.find((e) => e.key === key)?.value ?? undefined;
      const location = entry("location");
      if (!location) throw new Error(`reference forward: external weight "${name}" names no location`);
      const path = isAbsolute(location) ? location : join(dirname(this.modelFile), location);
      const file = readFileSync(path);
      const offset = Number(entry("offset") ?? 0);
      const length = entry("length") === undefined ? file.byteLength - offset : Number(entry("length"));
      return file.subarray(offset, offset + length);
    }
    return proto.rawData && proto.rawData.byteLength > 0 ? proto.rawData : undefined;
  }
}
