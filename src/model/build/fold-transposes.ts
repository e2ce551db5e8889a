import {
  allGraphs,
  attributeInts,
  DataType,
  dimsOf,
  floatValues,
  type GraphProto,
  halfValues,
  type Model,
  Names,
  pruneInitializers,
  Scope,
  type TensorProto,
  tensor,
} from "./onnx-edit";

/**
 * Folds `Transpose(weight)` of a 2-D float or float16 initializer into a transposed initializer. The project's
 * graphs keep Hugging Face's nn.Linear layout [out, in] and transpose in the graph; torch's ONNX
 * export writes the MatMul weight pre-transposed [in, out], and quantizers look for a MatMul whose
 * B is an initializer. onnxruntime folds these Transposes itself at load, so results do not change.
 */
export function foldWeightTransposes(model: Model): void {
  const graph = model.graph;
  if (!graph) return;
  const names = new Names(graph);
  const renames = new Map<string, string>();
  const folded = new Map<TensorProto, string>();
  const visit = (scope: Scope) => {
    const kept = [];
    for (const node of scope.graph.node ?? []) {
      for (const sub of node.attribute ?? []) {
        if (sub.g) visit(scope.child(sub.g));
        for (const g of sub.graphs ?? []) visit(scope.child(g));
      }
      const source = node.opType === "Transpose" ? scope.initializer(node.input?.[0] ?? "") : undefined;
      const perm = attributeInts(node, "perm");
      const swaps = perm === undefined || (perm[0] === 1 && perm[1] === 0);
      const type = source?.tensor.dataType;
      if (
        !source ||
        (type !== DataType.FLOAT && type !== DataType.FLOAT16) ||
        dimsOf(source.tensor).length !== 2 ||
        !swaps
      ) {
        kept.push(node);
        continue;
      }
      let name = folded.get(source.tensor);
      if (name === undefined) {
        name = names.fresh(`${source.tensor.name}_transposed`);
        source.graph.initializer?.push(transposed(source.tensor, name));
        folded.set(source.tensor, name);
      }
      renames.set(node.output?.[0] ?? "", name);
    }
    scope.graph.node = kept;
  };
  visit(new Scope(graph));
  rename(graph, renames);
  pruneInitializers(graph);
}

function transposed(weight: TensorProto, name: string): TensorProto {
  const [rows, cols] = dimsOf(weight) as [number, number];
  const half = weight.dataType === DataType.FLOAT16;
  const data = half ? halfValues(weight) : floatValues(weight);
  const out = half ? new Uint16Array(data.length) : new Float32Array(data.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = data[r * cols + c] as number;
  return tensor(name, weight.dataType as number, [cols, rows], out);
}

function rename(graph: GraphProto, renames: ReadonlyMap<string, string>): void {
  if (renames.size === 0) return;
  for (const g of allGraphs(graph)) {
    for (const node of g.node ?? []) node.input = (node.input ?? []).map((name) => renames.get(name) ?? name);
    // A folded value that is also a graph output keeps its name through an Identity.
    for (const out of g.output ?? []) {
      const to = renames.get(out.name ?? "");
      if (to) g.node?.push({ opType: "Identity", input: [to], output: [out.name ?? ""], name: `${out.name}_folded` });
    }
  }
}
