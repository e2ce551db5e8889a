import { onnx } from "onnx-proto";

/**
 * Reading and rewriting an encoded ONNX model, for the passes that turn a built model into the
 * variants people download (q4, int8, fp16, external data). Each pass decodes, edits the protobuf
 * objects in place and encodes again, so it applies to any model the project builds.
 */

export const DataType = onnx.TensorProto.DataType;
export type Model = onnx.ModelProto;
export type GraphProto = onnx.IGraphProto;
export type NodeProto = onnx.INodeProto;
export type TensorProto = onnx.ITensorProto;

/** The domain of onnxruntime's contrib operators (MatMulNBits). */
export const MS_DOMAIN = "com.microsoft";

export function decodeModel(bytes: Uint8Array): Model {
  return onnx.ModelProto.decode(bytes);
}

export function encodeModelProto(model: Model): Uint8Array {
  return onnx.ModelProto.encode(model).finish();
}

/** protobufjs gives int64 fields as Long objects when the long package is installed. */
export function toNumber(value: number | { toString(): string } | null | undefined): number {
  return typeof value === "number" ? value : Number(value?.toString() ?? 0);
}

export function dimsOf(tensor: TensorProto): number[] {
  return (tensor.dims ?? []).map(toNumber);
}

const count = (dims: readonly number[]) => dims.reduce((a, b) => a * b, 1);

/** A FLOAT tensor's values, from raw_data or float_data. */
export function floatValues(tensor: TensorProto): Float32Array {
  const n = count(dimsOf(tensor));
  const raw = tensor.rawData;
  if (raw && raw.byteLength > 0) {
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = view.getFloat32(i * 4, true);
    return out;
  }
  return Float32Array.from(tensor.floatData ?? []);
}

/** A FLOAT16 tensor's bit patterns, from raw_data or int32_data (where ONNX keeps halves otherwise). */
export function halfValues(tensor: TensorProto): Uint16Array {
  const n = count(dimsOf(tensor));
  const raw = tensor.rawData;
  if (raw && raw.byteLength > 0) {
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const out = new Uint16Array(n);
    for (let i = 0; i < n; i++) out[i] = view.getUint16(i * 2, true);
    return out;
  }
  return Uint16Array.from(tensor.int32Data ?? []);
}

/** Little-endian bytes of a typed array (the byte order ONNX raw_data uses). */
function littleEndian(data: Float32Array | Uint16Array | Uint8Array | Int8Array): Uint8Array {
  const bytes = new Uint8Array(data.byteLength);
  const view = new DataView(bytes.buffer);
  if (data instanceof Float32Array)
    for (let i = 0; i < data.length; i++) view.setFloat32(i * 4, data[i] as number, true);
  else if (data instanceof Uint16Array)
    for (let i = 0; i < data.length; i++) view.setUint16(i * 2, data[i] as number, true);
  else bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return bytes;
}

export function tensor(
  name: string,
  dataType: onnx.TensorProto.DataType,
  dims: readonly number[],
  data: Float32Array | Uint16Array | Uint8Array | Int8Array,
): TensorProto {
  if (data.length !== count(dims)) {
    throw new Error(`internal: tensor ${name} has ${data.length} values for dims ${dims.join("x")}`);
  }
  return { name, dataType, dims: [...dims], rawData: littleEndian(data) };
}

/** Every graph of the model: the main graph, then the subgraphs of its nodes (an If's branches), depth first. */
export function allGraphs(graph: GraphProto): GraphProto[] {
  const out = [graph];
  for (const node of graph.node ?? []) {
    for (const attr of node.attribute ?? []) {
      if (attr.g) out.push(...allGraphs(attr.g));
      for (const g of attr.graphs ?? []) out.push(...allGraphs(g));
    }
  }
  return out;
}

/** The graphs nested directly in a node's attributes. */
export function subgraphsOf(node: NodeProto): GraphProto[] {
  return (node.attribute ?? []).flatMap((attr) => [...(attr.g ? [attr.g] : []), ...(attr.graphs ?? [])]);
}

export function attributeInt(node: NodeProto, name: string): number | undefined {
  const attr = node.attribute?.find((a) => a.name === name);
  return attr ? toNumber(attr.i) : undefined;
}

export function attributeInts(node: NodeProto, name: string): number[] | undefined {
  const attr = node.attribute?.find((a) => a.name === name);
  return attr ? (attr.ints ?? []).map(toNumber) : undefined;
}

export function intAttribute(name: string, value: number): onnx.IAttributeProto {
  return { name, type: onnx.AttributeProto.AttributeType.INT, i: value };
}

/** Names already used anywhere in the model, so a pass can add values without a clash. */
export class Names {
  private readonly taken = new Set<string>();

  constructor(graph: GraphProto) {
    for (const g of allGraphs(graph)) {
      for (const t of g.initializer ?? []) if (t.name) this.taken.add(t.name);
      for (const v of [...(g.input ?? []), ...(g.output ?? []), ...(g.valueInfo ?? [])])
        if (v.name) this.taken.add(v.name);
      for (const n of g.node ?? []) {
        for (const name of [...(n.input ?? []), ...(n.output ?? [])]) this.taken.add(name);
        if (n.name) this.taken.add(n.name);
      }
    }
  }

  /** `base`, or `base_2`, `base_3`… if it is taken. */
  fresh(base: string): string {
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}_${i}`;
    this.taken.add(name);
    return name;
  }
}

/**
 * Initializers as a subgraph sees them: its own first, then those of the graphs around it. A pass
 * that replaces an initializer puts the replacement in the graph that owned it, so every branch
 * that reads the weight shares one copy.
 */
export class Scope {
  constructor(
    readonly graph: GraphProto,
    private readonly parent?: Scope,
  ) {}

  child(graph: GraphProto): Scope {
    return new Scope(graph, this);
  }

  /** The initializer named `name` and the graph it belongs to, or undefined for a computed value. */
  initializer(name: string): { tensor: TensorProto; graph: GraphProto } | undefined {
    const own = this.graph.initializer?.find((t) => t.name === name);
    if (own) return { tensor: own, graph: this.graph };
    // A node output or input of this graph shadows any outer initializer of the same name.
    if (this.graph.input?.some((v) => v.name === name)) return undefined;
    if (this.graph.node?.some((n) => n.output?.includes(name))) return undefined;
    return this.parent?.initializer(name);
  }
}

/** Drops initializers no node, subgraph or graph output reads any more (a pass replaced them). */
export function pruneInitializers(graph: GraphProto): void {
  const used = new Set<string>();
  for (const g of allGraphs(graph)) {
    for (const n of g.node ?? []) for (const name of n.input ?? []) used.add(name);
    for (const v of g.output ?? []) if (v.name) used.add(v.name);
  }
  for (const g of allGraphs(graph)) {
    g.initializer = (g.initializer ?? []).filter((t) => used.has(t.name ?? ""));
  }
}

/** Declares an operator set the model needs (e.g. com.microsoft for MatMulNBits), once. */
export function useOpset(model: Model, domain: string, version: number): void {
  const imports = model.opsetImport ?? [];
  if (!imports.some((o) => (o.domain ?? "") === domain)) imports.push({ domain, version });
  model.opsetImport = imports;
}
