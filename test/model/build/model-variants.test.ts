/** @jest-environment ./test/support/onnx-environment.js */

import { onnx } from "onnx-proto";
import * as ort from "onnxruntime-node";
import { buildBertClassifier, TINY_BERT } from "../../../src/model/build/bert";
import { toExternalData } from "../../../src/model/build/external-data";
import { buildModelVariant } from "../../../src/model/build/model-variants";
import { encodeModel, Graph } from "../../../src/model/build/onnx-graph";
import { buildTestDecoder } from "../../../src/model/build/test-models";
import { normalWeights } from "../../../src/model/build/weights";

/**
 * The variant builders, on graphs small enough to check by hand: what each writes (operators,
 * tensors, types, external data entries) read back with onnx-proto, and what onnxruntime computes
 * from it against arithmetic done here from the ONNX and contrib operator specifications.
 */
const T = onnx.TensorProto.DataType;
type Proto = onnx.ModelProto;

const decode = (bytes: Uint8Array): Proto => onnx.ModelProto.decode(bytes);
const encodeModelProto = (m: Proto): Uint8Array => onnx.ModelProto.encode(m).finish();
const num = (v: unknown) => Number(v);
const dims = (t: onnx.ITensorProto) => (t.dims ?? []).map(num);
const attr = (n: onnx.INodeProto, name: string) => num(n.attribute?.find((a) => a.name === name)?.i);
const init = (m: Proto, name: string) => {
  const t = m.graph?.initializer?.find((i) => i.name === name);
  if (!t) throw new Error(`no initializer ${name}`);
  return t;
};
const bytesOf = (t: onnx.ITensorProto) => t.rawData as Uint8Array;
const floatsOf = (t: onnx.ITensorProto) => {
  const raw = bytesOf(t);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  return Array.from({ length: raw.byteLength / 4 }, (_, i) => view.getFloat32(i * 4, true));
};
const ops = (m: Proto) => (m.graph?.node ?? []).map((n) => n.opType);

/** y = x·W for x [2, 3, K] and a weight initializer W [K, N]: the smallest graph a quantizer rewrites. */
const [K, N] = [80, 6];
const W = normalWeights(3, 1, K * N, 0.5);
const X = normalWeights(3, 2, 2 * 3 * K, 1);
function matmulModel(): Uint8Array {
  const g = new Graph("matmul");
  const x = g.input("x", "float32", [2, 3, K]);
  g.output("y", "float32", [2, 3, N], g.op("MatMul", [x, g.weight("w", [K, N], W)]));
  return encodeModel(g);
}

async function run(bytes: Uint8Array): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: 1 });
  try {
    const out = await session.run({ x: new ort.Tensor("float32", X, [2, 3, K]) });
    return (out.y as ort.Tensor).data as Float32Array;
  } finally {
    await session.release();
  }
}

/** x·W' in float64 for a weight W' [K, N] given by element. */
function matmul(weight: (k: number, n: number) => number): number[] {
  const out: number[] = [];
  for (let row = 0; row < 6; row++)
    for (let n = 0; n < N; n++) {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (X[row * K + k] as number) * weight(k, n);
      out.push(sum);
    }
  return out;
}

const GPT2 = buildTestDecoder("gpt2")["model.onnx"] as Uint8Array;

const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Math.max(...Array.from(a, (v, i) => Math.abs(v - (b[i] as number))));

describe.each([true, false])("q4 (symmetric: %s)", (symmetric) => {
  const model = decode(buildModelVariant(matmulModel(), "q4", { symmetric }));
  const node = model.graph?.node?.find((n) => n.opType === "MatMulNBits") as onnx.INodeProto;
  const blocks = Math.ceil(K / 32);

  it("writes a com.microsoft MatMulNBits with the contrib spec's attributes and tensor shapes", () => {
    expect(node.domain).toBe("com.microsoft");
    expect(model.opsetImport?.some((o) => o.domain === "com.microsoft")).toBe(true);
    expect([attr(node, "K"), attr(node, "N"), attr(node, "bits"), attr(node, "block_size")]).toEqual([K, N, 4, 32]);
    expect(ops(model)).not.toContain("MatMul");
    const [, b, scales, zeroPoints] = node.input as string[];
    expect(dims(init(model, b as string))).toEqual([N, blocks, 16]);
    expect(init(model, b as string).dataType).toBe(T.UINT8);
    expect(dims(init(model, scales as string))).toEqual([N, blocks]);
    if (symmetric) expect(zeroPoints).toBeUndefined();
    else expect(dims(init(model, zeroPoints as string))).toEqual([N, Math.ceil(blocks / 2)]);
    // The float weight is gone: only the packed form is in the file.
    expect(model.graph?.initializer?.some((t) => t.name === "w")).toBe(false);
  });

  /** The weight as the spec says to read it back: (q − zero point) · scale, q in nibbles, low first. */
  const dequantized = (k: number, n: number) => {
    const [, b, s, z] = node.input as string[];
    const packed = bytesOf(init(model, b as string));
    const scales = floatsOf(init(model, s as string));
    const block = Math.floor(k / 32);
    const i = k % 32;
    const byte = packed[(n * blocks + block) * 16 + (i >> 1)] as number;
    const q = i % 2 === 0 ? byte & 0xf : byte >> 4;
    const zp =
      z === undefined ? 8 : ((bytesOf(init(model, z))[n * 2 + (block >> 1)] as number) >> (4 * (block % 2))) & 0xf;
    return (q - zp) * (scales[n * blocks + block] as number);
  };

  it("keeps every weight within one quantization step of its float value", () => {
    const scales = floatsOf(init(model, (node.input as string[])[2] as string));
    for (let k = 0; k < K; k++)
      for (let n = 0; n < N; n++) {
        const step = Math.abs(scales[n * blocks + Math.floor(k / 32)] as number);
        expect(Math.abs(dequantized(k, n) - (W[k * N + n] as number))).toBeLessThanOrEqual(step * (1 + 1e-6));
      }
  });

  it("is computed by onnxruntime exactly as the spec's dequantized weight times x", async () => {
    const y = await run(encodeModelProto(model));
    expect(maxDiff(y, matmul(dequantized))).toBeLessThan(1e-4);
    // …and differs from the float product, as 4 bits must.
    expect(
      maxDiff(
        y,
        matmul((k, n) => W[k * N + n] as number),
      ),
    ).toBeGreaterThan(1e-3);
  });
});

describe.each(["int8", "uint8"] as const)("dynamic %s", (type) => {
  const model = decode(buildModelVariant(matmulModel(), type));

  it("writes quantize_dynamic's chain: DynamicQuantizeLinear → MatMulInteger → Cast → Mul by the scales", () => {
    expect(ops(model)).toEqual(["DynamicQuantizeLinear", "MatMulInteger", "Cast", "Mul", "Mul", "Identity"]);
    const [, b, , bZero] = (model.graph?.node?.[1]?.input ?? []) as string[];
    expect(init(model, b as string).dataType).toBe(type === "int8" ? T.INT8 : T.UINT8);
    expect(dims(init(model, b as string))).toEqual([K, N]);
    const zero = bytesOf(init(model, bZero as string));
    expect(dims(init(model, bZero as string))).toEqual([]);
    if (type === "int8") expect(zero[0]).toBe(0);
  });

  it("matches the ONNX spec's DynamicQuantizeLinear and integer product, computed here", async () => {
    const [, b, , bZero] = (model.graph?.node?.[1]?.input ?? []) as string[];
    const bScale = model.graph?.node?.[3]?.input?.[1] as string;
    const raw = bytesOf(init(model, b as string));
    const q = type === "int8" ? new Int8Array(raw.buffer, raw.byteOffset, raw.length) : raw;
    const zpB =
      type === "int8"
        ? new Int8Array(bytesOf(init(model, bZero as string)))[0]
        : bytesOf(init(model, bZero as string))[0];
    const scaleB = floatsOf(init(model, bScale))[0] as number;
    // Weights: per tensor, within half a step (the range covers every weight, so nothing clips).
    for (let i = 0; i < K * N; i++)
      expect(Math.abs(((q[i] as number) - (zpB as number)) * scaleB - (W[i] as number))).toBeLessThanOrEqual(
        scaleB * 0.5001,
      );
    // Activations: uint8 over [min(0, x), max(0, x)] of the whole tensor, round half to even.
    const even = (v: number) => (Math.abs(v % 1) === 0.5 ? 2 * Math.round(v / 2) : Math.round(v));
    const lo = Math.min(0, ...X);
    const hi = Math.max(0, ...X);
    const scaleA = Math.fround((hi - lo) / 255);
    const zpA = Math.min(255, Math.max(0, even(0 - lo / scaleA)));
    const qa = Array.from(X, (v) => Math.min(255, Math.max(0, even(Math.fround(v / scaleA)) + zpA)));
    const expected: number[] = [];
    for (let row = 0; row < 6; row++)
      for (let n = 0; n < N; n++) {
        let acc = 0;
        for (let k = 0; k < K; k++)
          acc += ((qa[row * K + k] as number) - zpA) * ((q[k * N + n] as number) - (zpB as number));
        expected.push(acc * Math.fround(scaleA * scaleB));
      }
    const y = await run(encodeModelProto(model));
    expect(maxDiff(y, expected)).toBeLessThan(1e-4);
  });
});

describe("the variants of built models", () => {
  const llama = buildTestDecoder("llama-merged")["decoder_model_merged.onnx"] as Uint8Array;

  it("quantizes every projection of a decoder and a classifier, attention products aside", () => {
    const count = (m: Proto, op: string) =>
      [m.graph, ...(m.graph?.node?.flatMap((n) => n.attribute?.map((a) => a.g) ?? []) ?? [])]
        .flatMap((g) => g?.node ?? [])
        .filter((n) => n.opType === op).length;
    const gpt2 = decode(buildModelVariant(GPT2, "q4"));
    // 2 layers × (qkv, out, fc, proj) + the tied head; Llama: 2 × (q, k, v, o, gate, up, down) + head, per branch.
    expect(count(gpt2, "MatMulNBits")).toBe(9);
    expect(count(gpt2, "MatMul")).toBe(4);
    const merged = decode(buildModelVariant(llama, "q4"));
    expect(count(merged, "MatMulNBits")).toBe(30);
    // Both branches of the merged decoder read one copy of each quantized weight, in the outer graph.
    expect(merged.graph?.initializer?.filter((t) => t.name?.endsWith("_Q4"))).toHaveLength(15);
    const branches = merged.graph?.node?.find((n) => n.opType === "If")?.attribute ?? [];
    expect(branches.flatMap((a) => a.g?.initializer ?? []).filter((t) => t.name?.endsWith("_Q4"))).toEqual([]);
    const bert = decode(buildModelVariant(buildBertClassifier(TINY_BERT)["model.onnx"] as Uint8Array, "int8"));
    expect(count(bert, "MatMulInteger")).toBe(14);
  });

  it("fp16: every float tensor, input and output is float16, masks clamped to −65504 and Casts to float16", () => {
    const model = decode(buildModelVariant(llama, "fp16"));
    const graphs = [model.graph, ...(model.graph?.node?.flatMap((n) => n.attribute?.map((a) => a.g) ?? []) ?? [])];
    const tensors = graphs.flatMap((g) => g?.initializer ?? []);
    expect(tensors.filter((t) => t.dataType === T.FLOAT)).toEqual([]);
    expect(tensors.filter((t) => t.dataType === T.FLOAT16).length).toBeGreaterThan(20);
    const io = [...(model.graph?.input ?? []), ...(model.graph?.output ?? [])];
    const typeOf = (name: string) => io.find((v) => v.name === name)?.type?.tensorType?.elemType;
    expect(typeOf("past_key_values.0.key")).toBe(T.FLOAT16);
    expect(typeOf("present.1.value")).toBe(T.FLOAT16);
    expect(typeOf("logits")).toBe(T.FLOAT16);
    expect(typeOf("input_ids")).toBe(T.INT64);
    const casts = graphs.flatMap((g) => g?.node ?? []).filter((n) => n.opType === "Cast");
    expect(casts.map((n) => attr(n, "to"))).not.toContain(T.FLOAT);
    // The attention mask's −1e9 is the most negative finite half (0xfbff), never −inf.
    const halves = tensors.flatMap((t) => {
      const raw = bytesOf(t);
      return Array.from({ length: raw.byteLength / 2 }, (_, i) => raw[2 * i + 1] ?? 0);
    });
    expect(halves).not.toContain(0xfc);
    expect(tensors.some((t) => dims(t).length <= 1 && bytesOf(t)[1] === 0xfb && bytesOf(t)[0] === 0xff)).toBe(true);
  });

  it("quantized is uint8 under transformers.js's other name", () => {
    const [quantized, uint8] = [buildModelVariant(GPT2, "quantized"), buildModelVariant(GPT2, "uint8")];
    expect(Buffer.from(quantized).equals(uint8)).toBe(true);
  });
});

describe("external data", () => {
  const bytes = GPT2;
  const original = decode(bytes);
  const byName = new Map((original.graph?.initializer ?? []).map((t) => [t.name, t]));

  const entries = (t: onnx.ITensorProto) => Object.fromEntries((t.externalData ?? []).map((e) => [e.key, e.value]));

  it("moves each large initializer's bytes to the data file, at the offset and length its entries name", () => {
    const { model, data } = toExternalData(bytes, { location: "model.onnx_data" });
    expect(Object.keys(data)).toEqual(["model.onnx_data"]);
    const moved = decode(model).graph?.initializer ?? [];
    const external = moved.filter((t) => t.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL);
    expect(external.length).toBeGreaterThanOrEqual(12);
    for (const t of external) {
      const { location, offset, length } = entries(t);
      expect(location).toBe("model.onnx_data");
      const bytes = data[location as string]?.subarray(Number(offset), Number(offset) + Number(length));
      // (Buffer.equals: Jest's toEqual walks a 147 kB array element by element.)
      expect(Buffer.from(bytes as Uint8Array).equals(byName.get(t.name)?.rawData as Uint8Array)).toBe(true);
      expect(t.rawData?.byteLength ?? 0).toBe(0);
    }
    // Small tensors (biases of 64 floats are 256 bytes) stay in the model file.
    const inline = moved.filter((t) => t.dataLocation !== onnx.TensorProto.DataLocation.EXTERNAL);
    expect(inline.every((t) => (t.rawData?.byteLength ?? 0) < 1024)).toBe(true);
    expect(model.byteLength).toBeLessThan(20_000);
  });

  it("starts a new data file where one would pass the size limit: model.onnx_data, model.onnx_data_1, …", () => {
    const { model, data } = toExternalData(bytes, {
      location: "model.onnx_data",
      maxFileBytes: 100_000,
    });
    const names = Object.keys(data);
    expect(names.length).toBeGreaterThan(3);
    expect(names.slice(0, 3)).toEqual(["model.onnx_data", "model.onnx_data_1", "model.onnx_data_2"]);
    // Only a file holding one tensor larger than the limit may pass it (the 576×64 embedding is 147 kB).
    for (const name of names) {
      const held = (decode(model).graph?.initializer ?? []).filter((t) => entries(t).location === name);
      expect(held.length === 1 || (data[name]?.byteLength ?? 0) <= 100_000).toBe(true);
    }
  });
});
