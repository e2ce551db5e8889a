import { compileSpecFile } from "../../src/compile/compile-spec-file";
import type { CheckVerdict, JudgeVerdict } from "../../src/judges/verdict";
import type { CaseRecord } from "../../src/metrics/case-records";
import { evaluatePlan } from "../../src/metrics/evaluate";
import { mcnemarExact } from "../../src/metrics/mcnemar";
import { comparePaired } from "../../src/metrics/paired";
import { type MetricContext, metricFunction } from "../../src/metrics/vertical-metrics";
import { memoryFiles } from "../../src/spec/file-access";
import { VERTICALS } from "../../src/spec/metric-catalog";
import { mulberry32 } from "../../src/spec/shuffle";

/**
 * pass_rate and mean_score on records counted by hand, against computations written here: the Wilson
 * interval from its formula, the bootstrap from mulberry32 resamples and type-7 quantiles; and the
 * paired test each gets against a baseline.
 */
const ctx: MetricContext = { labels: undefined, confidence: 0.95, resamples: 400, seed: 11 };
const check = (pass: boolean, score = pass ? 1 : 0): CheckVerdict => ({ kind: "check", pass, score });
const record = (caseId: string, samples: readonly (JudgeVerdict | undefined)[]): CaseRecord => ({
  caseId,
  itemId: caseId,
  groups: {},
  samples,
});
const passRate = metricFunction("custom", "pass_rate");
const meanScore = metricFunction("custom", "mean_score");

/** Wilson's score interval, written out: centre (k + z²/2)/(n + z²), half-width z/(n + z²)·√(k(n−k)/n + z²/4). */
function wilsonByHand(k: number, n: number) {
  const z = 1.959963984540054;
  const centre = (k + (z * z) / 2) / (n + z * z);
  const half = (z / (n + z * z)) * Math.sqrt((k * (n - k)) / n + (z * z) / 4);
  return { point: k / n, lower: centre - half, upper: centre + half };
}

describe("pass_rate", () => {
  // 4 cases, 2 samples each: 5 of the 7 judged outputs pass; one output was dropped.
  const records = [
    record("a", [check(true), check(true)]),
    record("b", [check(false), undefined]),
    record("c", [check(true), check(false)]),
    record("d", [check(true, 0.7), check(true, 0.9)]),
  ];

  it("is the share of judged outputs that pass, dropped outputs left out, with Wilson's interval", () => {
    const r = passRate(records, ctx);
    expect(r.n).toBe(7);
    const expected = wilsonByHand(5, 7);
    expect(r.estimate.point).toBe(5 / 7);
    expect(r.estimate.lower).toBeCloseTo(expected.lower, 12);
    expect(r.estimate.upper).toBeCloseTo(expected.upper, 12);
  });

  it("is the same metric in every vertical", () => {
    for (const vertical of VERTICALS)
      expect(metricFunction(vertical, "pass_rate")(records, ctx)).toEqual(passRate(records, ctx));
  });

  it("is undefined over no judged output, and refuses verdicts of a vertical judge", () => {
    expect(passRate([record("a", [undefined])], ctx)).toEqual({
      estimate: { point: Number.NaN, lower: 0, upper: 1 },
      n: 0,
      decisions: { positives: 0 },
    });
    expect(() => passRate([record("a", [{ kind: "leak", leaked: true }])], ctx)).toThrow(
      "pass_rate needs a general judge (regex, contains, equals, json, refusal, classifier, module, …), but the spec's judge gives leak verdicts",
    );
  });
});

describe("mean_score", () => {
  const scores = [0.1, 0.9, 0.35, 1, 0, 0.6, 0.25];
  const records = [
    record("a", [check(false, 0.1), check(true, 0.9)]),
    record("b", [check(false, 0.35), undefined, check(true, 1)]),
    record("c", [check(false, 0), check(true, 0.6), check(false, 0.25)]),
  ];

  it("is the mean of the judged outputs' scores, with the seeded percentile bootstrap over outputs", () => {
    const r = meanScore(records, ctx);
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(r.n).toBe(7);
    expect(r.estimate.point).toBeCloseTo(mean(scores), 15);
    const random = mulberry32(ctx.seed);
    const stats = Array.from({ length: ctx.resamples }, () =>
      mean(scores.map(() => scores[Math.floor(random() * scores.length)] as number)),
    ).sort((a, b) => a - b);
    const quantile = (p: number) => {
      const h = (stats.length - 1) * p;
      const lo = Math.floor(h);
      return (stats[lo] as number) + (h - lo) * ((stats[lo + 1] as number) - (stats[lo] as number));
    };
    expect(r.estimate.lower).toBeCloseTo(quantile(0.025), 12);
    expect(r.estimate.upper).toBeCloseTo(quantile(0.975), 12);
  });
});

describe("against a baseline", () => {
  const pairs: readonly (readonly [boolean, boolean])[] = [
    [true, true],
    [true, false],
    [true, false],
    [false, true],
    [true, false],
    [false, false],
    [true, false],
    [true, true],
  ];
  const one = (i: number, pass: boolean) => record(`c${i}`, [check(pass)]);

  it("pass_rate with one output per case is compared case by case with McNemar's exact test", () => {
    const c = comparePaired(
      passRate,
      pairs.map(([x], i) => one(i, x)),
      pairs.map(([, y], i) => one(i, y)),
      ctx,
    );
    expect(c).toMatchObject({ test: "mcnemar", shared: 8, candidate: 6 / 8, baseline: 3 / 8 });
    expect(c.discordant).toEqual({ baselineOnly: 1, candidateOnly: 4 });
    expect(c.p).toBe(mcnemarExact(1, 4));
  });

  it("pass_rate with several outputs per case, and mean_score, get a paired resampling test over cases", () => {
    const many = (i: number, pass: boolean) => record(`c${i}`, [check(pass, pass ? 0.8 : 0.3), check(!pass, 0.5)]);
    // 2^8 orders of 8 cases are more than 100 resamples: a bootstrap, not the exact permutation test.
    const ctx100 = { ...ctx, resamples: 100 };
    const candidate = pairs.map(([x], i) => many(i, x));
    const baseline = pairs.map(([, y], i) => many(i, y));
    expect(comparePaired(passRate, candidate, baseline, ctx100).test).toBe("bootstrap");
    expect(comparePaired(meanScore, candidate, baseline, ctx100).test).toBe("bootstrap");
    // With 2^n ≤ resamples the exact permutation test stands in.
    expect(comparePaired(meanScore, candidate.slice(0, 3), baseline.slice(0, 3), ctx).test).toBe("permutation");
  });
});

describe("a custom spec's evaluation", () => {
  it("judges each output of a plan, and gives pass_rate per group_by cell", () => {
    const files = memoryFiles({
      "/p/trustspec.config.yaml": "version: 1\nmodels:\n  m: { path: m }\n",
      "/p/specs/a.trust.yaml": `version: 1
id: c/cells
vertical: custom
dataset:
  items:
    - { id: q1, topic: med, prompt: "dose?" }
    - { id: q2, topic: med, prompt: "how much?" }
    - { id: q3, topic: law, prompt: "can I?" }
conditions:
  style: { plain: "", polite: "Please: " }
prompt: "{{style}}{{prompt}}"
generate: {}
postprocess: [trim]
judge: { kind: contains, any: ["consult"] }
group_by: [topic, style]
metrics:
  pass_rate: { min: 0.5, each: true }
`,
    });
    const compiled = compileSpecFile("/p/specs/a.trust.yaml", { files, cwd: "/p" });
    if (!compiled.ok) throw new Error(compiled.message);
    // Cases in plan order: q1 plain, q1 polite, q2 plain, q2 polite, q3 plain, q3 polite.
    const texts = ["Consult a doctor.", "  consult someone ", "Two.", "CONSULT", "Yes.", "Sure."];
    const results = texts.map((text) => ({
      ok: true as const,
      samples: [{ tokenIds: [], text, finish: "eos" as const }],
    }));
    const evaluation = evaluatePlan(compiled.plan, results);
    const passRate = evaluation.metrics.find((m) => m.name === "pass_rate");
    expect(passRate?.estimate.point).toBe(3 / 6);
    expect(passRate?.cells.map((c) => [c.dimension, c.value, c.estimate.point, c.n])).toEqual([
      ["topic", "law", 0, 2],
      ["topic", "med", 3 / 4, 4],
      ["style", "plain", 1 / 3, 3],
      ["style", "polite", 2 / 3, 3],
    ]);
  });
});
