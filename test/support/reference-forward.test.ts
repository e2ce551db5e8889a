import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onnx } from "onnx-proto";
import { erf, geluExact, geluTanh, ropeRotate } from "./reference/math";
import { loadReferenceModel } from "./reference-forward";

// ---------------------------------------------------------------------------------------------
// Fixtures: tiny hand-made weights in an ONNX file that holds nothing but initializers.
// ---------------------------------------------------------------------------------------------

interface Tensor {
  dims: number[];
  data: number[];
}
type Tensors = Record<string, Tensor>;

let root: string;
let dirCount = 0;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "reference-forward-"));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function floatTensor(name: string, t: Tensor, asFloatData: boolean): onnx.TensorProto {
  if (asFloatData) {
    return onnx.TensorProto.create({
      name,
      dims: t.dims,
      dataType: onnx.TensorProto.DataType.FLOAT,
      floatData: t.data,
    });
  }
  const raw = new Uint8Array(t.data.length * 4);
  const view = new DataView(raw.buffer);
  t.data.forEach((v, i) => {
    view.setFloat32(i * 4, v, true);
  });
  return onnx.TensorProto.create({ name, dims: t.dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: raw });
}

/** Writes config.json and `file` (default model.onnx) holding `tensors` as initializers; returns the dir. */
function writeModelDir(
  config: Record<string, unknown>,
  tensors: Tensors,
  options: { file?: string; floatData?: boolean; extra?: onnx.ITensorProto[] } = {},
): string {
  const dir = join(root, `m${dirCount++}`);
  const file = join(dir, options.file ?? "model.onnx");
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(join(dir, "config.json"), JSON.stringify(config));
  const initializer = [
    ...Object.entries(tensors).map(([name, t]) => floatTensor(name, t, options.floatData ?? false)),
    ...(options.extra ?? []),
  ];
  const model = onnx.ModelProto.create({ irVersion: 8, graph: { name: "weights", initializer } });
  writeFileSync(file, onnx.ModelProto.encode(model).finish());
  return dir;
}

/** Deterministic uniform numbers in (−scale, scale), already rounded to float32 so tests see what the file holds. */
function rng(seed: number): (count: number, scale?: number) => number[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (count, scale = 0.5) => Array.from({ length: count }, () => Math.fround((next() * 2 - 1) * scale));
}

const t = (dims: number[], data: number[]): Tensor => {
  expect(data.length).toBe(dims.reduce((a, d) => a * d, 1));
  return { dims, data };
};
const zeros = (dims: number[]): Tensor => t(dims, new Array(dims.reduce((a, d) => a * d, 1)).fill(0));
const ones = (n: number): Tensor => t([n], new Array(n).fill(1));

type Numbers = ArrayLike<number> | readonly ArrayLike<number>[];
function flatten(x: Numbers): number[] {
  const items = Array.from(x as ArrayLike<number | ArrayLike<number>>);
  return items.flatMap((v) => (typeof v === "number" ? [v] : Array.from(v)));
}
function maxAbsDiff(a: Numbers, b: Numbers): number {
  const fa = flatten(a);
  const fb = flatten(b);
  expect(fa.length).toBe(fb.length);
  return fa.reduce((m, v, i) => Math.max(m, Math.abs(v - fb[i])), 0);
}

// Independent scalar helpers for the expected values (deliberately not the implementation's).
const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
function expLayerNorm(x: number[], w: number[], b: number[], eps: number): number[] {
  const m = mean(x);
  const v = mean(x.map((xi) => (xi - m) ** 2));
  return x.map((xi, i) => ((xi - m) / Math.sqrt(v + eps)) * w[i] + b[i]);
}
function expRmsNorm(x: number[], w: number[], eps: number): number[] {
  const r = Math.sqrt(mean(x.map((xi) => xi * xi)) + eps);
  return x.map((xi, i) => (xi / r) * w[i]);
}
/** rows·x for a row-major [rows.length/x.length, x.length] matrix (nn.Linear without bias). */
function expMatVec(w: number[], x: number[]): number[] {
  const out = w.length / x.length;
  return Array.from({ length: out }, (_, o) => x.reduce((a, xi, i) => a + xi * w[o * x.length + i], 0));
}
const row = (m: Tensor, r: number): number[] => m.data.slice(r * m.dims[1], (r + 1) * m.dims[1]);

// ---------------------------------------------------------------------------------------------
// Random models of each architecture
// ---------------------------------------------------------------------------------------------

function llamaFixture(
  o: { D: number; I: number; L: number; H: number; Hkv: number; hd: number; V: number; seed: number },
  extraConfig: Record<string, unknown> = {},
): { config: Record<string, unknown>; tensors: Tensors } {
  const r = rng(o.seed);
  const config = {
    model_type: "llama",
    hidden_size: o.D,
    intermediate_size: o.I,
    num_hidden_layers: o.L,
    num_attention_heads: o.H,
    num_key_value_heads: o.Hkv,
    head_dim: o.hd,
    rms_norm_eps: 1e-6,
    rope_theta: 10000,
    vocab_size: o.V,
    tie_word_embeddings: false,
    ...extraConfig,
  };
  const tensors: Tensors = { "model.embed_tokens.weight": t([o.V, o.D], r(o.V * o.D, 1)) };
  for (let i = 0; i < o.L; i++) {
    const p = `model.layers.${i}`;
    tensors[`${p}.input_layernorm.weight`] = t(
      [o.D],
      r(o.D, 1).map((x) => Math.fround(1 + x / 2)),
    );
    tensors[`${p}.self_attn.q_proj.weight`] = t([o.H * o.hd, o.D], r(o.H * o.hd * o.D, 1));
    tensors[`${p}.self_attn.k_proj.weight`] = t([o.Hkv * o.hd, o.D], r(o.Hkv * o.hd * o.D, 1));
    tensors[`${p}.self_attn.v_proj.weight`] = t([o.Hkv * o.hd, o.D], r(o.Hkv * o.hd * o.D, 1));
    tensors[`${p}.self_attn.o_proj.weight`] = t([o.D, o.H * o.hd], r(o.D * o.H * o.hd));
    tensors[`${p}.post_attention_layernorm.weight`] = t(
      [o.D],
      r(o.D, 1).map((x) => Math.fround(1 + x / 2)),
    );
    tensors[`${p}.mlp.gate_proj.weight`] = t([o.I, o.D], r(o.I * o.D, 1));
    tensors[`${p}.mlp.up_proj.weight`] = t([o.I, o.D], r(o.I * o.D, 1));
    tensors[`${p}.mlp.down_proj.weight`] = t([o.D, o.I], r(o.D * o.I));
  }
  tensors["model.norm.weight"] = t(
    [o.D],
    r(o.D, 1).map((x) => Math.fround(1 + x / 2)),
  );
  tensors["lm_head.weight"] = t([o.V, o.D], r(o.V * o.D, 1));
  return { config, tensors };
}

function gpt2Fixture(o: { D: number; L: number; H: number; P: number; V: number; seed: number }): {
  config: Record<string, unknown>;
  tensors: Tensors;
} {
  const r = rng(o.seed);
  const config = {
    model_type: "gpt2",
    n_embd: o.D,
    n_layer: o.L,
    n_head: o.H,
    n_positions: o.P,
    vocab_size: o.V,
    n_inner: null,
    layer_norm_epsilon: 1e-5,
    activation_function: "gelu_new",
  };
  const D = o.D;
  const tensors: Tensors = {
    "transformer.wte.weight": t([o.V, D], r(o.V * D, 1)),
    "transformer.wpe.weight": t([o.P, D], r(o.P * D, 0.3)),
    "transformer.ln_f.weight": t(
      [D],
      r(D).map((x) => Math.fround(1 + x)),
    ),
    "transformer.ln_f.bias": t([D], r(D, 0.1)),
  };
  for (let i = 0; i < o.L; i++) {
    const p = `transformer.h.${i}`;
    Object.assign(tensors, {
      [`${p}.ln_1.weight`]: t(
        [D],
        r(D).map((x) => Math.fround(1 + x)),
      ),
      [`${p}.ln_1.bias`]: t([D], r(D, 0.1)),
      [`${p}.attn.c_attn.weight`]: t([D, 3 * D], r(3 * D * D)),
      [`${p}.attn.c_attn.bias`]: t([3 * D], r(3 * D, 0.1)),
      [`${p}.attn.c_proj.weight`]: t([D, D], r(D * D)),
      [`${p}.attn.c_proj.bias`]: t([D], r(D, 0.1)),
      [`${p}.ln_2.weight`]: t(
        [D],
        r(D).map((x) => Math.fround(1 + x)),
      ),
      [`${p}.ln_2.bias`]: t([D], r(D, 0.1)),
      [`${p}.mlp.c_fc.weight`]: t([D, 4 * D], r(4 * D * D)),
      [`${p}.mlp.c_fc.bias`]: t([4 * D], r(4 * D, 0.1)),
      [`${p}.mlp.c_proj.weight`]: t([4 * D, D], r(4 * D * D)),
      [`${p}.mlp.c_proj.bias`]: t([D], r(D, 0.1)),
    });
  }
  return { config, tensors };
}

function bertFixture(o: { D: number; L: number; H: number; I: number; V: number; P: number; seed: number }): {
  config: Record<string, unknown>;
  tensors: Tensors;
} {
  const r = rng(o.seed);
  const D = o.D;
  const config = {
    model_type: "bert",
    hidden_size: D,
    num_hidden_layers: o.L,
    num_attention_heads: o.H,
    intermediate_size: o.I,
    vocab_size: o.V,
    max_position_embeddings: o.P,
    type_vocab_size: 2,
    layer_norm_eps: 1e-12,
    hidden_act: "gelu",
    id2label: { "0": "NEGATIVE", "1": "NEUTRAL", "2": "POSITIVE" },
  };
  const e = "bert.embeddings";
  const tensors: Tensors = {
    [`${e}.word_embeddings.weight`]: t([o.V, D], r(o.V * D, 1)),
    [`${e}.position_embeddings.weight`]: t([o.P, D], r(o.P * D, 1)),
    [`${e}.token_type_embeddings.weight`]: t([2, D], r(2 * D, 1)),
    [`${e}.LayerNorm.weight`]: t(
      [D],
      r(D).map((x) => Math.fround(1 + x)),
    ),
    [`${e}.LayerNorm.bias`]: t([D], r(D, 0.1)),
    "bert.pooler.dense.weight": t([D, D], r(D * D)),
    "bert.pooler.dense.bias": t([D], r(D, 0.1)),
    "classifier.weight": t([3, D], r(3 * D)),
    "classifier.bias": t([3], r(3, 0.1)),
  };
  for (let i = 0; i < o.L; i++) {
    const p = `bert.encoder.layer.${i}`;
    const dense = (name: string, out: number, inn: number) => {
      tensors[`${p}.${name}.weight`] = t([out, inn], r(out * inn));
      tensors[`${p}.${name}.bias`] = t([out], r(out, 0.1));
    };
    const norm = (name: string) => {
      tensors[`${p}.${name}.LayerNorm.weight`] = t(
        [D],
        r(D).map((x) => Math.fround(1 + x)),
      );
      tensors[`${p}.${name}.LayerNorm.bias`] = t([D], r(D, 0.1));
    };
    dense("attention.self.query", D, D);
    dense("attention.self.key", D, D);
    dense("attention.self.value", D, D);
    dense("attention.output.dense", D, D);
    norm("attention.output");
    dense("intermediate.dense", o.I, D);
    dense("output.dense", D, o.I);
    norm("output");
  }
  return { config, tensors };
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

describe("erf and the GELUs", () => {
  it.each([
    [0, 0],
    [0.1, 0.1124629160182849],
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [-2, -0.9953222650189527],
    [3, 0.9999779095030014],
    [-4.5, -0.9999999998033839],
    [7, 1],
  ])("erf(%p) = %p to 1e-9", (x, expected) => {
    expect(Math.abs(erf(x) - expected)).toBeLessThan(1e-9);
  });

  it("is odd", () => {
    for (const x of [0.01, 0.7, 1.3, 2.9, 5.5]) expect(erf(-x)).toBe(-erf(x));
  });

  it("exact GELU is x·Φ(x); gelu_new is the tanh approximation and differs from it", () => {
    expect(Math.abs(geluExact(1) - 0.8413447460685429)).toBeLessThan(1e-12);
    expect(Math.abs(geluExact(-1) - -0.15865525393145707)).toBeLessThan(1e-12);
    expect(Math.abs(geluTanh(1) - 0.5 * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * 1.044715)))).toBeLessThan(1e-15);
    expect(Math.abs(geluTanh(1) - geluExact(1))).toBeGreaterThan(1e-4);
  });
});

describe("ropeRotate (rotate_half convention)", () => {
  const v = Float64Array.from([0.3, -1.2, 0.8, 2.5]);

  it("is the identity at position 0", () => {
    expect(Array.from(ropeRotate(v, 0, 10000))).toEqual(Array.from(v));
  });

  it("pairs element j with j + hd/2 and rotates pair j by pos·theta^(-2j/hd)", () => {
    const pos = 3;
    const a0 = pos; // theta^0
    const a1 = pos * 10000 ** -0.5; // theta^(-2/4)
    const expected = [
      v[0] * Math.cos(a0) - v[2] * Math.sin(a0),
      v[1] * Math.cos(a1) - v[3] * Math.sin(a1),
      v[2] * Math.cos(a0) + v[0] * Math.sin(a0),
      v[3] * Math.cos(a1) + v[1] * Math.sin(a1),
    ];
    expect(maxAbsDiff(ropeRotate(v, pos, 10000), expected)).toBeLessThan(1e-15);
  });

  it("makes q·k depend on the relative position only", () => {
    const q = Float64Array.from([0.5, 1, -0.25, 0.75, 2, -1]);
    const k = Float64Array.from([-1, 0.2, 0.4, 1.5, -0.5, 0.3]);
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, x, i) => s + x * b[i], 0);
    const d1 = dot(ropeRotate(q, 7, 500), ropeRotate(k, 4, 500));
    const d2 = dot(ropeRotate(q, 13, 500), ropeRotate(k, 10, 500));
    expect(Math.abs(d1 - d2)).toBeLessThan(1e-12);
    expect(Math.abs(d1 - dot(q, k))).toBeGreaterThan(1e-3);
  });
});

describe("weight loading", () => {
  const base = () => llamaFixture({ D: 4, I: 6, L: 1, H: 2, Hkv: 1, hd: 2, V: 7, seed: 11 });

  it("reads raw_data and float_data alike, from any of the model file names, at the root or under onnx/", () => {
    const { config, tensors } = base();
    const ids = [1, 5, 2];
    const expected = loadReferenceModel(writeModelDir(config, tensors)).causalLogits(ids);
    for (const options of [
      { floatData: true },
      { file: "onnx/model.onnx" },
      { file: "decoder_model_merged.onnx", floatData: true },
      { file: "onnx/decoder_model.onnx" },
    ]) {
      const got = loadReferenceModel(writeModelDir(config, tensors, options)).causalLogits(ids);
      expect(maxAbsDiff(got, expected)).toBe(0);
    }
  });

  it("reads weights stored as external data next to the model file", () => {
    const { config, tensors } = base();
    const name = "model.embed_tokens.weight";
    const { [name]: embed, ...rest } = tensors;
    const external = onnx.TensorProto.create({
      name,
      dims: embed.dims,
      dataType: onnx.TensorProto.DataType.FLOAT,
      dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
      externalData: [
        { key: "location", value: "model.onnx_data" },
        { key: "offset", value: "8" },
        { key: "length", value: String(embed.data.length * 4) },
      ],
    });
    const dir = writeModelDir(config, rest, { extra: [external] });
    const bytes = Buffer.alloc(8 + embed.data.length * 4 + 4);
    embed.data.forEach((v, i) => {
      bytes.writeFloatLE(v, 8 + i * 4);
    });
    writeFileSync(join(dir, "model.onnx_data"), bytes);
    const expected = loadReferenceModel(writeModelDir(config, tensors)).causalLogits([3, 0]);
    expect(maxAbsDiff(loadReferenceModel(dir).causalLogits([3, 0]), expected)).toBe(0);
  });

  it("throws naming a missing weight", () => {
    const { config, tensors } = base();
    delete tensors["model.layers.0.mlp.up_proj.weight"];
    expect(() => loadReferenceModel(writeModelDir(config, tensors))).toThrow(
      /"model\.layers\.0\.mlp\.up_proj\.weight"/,
    );
  });

  it("throws naming a weight of the wrong shape, even with the right element count", () => {
    const { config, tensors } = base();
    tensors["model.layers.0.self_attn.q_proj.weight"].dims = [2, 8]; // was [4, 4]
    expect(() => loadReferenceModel(writeModelDir(config, tensors))).toThrow(
      /"model\.layers\.0\.self_attn\.q_proj\.weight" has shape \[2, 8\], expected \[4, 4\]/,
    );
  });

  it("throws naming a weight that is not float32", () => {
    const { config, tensors } = base();
    const { "model.norm.weight": _norm, ...rest } = tensors;
    const asDouble = onnx.TensorProto.create({
      name: "model.norm.weight",
      dims: [4],
      dataType: onnx.TensorProto.DataType.DOUBLE,
      doubleData: [1, 1, 1, 1],
    });
    expect(() => loadReferenceModel(writeModelDir(config, rest, { extra: [asDouble] }))).toThrow(
      /"model\.norm\.weight" has ONNX data type 11/,
    );
  });

  it("throws when there is no model file or the model type is unknown", () => {
    const { config, tensors } = base();
    expect(() => loadReferenceModel(writeModelDir(config, tensors, { file: "weights.onnx" }))).toThrow(/model\.onnx/);
    expect(() => loadReferenceModel(writeModelDir({ ...config, model_type: "mistral" }, tensors))).toThrow(
      /unsupported model_type "mistral"/,
    );
  });
});

describe("Llama", () => {
  it("matches a 1-layer, one-head, hd=2 model computed by hand (RoPE is a rotation by pos radians, gated MLP)", () => {
    const eps = 1e-6;
    const config = {
      model_type: "llama",
      hidden_size: 2,
      intermediate_size: 3,
      num_hidden_layers: 1,
      num_attention_heads: 1,
      num_key_value_heads: 1,
      rms_norm_eps: eps,
      rope_theta: 10000,
      vocab_size: 3,
    };
    const lmHead = [1, 0, 0, 1, 1, -1]; // logits = [h0, h1, h0 − h1]
    const postNorm = [1, 2];
    const gate = [1, 0, 0, -1, 0.5, 0.5]; // [3, 2]: intermediate 3 ≠ hidden 2, so a transposed read fails
    const up = [0.5, -0.25, 1, 1, -1, 0.5];
    const down = [1, 0.5, -0.25, 0, 1, 0.75]; // [2, 3]
    const finalNorm = [0.5, 1.5];
    const tensors: Tensors = {
      "model.embed_tokens.weight": t([3, 2], [1, 0, 0, 1, 1, 1]),
      "model.layers.0.input_layernorm.weight": ones(2),
      "model.layers.0.self_attn.q_proj.weight": t([2, 2], [1, 0, 0, 1]),
      "model.layers.0.self_attn.k_proj.weight": t([2, 2], [1, 0, 0, 1]),
      "model.layers.0.self_attn.v_proj.weight": t([2, 2], [2, 0, 0, 1]),
      "model.layers.0.self_attn.o_proj.weight": t([2, 2], [1, 0, 0, 1]),
      "model.layers.0.post_attention_layernorm.weight": t([2], postNorm),
      "model.layers.0.mlp.gate_proj.weight": t([3, 2], gate),
      "model.layers.0.mlp.up_proj.weight": t([3, 2], up),
      "model.layers.0.mlp.down_proj.weight": t([2, 3], down),
      "model.norm.weight": t([2], finalNorm),
      "lm_head.weight": t([3, 2], lmHead),
    };
    const logits = loadReferenceModel(writeModelDir(config, tensors)).causalLogits([0, 1]);

    // Token 0 = [1, 0], token 1 = [0, 1]; RMS-normalised both become a·e with a = 1/√(½ + eps).
    const a = 1 / Math.sqrt(0.5 + eps);
    // q = k = normalised input rotated by the position (hd = 2 → one pair, angle = pos); v = diag(2, 1)·input.
    const k0 = [a, 0];
    const q1 = [-a * Math.sin(1), a * Math.cos(1)];
    const k1 = q1;
    const v0 = [2 * a, 0];
    const v1 = [0, a];
    const dot = (x: number[], y: number[]) => x[0] * y[0] + x[1] * y[1];
    const s0 = dot(q1, k0) / Math.SQRT2;
    const s1 = dot(q1, k1) / Math.SQRT2;
    const p0 = Math.exp(s0) / (Math.exp(s0) + Math.exp(s1));
    const p1 = 1 - p0;
    const h0 = [1 + v0[0], 0]; // position 0 sees only itself
    const h1 = [0 + p0 * v0[0] + p1 * v1[0], 1 + p0 * v0[1] + p1 * v1[1]];
    const mlpAndHead = (h: number[]) => {
      const m = expRmsNorm(h, postNorm, eps);
      const silu = (z: number) => z / (1 + Math.exp(-z));
      const g = expMatVec(gate, m);
      const u = expMatVec(up, m);
      const y = expMatVec(
        down,
        g.map((gi, i) => silu(gi) * u[i]),
      );
      const n = expRmsNorm([h[0] + y[0], h[1] + y[1]], finalNorm, eps);
      return [n[0], n[1], n[0] - n[1]];
    };
    expect(maxAbsDiff(logits, [mlpAndHead(h0), mlpAndHead(h1)])).toBeLessThan(1e-12);
    // The rotation direction matters: the opposite sign would weight token 0 differently.
    expect(Math.abs(p0 - Math.exp(-s0) / (Math.exp(-s0) + Math.exp(s1)))).toBeGreaterThan(0.1);
  });

  it("with zero attention and MLP weights gives norm(embedding)·lm_headᵀ at every position", () => {
    const o = { D: 8, I: 12, L: 2, H: 4, Hkv: 2, hd: 2, V: 13, seed: 3 };
    const { config, tensors } = llamaFixture(o);
    for (let i = 0; i < o.L; i++) {
      for (const w of ["self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj", "self_attn.o_proj"]) {
        const name = `model.layers.${i}.${w}.weight`;
        tensors[name] = zeros(tensors[name].dims);
      }
      for (const w of ["gate_proj", "up_proj", "down_proj"]) {
        const name = `model.layers.${i}.mlp.${w}.weight`;
        tensors[name] = zeros(tensors[name].dims);
      }
    }
    const ids = [4, 0, 12, 4, 7];
    const got = loadReferenceModel(writeModelDir(config, tensors)).causalLogits(ids);
    const expected = ids.map((id) =>
      expMatVec(
        tensors["lm_head.weight"].data,
        expRmsNorm(row(tensors["model.embed_tokens.weight"], id), tensors["model.norm.weight"].data, 1e-6),
      ),
    );
    expect(maxAbsDiff(got, expected)).toBeLessThan(1e-12);
  });

  it("is causal: logits at t ignore tokens after t, and equal the last logits of the prefix alone", () => {
    const { config, tensors } = llamaFixture({ D: 8, I: 12, L: 2, H: 4, Hkv: 2, hd: 2, V: 13, seed: 5 });
    const model = loadReferenceModel(writeModelDir(config, tensors));
    const a = model.causalLogits([3, 1, 4, 1, 5, 9]);
    const b = model.causalLogits([3, 1, 4, 2, 6, 5]);
    expect(maxAbsDiff(a.slice(0, 3), b.slice(0, 3))).toBe(0);
    expect(maxAbsDiff(a[3], b[3])).toBeGreaterThan(1e-3);
    const prefix = model.causalLogits([3, 1, 4]);
    expect(maxAbsDiff(prefix, a.slice(0, 3))).toBeLessThan(1e-12);
    // Positions matter (only through RoPE): reordering earlier tokens changes the last logits, which a
    // position-free attention over the same set of tokens would not.
    const c = model.causalLogits([3, 4, 1, 1, 5, 9]);
    expect(maxAbsDiff(c[5], a[5])).toBeGreaterThan(1e-3);
  });

  it("GQA equals MHA whose key/value heads are copied so query head h reads kv head floor(h / group)", () => {
    // head_dim 2 with hidden 6 and 4 heads: head_dim is taken from the config, not hidden/heads.
    const o = { D: 6, I: 10, L: 2, H: 4, Hkv: 2, hd: 2, V: 9, seed: 8 };
    const gqa = llamaFixture(o);
    const withKvOrder = (order: number[]) => {
      const tensors = { ...gqa.tensors };
      for (let i = 0; i < o.L; i++) {
        for (const w of ["k_proj", "v_proj"]) {
          const name = `model.layers.${i}.self_attn.${w}.weight`;
          const src = gqa.tensors[name].data;
          const rowsPerHead = o.hd * o.D;
          tensors[name] = t(
            [o.H * o.hd, o.D],
            order.flatMap((g) => src.slice(g * rowsPerHead, (g + 1) * rowsPerHead)),
          );
        }
      }
      return loadReferenceModel(writeModelDir({ ...gqa.config, num_key_value_heads: o.H }, tensors));
    };
    const ids = [0, 8, 3, 3, 5, 1, 2];
    const expected = loadReferenceModel(writeModelDir(gqa.config, gqa.tensors)).causalLogits(ids);
    expect(maxAbsDiff(withKvOrder([0, 0, 1, 1]).causalLogits(ids), expected)).toBeLessThan(1e-12);
    // The other plausible mapping (h mod Hkv) is a different model, so the comparison above can fail.
    expect(maxAbsDiff(withKvOrder([0, 1, 0, 1]).causalLogits(ids), expected)).toBeGreaterThan(1e-3);
  });

  it("uses lm_head.weight when present and the embedding only when tie_word_embeddings says so", () => {
    const { config, tensors } = llamaFixture({ D: 4, I: 6, L: 1, H: 2, Hkv: 2, hd: 2, V: 7, seed: 21 });
    const { "lm_head.weight": _head, ...noHead } = tensors;
    expect(() => loadReferenceModel(writeModelDir(config, noHead))).toThrow(/"lm_head\.weight" is missing/);
    const tied = loadReferenceModel(writeModelDir({ ...config, tie_word_embeddings: true }, noHead));
    const explicit = loadReferenceModel(
      writeModelDir(config, { ...noHead, "lm_head.weight": tensors["model.embed_tokens.weight"] }),
    );
    expect(maxAbsDiff(tied.causalLogits([1, 2, 3]), explicit.causalLogits([1, 2, 3]))).toBe(0);
    // An lm_head.weight that is present is what the file's graph multiplies by, tied or not.
    const tiedWithHead = loadReferenceModel(writeModelDir({ ...config, tie_word_embeddings: true }, tensors));
    const untied = loadReferenceModel(writeModelDir(config, tensors));
    expect(maxAbsDiff(tiedWithHead.causalLogits([1, 2, 3]), untied.causalLogits([1, 2, 3]))).toBe(0);
    expect(maxAbsDiff(tiedWithHead.causalLogits([1, 2, 3]), tied.causalLogits([1, 2, 3]))).toBeGreaterThan(1e-3);
  });

  it("reads q/k/v/o biases when attention_bias is set (zero biases change nothing)", () => {
    const { config, tensors } = llamaFixture({ D: 4, I: 6, L: 1, H: 2, Hkv: 1, hd: 2, V: 7, seed: 6 });
    const biased = { ...config, attention_bias: true };
    expect(() => loadReferenceModel(writeModelDir(biased, tensors))).toThrow(
      /"model\.layers\.0\.self_attn\.q_proj\.bias" is missing/,
    );
    const withBiases: Tensors = {
      ...tensors,
      "model.layers.0.self_attn.q_proj.bias": zeros([4]),
      "model.layers.0.self_attn.k_proj.bias": zeros([2]),
      "model.layers.0.self_attn.v_proj.bias": zeros([2]),
      "model.layers.0.self_attn.o_proj.bias": zeros([4]),
    };
    const ids = [2, 6, 1];
    const plain = loadReferenceModel(writeModelDir(config, tensors)).causalLogits(ids);
    expect(maxAbsDiff(loadReferenceModel(writeModelDir(biased, withBiases)).causalLogits(ids), plain)).toBe(0);
    withBiases["model.layers.0.self_attn.v_proj.bias"] = t([2], [0.5, -0.5]);
    const shifted = loadReferenceModel(writeModelDir(biased, withBiases)).causalLogits(ids);
    expect(maxAbsDiff(shifted, plain)).toBeGreaterThan(1e-3);
  });

  it("rejects out-of-range ids and has no classifier head", () => {
    const { config, tensors } = llamaFixture({ D: 4, I: 6, L: 1, H: 2, Hkv: 2, hd: 2, V: 7, seed: 2 });
    const model = loadReferenceModel(writeModelDir(config, tensors));
    expect(() => model.causalLogits([1, 7])).toThrow(/ids\[1\] = 7 is outside \[0, 7\)/);
    expect(() => model.classifierLogits([1])).toThrow(/no sequence-classification head/);
  });

  it("runs a 64-token pass of a d=128, vocab-1000 model quickly", () => {
    const { config, tensors } = llamaFixture({ D: 128, I: 344, L: 2, H: 4, Hkv: 2, hd: 32, V: 1000, seed: 4 });
    const model = loadReferenceModel(writeModelDir(config, tensors));
    const ids = Array.from({ length: 64 }, (_, i) => (i * 37) % 1000);
    const start = performance.now();
    const logits = model.causalLogits(ids);
    const ms = performance.now() - start;
    expect(logits).toHaveLength(64);
    expect(logits[63]).toHaveLength(1000);
    expect(ms).toBeLessThan(5000); // generous for loaded CI machines; ~100 ms on a laptop
  });
});

describe("GPT-2", () => {
  it("matches a 1-layer, two-head, d=2 model computed by hand (q|k|v columns, Conv1D layout, tied head)", () => {
    const eps = 1e-5;
    const config = {
      model_type: "gpt2",
      n_embd: 2,
      n_layer: 1,
      n_head: 2,
      n_positions: 4,
      vocab_size: 2,
      n_inner: null,
      layer_norm_epsilon: eps,
      activation_function: "gelu_new",
    };
    // c_attn [2, 6] (row i = input feature, column o = output): columns q0 q1 | k0 k1 | v0 v1.
    // q0 = u0, q1 = 2·u1, k0 = u0, k1 = u1, v0 = 3·u0 + 0.25, v1 = 0.5·u1 − 0.5.
    const cAttn = [
      [1, 0, 1, 0, 3, 0],
      [0, 2, 0, 1, 0, 0.5],
    ].flat();
    const fcW = [
      [0.5, -1, 0.25, 0, 1, -0.5, 2, 0.75],
      [-0.25, 0.5, 1, -1, 0, 0.5, -2, 0.125],
    ];
    const fcB = [0.1, 0, -0.2, 0.3, 0, 0, 0.5, -0.1];
    const outW = Array.from({ length: 8 }, (_, k) => [Math.fround(0.1 * (k - 3)), Math.fround(0.05 * k)]);
    const outB = [0.02, -0.03].map(Math.fround);
    const ln2W = [0.5, 2];
    const ln2B = [0.25, -0.125];
    const lnfW = [1.5, 0.5];
    const lnfB = [0, 0.125];
    const wte = [2, 0, 0, 1]; // token 0 = [2, 0], token 1 = [0, 1]
    const tensors: Tensors = {
      "transformer.wte.weight": t([2, 2], wte),
      "transformer.wpe.weight": zeros([4, 2]),
      "transformer.h.0.ln_1.weight": ones(2),
      "transformer.h.0.ln_1.bias": zeros([2]),
      "transformer.h.0.attn.c_attn.weight": t([2, 6], cAttn),
      "transformer.h.0.attn.c_attn.bias": t([6], [0, 0, 0, 0, 0.25, -0.5]),
      "transformer.h.0.attn.c_proj.weight": t([2, 2], [1, 0, 0, 2]),
      "transformer.h.0.attn.c_proj.bias": t([2], [0.1, 0]),
      "transformer.h.0.ln_2.weight": t([2], ln2W),
      "transformer.h.0.ln_2.bias": t([2], ln2B),
      "transformer.h.0.mlp.c_fc.weight": t([2, 8], fcW.flat()),
      "transformer.h.0.mlp.c_fc.bias": t([8], fcB),
      "transformer.h.0.mlp.c_proj.weight": t([8, 2], outW.flat()),
      "transformer.h.0.mlp.c_proj.bias": t([2], outB),
      "transformer.ln_f.weight": t([2], lnfW),
      "transformer.ln_f.bias": t([2], lnfB),
    };
    const logits = loadReferenceModel(writeModelDir(config, tensors)).causalLogits([0, 1]);

    const x = [
      [2, 0],
      [0, 1],
    ];
    const u = x.map((xi) => expLayerNorm(xi, [1, 1], [0, 0], eps));
    const q = u.map((ui) => [ui[0], 2 * ui[1]]);
    const k = u.map((ui) => [ui[0], ui[1]]);
    const v = u.map((ui) => [3 * ui[0] + 0.25, 0.5 * ui[1] - 0.5]);
    // head dim 1 → scale 1. Position 0 sees itself only; position 1 sees both.
    const attn = [0, 1].map((pos) =>
      [0, 1].map((h) => {
        const scores = Array.from({ length: pos + 1 }, (_, s) => q[pos][h] * k[s][h]);
        const z = scores.reduce((acc, sc) => acc + Math.exp(sc), 0);
        return scores.reduce((acc, sc, s) => acc + (Math.exp(sc) / z) * v[s][h], 0);
      }),
    );
    const afterAttn = x.map((xi, pos) => [xi[0] + attn[pos][0] + 0.1, xi[1] + 2 * attn[pos][1]]);
    const afterMlp = afterAttn.map((xi) => {
      const m = expLayerNorm(xi, ln2W, ln2B, eps);
      const hidden = fcB.map((b, j) => geluTanh(m[0] * fcW[0][j] + m[1] * fcW[1][j] + b));
      return [0, 1].map((d) => xi[d] + outB[d] + hidden.reduce((acc, hk, j) => acc + hk * outW[j][d], 0));
    });
    const expected = afterMlp.map((xi) => {
      const f = expLayerNorm(xi, lnfW, lnfB, eps);
      return [f[0] * wte[0] + f[1] * wte[1], f[0] * wte[2] + f[1] * wte[3]];
    });
    expect(maxAbsDiff(logits, expected)).toBeLessThan(1e-12);
  });

  it("scales scores by 1/√head_dim: same logits as unscaled attention with q pre-divided by √head_dim", () => {
    const o = { D: 8, L: 2, H: 2, P: 16, V: 11, seed: 31 }; // head_dim 4: dividing q by 2 is exact in float32
    const { config, tensors } = gpt2Fixture(o);
    const prescaled = { ...tensors };
    for (let i = 0; i < o.L; i++) {
      const w = tensors[`transformer.h.${i}.attn.c_attn.weight`];
      const b = tensors[`transformer.h.${i}.attn.c_attn.bias`];
      prescaled[`transformer.h.${i}.attn.c_attn.weight`] = t(
        w.dims,
        w.data.map((x, k) => (k % (3 * o.D) < o.D ? x / 2 : x)), // q columns of every row
      );
      prescaled[`transformer.h.${i}.attn.c_attn.bias`] = t(
        b.dims,
        b.data.map((x, k) => (k < o.D ? x / 2 : x)),
      );
    }
    const ids = [1, 9, 4, 4, 0];
    const scaled = loadReferenceModel(writeModelDir(config, tensors)).causalLogits(ids);
    const unscaled = loadReferenceModel(writeModelDir({ ...config, scale_attn_weights: false }, prescaled));
    expect(maxAbsDiff(unscaled.causalLogits(ids), scaled)).toBeLessThan(1e-12);
    const notPrescaled = loadReferenceModel(writeModelDir({ ...config, scale_attn_weights: false }, tensors));
    expect(maxAbsDiff(notPrescaled.causalLogits(ids), scaled)).toBeGreaterThan(1e-4);
  });

  it("with zero attention and MLP weights gives ln_f(wte + wpe)·wteᵀ", () => {
    const o = { D: 8, L: 2, H: 2, P: 16, V: 11, seed: 9 };
    const { config, tensors } = gpt2Fixture(o);
    for (let i = 0; i < o.L; i++) {
      for (const w of ["attn.c_attn", "attn.c_proj", "mlp.c_fc", "mlp.c_proj"]) {
        const p = `transformer.h.${i}.${w}`;
        tensors[`${p}.weight`] = zeros(tensors[`${p}.weight`].dims);
        tensors[`${p}.bias`] = zeros(tensors[`${p}.bias`].dims);
      }
    }
    const ids = [10, 0, 3, 3];
    const got = loadReferenceModel(writeModelDir(config, tensors)).causalLogits(ids);
    const wte = tensors["transformer.wte.weight"];
    const expected = ids.map((id, pos) => {
      const e = row(wte, id).map((w, d) => w + row(tensors["transformer.wpe.weight"], pos)[d]);
      const h = expLayerNorm(e, tensors["transformer.ln_f.weight"].data, tensors["transformer.ln_f.bias"].data, 1e-5);
      return expMatVec(wte.data, h);
    });
    expect(maxAbsDiff(got, expected)).toBeLessThan(1e-12);
  });

  it("is causal: logits at t ignore tokens after t, and equal the last logits of the prefix alone", () => {
    const { config, tensors } = gpt2Fixture({ D: 8, L: 2, H: 2, P: 16, V: 11, seed: 13 });
    const model = loadReferenceModel(writeModelDir(config, tensors));
    const a = model.causalLogits([2, 7, 1, 8, 2, 8]);
    const b = model.causalLogits([2, 7, 1, 0, 0, 10]);
    expect(maxAbsDiff(a.slice(0, 3), b.slice(0, 3))).toBe(0);
    expect(maxAbsDiff(a[3], b[3])).toBeGreaterThan(1e-3);
    expect(maxAbsDiff(model.causalLogits([2, 7]), a.slice(0, 2))).toBeLessThan(1e-12);
    // an earlier token does change later logits (attention is not degenerate)
    const c = model.causalLogits([3, 7, 1]);
    expect(maxAbsDiff(c[2], a[2])).toBeGreaterThan(1e-3);
  });

  it("refuses sequences longer than n_positions and has no classifier head", () => {
    const { config, tensors } = gpt2Fixture({ D: 4, L: 1, H: 2, P: 3, V: 5, seed: 1 });
    const model = loadReferenceModel(writeModelDir(config, tensors));
    expect(model.causalLogits([1, 2, 3])).toHaveLength(3);
    expect(() => model.causalLogits([1, 2, 3, 4])).toThrow(/exceed n_positions 3/);
    expect(() => model.classifierLogits([1])).toThrow(/no sequence-classification head/);
  });
});

describe("BERT classifier", () => {
  const o = { D: 8, L: 2, H: 2, I: 16, V: 20, P: 12, seed: 17 };

  it("with zero attention-output and intermediate weights reduces to LayerNorms of constants", () => {
    const one = { ...o, L: 1 };
    const { config, tensors } = bertFixture(one);
    const p = "bert.encoder.layer.0";
    tensors[`${p}.attention.output.dense.weight`] = zeros([8, 8]);
    tensors[`${p}.intermediate.dense.weight`] = zeros([16, 8]);
    const ids = [1, 15, 4];
    const types = [0, 1, 1];
    const got = loadReferenceModel(writeModelDir(config, tensors)).classifierLogits(ids, types);

    const d = (name: string) => tensors[name].data;
    const eps = 1e-12;
    const emb = expLayerNorm(
      row(tensors["bert.embeddings.word_embeddings.weight"], ids[0]).map(
        (w, i) =>
          w +
          row(tensors["bert.embeddings.position_embeddings.weight"], 0)[i] +
          row(tensors["bert.embeddings.token_type_embeddings.weight"], types[0])[i],
      ),
      d("bert.embeddings.LayerNorm.weight"),
      d("bert.embeddings.LayerNorm.bias"),
      eps,
    );
    // attention output = 0·context + bias; intermediate = gelu(0·a + bias), a constant vector.
    const bo = d(`${p}.attention.output.dense.bias`);
    const a = expLayerNorm(
      emb.map((x, i) => x + bo[i]),
      d(`${p}.attention.output.LayerNorm.weight`),
      d(`${p}.attention.output.LayerNorm.bias`),
      eps,
    );
    const hidden = d(`${p}.intermediate.dense.bias`).map((b) => 0.5 * b * (1 + erf(b / Math.SQRT2)));
    const out = expMatVec(d(`${p}.output.dense.weight`), hidden).map((y, i) => y + d(`${p}.output.dense.bias`)[i]);
    const x = expLayerNorm(
      a.map((ai, i) => ai + out[i]),
      d(`${p}.output.LayerNorm.weight`),
      d(`${p}.output.LayerNorm.bias`),
      eps,
    );
    const pooled = expMatVec(d("bert.pooler.dense.weight"), x).map((y, i) =>
      Math.tanh(y + d("bert.pooler.dense.bias")[i]),
    );
    const expected = expMatVec(d("classifier.weight"), pooled).map((y, i) => y + d("classifier.bias")[i]);
    expect(got).toHaveLength(3); // num_labels from id2label
    expect(maxAbsDiff(got, expected)).toBeLessThan(1e-12);
  });

  it("matches a 1-layer, 2-head model computed step by step from the Hugging Face definition", () => {
    const one = { D: 4, L: 1, H: 2, I: 6, V: 9, P: 5, seed: 23 };
    const { config, tensors } = bertFixture(one);
    const ids = [5, 1, 3];
    const types = [0, 0, 1];
    const got = loadReferenceModel(writeModelDir(config, tensors)).classifierLogits(ids, types);

    const d = (name: string) => tensors[name].data;
    const eps = 1e-12;
    const dense = (name: string, x: number[]) =>
      expMatVec(d(`${name}.weight`), x).map((y, i) => y + d(`${name}.bias`)[i]);
    const gelu = (z: number) => 0.5 * z * (1 + erf(z / Math.SQRT2));
    const p = "bert.encoder.layer.0";
    const e = ids.map((id, pos) =>
      expLayerNorm(
        row(tensors["bert.embeddings.word_embeddings.weight"], id).map(
          (w, i) =>
            w +
            row(tensors["bert.embeddings.position_embeddings.weight"], pos)[i] +
            row(tensors["bert.embeddings.token_type_embeddings.weight"], types[pos])[i],
        ),
        d("bert.embeddings.LayerNorm.weight"),
        d("bert.embeddings.LayerNorm.bias"),
        eps,
      ),
    );
    const q = e.map((x) => dense(`${p}.attention.self.query`, x));
    const k = e.map((x) => dense(`${p}.attention.self.key`, x));
    const v = e.map((x) => dense(`${p}.attention.self.value`, x));
    const hd = 2;
    const context = e.map((_, tq) =>
      [0, 1, 2, 3].map((c) => {
        const h = Math.floor(c / hd);
        const scores = e.map(
          (__, s) => (q[tq][h * hd] * k[s][h * hd] + q[tq][h * hd + 1] * k[s][h * hd + 1]) / Math.SQRT2,
        );
        const z = scores.reduce((acc, sc) => acc + Math.exp(sc), 0);
        return scores.reduce((acc, sc, s) => acc + (Math.exp(sc) / z) * v[s][c], 0);
      }),
    );
    const a = e.map((x, pos) =>
      expLayerNorm(
        dense(`${p}.attention.output.dense`, context[pos]).map((y, i) => y + x[i]),
        d(`${p}.attention.output.LayerNorm.weight`),
        d(`${p}.attention.output.LayerNorm.bias`),
        eps,
      ),
    );
    const x0 = expLayerNorm(
      dense(`${p}.output.dense`, dense(`${p}.intermediate.dense`, a[0]).map(gelu)).map((y, i) => y + a[0][i]),
      d(`${p}.output.LayerNorm.weight`),
      d(`${p}.output.LayerNorm.bias`),
      eps,
    );
    const pooled = dense("bert.pooler.dense", x0).map(Math.tanh);
    expect(maxAbsDiff(got, dense("classifier", pooled))).toBeLessThan(1e-12);
  });

  it("is order-sensitive only through the position embeddings", () => {
    const { config, tensors } = bertFixture(o);
    const ids = [2, 9, 14, 5, 7];
    const shuffled = [2, 7, 5, 9, 14]; // same first token, the rest permuted
    const model = loadReferenceModel(writeModelDir(config, tensors));
    expect(maxAbsDiff(model.classifierLogits(ids), model.classifierLogits(shuffled))).toBeGreaterThan(1e-4);

    const samePosition = row(tensors["bert.embeddings.position_embeddings.weight"], 0);
    const flat = t([o.P, o.D], Array.from({ length: o.P }, () => samePosition).flat());
    const noPositions = loadReferenceModel(
      writeModelDir(config, { ...tensors, "bert.embeddings.position_embeddings.weight": flat }),
    );
    expect(maxAbsDiff(noPositions.classifierLogits(ids), noPositions.classifierLogits(shuffled))).toBeLessThan(1e-12);
  });

  it("attends in both directions: the last token changes the first token's pooled logits", () => {
    const { config, tensors } = bertFixture(o);
    const model = loadReferenceModel(writeModelDir(config, tensors));
    expect(maxAbsDiff(model.classifierLogits([3, 4, 5]), model.classifierLogits([3, 4, 6]))).toBeGreaterThan(1e-4);
  });

  it("defaults token types to 0 and uses them when given", () => {
    const { config, tensors } = bertFixture(o);
    const model = loadReferenceModel(writeModelDir(config, tensors));
    const ids = [1, 2, 3, 4];
    expect(maxAbsDiff(model.classifierLogits(ids), model.classifierLogits(ids, [0, 0, 0, 0]))).toBe(0);
    expect(maxAbsDiff(model.classifierLogits(ids), model.classifierLogits(ids, [0, 0, 1, 1]))).toBeGreaterThan(1e-4);
    expect(() => model.classifierLogits(ids, [0, 1])).toThrow(/2 token type ids for 4 tokens/);
    expect(() => model.classifierLogits(ids, [0, 0, 2, 0])).toThrow(/typeIds\[2\] = 2/);
    expect(() => model.causalLogits(ids)).toThrow(/no causal LM head/);
  });

  it("sizes the classifier from id2label and names a mismatched classifier weight", () => {
    const { config, tensors } = bertFixture(o);
    const twoLabels = { ...config, id2label: { "0": "NO", "1": "YES" } };
    expect(() => loadReferenceModel(writeModelDir(twoLabels, tensors))).toThrow(
      /"classifier\.weight" has shape \[3, 8\], expected \[2, 8\]/,
    );
  });
});
