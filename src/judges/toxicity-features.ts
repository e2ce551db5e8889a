import { readToxicity } from "./toxicity-lexical";
import type { ToxicityCategory } from "./toxicity-lexicon";

/**
 * The features of the `toxicity-learned` judge, shared by the judge and by its training script
 * (scripts/train-toxicity.ts), so that both read a text the same way. A text becomes a sparse vector:
 *
 * - **hashed n-grams** over the words as the lexicon reads them (lower-cased, accents stripped,
 *   "f*ck" / "sh1t" / "f.u.c.k" undone: toxicity-lexical.ts): every word, every pair of neighbouring
 *   words, and the character 2- to 5-grams of each word with a boundary mark at both ends (" id", "iot ").
 *   Each is hashed (FNV-1a over its UTF-16 code units, then murmur3's finaliser, a seed per kind) into one
 *   of 2^HASH_BITS buckets, so the weights file holds numbers only, never a word. Each kind's values are
 *   1/√n for its n n-grams (a repeated one adds up), so long and short texts weigh alike.
 * - **the lexicon's findings** as DENSE_FEATURES numbers after the buckets: its score, the heaviest
 *   match per category, the heaviest match aimed at the reader / threat pattern / group attack, the
 *   number of matches and the number of words (as n / (n + c), between 0 and 1).
 *
 * Changing anything here changes what the committed weights mean: bump FEATURES_VERSION and retrain
 * (`npm run train:toxicity`); the judge refuses weights of another version.
 */
export const FEATURES_VERSION = 1;
export const HASH_BITS = 18;
export const HASH_BUCKETS = 1 << HASH_BITS;

const CATEGORIES: readonly ToxicityCategory[] = ["profanity", "insult", "threat", "identity", "sexual"];
const CONTEXTS = ["aimed", "threat", "group"] as const;
export const DENSE_NAMES: readonly string[] = [
  "lexicon_score",
  ...CATEGORIES.map((c) => `lexicon_${c}`),
  ...CONTEXTS.map((c) => `lexicon_${c}`),
  "matches",
  "words",
];
export const DENSE_FEATURES = DENSE_NAMES.length;

/** Seeds per n-gram kind: the same string as a word and as a character n-gram lands in different buckets. */
const SEED_WORD = 0x811c9dc5;
const SEED_CHAR = 0x050c5d1f;
const SEED_PAIR = 0x2b7e1516;
const FNV_PRIME = 16777619;
const BOUNDARY = 32;
const MIN_GRAM = 2;
const MAX_GRAM = 5;

// Bound once: inside Jest's vm context every read of the global Math is slow (src/metrics/random.ts).
const imul = Math.imul;
const sqrt = Math.sqrt;
const min = Math.min;

/** A text's sparse features: `length` (bucket, value) pairs (a bucket may repeat) and the dense ones. */
export interface Features {
  length: number;
  buckets: Int32Array;
  values: Float64Array;
  readonly dense: Float64Array;
}

export function newFeatures(capacity = 1024): Features {
  return {
    length: 0,
    buckets: new Int32Array(capacity),
    values: new Float64Array(capacity),
    dense: new Float64Array(DENSE_FEATURES),
  };
}

/** murmur3's 32-bit finaliser: spreads FNV's low bits, which alone would crowd the buckets. */
export function mix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a of a string's UTF-16 code units from `seed`, unfinalised. */
export function fnv1a(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** The bucket of a word (unigram feature); exported so tests can pin the hashing. */
export function wordBucket(word: string): number {
  return mix32(fnv1a(word, SEED_WORD)) & (HASH_BUCKETS - 1);
}

/** Fills `out` with the features of `text` (growing its arrays when needed) and returns it. */
export function textFeatures(text: string, out: Features = newFeatures()): Features {
  const { words, breakdown } = readToxicity(text);
  out.length = 0;
  const mask = HASH_BUCKETS - 1;

  const wordHashes = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a(words[i] as string, SEED_WORD);
  const unigram = words.length > 0 ? 1 / sqrt(words.length) : 0;
  for (let i = 0; i < words.length; i++) push(out, mix32(wordHashes[i] as number) & mask, unigram);
  const pairs = words.length - 1;
  const pairValue = pairs > 0 ? 1 / sqrt(pairs) : 0;
  for (let i = 0; i < pairs; i++) {
    const h = imul((wordHashes[i] as number) ^ SEED_PAIR, 0x9e3779b1) + (wordHashes[i + 1] as number);
    push(out, mix32(h >>> 0) & mask, pairValue);
  }

  const charStart = out.length;
  for (const word of words) charGrams(out, word, mask);
  const grams = out.length - charStart;
  const gramValue = grams > 0 ? 1 / sqrt(grams) : 0;
  for (let k = charStart; k < out.length; k++) out.values[k] = gramValue;

  const dense = out.dense;
  dense.fill(0);
  dense[0] = breakdown.score;
  for (const m of breakdown.matches) {
    const c = 1 + CATEGORIES.indexOf(m.category);
    if (m.weight > (dense[c] as number)) dense[c] = m.weight;
    if (m.context !== undefined) {
      const x = 1 + CATEGORIES.length + CONTEXTS.indexOf(m.context);
      if (m.weight > (dense[x] as number)) dense[x] = m.weight;
    }
  }
  // n / (n + c) rather than a logarithm: + and ÷ round the same on every machine, so training does too.
  const matches = breakdown.matches.length;
  dense[1 + CATEGORIES.length + CONTEXTS.length] = matches / (matches + 1);
  dense[2 + CATEGORIES.length + CONTEXTS.length] = words.length / (words.length + 10);
  return out;
}

/** The character 2- to 5-grams of " word ", each hashed as it is extended one character at a time. */
function charGrams(out: Features, word: string, mask: number): void {
  const n = word.length + 2;
  const code = (k: number): number => (k === 0 || k === n - 1 ? BOUNDARY : word.charCodeAt(k - 1));
  for (let start = 0; start + MIN_GRAM <= n; start++) {
    let h = SEED_CHAR;
    const last = min(start + MAX_GRAM, n);
    for (let k = start; k < last; k++) {
      h = imul(h ^ code(k), FNV_PRIME);
      if (k - start + 1 >= MIN_GRAM) push(out, mix32(h >>> 0) & mask, 0);
    }
  }
}

function push(out: Features, bucket: number, value: number): void {
  if (out.length === out.buckets.length) {
    const buckets = new Int32Array(out.buckets.length * 2);
    buckets.set(out.buckets);
    const values = new Float64Array(out.values.length * 2);
    values.set(out.values);
    out.buckets = buckets;
    out.values = values;
  }
  out.buckets[out.length] = bucket;
  out.values[out.length] = value;
  out.length++;
}
