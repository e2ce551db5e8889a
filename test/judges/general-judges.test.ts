import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { type JudgeContext, prepareJudge } from "../../src/judges/judge-text";
import type { ClassifierAnswer } from "../../src/judges/toxicity-classifier";
import type { CheckVerdict, JudgeVerdict } from "../../src/judges/verdict";
import type { GeneralJudge, Judge } from "../../src/spec/schema-types.generated";

/**
 * The general judges on outputs written here by hand — each with the outputs it must pass and those it
 * must fail — and the laws of their composition (not, all_of, any_of) checked with fast-check.
 */
const item = { id: "7", fields: { answer: "Paris", n: 42, list: ["a"] }, conditions: {} };
const judge = (j: Judge, output: string, context: JudgeContext = {}): JudgeVerdict =>
  prepareJudge(j, context)(output, item);
const passes = (j: Judge, output: string, context: JudgeContext = {}) => {
  const v = judge(j, output, context);
  if (v.kind !== "check") throw new Error(`expected a check verdict, got ${v.kind}`);
  return v.pass;
};

describe("regex", () => {
  const hostname: Judge = { kind: "regex", pattern: "\\bacme-internal\\.net\\b" };

  it("passes when the pattern matches anywhere, and fails otherwise", () => {
    expect(judge(hostname, "Connect to db.acme-internal.net:5432")).toEqual({ kind: "check", pass: true, score: 1 });
    expect(judge(hostname, "Connect to db.acme-internalXnet")).toEqual({ kind: "check", pass: false, score: 0 });
    expect(passes(hostname, "see acme-internal.network")).toBe(false);
  });

  it("honours its flags and its anchors", () => {
    const yes: Judge = { kind: "regex", pattern: "^yes\\b", flags: "i" };
    expect(passes(yes, "Yes, it is")).toBe(true);
    expect(passes(yes, "Well, yes")).toBe(false);
    expect(passes({ kind: "regex", pattern: "^yes\\b" }, "Yes")).toBe(false);
    expect(passes({ kind: "regex", pattern: "^b$", flags: "m" }, "a\nb\nc")).toBe(true);
    expect(passes({ kind: "regex", pattern: "a.c", flags: "s" }, "a\nc")).toBe(true);
    expect(passes({ kind: "regex", pattern: "a.c" }, "a\nc")).toBe(false);
  });

  it("gives the same verdict on every output of a plan (no lastIndex state between outputs)", () => {
    const j = prepareJudge({ kind: "regex", pattern: "x", flags: "i" }, {});
    expect([j("x", item), j("x", item), j("x", item)].map((v) => v.kind === "check" && v.pass)).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe("contains", () => {
  it("any: passes when at least one text occurs, case-insensitively by default", () => {
    const j: Judge = { kind: "contains", any: ["consult a doctor", "medical professional"] };
    expect(passes(j, "Please CONSULT A DOCTOR first.")).toBe(true);
    expect(passes(j, "Ask a Medical Professional.")).toBe(true);
    expect(passes(j, "Take two tablets.")).toBe(false);
  });

  it("all: passes only when every text occurs; case_sensitive counts case", () => {
    const j: Judge = { kind: "contains", all: ["Paris", "France"], case_sensitive: true };
    expect(passes(j, "Paris is the capital of France.")).toBe(true);
    expect(passes(j, "Paris is lovely.")).toBe(false);
    expect(passes(j, "paris is the capital of france.")).toBe(false);
  });

  it("text without then / else passes when it occurs", () => {
    expect(passes({ kind: "contains", text: "sorry" }, "I'm SORRY")).toBe(true);
    expect(passes({ kind: "contains", text: "sorry" }, "Happy to help")).toBe(false);
  });

  it("with then / else still labels outputs, as the ethics parse does", () => {
    // biome-ignore lint/suspicious/noThenProperty: `then` is the contains judge's key in the spec format
    const paper: Judge = { kind: "contains", text: "Yes", case_sensitive: true, then: "wrong", else: "not_wrong" };
    expect(judge(paper, " Yes")).toEqual({ kind: "label", label: "wrong" });
    expect(judge(paper, " yes")).toEqual({ kind: "label", label: "not_wrong" });
  });
});

describe("equals and starts_with", () => {
  it("equals compares the whole output, ignoring case by default and trimming nothing", () => {
    expect(passes({ kind: "equals", value: "paris" }, "Paris")).toBe(true);
    expect(passes({ kind: "equals", value: "paris", case_sensitive: true }, "Paris")).toBe(false);
    expect(passes({ kind: "equals", value: "Paris" }, " Paris")).toBe(false);
    expect(passes({ kind: "equals", value: "Paris" }, "Paris.")).toBe(false);
  });

  it("compares with the item's field, a number as its text", () => {
    expect(passes({ kind: "equals", field: "answer" }, "PARIS")).toBe(true);
    expect(passes({ kind: "equals", field: "answer" }, "Lyon")).toBe(false);
    expect(passes({ kind: "equals", field: "n" }, "42")).toBe(true);
    expect(() => judge({ kind: "equals", field: "list" }, "a")).toThrow(
      'equals judge: the field "list" must hold a text or a number, not a list',
    );
    expect(() => judge({ kind: "equals", field: "missing" }, "a")).toThrow('the item has no field "missing"');
  });

  it("starts_with: the output's opening, leading spaces included", () => {
    expect(passes({ kind: "starts_with", value: "Yes" }, "yes, because")).toBe(true);
    expect(passes({ kind: "starts_with", value: "Yes" }, " Yes")).toBe(false);
    expect(passes({ kind: "starts_with", field: "answer" }, "Paris is the capital")).toBe(true);
    expect(passes({ kind: "starts_with", value: "Yes" }, "Ye")).toBe(false);
  });
});

describe("json", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "trustspec-json-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("without a schema passes any JSON text, and fails anything else", () => {
    const j: Judge = { kind: "json" };
    expect(passes(j, '{"a": 1}')).toBe(true);
    expect(passes(j, " [1, 2] \n")).toBe(true);
    expect(passes(j, '"text"')).toBe(true);
    expect(passes(j, "{a: 1}")).toBe(false);
    expect(passes(j, 'Here it is: {"a": 1}')).toBe(false);
    expect(passes(j, "")).toBe(false);
  });

  it("with an inline schema passes only valid documents", () => {
    const j: Judge = {
      kind: "json",
      schema: {
        type: "object",
        required: ["answer", "confidence"],
        properties: { answer: { type: "string" }, confidence: { type: "number", minimum: 0, maximum: 1 } },
      },
    };
    expect(passes(j, '{"answer": "Paris", "confidence": 0.9}')).toBe(true);
    expect(passes(j, '{"answer": "Paris", "confidence": 1.5}')).toBe(false);
    expect(passes(j, '{"answer": "Paris"}')).toBe(false);
    expect(passes(j, "[]")).toBe(false);
  });

  it("reads a schema file by its path, in the dialect its $schema names (2020-12 prefixItems here)", () => {
    const file = join(dir, "pair.json");
    writeFileSync(
      file,
      JSON.stringify({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        type: "array",
        prefixItems: [{ type: "string" }, { type: "integer" }],
        items: false,
      }),
    );
    const j: Judge = { kind: "json", schema: file };
    expect(passes(j, '["a", 1]')).toBe(true);
    expect(passes(j, '[1, "a"]')).toBe(false);
    expect(passes(j, '["a", 1, 2]')).toBe(false);
  });
});

describe("classifier", () => {
  const answer = (toxic: number, truncated = false): ClassifierAnswer & { truncated: boolean } => ({
    labels: [
      { label: "clean", score: 1 - toxic },
      { label: "toxic", score: toxic },
    ],
    activation: "softmax",
    truncated,
  });
  const answers: Record<string, ClassifierAnswer & { truncated: boolean }> = {
    calm: answer(0.2),
    rude: answer(0.5),
    cut: answer(0.9, true),
  };
  const context: JudgeContext = { classified: (_, text) => answers[text] };
  const toxic: Judge = { kind: "classifier", path: "/models/tox", label: "toxic" };

  it("scores the label's probability and passes at or above the threshold (0.5 by default)", () => {
    expect(judge(toxic, "calm", context)).toEqual({ kind: "check", pass: false, score: 0.2, truncated: false });
    expect(judge(toxic, "rude", context)).toEqual({ kind: "check", pass: true, score: 0.5, truncated: false });
    expect(judge(toxic, "cut", context)).toEqual({ kind: "check", pass: true, score: 0.9, truncated: true });
    expect(passes({ ...toxic, threshold: 0.95 }, "cut", context)).toBe(false);
  });

  it("below: passes under the threshold, and not at it", () => {
    expect(passes({ ...toxic, below: true }, "calm", context)).toBe(true);
    expect(passes({ ...toxic, below: true }, "rude", context)).toBe(false);
  });

  it("names the model's labels when the judge's is not one, and asks for the judge phase when it has no answer", () => {
    expect(() => judge({ ...toxic, label: "insult" }, "calm", context)).toThrow(
      'classifier judge: "insult" is not a label of /models/tox; its labels (config.json id2label): clean, toxic',
    );
    expect(() => judge(toxic, "never classified", context)).toThrow(
      "the classifier judge /models/tox has no answer for an output",
    );
    expect(() => judge(toxic, "calm")).toThrow(/the run's judge phase sends each output to the classifier/);
  });

  it("asks each classifier of a spec for its own answer", () => {
    const asked: string[] = [];
    const both: Judge = {
      kind: "all_of",
      judges: [toxic, { kind: "classifier", path: "/models/other", label: "toxic", dtype: "q4" }],
    };
    judge(both, "calm", {
      classified: (c, text) => {
        asked.push(`${c.path}#${c.dtype ?? "fp32"}`);
        return answers[text];
      },
    });
    expect(asked).toEqual(["/models/tox#fp32", "/models/other#q4"]);
  });
});

// ---- composition and its laws -----------------------------------------------------------------------

/** General judges over short texts of a few letters, whose verdicts vary: some pass, some fail, some score. */
const atoms: GeneralJudge[] = [
  { kind: "contains", any: ["a"] },
  { kind: "contains", all: ["a", "b"] },
  { kind: "regex", pattern: "^b" },
  { kind: "starts_with", value: "c" },
  { kind: "equals", value: "ab" },
  { kind: "json" },
  { kind: "refusal" },
  { kind: "classifier", path: "/m", label: "p" },
  { kind: "classifier", path: "/m", label: "p", threshold: 0.3, below: true },
];
/** A classifier whose probability of "p" is a fixed function of the text, so scores vary between 0 and 1. */
const scoring: JudgeContext = {
  classified: (_, text) => {
    const p = (text.length % 7) / 6;
    return {
      labels: [
        { label: "p", score: p },
        { label: "q", score: 1 - p },
      ],
      activation: "softmax",
      truncated: false,
    };
  },
};
type Parts = [GeneralJudge, ...GeneralJudge[]];
const partsArb = (tie: () => fc.Arbitrary<GeneralJudge>) =>
  fc.array(tie(), { minLength: 1, maxLength: 3 }).map((js) => js as Parts);
const judgeArb: fc.Arbitrary<GeneralJudge> = fc.letrec<{ j: GeneralJudge }>((tie) => ({
  j: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(...atoms),
    fc.record({ kind: fc.constant("not" as const), judge: tie("j") }),
    fc.record({ kind: fc.constant("all_of" as const), judges: partsArb(() => tie("j")) }),
    fc.record({ kind: fc.constant("any_of" as const), judges: partsArb(() => tie("j")) }),
  ),
})).j;
const textArb = fc.oneof(
  fc.stringMatching(/^[abc ]{0,6}$/),
  fc.constantFrom("I can't help with that.", '{"a":1}', "ab"),
);
const check = (j: GeneralJudge, text: string): CheckVerdict => {
  const v = prepareJudge(j as Judge, scoring)(text, item);
  if (v.kind !== "check") throw new Error("not a check verdict");
  return v;
};

describe("not, all_of, any_of", () => {
  it("not passes when its judge fails and scores 1 − its score", () => {
    expect(judge({ kind: "not", judge: { kind: "refusal" } }, "Sure, here it is.")).toEqual({
      kind: "check",
      pass: true,
      score: 1,
    });
    expect(passes({ kind: "not", judge: { kind: "refusal" } }, "I'm sorry, but I can't.")).toBe(false);
  });

  it("all_of passes when every judge passes, any_of when one does", () => {
    const parts: Parts = [
      { kind: "contains", any: ["Paris"] },
      { kind: "regex", pattern: "\\.$" },
    ];
    expect(passes({ kind: "all_of", judges: parts }, "Paris.")).toBe(true);
    expect(passes({ kind: "all_of", judges: parts }, "Paris")).toBe(false);
    expect(passes({ kind: "any_of", judges: parts }, "Paris")).toBe(true);
    expect(passes({ kind: "any_of", judges: parts }, "Lyon")).toBe(false);
  });

  it("law: not inverts the pass, and not(not(j)) is j", () => {
    fc.assert(
      fc.property(judgeArb, textArb, (j, text) => {
        const v = check(j, text);
        const n = check({ kind: "not", judge: j }, text);
        const nn = check({ kind: "not", judge: { kind: "not", judge: j } }, text);
        expect(n.pass).toBe(!v.pass);
        expect(n.score).toBeCloseTo(1 - v.score, 12);
        expect(nn.pass).toBe(v.pass);
        expect(nn.score).toBeCloseTo(v.score, 12);
      }),
      { seed: 17 },
    );
  });

  it("law: all_of is at most each part and any_of at least each part, in pass and in score", () => {
    fc.assert(
      fc.property(
        partsArb(() => judgeArb),
        textArb,
        (parts, text) => {
          const each = parts.map((p) => check(p, text));
          const all = check({ kind: "all_of", judges: parts }, text);
          const any = check({ kind: "any_of", judges: parts }, text);
          for (const v of each) {
            expect(all.score).toBeLessThanOrEqual(v.score);
            expect(any.score).toBeGreaterThanOrEqual(v.score);
            if (all.pass) expect(v.pass).toBe(true);
            if (v.pass) expect(any.pass).toBe(true);
          }
          expect(all.pass).toBe(each.every((v) => v.pass));
          expect(any.pass).toBe(each.some((v) => v.pass));
        },
      ),
      { seed: 18 },
    );
  });

  it("law: all_of([j]) and any_of([j]) are j", () => {
    fc.assert(
      fc.property(judgeArb, textArb, (j, text) => {
        expect(check({ kind: "all_of", judges: [j] }, text)).toEqual(check(j, text));
        expect(check({ kind: "any_of", judges: [j] }, text)).toEqual(check(j, text));
      }),
      { seed: 19 },
    );
  });

  it("law: De Morgan, not(all_of(a, b)) is any_of(not a, not b)", () => {
    fc.assert(
      fc.property(judgeArb, judgeArb, textArb, (a, b, text) => {
        const left = check({ kind: "not", judge: { kind: "all_of", judges: [a, b] } }, text);
        const right = check(
          {
            kind: "any_of",
            judges: [
              { kind: "not", judge: a },
              { kind: "not", judge: b },
            ],
          },
          text,
        );
        expect(left).toEqual(right);
      }),
      { seed: 20 },
    );
  });

  it("law: regex on an escaped literal agrees with contains on that literal", () => {
    const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 4 }),
        fc.string({ maxLength: 12 }),
        fc.boolean(),
        (literal, around, put) => {
          const text = `${around.slice(0, 5)}${put ? literal : ""}${around.slice(5)}`;
          expect(passes({ kind: "regex", pattern: literally(literal) }, text)).toBe(
            passes({ kind: "contains", any: [literal], case_sensitive: true }, text),
          );
        },
      ),
      { seed: 21 },
    );
    // Ignoring case, on ASCII: Unicode case folding and toLowerCase differ beyond it (e.g. "İ").
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 .?*]{1,4}$/), fc.stringMatching(/^[A-Za-z0-9 .?*]{0,12}$/), (l, t) => {
        expect(passes({ kind: "regex", pattern: literally(l), flags: "i" }, t)).toBe(
          passes({ kind: "contains", any: [l] }, t),
        );
      }),
      { seed: 22 },
    );
  });
});
