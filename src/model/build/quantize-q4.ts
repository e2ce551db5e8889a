import { halfToNumber, numberToHalf } from "../float16";
import { foldWeightTransposes } from "./fold-transposes";
import {
  DataType,
  dimsOf,
  floatValues,
  halfValues,
  intAttribute,
  type Model,
  MS_DOMAIN,
  Names,
  type NodeProto,
  pruneInitializers,
  Scope,
  type TensorProto,
  tensor,
  useOpset,
} from "./onnx-edit";

export interface Q4Options {
  /** Weights per scale along K; a power of two ≥ 16. onnx-community's q4 files use 32. */
  readonly blockSize?: number;
  /**
   * Symmetric blocks (no zero points: the block's largest magnitude maps to −8, zero to 8), as
   * transformers.js quantizes its q4 files; asymmetric blocks store a 4-bit zero point per block.
   */
  readonly symmetric?: boolean;
  /**
   * The kernel's `accuracy_level`: 0 (unset) computes in float; 4 lets it quantize the activations
   * to int8 per block at run time (transformers.js's q4 preset). Absent: not written.
   */
  readonly accuracyLevel?: number;
}

/** A weight [K, N] as MatMulNBits stores it. */
interface Q4Weight {
  /** [N, blocks, blockSize / 2]: two 4-bit values per byte, the first in the low nibble. */
  readonly packed: Uint8Array;
  /** [N, blocks], in the weight's own float type (float32 values, or halves). */
  readonly scales: Float32Array | Uint16Array;
  /** [N, ⌈blocks / 2⌉], packed like the weights; absent when symmetric (the kernel assumes 8). */
  readonly zeroPoints: Uint8Array | undefined;
  readonly blocks: number;
}

/** C's roundf: halves away from zero (Math.round rounds them up). */
const roundAway = (x: number) => Math.sign(x) * Math.round(Math.abs(x));
const f32 = Math.fround;

/**
 * Quantizes a row-major [K, N] weight block-wise along K, column by column, exactly as
 * onnxruntime's `matmul_nbits_quantizer` does through MLAS's blockwise quantizer: K padded with zeros
 * to whole blocks; float32 arithmetic; a scale stored in the weight's type and its reciprocal taken
 * from the stored value; round half away from zero; clamp to 0..15.
 */
export function quantizeQ4Weight(
  values: ArrayLike<number>,
  k: number,
  n: number,
  options: { blockSize: number; symmetric: boolean; half: boolean },
): Q4Weight {
  const { blockSize, symmetric, half } = options;
  const blocks = Math.ceil(k / blockSize);
  const blob = blockSize / 2;
  const packed = new Uint8Array(n * blocks * blob);
  const scales = half ? new Uint16Array(n * blocks) : new Float32Array(n * blocks);
  const zeroPoints = symmetric ? undefined : new Uint8Array(n * Math.ceil(blocks / 2)).fill(0x88);
  const store = (x: number) => (half ? numberToHalf(x) : f32(x));
  const stored = (i: number) => (half ? halfToNumber(scales[i] as number) : (scales[i] as number));
  const at = (row: number, col: number) => (row < k ? (values[row * n + col] as number) : 0);
  for (let col = 0; col < n; col++) {
    for (let b = 0; b < blocks; b++) {
      let min = Number.POSITIVE_INFINITY;
      let max = Number.NEGATIVE_INFINITY;
      for (let r = b * blockSize; r < (b + 1) * blockSize; r++) {
        const v = at(r, col);
        if (v < min) min = v;
        if (v > max) max = v;
      }
      let zeroPoint = 8;
      const s = col * blocks + b;
      if (symmetric) {
        scales[s] = store(f32((Math.abs(max) > Math.abs(min) ? max : min) / -8));
      } else {
        min = Math.min(min, 0);
        max = Math.max(max, 0);
        const scale = f32(f32(max - min) / 15);
        const zeroFloat = scale !== 0 ? f32(0 - f32(min / scale)) : min;
        zeroPoint = zeroFloat < 0 ? 0 : zeroFloat > 15 ? 15 : roundAway(zeroFloat);
        scales[s] = store(scale);
        const z = col * Math.ceil(blocks / 2) + (b >> 1);
        const zp = zeroPoints as Uint8Array;
        zp[z] = b % 2 === 0 ? ((zp[z] as number) & 0xf0) | zeroPoint : ((zp[z] as number) & 0x0f) | (zeroPoint << 4);
      }
      const scale = stored(s);
      const reciprocal = scale !== 0 ? f32(1 / scale) : 0;
      for (let i = 0; i < blockSize; i += 2) {
        const r = b * blockSize + i;
        const q = (v: number) => Math.min(15, Math.max(0, roundAway(f32(f32(v * reciprocal) + zeroPoint))));
        packed[(col * blocks + b) * blob + i / 2] = q(at(r, col)) | (q(at(r + 1, col)) << 4);
      }
    }
  }
  return { packed, scales, zeroPoints, blocks };
}

/**
 * Replaces every MatMul whose B is a 2-D float (or float16) initializer [K, N] by onnxruntime's
 * `com.microsoft.MatMulNBits` (bits 4): the `model_q4.onnx` of onnx-community exports, and with a
 * float16 model first, `model_q4f16.onnx`. MatMuls of two computed values (attention) stay float.
 */
export function quantizeQ4(model: Model, options: Q4Options = {}): void {
  const graph = model.graph;
  if (!graph) return;
  const blockSize = options.blockSize ?? 32;
  const symmetric = options.symmetric ?? true;
  if (blockSize < 16 || (blockSize & (blockSize - 1)) !== 0) {
    throw new Error(`internal: a MatMulNBits block size is a power of two ≥ 16, not ${blockSize}`);
  }
  foldWeightTransposes(model);
  const names = new Names(graph);
  const done = new Map<TensorProto, string[]>();
  const visit = (scope: Scope) => {
    scope.graph.node = (scope.graph.node ?? []).map((node): NodeProto => {
      for (const attr of node.attribute ?? []) {
        if (attr.g) visit(scope.child(attr.g));
        for (const g of attr.graphs ?? []) visit(scope.child(g));
      }
      if (node.opType !== "MatMul" || (node.domain ?? "") !== "") return node;
      const weight = scope.initializer(node.input?.[1] ?? "");
      const type = weight?.tensor.dataType;
      if (!weight || (type !== DataType.FLOAT && type !== DataType.FLOAT16) || dimsOf(weight.tensor).length !== 2) {
        return node;
      }
      const [k, n] = dimsOf(weight.tensor) as [number, number];
      let inputs = done.get(weight.tensor);
      if (!inputs) {
        const half = type === DataType.FLOAT16;
        const values = half ? Array.from(halfValues(weight.tensor), halfToNumber) : floatValues(weight.tensor);
        const q = quantizeQ4Weight(values, k, n, { blockSize, symmetric, half });
        const base = weight.tensor.name ?? "weight";
        const added = [
          tensor(names.fresh(`${base}_Q4`), DataType.UINT8, [n, q.blocks, blockSize / 2], q.packed),
          tensor(names.fresh(`${base}_scales`), type, [n, q.blocks], q.scales),
          ...(q.zeroPoints
            ? [tensor(names.fresh(`${base}_zero_points`), DataType.UINT8, [n, Math.ceil(q.blocks / 2)], q.zeroPoints)]
            : []),
        ];
        weight.graph.initializer?.push(...added);
        inputs = added.map((t) => t.name as string);
        done.set(weight.tensor, inputs);
      }
      return {
        opType: "MatMulNBits",
        domain: MS_DOMAIN,
        name: names.fresh(`${node.name ?? "MatMul"}_Q4`),
        input: [node.input?.[0] ?? "", ...inputs],
        output: node.output ?? [],
        attribute: [
          intAttribute("K", k),
          intAttribute("N", n),
          intAttribute("bits", 4),
          intAttribute("block_size", blockSize),
          ...(options.accuracyLevel !== undefined ? [intAttribute("accuracy_level", options.accuracyLevel)] : []),
        ],
      };
    });
  };
  visit(new Scope(graph));
  pruneInitializers(graph);
  useOpset(model, MS_DOMAIN, 1);
}
