/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GenerateSettings, PlanProbe, PlanProbeMeasure } from "../../src/compile/plan";
import { caseSeed } from "../../src/compile/seeds";
import { judgeText } from "../../src/judges/judge-text";
import { classifierToxicity } from "../../src/judges/toxicity-classifier";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder, buildTestModel } from "../../src/model/build/test-models";
import { loadModel } from "../../src/model/load-model";
import { openCache } from "../../src/run/cache";
import { ModelSession } from "../../src/run/infer";
import { ProbeMeasureError, probeMeasure } from "../../src/run/probe-measure";
import type { Progress } from "../../src/run/progress";
import { diskFiles } from "../../src/spec/file-access";

/**
 * Every probe measure through a real model session equals the same number computed directly through
 * the drivers: score differences, P(agree), and the mean judge score of seeded samples — a rule-based
 * judge, and an exported classifier in its own session.
 */
const root = mkdtempSync(join(tmpdir(), "trustspec-probe-measure-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const lm = join(root, "lm");
const clf = join(root, "clf");
beforeAll(() => {
  writeModelDir(lm, buildTestDecoder("llama"));
  writeModelDir(clf, buildTestModel("bert-classifier-multi-label"));
});
jest.setTimeout(60_000);

const quiet: Progress = { start: () => {}, advance: () => {}, finish: () => {} };
const PROMPTS = ["The cat sat", "People agree that", "Once upon a time"];
const SETTINGS: GenerateSettings = {
  samples: 3,
  maxTokens: 8,
  temperature: 0.9,
  topK: 0,
  topP: 1,
  stop: [],
  stopTokenIds: [],
};

const probe = (measure: PlanProbeMeasure): PlanProbe => ({
  name: "p",
  template: "{{x}}",
  partials: {},
  slots: { x: { kind: "values", values: ["a", "b"] } },
  swap: "x",
  measure,
  property: { kind: "invariant", tolerance: 1 },
  runs: 1,
  seed: 5,
  at: { line: 1, col: 1 },
});

const session = (dir: string, name: string, maxLength?: number) =>
  new ModelSession(
    { name, dir, threads: 1, ...(maxLength !== undefined ? { maxLength } : {}) },
    { cache: openCache(join(root, `cache-${name}`)), batchSize: 2, progress: quiet },
  );

async function withDriver<T>(dir: string, use: (d: Awaited<ReturnType<typeof loadModel>>) => Promise<T>): Promise<T> {
  const driver = await loadModel(dir, { files: diskFiles, batchSize: 1, threads: 1 });
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}

describe("probe measures", () => {
  it("logprob_diff and p_agree are the score difference and its logistic", async () => {
    const expected = await withDriver(lm, (d) =>
      d.score(PROMPTS.map((context) => ({ context, choices: [" yes", " no"] }))),
    );
    const diffs = expected.map((r) => {
      if (!r.ok) throw new Error("did not fit");
      return (r.scores[0]?.sum as number) - (r.scores[1]?.sum as number);
    });
    const s = session(lm, "lm-score");
    try {
      const m1 = await probeMeasure(probe({ kind: "logprob_diff", a: " yes", b: " no" }), s)(PROMPTS);
      const m2 = await probeMeasure(probe({ kind: "p_agree", agree: " yes", disagree: " no" }), s)(PROMPTS);
      for (const [i, v] of m1.entries()) expect(v).toBeCloseTo(diffs[i] as number, 5);
      for (const [i, v] of m2.entries()) expect(v).toBeCloseTo(1 / (1 + Math.exp(-(diffs[i] as number))), 6);
    } finally {
      await s.close();
    }
  });

  it("a judge measure is the mean judge number over the seeded samples", async () => {
    const generated = await withDriver(lm, (d) =>
      d.generate(PROMPTS.map((prompt) => ({ prompt, ...SETTINGS, seed: caseSeed(5, prompt, {}) }))),
    );
    const texts = generated.map((r) => {
      if (!r.ok) throw new Error("did not fit");
      return r.samples.map((x) => x.text);
    });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const s = session(lm, "lm-generate");
    try {
      const lexical = { kind: "toxicity-lexical" } as const;
      const got = await probeMeasure(probe({ kind: "judge", judge: lexical, settings: SETTINGS }), s)(PROMPTS);
      const want = texts.map((ts) =>
        mean(
          ts.map((t) => {
            const v = judgeText(lexical, t, {});
            return v.kind === "score" ? v.score : Number.NaN;
          }),
        ),
      );
      expect(got).toEqual(want);
      const agreement = { kind: "agreement" } as const;
      const agreed = await probeMeasure(probe({ kind: "judge", judge: agreement, settings: SETTINGS }), s)(PROMPTS);
      expect(agreed).toEqual(
        texts.map((ts) =>
          mean(
            ts.map((t) => {
              const v = judgeText(agreement, t, {});
              return v.kind === "label" && v.label === "agree" ? 1 : 0;
            }),
          ),
        ),
      );
    } finally {
      await s.close();
    }

    // A classifier judge: each distinct sample once through the classifier's own session.
    const labels = ["toxic", "insult"];
    const scores = await withDriver(clf, (d) =>
      Promise.all(texts.map((ts) => d.classify(ts.map((text) => ({ text }))))),
    );
    const want = scores.map((answers) => mean(answers.map((a) => classifierToxicity(a, labels, clf))));
    const model = session(lm, "lm-classified");
    const judge = session(clf, "clf");
    try {
      const measure = probeMeasure(
        probe({
          kind: "judge",
          judge: { kind: "toxicity-classifier", path: clf, toxic_labels: ["toxic", "insult"] },
          settings: SETTINGS,
        }),
        model,
        judge,
      );
      const got = await measure(PROMPTS);
      for (const [i, v] of got.entries()) expect(v).toBeCloseTo(want[i] as number, 6);
      expect(judge.summary().unique).toBe(new Set(texts.flat()).size);
    } finally {
      await model.close();
      await judge.close();
    }
  });

  it("a rendering that does not fit the model is a ProbeMeasureError that says how to fix it", async () => {
    const s = session(lm, "lm-short", 6);
    try {
      const measure = probeMeasure(probe({ kind: "logprob_diff", a: " yes", b: " no" }), s);
      await expect(measure(["one two three four five six seven eight nine ten"])).rejects.toThrow(ProbeMeasureError);
      await expect(measure(["one two three four five six seven eight nine ten"])).rejects.toThrow(
        /needs \d+ positions, but lm-short has 6: shorten the template or its slot values/,
      );
    } finally {
      await s.close();
    }
  });
});
