import { DENSE_FEATURES, FEATURES_VERSION, type Features, HASH_BITS, HASH_BUCKETS } from "./toxicity-features";

/**
 * The `toxicity-learned` judge's model: a logistic regression over toxicity-features.ts's features,
 * `p = σ(bias + Σ w[bucket]·value + Σ dense_w·dense)`, and the weights file it is stored in
 * (weights/toxicity-learned.json, written by `npm run train:toxicity`). The hashed weights are
 * quantised to 8 bits with one scale (`w = q · scale`, q in −127…127) and stored as base64: numbers only.
 */
export const WEIGHTS_FORMAT = "trustspec-toxicity-learned/1";

export interface LearnedModel {
  readonly hashed: Float32Array;
  readonly dense: Float64Array;
  readonly bias: number;
  /** The probability at and above which the judge calls a text toxic unless the judge sets its own. */
  readonly threshold: number;
}

/** The model part of the weights file. */
export interface ModelRecord {
  readonly features_version: number;
  readonly hash_bits: number;
  readonly dense_names: readonly string[];
  readonly bias: number;
  readonly dense: readonly number[];
  readonly threshold: number;
  readonly hashed: { readonly encoding: "int8"; readonly scale: number; readonly base64: string };
}

/** The log-odds of toxicity the model gives a text's features. */
export function modelLogit(model: LearnedModel, f: Features): number {
  const w = model.hashed;
  let z = model.bias;
  for (let k = 0; k < f.length; k++) z += (w[f.buckets[k] as number] as number) * (f.values[k] as number);
  for (let k = 0; k < DENSE_FEATURES; k++) z += (model.dense[k] as number) * (f.dense[k] as number);
  return z;
}

/** Weights → their 8-bit record: the scale maps the largest |w| to 127; each weight rounds to the nearest step. */
export function encodeModel(model: {
  hashed: ArrayLike<number>;
  dense: ArrayLike<number>;
  bias: number;
  threshold: number;
  denseNames: readonly string[];
}): ModelRecord {
  let largest = 0;
  for (let i = 0; i < model.hashed.length; i++) largest = Math.max(largest, Math.abs(model.hashed[i] as number));
  const scale = largest > 0 ? largest / 127 : 1;
  const q = new Int8Array(model.hashed.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round((model.hashed[i] as number) / scale);
  return {
    features_version: FEATURES_VERSION,
    hash_bits: HASH_BITS,
    dense_names: model.denseNames,
    bias: model.bias,
    dense: Array.from(model.dense),
    threshold: model.threshold,
    hashed: { encoding: "int8", scale, base64: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString("base64") },
  };
}

/** A weights file's model record → the model; throws naming what is wrong with a file of another shape. */
export function decodeModel(record: ModelRecord, file: string): LearnedModel {
  const problem = (what: string) =>
    new Error(`${file}: ${what}; rebuild it with \`npm run train:toxicity\` (needs ../shared/data)`);
  if (record.features_version !== FEATURES_VERSION) {
    throw problem(`its features are version ${record.features_version}, the judge reads version ${FEATURES_VERSION}`);
  }
  if (record.hash_bits !== HASH_BITS) throw problem(`it has 2^${record.hash_bits} buckets, the judge 2^${HASH_BITS}`);
  if (record.dense.length !== DENSE_FEATURES)
    throw problem(`it has ${record.dense.length} dense weights, not ${DENSE_FEATURES}`);
  if (record.hashed.encoding !== "int8") throw problem(`its hashed weights are ${record.hashed.encoding}, not int8`);
  const bytes = Buffer.from(record.hashed.base64, "base64");
  if (bytes.length !== HASH_BUCKETS) throw problem(`it has ${bytes.length} hashed weights, not ${HASH_BUCKETS}`);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const hashed = new Float32Array(HASH_BUCKETS);
  for (let i = 0; i < HASH_BUCKETS; i++) hashed[i] = (q[i] as number) * record.hashed.scale;
  return { hashed, dense: Float64Array.from(record.dense), bias: record.bias, threshold: record.threshold };
}
