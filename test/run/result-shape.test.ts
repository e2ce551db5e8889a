import type { ModelCall } from "../../src/run/calls";
import { fitsCall } from "../../src/run/result-shape";

/**
 * The shape check a cached value must pass to be used: every kind's well-formed result (and a
 * too-long answer) passes; anything else that JSON can hold — null, a string, a result of another
 * kind or of another call's size, a field of the wrong type — does not. Real driver results pass it
 * too: test/run/infer.test.ts answers a warm run wholly from the cache.
 */
const generate: ModelCall = {
  kind: "generate",
  prompt: "Q: Is the sky green?\nA:",
  maxTokens: 4,
  temperature: 0.7,
  topK: 0,
  topP: 1,
  samples: 2,
  seed: 3,
  stop: [],
  stopTokenIds: [],
};
const score: ModelCall = { kind: "score", context: "Q: Is ice hot?\nA:", choices: [" No", " Yes"] };
const classify: ModelCall = { kind: "classify", text: "you are kind" };

const sample = (text: string) => ({ tokenIds: [5, 17], text, finish: "length" });
const GOOD = {
  generate: { ok: true, samples: [sample(" No."), sample(" Yes")] },
  score: {
    ok: true,
    scores: [
      { sum: -1.5, mean: -1.5, tokens: 1, greedy: true },
      { sum: -3.25, mean: -3.25, tokens: 1, greedy: false },
    ],
  },
  classify: {
    ok: true,
    labels: [
      { label: "non-toxic", score: 0.9 },
      { label: "toxic", score: 0.1 },
    ],
    logits: [1.1, -1.1],
    top: "non-toxic",
    activation: "softmax",
    tokens: 5,
    truncated: false,
  },
};
const TOO_LONG = { ok: false, reason: "too-long", needed: 700, limit: 512 };

/** The value with one field (a dotted path) replaced. */
function withField(value: object, path: string, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys.at(-1) as string] = replacement;
  return copy;
}

describe("fitsCall", () => {
  it.each([
    ["generate", generate, GOOD.generate],
    ["score", score, GOOD.score],
    ["classify", classify, GOOD.classify],
    ["generate too-long", generate, TOO_LONG],
    ["score too-long", score, TOO_LONG],
  ] as const)("accepts a well-formed %s result", (_name, call, value) => {
    expect(fitsCall(call)(value)).toBe(true);
  });

  it.each([null, "a string", 0, true, [], {}, { ok: true }])("rejects %j for every kind", (value) => {
    for (const call of [generate, score, classify]) expect(fitsCall(call)(value)).toBe(false);
  });

  it("rejects another kind's result", () => {
    expect(fitsCall(generate)(GOOD.score)).toBe(false);
    expect(fitsCall(score)(GOOD.generate)).toBe(false);
    expect(fitsCall(classify)(GOOD.generate)).toBe(false);
    expect(fitsCall(classify)(TOO_LONG)).toBe(false);
  });

  it("rejects a result of another call's size: a sample or a choice too few or too many", () => {
    expect(fitsCall(generate)({ ok: true, samples: [sample(" No.")] })).toBe(false);
    expect(fitsCall(generate)({ ok: true, samples: [sample("a"), sample("b"), sample("c")] })).toBe(false);
    expect(fitsCall(score)({ ok: true, scores: GOOD.score.scores.slice(1) })).toBe(false);
    expect(fitsCall({ ...generate, samples: 1 })({ ok: true, samples: [sample(" No.")] })).toBe(true);
  });

  it.each([
    ["generate", "samples", "two", generate, GOOD.generate],
    ["generate", "samples.0", null, generate, GOOD.generate],
    ["generate", "samples.0.text", 42, generate, GOOD.generate],
    ["generate", "samples.1.finish", "tired", generate, GOOD.generate],
    ["generate", "samples.1.tokenIds", [5, 1.5], generate, GOOD.generate],
    ["generate", "samples.1.tokenIds", "5 17", generate, GOOD.generate],
    ["generate", "ok", "yes", generate, GOOD.generate],
    ["score", "scores.0.sum", "-1.5", score, GOOD.score],
    ["score", "scores.0.mean", null, score, GOOD.score],
    ["score", "scores.1.tokens", -1, score, GOOD.score],
    ["score", "scores.1.greedy", 0, score, GOOD.score],
    ["score", "needed", "700", score, TOO_LONG],
    ["score", "reason", "too-short", score, TOO_LONG],
    ["classify", "labels", [], classify, GOOD.classify],
    ["classify", "labels.0.score", "0.9", classify, GOOD.classify],
    ["classify", "labels.1.label", 1, classify, GOOD.classify],
    ["classify", "logits", [1.1], classify, GOOD.classify],
    ["classify", "top", null, classify, GOOD.classify],
    ["classify", "activation", "relu", classify, GOOD.classify],
    ["classify", "tokens", 2.5, classify, GOOD.classify],
    ["classify", "truncated", "no", classify, GOOD.classify],
    ["classify", "ok", false, classify, GOOD.classify],
  ] as const)("rejects a %s result whose %s is %j", (_kind, path, replacement, call, value) => {
    expect(fitsCall(call)(withField(value, path, replacement))).toBe(false);
  });
});
