import * as ort from "onnxruntime-node";
import { halvesToFloat32 } from "../float16";

/**
 * Float tensors in the precisions exports come in: float32, and float16 (fp16 and q4f16 files),
 * whose data onnxruntime-node holds as 16-bit patterns in a Uint16Array.
 */
export type FloatType = "float32" | "float16";

export function isFloatType(type: string): type is FloatType {
  return type === "float32" || type === "float16";
}

/** The element type the session declares for an input, or undefined for a non-tensor input. */
export function inputType(session: ort.InferenceSession, name: string): string | undefined {
  const meta = session.inputMetadata.find((m) => m.name === name);
  return meta?.isTensor ? meta.type : undefined;
}

/**
 * A float output as float32, float16 converted exactly (every half is a float32). Decided by the
 * tensor's type and the data's constructor name, not `instanceof`: the native addon's typed arrays
 * come from another realm than a Jest test's.
 */
export function toFloat32(tensor: ort.Tensor): Float32Array {
  const data = tensor.data;
  if (tensor.type === "float32") return data as Float32Array;
  if (tensor.type === "float16" && data.constructor.name === "Uint16Array") return halvesToFloat32(data as Uint16Array);
  // A runtime that hands halves as values (a Float16Array), or a float64 output, needs only copying.
  return Float32Array.from(data as ArrayLike<number>);
}

export function allocate(type: FloatType, length: number): Float32Array | Uint16Array {
  return type === "float16" ? new Uint16Array(length) : new Float32Array(length);
}

/** A tensor with no elements (an empty cache: a 0-length past dimension) of the given type. */
export function emptyTensor(type: FloatType, dims: readonly number[]): ort.Tensor {
  return new ort.Tensor(type, allocate(type, 0), dims);
}

/** A copy of the given rows (first dimension) of a float tensor, in its own element type; a row may repeat. */
export function gatherRows(tensor: ort.Tensor, rows: readonly number[]): ort.Tensor {
  if (!isFloatType(tensor.type)) throw new Error(`internal: cannot copy rows of a ${tensor.type} tensor`);
  const dims = tensor.dims.map(Number);
  const rowSize = dims.slice(1).reduce((a, b) => a * b, 1);
  const data = tensor.data as Float32Array | Uint16Array;
  const out = allocate(tensor.type, rows.length * rowSize);
  rows.forEach((row, i) => {
    out.set(data.subarray(row * rowSize, (row + 1) * rowSize), i * rowSize);
  });
  return new ort.Tensor(tensor.type, out, [rows.length, ...dims.slice(1)]);
}

/**
 * Rows of cache tensors [batch, heads, positions, dim], each from its own tensor, as one tensor of
 * `length` positions written into `memory` (exactly its size), each row left-padded with zeros:
 * contexts of different lengths continued in one batch. All parts have the same type, heads and dim.
 */
export function joinRows(
  parts: readonly { readonly tensor: ort.Tensor; readonly row: number }[],
  length: number,
  memory: Float32Array | Uint16Array,
): ort.Tensor {
  const first = parts[0]?.tensor;
  if (first === undefined || !isFloatType(first.type)) throw new Error("internal: no float cache rows to join");
  const [, heads = 0, , dim = 0] = first.dims.map(Number);
  if (memory.length !== parts.length * heads * length * dim) throw new Error("internal: join memory of the wrong size");
  parts.forEach(({ tensor, row }, i) => {
    const positions = Number(tensor.dims[2]);
    if (tensor.type !== first.type || positions > length) throw new Error("internal: cache rows that do not join");
    const data = tensor.data as Float32Array | Uint16Array;
    const block = positions * dim;
    for (let h = 0; h < heads; h++) {
      const from = (row * heads + h) * block;
      const to = (i * heads + h) * length * dim;
      memory.fill(0, to, to + (length - positions) * dim);
      memory.set(data.subarray(from, from + block), to + (length - positions) * dim);
    }
  });
  return new ort.Tensor(first.type, memory, [parts.length, heads, length, dim]);
}
