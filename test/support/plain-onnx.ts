import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as ort from "onnxruntime-node";

/**
 * A plain onnxruntime-node loop over one ONNX file, sharing no code with trustspec's driver: its own
 * feeds, its own float16 decoding, its own greedy loop and log-softmax. Tests hold the driver to it.
 * Batch size 1 throughout, unpadded; with a cache the prompt runs once and then one token per step,
 * as the driver does at batch size 1 (quantized activations depend on what runs together).
 */

/** float16 bits → number, by building the float32 bit pattern (not by arithmetic, unlike the driver). */
function halfBitsToNumber(h: number): number {
  const view = new DataView(new ArrayBuffer(4));
  const sign = (h & 0x8000) << 16;
  let exponent = (h >> 10) & 0x1f;
  let mantissa = h & 0x3ff;
  if (exponent === 0x1f) {
    view.setUint32(0, sign | 0x7f800000 | (mantissa << 13));
  } else if (exponent === 0) {
    if (mantissa === 0) {
      view.setUint32(0, sign);
    } else {
      // A subnormal half is a normal float: shift the mantissa up until its leading 1 is implicit.
      exponent = 1;
      while ((mantissa & 0x400) === 0) {
        mantissa <<= 1;
        exponent -= 1;
      }
      view.setUint32(0, sign | ((exponent - 15 + 127) << 23) | ((mantissa & 0x3ff) << 13));
    }
  } else {
    view.setUint32(0, sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
  }
  return view.getFloat32(0);
}

export function floats(tensor: ort.Tensor): Float64Array {
  if (tensor.type === "float32") return Float64Array.from(tensor.data as Float32Array);
  if (tensor.type === "float16") return Float64Array.from(tensor.data as Uint16Array, halfBitsToNumber);
  throw new Error(`plain onnx: a ${tensor.type} output`);
}

function ids(values: readonly number[]): ort.Tensor {
  return new ort.Tensor(
    "int64",
    BigInt64Array.from(values, (v) => BigInt(v)),
    [1, values.length],
  );
}

export function logSoftmaxAt(logits: Float64Array, position: number, width: number, vocab: number, token: number) {
  const row = logits.subarray(position * width, position * width + vocab);
  const max = row.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const sum = row.reduce((a, b) => a + Math.exp(b - max), 0);
  return (row[token] as number) - max - Math.log(sum);
}

export function argmaxAt(logits: Float64Array, position: number, width: number, vocab: number): number {
  let best = 0;
  for (let i = 1; i < vocab; i++) {
    if ((logits[position * width + i] as number) > (logits[position * width + best] as number)) best = i;
  }
  return best;
}

interface Step {
  readonly logits: Float64Array;
  /** Logits per position. */
  readonly width: number;
  readonly present: Record<string, ort.Tensor>;
}

export class PlainDecoder {
  private constructor(
    private readonly session: ort.InferenceSession,
    private readonly layers: number,
    private readonly cacheShape: [number, number],
    /** The tokenizer's vocabulary: logits beyond it are padding. */
    private readonly vocab: number,
  ) {}

  /** `file` is a single-layout decoder export (model.onnx with past_key_values inputs) next to its config.json. */
  static async open(file: string, vocab: number): Promise<PlainDecoder> {
    const session = await ort.InferenceSession.create(file, { intraOpNumThreads: 1 });
    const config = JSON.parse(readFileSync(join(dirname(file), "config.json"), "utf8"));
    const heads = config.num_attention_heads ?? config.n_head;
    const kvHeads = config.num_key_value_heads ?? heads;
    const headDim = config.head_dim ?? (config.hidden_size ?? config.n_embd) / heads;
    const layers = session.inputNames.filter((n) => n.startsWith("past_key_values.")).length / 2;
    return new PlainDecoder(session, layers, [kvHeads, headDim], vocab);
  }

  private pastType(): "float32" | "float16" {
    const meta = this.session.inputMetadata.find((m) => m.name === "past_key_values.0.key");
    return meta?.isTensor && meta.type === "float16" ? "float16" : "float32";
  }

  /** One forward of `tokens` at positions start…, after `past` (the previous step's present). */
  private async run(tokens: readonly number[], start: number, past?: Record<string, ort.Tensor>): Promise<Step> {
    const total = start + tokens.length;
    const feeds: Record<string, ort.Tensor> = {
      input_ids: ids(tokens),
      attention_mask: ids(new Array(total).fill(1)),
    };
    if (this.session.inputNames.includes("position_ids")) {
      feeds.position_ids = ids(tokens.map((_, i) => start + i));
    }
    const type = this.pastType();
    const [kvHeads, headDim] = this.cacheShape;
    for (let i = 0; i < this.layers; i++) {
      for (const kind of ["key", "value"]) {
        // The first step's cache holds no positions: [batch, kv heads, 0, head dim].
        const empty = new ort.Tensor(type, type === "float16" ? new Uint16Array(0) : new Float32Array(0), [
          1,
          kvHeads,
          0,
          headDim,
        ]);
        feeds[`past_key_values.${i}.${kind}`] = past?.[`present.${i}.${kind}`] ?? empty;
      }
    }
    const out = await this.session.run(feeds);
    const logits = out.logits as ort.Tensor;
    return { logits: floats(logits), width: Number(logits.dims[2]), present: out as Record<string, ort.Tensor> };
  }

  /** Greedy continuation: the prompt once, then one token per step from the cache. */
  async greedy(prompt: readonly number[], maxTokens: number, stop: readonly number[]): Promise<number[]> {
    const out: number[] = [];
    let step = await this.run(prompt, 0);
    let last = prompt.length - 1;
    while (out.length < maxTokens) {
      const next = argmaxAt(step.logits, last, step.width, this.vocab);
      if (stop.includes(next)) break;
      out.push(next);
      step = await this.run([next], prompt.length + out.length - 1, step.present);
      last = 0;
    }
    return out;
  }

  /** Greedy continuation feeding the whole sequence every step (an empty cache each time). */
  async greedyWithoutCache(prompt: readonly number[], maxTokens: number, stop: readonly number[]): Promise<number[]> {
    const out: number[] = [];
    while (out.length < maxTokens) {
      const step = await this.run([...prompt, ...out], 0);
      const next = argmaxAt(step.logits, prompt.length + out.length - 1, step.width, this.vocab);
      if (stop.includes(next)) break;
      out.push(next);
    }
    return out;
  }

  /** Σ log p(continuation | context): the context once, then the continuation (but its last token) from its cache. */
  async score(context: readonly number[], continuation: readonly number[]): Promise<number> {
    const first = await this.run(context, 0);
    let sum = logSoftmaxAt(first.logits, context.length - 1, first.width, this.vocab, continuation[0] as number);
    if (continuation.length > 1) {
      const rest = await this.run(continuation.slice(0, -1), context.length, first.present);
      for (let j = 1; j < continuation.length; j++) {
        sum += logSoftmaxAt(rest.logits, j - 1, rest.width, this.vocab, continuation[j] as number);
      }
    }
    return sum;
  }

  /** The logits of every position of one sequence, from position 0 with an empty cache. */
  async logits(tokens: readonly number[]): Promise<{ logits: Float64Array; width: number }> {
    const step = await this.run(tokens, 0);
    return { logits: step.logits, width: step.width };
  }

  release(): Promise<void> {
    return this.session.release();
  }
}

/** A sequence classifier's logits for one unpadded input, fed as optimum's classifiers take it. */
export async function plainClassifierLogits(
  session: ort.InferenceSession,
  tokens: readonly number[],
  typeIds: readonly number[],
): Promise<Float64Array> {
  const feeds: Record<string, ort.Tensor> = { input_ids: ids(tokens) };
  if (session.inputNames.includes("attention_mask")) feeds.attention_mask = ids(tokens.map(() => 1));
  if (session.inputNames.includes("token_type_ids")) feeds.token_type_ids = ids(typeIds);
  const out = await session.run(feeds);
  return floats(out.logits as ort.Tensor);
}
