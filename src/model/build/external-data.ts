import { onnx } from "onnx-proto";
import { allGraphs, decodeModel, encodeModelProto } from "./onnx-edit";

export interface ExternalDataOptions {
  /** The data file's name, in the model file's folder: "model.onnx_data" as onnx-community names it. */
  readonly location: string;
  /** Initializers smaller than this many bytes stay inside the model (onnx's default: 1024). */
  readonly sizeThreshold?: number;
  /**
   * Bytes per data file: a weight that would take a file past it starts the next one
   * (`model.onnx_data_1`, `model.onnx_data_2`, …, as transformers.js splits files over 2 GB).
   */
  readonly maxFileBytes?: number;
}

export interface ExternalDataModel {
  /** The model file, its large initializers pointing into the data files. */
  readonly model: Uint8Array;
  /** The data files, by name (relative to the model file's folder). */
  readonly data: Readonly<Record<string, Uint8Array>>;
}

/**
 * Moves an encoded model's large initializers into external data files, as `onnx.save_model(…,
 * save_as_external_data=True)` does: each tensor's raw bytes appended to a data file, and the
 * tensor marked EXTERNAL with `location`, `offset` and `length` entries.
 */
export function toExternalData(bytes: Uint8Array, options: ExternalDataOptions): ExternalDataModel {
  const model = decodeModel(bytes);
  const threshold = options.sizeThreshold ?? 1024;
  const files: Uint8Array[][] = [[]];
  const sizes = [0];
  const fileName = (i: number) => (i === 0 ? options.location : `${options.location}_${i}`);
  for (const graph of model.graph ? allGraphs(model.graph) : []) {
    for (const t of graph.initializer ?? []) {
      const raw = t.rawData;
      if (!raw || raw.byteLength < threshold) continue;
      let file = files.length - 1;
      const full =
        options.maxFileBytes !== undefined && (sizes[file] as number) + raw.byteLength > options.maxFileBytes;
      if (full && (sizes[file] as number) > 0) {
        files.push([]);
        sizes.push(0);
        file += 1;
      }
      const offset = sizes[file] as number;
      (files[file] as Uint8Array[]).push(raw);
      sizes[file] = offset + raw.byteLength;
      t.rawData = null;
      t.dataLocation = onnx.TensorProto.DataLocation.EXTERNAL;
      t.externalData = [
        { key: "location", value: fileName(file) },
        { key: "offset", value: String(offset) },
        { key: "length", value: String(raw.byteLength) },
      ];
    }
  }
  const data: Record<string, Uint8Array> = {};
  files.forEach((chunks, i) => {
    if (chunks.length === 0) return;
    const out = new Uint8Array(sizes[i] as number);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.byteLength;
    }
    data[fileName(i)] = out;
  });
  return { model: encodeModelProto(model), data };
}
