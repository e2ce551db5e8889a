import { float32ToHalves, HALF_MAX } from "../float16";
import {
  allGraphs,
  DataType,
  dimsOf,
  floatValues,
  type Model,
  type NodeProto,
  type TensorProto,
  tensor,
  toNumber,
} from "./onnx-edit";

/** A float32 tensor as float16, its values clamped to the finite half range (−1e9 masks become −65504). */
function halfTensor(t: TensorProto): TensorProto {
  const values = floatValues(t).map((v) => Math.max(-HALF_MAX, Math.min(HALF_MAX, v)));
  return tensor(t.name ?? "", DataType.FLOAT16, dimsOf(t), float32ToHalves(values));
}

/**
 * Converts a float32 model to float16 as the fp16 exports people download have it: every float
 * initializer, graph input and output (the KV cache and the logits) and value info becomes float16,
 * and Casts to float cast to float16; integer and boolean values are untouched. Values are clamped
 * to ±65504 as onnxconverter-common does, so an additive mask of −1e9 stays finite (−inf would give
 * NaN for a fully masked row). No operator is kept in float32: onnxruntime's CPU provider (1.30)
 * puts Casts around the operators it has no float16 kernel for.
 */
export function convertToFloat16(model: Model): void {
  const graph = model.graph;
  if (!graph) return;
  for (const g of allGraphs(graph)) {
    g.initializer = (g.initializer ?? []).map((t) => (t.dataType === DataType.FLOAT ? halfTensor(t) : t));
    for (const v of [...(g.input ?? []), ...(g.output ?? []), ...(g.valueInfo ?? [])]) {
      const tensorType = v.type?.tensorType;
      if (tensorType?.elemType === DataType.FLOAT) tensorType.elemType = DataType.FLOAT16;
    }
    for (const node of g.node ?? []) convertNode(node);
  }
}

function convertNode(node: NodeProto): void {
  for (const attr of node.attribute ?? []) {
    if (node.opType === "Cast" && attr.name === "to" && toNumber(attr.i) === DataType.FLOAT) attr.i = DataType.FLOAT16;
    if (attr.t && attr.t.dataType === DataType.FLOAT) attr.t = halfTensor(attr.t);
  }
}
