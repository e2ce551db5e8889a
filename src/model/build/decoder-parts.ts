import { float, type Graph, int, ints } from "./onnx-graph";

/**
 * Graph pieces every decoder architecture shares: positions and the causal+padding mask computed
 * from the sequence (with or without a cache), projections, and multi-head attention with grouped
 * key/value heads. Shapes in comments: B batch, S new tokens, P cached positions, T = P + S.
 */

const BOOL = 9; // onnx.TensorProto.DataType.BOOL
export const FLOAT = 1; // onnx.TensorProto.DataType.FLOAT
export const INT64 = 7; // onnx.TensorProto.DataType.INT64

/** The absolute positions of the new tokens ([S], P..T-1) and of all keys ([T], 0..T-1). */
export function positionsOf(g: Graph, inputIds: string, pastKey: string | undefined): { query: string; key: string } {
  const s = g.op("Shape", [inputIds], { start: int(1), end: int(2) });
  const p = pastKey ? g.op("Shape", [pastKey], { start: int(2), end: int(3) }) : g.int64([0]);
  const scalar = (v: string) => g.op("Squeeze", [v, g.int64([0])]);
  const t = g.op("Add", [p, s]);
  const one = g.int64([1], []);
  return {
    query: g.op("Range", [scalar(p), scalar(t), one]),
    key: g.op("Range", [g.int64([0], []), scalar(t), one]),
  };
}

/** Which keys each query may see, bool [B,1,1,S,T]: key j ≤ the query's position and not padding. */
export function visibleKeys(g: Graph, attentionMask: string, positions: { query: string; key: string }): string {
  const causal = g.op("LessOrEqual", [
    g.op("Unsqueeze", [positions.key, g.int64([0])]),
    g.op("Unsqueeze", [positions.query, g.int64([1])]),
  ]);
  const keep = g.op("Unsqueeze", [g.op("Cast", [attentionMask], { to: int(BOOL) }), g.int64([1, 2, 3])]);
  return g.op("And", [keep, causal]);
}

/**
 * The additive attention bias [B,1,1,S,T]: 0 where query i may see key j (j ≤ its position and
 * the key is not padding), −1e9 elsewhere — exp() of that is exactly 0 in float32.
 */
export function attentionBias(g: Graph, attentionMask: string, positions: { query: string; key: string }): string {
  return g.op("Where", [visibleKeys(g, attentionMask, positions), g.float32([0]), g.float32([-1e9])]);
}

/** y = x·Wᵀ (+ b) for a weight in nn.Linear layout [out, in]. */
export function linear(g: Graph, x: string, weight: string, bias?: string): string {
  const y = g.op("MatMul", [x, g.op("Transpose", [weight])]);
  return bias ? g.op("Add", [y, bias]) : y;
}

/** [B,S,N·hd] → [B,N,S,hd]. */
export function splitHeads(g: Graph, x: string, heads: number, headDim: number): string {
  return g.op("Transpose", [g.op("Reshape", [x, g.int64([0, 0, heads, headDim])])], { perm: ints([0, 2, 1, 3]) });
}

export interface AttentionShape {
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
}

/**
 * Scaled dot-product attention with grouped-query heads: query head h reads key/value head
 * ⌊h / (heads / kvHeads)⌋, done by viewing queries as [B,kvHeads,group,S,hd] so keys and values
 * are broadcast rather than copied. q [B,H,S,hd], k and v [B,Hkv,T,hd] → [B,S,H·hd].
 */
export function attend(g: Graph, q: string, k: string, v: string, bias: string, shape: AttentionShape): string {
  const { heads, kvHeads, headDim } = shape;
  const group = heads / kvHeads;
  const q5 = g.op("Reshape", [q, g.int64([0, kvHeads, group, -1, headDim])]);
  const k5 = g.op("Unsqueeze", [k, g.int64([2])]);
  const v5 = g.op("Unsqueeze", [v, g.int64([2])]);
  const scores = g.op("Add", [
    g.op("Mul", [
      g.op("MatMul", [q5, g.op("Transpose", [k5], { perm: ints([0, 1, 2, 4, 3]) })]),
      g.float32([1 / Math.sqrt(headDim)]),
    ]),
    bias,
  ]);
  const context = g.op("MatMul", [g.op("Softmax", [scores], { axis: int(-1) }), v5]);
  const merged = g.op("Transpose", [g.op("Reshape", [context, g.int64([0, heads, -1, headDim])])], {
    perm: ints([0, 2, 1, 3]),
  });
  return g.op("Reshape", [merged, g.int64([0, 0, heads * headDim])]);
}

/** Appends this step's keys or values to the cached ones along the sequence axis. */
export function withPast(g: Graph, past: string | undefined, current: string): string {
  return past ? g.op("Concat", [past, current], { axis: int(2) }) : current;
}

/** HF's "gelu_new": 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))). */
export function geluTanh(g: Graph, x: string): string {
  const cube = g.op("Mul", [g.op("Mul", [x, x]), x]);
  const inner = g.op("Mul", [
    g.op("Add", [x, g.op("Mul", [cube, g.float32([0.044715])])]),
    g.float32([Math.sqrt(2 / Math.PI)]),
  ]);
  return g.op("Mul", [g.op("Mul", [x, g.float32([0.5])]), g.op("Add", [g.op("Tanh", [inner]), g.float32([1])])]);
}

export function silu(g: Graph, x: string): string {
  return g.op("Mul", [x, g.op("Sigmoid", [x])]);
}

export function layerNorm(g: Graph, x: string, weight: string, bias: string, eps: number): string {
  return g.op("LayerNormalization", [x, weight, bias], { axis: int(-1), epsilon: float(eps) });
}

/** RMSNorm: x / √(mean(x²) + ε) · w. */
export function rmsNorm(g: Graph, x: string, weight: string, eps: number): string {
  const meanSquare = g.op("ReduceMean", [g.op("Mul", [x, x])], { axes: ints([-1]), keepdims: int(1) });
  const scaled = g.op("Div", [x, g.op("Sqrt", [g.op("Add", [meanSquare, g.float32([eps])])])]);
  return g.op("Mul", [scaled, weight]);
}
