import { onnx } from "onnx-proto";

/**
 * A small builder for ONNX graphs, serialised with onnx-proto. Only what the project's own models
 * need: float32/int64/bool tensors, dynamic dimensions by name, attributes, and subgraphs (for the
 * `If` of a merged decoder). Values are referred to by name; `op` returns the names of its outputs.
 */

export type ElemType = "float32" | "int64" | "bool";
/** A fixed size or the name of a dynamic dimension ("batch_size"). */
export type Dim = number | string;

const ELEM: Record<ElemType, onnx.TensorProto.DataType> = {
  float32: onnx.TensorProto.DataType.FLOAT,
  int64: onnx.TensorProto.DataType.INT64,
  bool: onnx.TensorProto.DataType.BOOL,
};

/** An attribute value, tagged with its ONNX type. */
export type Attr =
  | { readonly int: number }
  | { readonly float: number }
  | { readonly ints: readonly number[] }
  | { readonly string: string }
  | { readonly graph: Graph };

export const int = (value: number): Attr => ({ int: value });
export const float = (value: number): Attr => ({ float: value });
export const ints = (values: readonly number[]): Attr => ({ ints: values });
export const str = (value: string): Attr => ({ string: value });

function valueInfo(name: string, type: ElemType, dims: readonly Dim[]): onnx.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType: ELEM[type],
        shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

function attribute(name: string, value: Attr): onnx.IAttributeProto {
  const T = onnx.AttributeProto.AttributeType;
  if ("int" in value) return { name, type: T.INT, i: value.int };
  if ("float" in value) return { name, type: T.FLOAT, f: value.float };
  if ("ints" in value) return { name, type: T.INTS, ints: [...value.ints] };
  if ("string" in value) return { name, type: T.STRING, s: new TextEncoder().encode(value.string) };
  return { name, type: T.GRAPH, g: value.graph.toProto() };
}

export class Graph {
  private readonly nodes: onnx.INodeProto[] = [];
  private readonly initializers: onnx.ITensorProto[] = [];
  private readonly inputs: onnx.IValueInfoProto[] = [];
  private readonly outputs: onnx.IValueInfoProto[] = [];
  private counter = 0;

  /** `scope` prefixes generated value names, so a subgraph never shadows its parent's values. */
  constructor(
    readonly name: string,
    private readonly scope = "",
  ) {}

  input(name: string, type: ElemType, dims: readonly Dim[]): string {
    this.inputs.push(valueInfo(name, type, dims));
    return name;
  }

  /** Declares `name` a graph output holding `value`. */
  output(name: string, type: ElemType, dims: readonly Dim[], value: string): void {
    if (value !== name) this.nodes.push({ opType: "Identity", input: [value], output: [name], name: `${name}_out` });
    this.outputs.push(valueInfo(name, type, dims));
  }

  /** A named float32 initializer (a weight). */
  weight(name: string, dims: readonly number[], data: Float32Array): string {
    if (data.length !== dims.reduce((a, b) => a * b, 1)) {
      throw new Error(`internal: weight ${name} has ${data.length} values for dims ${dims.join("x")}`);
    }
    this.initializers.push({
      name,
      dims: [...dims],
      dataType: ELEM.float32,
      rawData: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    });
    return name;
  }

  /** An int64 constant; a scalar when `dims` is []. */
  int64(values: readonly number[], dims: readonly number[] = [values.length]): string {
    const name = this.fresh("const");
    this.initializers.push({ name, dims: [...dims], dataType: ELEM.int64, int64Data: [...values] });
    return name;
  }

  /** A float32 constant; a scalar when `dims` is []. */
  float32(values: readonly number[], dims: readonly number[] = []): string {
    const name = this.fresh("const");
    this.initializers.push({ name, dims: [...dims], dataType: ELEM.float32, floatData: [...values] });
    return name;
  }

  /** Adds a node and returns the name of its (first) output. */
  op(type: string, inputs: readonly string[], attrs: Record<string, Attr> = {}): string {
    return this.opN(type, inputs, 1, attrs)[0] as string;
  }

  /** Adds a node with `count` outputs and returns their names. */
  opN(type: string, inputs: readonly string[], count: number, attrs: Record<string, Attr> = {}): string[] {
    const base = this.fresh(type);
    const output = count === 1 ? [base] : Array.from({ length: count }, (_, i) => `${base}_${i}`);
    this.nodes.push({
      opType: type,
      name: base,
      input: [...inputs],
      output,
      attribute: Object.entries(attrs).map(([name, value]) => attribute(name, value)),
    });
    return output;
  }

  toProto(): onnx.IGraphProto {
    return {
      name: this.name,
      node: this.nodes,
      initializer: this.initializers,
      input: this.inputs,
      output: this.outputs,
    };
  }

  private fresh(kind: string): string {
    this.counter += 1;
    return `${this.scope}${kind}_${this.counter}`;
  }
}

/** The opset our graphs are written against (LayerNormalization, Shape start/end). */
export const OPSET = 17;

/** Serialises a graph as an ONNX model file. */
export function encodeModel(graph: Graph, producer = "trustspec"): Uint8Array {
  return onnx.ModelProto.encode({
    irVersion: 8,
    producerName: producer,
    opsetImport: [{ domain: "", version: OPSET }],
    graph: graph.toProto(),
  }).finish();
}
