/**
 * Float64 building blocks of the reference forward pass: plain loops over plain arrays, written for
 * reading rather than speed. Vectors are Float64Arrays; a matrix is a flat row-major Float64Array
 * plus its dimensions.
 */

/**
 * The error function to ~1e-15, from the everywhere-convergent series (Abramowitz & Stegun 7.1.6)
 *   erf(x) = 2/√π · e^(−x²) · Σ_{n≥0} 2ⁿ x^(2n+1) / (1·3·5···(2n+1)),
 * whose terms are all positive for x > 0, so summing them loses nothing to cancellation.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return -erf(-x);
  if (x >= 6) return 1; // erfc(6) ≈ 2e-17: below the spacing of doubles near 1
  let term = x;
  let sum = x;
  for (let n = 1; term > sum * 1e-17; n++) {
    term *= (2 * x * x) / (2 * n + 1);
    sum += term;
  }
  return (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
}

/** GELU, exact form (PyTorch `gelu`, HF "gelu"): x·Φ(x). */
export function geluExact(x: number): number {
  return 0.5 * x * (1 + erf(x / Math.SQRT2));
}

/** GELU, tanh approximation (HF "gelu_new" / "gelu_pytorch_tanh"). */
export function geluTanh(x: number): number {
  return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
}

export function silu(x: number): number {
  return x / (1 + Math.exp(-x));
}

export function relu(x: number): number {
  return Math.max(x, 0);
}

/** The activation a Hugging Face config names (`activation_function`, `hidden_act`). */
export function activationNamed(name: string): (x: number) => number {
  switch (name) {
    case "gelu":
      return geluExact;
    case "gelu_new":
    case "gelu_pytorch_tanh":
      return geluTanh;
    case "silu":
    case "swish":
      return silu;
    case "relu":
      return relu;
    default:
      throw new Error(`reference forward: unsupported activation "${name}"`);
  }
}

export function add(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] + b[i];
  return out;
}

export function multiply(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] * b[i];
  return out;
}

/** Row `row` of a row-major matrix with `cols` columns (a copy). */
export function rowOf(matrix: Float64Array, row: number, cols: number): Float64Array {
  return matrix.slice(row * cols, (row + 1) * cols);
}

/** LayerNorm with the biased variance: (x − mean) / √(var + eps) · w + b. */
export function layerNorm(x: Float64Array, w: Float64Array, b: Float64Array, eps: number): Float64Array {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i];
  mean /= n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (x[i] - mean) ** 2;
  variance /= n;
  const inv = 1 / Math.sqrt(variance + eps);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (x[i] - mean) * inv * w[i] + b[i];
  return out;
}

/** RMSNorm (Llama): x / √(mean(x²) + eps) · w. */
export function rmsNorm(x: Float64Array, w: Float64Array, eps: number): Float64Array {
  const n = x.length;
  let meanSquare = 0;
  for (let i = 0; i < n; i++) meanSquare += x[i] * x[i];
  meanSquare /= n;
  const inv = 1 / Math.sqrt(meanSquare + eps);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = x[i] * inv * w[i];
  return out;
}

/** torch.nn.Linear: y = x·Wᵀ + b with W stored [outFeatures, inFeatures]. */
export function linear(
  x: Float64Array,
  w: Float64Array,
  b: Float64Array | undefined,
  outFeatures: number,
  inFeatures: number,
): Float64Array {
  const y = new Float64Array(outFeatures);
  for (let o = 0; o < outFeatures; o++) {
    let s = b ? b[o] : 0;
    const base = o * inFeatures;
    for (let i = 0; i < inFeatures; i++) s += x[i] * w[base + i];
    y[o] = s;
  }
  return y;
}

/** transformers' Conv1D (GPT-2): y = x·W + b with W stored [inFeatures, outFeatures]. */
export function conv1d(
  x: Float64Array,
  w: Float64Array,
  b: Float64Array,
  inFeatures: number,
  outFeatures: number,
): Float64Array {
  const y = Float64Array.from(b);
  for (let i = 0; i < inFeatures; i++) {
    const xi = x[i];
    const base = i * outFeatures;
    for (let o = 0; o < outFeatures; o++) y[o] += xi * w[base + o];
  }
  return y;
}

/** Softmax of a short list, shifted by its maximum. */
export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, e) => a + e, 0);
  return exps.map((e) => e / total);
}

/**
 * Rotary position embedding of ONE head vector, Hugging Face `rotate_half` convention (the two halves
 * of the head are paired, not adjacent elements): for j < hd/2, with angle = pos · theta^(−2j/hd),
 *   out[j]      = v[j]·cos − v[j + hd/2]·sin
 *   out[j+hd/2] = v[j + hd/2]·cos + v[j]·sin
 */
export function ropeRotate(v: Float64Array, pos: number, theta: number): Float64Array {
  const hd = v.length;
  const half = hd / 2;
  if (!Number.isInteger(half)) throw new Error(`reference forward: RoPE needs an even head size, got ${hd}`);
  const out = new Float64Array(hd);
  for (let j = 0; j < half; j++) {
    const angle = pos * theta ** ((-2 * j) / hd);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    out[j] = v[j] * cos - v[j + half] * sin;
    out[j + half] = v[j + half] * cos + v[j] * sin;
  }
  return out;
}

export interface AttentionShape {
  /** Query heads. */
  readonly heads: number;
  /** Key/value heads; query head h reads kv head floor(h / (heads / kvHeads)). */
  readonly kvHeads: number;
  readonly headDim: number;
  /** Position t attends to 0..t only (decoder) or to every position (encoder). */
  readonly causal: boolean;
  /** Multiplies q·k before the softmax (usually 1/√headDim). */
  readonly scale: number;
}

/**
 * Scaled dot-product attention over one sequence. q[t] holds the heads side by side
 * ([heads·headDim]), k[t] and v[t] likewise ([kvHeads·headDim]). Returns [n][heads·headDim].
 */
export function attention(
  q: readonly Float64Array[],
  k: readonly Float64Array[],
  v: readonly Float64Array[],
  shape: AttentionShape,
): Float64Array[] {
  const { heads, kvHeads, headDim, causal, scale } = shape;
  if (!Number.isInteger(heads / kvHeads)) {
    throw new Error(`reference forward: ${heads} query heads cannot share ${kvHeads} key/value heads`);
  }
  const group = heads / kvHeads;
  const n = q.length;
  const out: Float64Array[] = [];
  for (let t = 0; t < n; t++) {
    const o = new Float64Array(heads * headDim);
    const visible = causal ? t + 1 : n;
    for (let h = 0; h < heads; h++) {
      const kvh = Math.floor(h / group);
      const scores: number[] = [];
      for (let s = 0; s < visible; s++) {
        let dot = 0;
        for (let j = 0; j < headDim; j++) dot += q[t][h * headDim + j] * k[s][kvh * headDim + j];
        scores.push(dot * scale);
      }
      const p = softmax(scores);
      for (let s = 0; s < visible; s++) {
        for (let j = 0; j < headDim; j++) o[h * headDim + j] += p[s] * v[s][kvh * headDim + j];
      }
    }
    out.push(o);
  }
  return out;
}
