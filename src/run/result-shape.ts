import type { InferenceCache } from "./cache";
import { type CallResult, callKey, type ModelCall } from "./calls";

/**
 * Whether a stored value is a result `call` could have produced: a result of its kind, with one
 * sample per requested sample or one score per choice, every field of its type. Cache entries are
 * JSON files that can be edited, damaged or left by another build; one that parses but has the
 * wrong shape must be a miss (re-run and rewritten) — a `null` crashed every suite that read it,
 * and a string was taken for a skipped item, silently changing the metric. This runs on every hit
 * of a warm run, so it is a plain walk over the value, no schema library.
 */
export function fitsCall(call: ModelCall): (value: unknown) => value is CallResult {
  switch (call.kind) {
    case "generate":
      return (value): value is CallResult => isGenerateResult(value, call.samples);
    case "score":
      return (value): value is CallResult => isScoreResult(value, call.choices.length);
    case "classify":
      return (value): value is CallResult => isClassifyResult(value);
  }
}

/** The stored result of `call` on the model with this fingerprint, or undefined (absent, disabled, or the wrong shape). */
export function cachedResult(cache: InferenceCache, modelFingerprint: string, call: ModelCall): CallResult | undefined {
  return cache.get(callKey(modelFingerprint, call), fitsCall(call));
}

type Fields = { readonly [key: string]: unknown };

/**
 * Bound once: suites read results inside Jest's vm context, where every read of a global (`Number`,
 * `Array`) in a loop goes through the context's interceptors, and a warm run checks every token id
 * of every sample (a tenth of a cached suite's time was `Number.isInteger` there).
 */
const { isInteger, isFinite: finite } = Number;
const { isArray } = Array;

const FINISH = new Set(["eos", "stop", "length"]);
const ACTIVATION = new Set(["softmax", "sigmoid", "none"]);

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !isArray(value);
}

function isCount(value: unknown): boolean {
  return isInteger(value) && (value as number) >= 0;
}

function isFiniteNumber(value: unknown): boolean {
  return typeof value === "number" && finite(value);
}

/** A model too short for the request: generate and score answer so instead of truncating. */
function isTooLong(value: Fields): boolean {
  return value.ok === false && value.reason === "too-long" && isCount(value.needed) && isCount(value.limit);
}

function isGenerateResult(value: unknown, samples: number): boolean {
  return isListResult(value, "samples", samples, isSample);
}

function isSample(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.text === "string" &&
    FINISH.has(value.finish as string) &&
    isArray(value.tokenIds) &&
    value.tokenIds.every(isCount)
  );
}

function isScoreResult(value: unknown, choices: number): boolean {
  return isListResult(value, "scores", choices, isContinuationScore);
}

/** An ok result whose `key` lists exactly `length` items of the right shape, or a too-long answer. */
function isListResult(value: unknown, key: string, length: number, isItem: (item: unknown) => boolean): boolean {
  if (!isRecord(value)) return false;
  if (value.ok !== true) return isTooLong(value);
  const list = value[key];
  return isArray(list) && list.length === length && list.every(isItem);
}

function isContinuationScore(value: unknown): boolean {
  return (
    isRecord(value) &&
    isFiniteNumber(value.sum) &&
    isFiniteNumber(value.mean) &&
    isCount(value.tokens) &&
    typeof value.greedy === "boolean"
  );
}

/** A classifier never answers too-long (it truncates, and says so). */
function isClassifyResult(value: unknown): boolean {
  return (
    isRecord(value) &&
    value.ok === true &&
    isArray(value.labels) &&
    value.labels.length > 0 &&
    value.labels.every((l) => isRecord(l) && typeof l.label === "string" && isFiniteNumber(l.score)) &&
    isArray(value.logits) &&
    value.logits.length === value.labels.length &&
    value.logits.every(isFiniteNumber) &&
    typeof value.top === "string" &&
    ACTIVATION.has(value.activation as string) &&
    isCount(value.tokens) &&
    typeof value.truncated === "boolean"
  );
}
