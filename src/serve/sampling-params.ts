import { ApiError, badField } from "./api-error";

/** The sampling settings of a completion or chat request, checked, with OpenAI's defaults. */
export interface SamplingParams {
  /** Absent when the request does not say (completions default to 16; chat to the rest of the context). */
  readonly maxTokens: number | undefined;
  readonly temperature: number;
  readonly topP: number;
  /** 0 is off. */
  readonly topK: number;
  readonly n: number;
  readonly stop: readonly string[];
  readonly stopTokenIds: readonly number[];
  /** Absent: the server picks one for the request. */
  readonly seed: number | undefined;
}

/** The request body's fields; a null is read as absent, as OpenAI's clients send them. */
export type Body = Readonly<Record<string, unknown>>;

const MAX_SEED = 4294967295;
const MAX_N = 128;

export function field(body: Body, name: string): unknown {
  const value = body[name];
  return value === null ? undefined : value;
}

export function integer(body: Body, name: string, min: number, max: number): number | undefined {
  const v = field(body, name);
  if (v === undefined) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
    throw badField(name, `a whole number from ${min} to ${max}`);
  }
  return v;
}

export function number(body: Body, name: string, min: number, max: number, minOpen = false): number | undefined {
  const v = field(body, name);
  if (v === undefined) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v) || v < min || v > max || (minOpen && v === min)) {
    throw badField(name, `a number ${minOpen ? "above" : "from"} ${min}${minOpen ? " and at most" : " to"} ${max}`);
  }
  return v;
}

export function boolean(body: Body, name: string): boolean | undefined {
  const v = field(body, name);
  if (v === undefined) return undefined;
  if (typeof v !== "boolean") throw badField(name, "true or false");
  return v;
}

/**
 * Fields that would change the answer in ways this server does not implement: refused when set to
 * anything but their neutral value, rather than ignored (other unknown fields are ignored, as vLLM does).
 */
const UNSUPPORTED: readonly (readonly [string, (v: unknown) => boolean])[] = [
  ["presence_penalty", (v) => v === 0],
  ["frequency_penalty", (v) => v === 0],
  ["repetition_penalty", (v) => v === 1],
  ["logit_bias", (v) => typeof v === "object" && v !== null && Object.keys(v).length === 0],
  ["suffix", (v) => v === ""],
  ["best_of", (v) => v === 1],
  ["response_format", (v) => typeof v === "object" && v !== null && (v as { type?: unknown }).type === "text"],
  ["tools", (v) => Array.isArray(v) && v.length === 0],
];

export function samplingParams(body: Body): SamplingParams {
  if (field(body, "stream") === true) {
    throw new ApiError(
      400,
      "streaming is not supported by trustspec serve: leave out stream or set it to false",
      "stream",
    );
  }
  boolean(body, "stream");
  for (const [name, neutral] of UNSUPPORTED) {
    const v = field(body, name);
    if (v !== undefined && !neutral(v)) {
      throw new ApiError(400, `'${name}' is not supported by trustspec serve`, name, "unsupported_parameter");
    }
  }
  const topK = integer(body, "top_k", -1, 1e6);
  const maxTokens = integer(body, "max_tokens", 0, 1e6) ?? integer(body, "max_completion_tokens", 0, 1e6);
  return {
    maxTokens,
    temperature: number(body, "temperature", 0, 100) ?? 1,
    topP: number(body, "top_p", 0, 1, true) ?? 1,
    // vLLM's -1 (and 0) turn top-k off.
    topK: topK === undefined || topK < 0 ? 0 : topK,
    n: integer(body, "n", 1, MAX_N) ?? 1,
    stop: stops(body),
    stopTokenIds: stopTokenIds(body),
    seed: integer(body, "seed", 0, MAX_SEED),
  };
}

function stops(body: Body): string[] {
  const v = field(body, "stop");
  if (v === undefined) return [];
  const list = typeof v === "string" ? [v] : v;
  if (!Array.isArray(list) || !list.every((s) => typeof s === "string")) {
    throw badField("stop", "a string or an array of strings");
  }
  if (list.some((s) => s === "")) throw badField("stop", "non-empty strings (an empty one would stop at once)");
  return list as string[];
}

function stopTokenIds(body: Body): number[] {
  const v = field(body, "stop_token_ids");
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((id) => typeof id === "number" && Number.isInteger(id) && id >= 0)) {
    throw badField("stop_token_ids", "an array of token ids (whole numbers from 0)");
  }
  return v as number[];
}

/** A seed for a request that gave none: any uint32, so samples differ between requests. */
export function randomSeed(): number {
  return Math.floor(Math.random() * (MAX_SEED + 1));
}
