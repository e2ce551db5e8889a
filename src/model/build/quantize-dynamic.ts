import { foldWeightTransposes } from "./fold-transposes";
import {
  DataType,
  dimsOf,
  floatValues,
  intAttribute,
  type Model,
  Names,
  type NodeProto,
  pruneInitializers,
  Scope,
  type TensorProto,
  tensor,
} from "./onnx-edit";

/**
 * The 8-bit type of quantized weights: `int8` (symmetric, zero point 0: `model_int8.onnx`) or
 * `uint8` (asymmetric: `model_uint8.onnx`, and `model_quantized.onnx`, which transformers.js
 * writes the same way).
 */
export type DynamicWeightType = "int8" | "uint8";

/** One weight quantized per tensor: q = clamp(round_half_even(w / scale) + zeroPoint). */
export interface QuantizedWeight {
  readonly values: Int8Array | Uint8Array;
  /** A float32 value. */
  readonly scale: number;
  readonly zeroPoint: number;
}

const FLOAT32_TINY = 2 ** -126;

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const rest = x - floor;
  if (rest !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * onnxruntime's `quantize_dynamic` weight quantization (`compute_scale_zp`, then `QuantizeLinear`):
 * the range widened to include 0; int8 symmetric over [−127, 127], uint8 asymmetric over [0, 255];
 * the scale computed in float64 and stored as float32; NumPy's rounding, half to even.
 */
export function quantizeWeightPerTensor(values: Float32Array, type: DynamicWeightType): QuantizedWeight {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const [qmin, qmax] = type === "int8" ? [-127, 127] : [0, 255];
  if (type === "int8") {
    const absMax = Math.max(-min, max);
    min = -absMax;
    max = absMax;
  }
  const range = Math.fround(max - min);
  let scale64 = range / (qmax - qmin);
  let zeroPoint = 0;
  if (scale64 < FLOAT32_TINY) scale64 = 1;
  else zeroPoint = type === "int8" ? 0 : roundHalfEven(qmin - min / scale64);
  const scale = Math.fround(scale64);
  const out = type === "int8" ? new Int8Array(values.length) : new Uint8Array(values.length);
  values.forEach((v, i) => {
    out[i] = Math.min(qmax, Math.max(qmin, roundHalfEven(Math.fround(v / scale)) + zeroPoint));
  });
  return { values: out, scale, zeroPoint };
}

/**
 * Dynamic quantization as onnxruntime's `quantize_dynamic` writes it: every MatMul whose B is a
 * 2-D float initializer becomes `DynamicQuantizeLinear(A)` (uint8 activations, scale and zero point
 * measured at run time over the whole tensor) → `MatMulInteger` with the weight quantized offline →
 * `Cast` to float → `Mul` by the product of the two scales. An activation feeding several MatMuls is
 * quantized once.
 */
export function quantizeDynamic(model: Model, weightType: DynamicWeightType): void {
  const graph = model.graph;
  if (!graph) return;
  foldWeightTransposes(model);
  const names = new Names(graph);
  const qType = weightType === "int8" ? DataType.INT8 : DataType.UINT8;
  const weights = new Map<TensorProto, { values: string; scale: string; zeroPoint: string }>();
  const visit = (scope: Scope) => {
    const activations = new Map<string, string[]>();
    const nodes: NodeProto[] = [];
    for (const node of scope.graph.node ?? []) {
      for (const attr of node.attribute ?? []) {
        if (attr.g) visit(scope.child(attr.g));
        for (const g of attr.graphs ?? []) visit(scope.child(g));
      }
      const weight = node.opType === "MatMul" ? scope.initializer(node.input?.[1] ?? "") : undefined;
      if (!weight || weight.tensor.dataType !== DataType.FLOAT || dimsOf(weight.tensor).length !== 2) {
        nodes.push(node);
        continue;
      }
      let w = weights.get(weight.tensor);
      if (!w) {
        const base = weight.tensor.name ?? "weight";
        const q = quantizeWeightPerTensor(floatValues(weight.tensor), weightType);
        const added = [
          tensor(names.fresh(`${base}_quantized`), qType, dimsOf(weight.tensor), q.values),
          tensor(names.fresh(`${base}_scale`), DataType.FLOAT, [], Float32Array.of(q.scale)),
          tensor(
            names.fresh(`${base}_zero_point`),
            qType,
            [],
            weightType === "int8" ? Int8Array.of(q.zeroPoint) : Uint8Array.of(q.zeroPoint),
          ),
        ];
        weight.graph.initializer?.push(...added);
        const [values, scale, zeroPoint] = added.map((t) => t.name as string) as [string, string, string];
        w = { values, scale, zeroPoint };
        weights.set(weight.tensor, w);
      }
      const input = node.input?.[0] ?? "";
      let a = activations.get(input);
      if (!a) {
        a = [names.fresh(`${input}_quantized`), names.fresh(`${input}_scale`), names.fresh(`${input}_zero_point`)];
        nodes.push({
          opType: "DynamicQuantizeLinear",
          name: names.fresh(`${input}_QuantizeLinear`),
          input: [input],
          output: a,
        });
        activations.set(input, a);
      }
      const [aValues, aScale, aZeroPoint] = a as [string, string, string];
      const output = node.output?.[0] ?? "";
      const base = node.name ?? "MatMul";
      const integer = names.fresh(`${output}_output_quantized`);
      const cast = names.fresh(`${output}_output_quantized_cast_output`);
      const scales = names.fresh(`${base}_scales_mul_output`);
      nodes.push(
        {
          opType: "MatMulInteger",
          name: names.fresh(`${base}_quant`),
          input: [aValues, w.values, aZeroPoint, w.zeroPoint],
          output: [integer],
        },
        {
          opType: "Cast",
          name: names.fresh(`${base}_cast`),
          input: [integer],
          output: [cast],
          attribute: [intAttribute("to", DataType.FLOAT)],
        },
        { opType: "Mul", name: names.fresh(`${base}_scales_mul`), input: [aScale, w.scale], output: [scales] },
        { opType: "Mul", name: names.fresh(`${base}_output_scale_mul`), input: [cast, scales], output: [output] },
      );
    }
    scope.graph.node = nodes;
  };
  visit(new Scope(graph));
  pruneInitializers(graph);
}
