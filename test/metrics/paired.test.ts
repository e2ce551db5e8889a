import type { JudgeVerdict } from "../../src/judges/verdict";
import type { CaseRecord } from "../../src/metrics/case-records";
import { comparePaired, pairedBootstrapP } from "../../src/metrics/paired";
import { type MetricContext, metricFunction } from "../../src/metrics/vertical-metrics";

const ctx: MetricContext = { labels: undefined, confidence: 0.95, resamples: 2000, seed: 7 };

const mc1 = metricFunction("truthfulness", "mc1");
const mc2 = metricFunction("truthfulness", "mc2");
const leakageRate = metricFunction("privacy", "leakage_rate");
const meanToxicity = metricFunction("toxicity", "mean_toxicity");
const agreeability = metricFunction("bias", "agreeability_index");
const fpr = metricFunction("ethics", "fpr");

const id = (i: number) => `case-${String(i).padStart(3, "0")}`;

/** An MC1 case with the true answer at index 0: passes when choice 0 scores highest. */
function mc1Case(caseId: string, passes: boolean): CaseRecord {
  return { caseId, itemId: caseId, groups: {}, scores: passes ? [-1, -3] : [-3, -1], correct: [0] };
}

/** An MC2 case whose probability on the true answer (index 0 of two) is `value`. */
function mc2Case(caseId: string, value: number): CaseRecord {
  return { caseId, itemId: caseId, groups: {}, scores: [Math.log(value), Math.log(1 - value)], correct: [0] };
}

function judged(caseId: string, samples: readonly (JudgeVerdict | undefined)[]): CaseRecord {
  return { caseId, itemId: caseId, groups: {}, samples };
}

const leakCase = (caseId: string, leaked: boolean) => judged(caseId, [{ kind: "leak", leaked }]);

function skipped(caseId: string): CaseRecord {
  return { caseId, itemId: caseId, groups: {}, skipped: { needed: 5000, limit: 4096 } };
}

/** Pass/fail pairs (candidate, baseline): 4 both pass, 3 only the candidate, 1 only the baseline, 2 neither. */
const OUTCOMES: readonly (readonly [boolean, boolean])[] = [
  [true, true],
  [true, false],
  [false, false],
  [true, true],
  [true, false],
  [false, true],
  [true, true],
  [false, false],
  [true, false],
  [true, true],
];

/** Two-sided exact binomial p for b vs c discordant pairs: 2·Σ_{i ≤ min} C(n, i) / 2^n, capped at 1. */
function binomialTwoSided(b: number, c: number): number {
  const n = b + c;
  let choose = 1;
  let sum = 0;
  for (let i = 0; i <= Math.min(b, c); i++) {
    sum += choose;
    choose = (choose * (n - i)) / (i + 1);
  }
  return Math.min(1, (2 * sum) / 2 ** n);
}

/** A seeded generator of the test's own (an LCG), with standard normals by Box–Muller. */
function normals(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Standard normal CDF by the Abramowitz–Stegun 7.1.26 erf approximation (error < 1.5e-7). */
function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

describe("comparePaired on pass/fail metrics", () => {
  it("runs McNemar's exact test on MC1, with the discordant cases and shares counted by hand", () => {
    const candidate = OUTCOMES.map(([c], i) => mc1Case(id(i), c));
    const baseline = OUTCOMES.map(([, b], i) => mc1Case(id(i), b));
    const result = comparePaired(mc1, candidate, baseline, ctx);
    expect(result.test).toBe("mcnemar");
    expect(result.shared).toBe(10);
    expect(result.discordant).toEqual({ baselineOnly: 1, candidateOnly: 3 });
    // 7 of 10 pass under the candidate, 5 of 10 under the baseline.
    expect(result.candidate).toBeCloseTo(0.7, 15);
    expect(result.baseline).toBeCloseTo(0.5, 15);
    expect(result.delta).toBeCloseTo(0.2, 15);
    // n = 4 discordant: 2·(C(4,0) + C(4,1)) / 2^4 = 2·5/16 = 0.625
    expect(binomialTwoSided(1, 3)).toBe(0.625);
    expect(result.p).toBeCloseTo(0.625, 14);
  });

  it("runs McNemar on privacy leakage with one sample per case, counting leaks as the outcome", () => {
    const candidate = OUTCOMES.map(([c], i) => leakCase(id(i), c));
    const baseline = OUTCOMES.map(([, b], i) => leakCase(id(i), b));
    const result = comparePaired(leakageRate, candidate, baseline, ctx);
    expect(result.test).toBe("mcnemar");
    expect(result.discordant).toEqual({ baselineOnly: 1, candidateOnly: 3 });
    expect(result.candidate).toBeCloseTo(0.7, 15);
    expect(result.baseline).toBeCloseTo(0.5, 15);
    expect(result.p).toBeCloseTo(binomialTwoSided(1, 3), 14);
  });

  it("finds a one-sided run of discordant cases significant: 9 against 1 out of 30", () => {
    // 9 leak only under the candidate, 1 only under the baseline, 12 under both, 8 under neither.
    const pattern = [
      ...Array<[boolean, boolean]>(9).fill([true, false]),
      [false, true] as [boolean, boolean],
      ...Array<[boolean, boolean]>(12).fill([true, true]),
      ...Array<[boolean, boolean]>(8).fill([false, false]),
    ];
    const candidate = pattern.map(([c], i) => leakCase(id(i), c));
    const baseline = pattern.map(([, b], i) => leakCase(id(i), b));
    const result = comparePaired(leakageRate, candidate, baseline, ctx);
    expect(result.discordant).toEqual({ baselineOnly: 1, candidateOnly: 9 });
    expect(result.candidate).toBeCloseTo(21 / 30, 15);
    expect(result.baseline).toBeCloseTo(13 / 30, 15);
    // 2·(1 + 10)/1024
    expect(result.p).toBeCloseTo((2 * 11) / 1024, 14);
    expect(result.p).toBeCloseTo(binomialTwoSided(1, 9), 14);
  });

  it("counts FPR only on the immoral cases and still uses McNemar when moral cases have no observation", () => {
    const labels = ["not_wrong", "wrong"];
    const fprCtx: MetricContext = { ...ctx, labels };
    const predicting = (caseId: string, expected: string, predicted: string): CaseRecord => ({
      caseId,
      itemId: caseId,
      groups: {},
      scores: predicted === "wrong" ? [-2, -1] : [-1, -2],
      expected,
    });
    // Immoral cases: a false positive ("pass" of the FPR outcome) is predicting not_wrong.
    // (candidate, baseline): FP both ×2, FP only candidate ×1, FP only baseline ×3, FP neither ×2.
    const immoral: [string, string][] = [
      ["not_wrong", "not_wrong"],
      ["not_wrong", "not_wrong"],
      ["not_wrong", "wrong"],
      ["wrong", "not_wrong"],
      ["wrong", "not_wrong"],
      ["wrong", "not_wrong"],
      ["wrong", "wrong"],
      ["wrong", "wrong"],
    ];
    // Moral cases, where the two models disagree a lot: none of this may reach FPR or its test.
    const moral: [string, string][] = [
      ["wrong", "not_wrong"],
      ["wrong", "not_wrong"],
      ["not_wrong", "wrong"],
      ["wrong", "wrong"],
    ];
    const candidate = [
      ...immoral.map(([c], i) => predicting(id(i), "wrong", c)),
      ...moral.map(([c], i) => predicting(id(100 + i), "not_wrong", c)),
    ];
    const baseline = [
      ...immoral.map(([, b], i) => predicting(id(i), "wrong", b)),
      ...moral.map(([, b], i) => predicting(id(100 + i), "not_wrong", b)),
    ];
    const result = comparePaired(fpr, candidate, baseline, fprCtx);
    expect(result.test).toBe("mcnemar");
    expect(result.shared).toBe(12);
    expect(result.discordant).toEqual({ baselineOnly: 3, candidateOnly: 1 });
    expect(result.candidate).toBeCloseTo(3 / 8, 15);
    expect(result.baseline).toBeCloseTo(5 / 8, 15);
    expect(result.delta).toBeCloseTo(-2 / 8, 15);
    expect(result.p).toBeCloseTo(binomialTwoSided(3, 1), 14);

    // Flipping every moral prediction of the candidate changes nothing.
    const flipped = candidate.map((r) =>
      r.expected === "not_wrong" ? { ...r, scores: [...(r.scores ?? [])].reverse() } : r,
    );
    expect(comparePaired(fpr, flipped, baseline, fprCtx)).toEqual(result);
  });
});

describe("comparePaired pairing", () => {
  const candidate = OUTCOMES.map(([c], i) => mc1Case(id(i), c));
  const baseline = OUTCOMES.map(([, b], i) => mc1Case(id(i), b));

  it("pairs by case id, not by position: shuffling either side gives the identical result", () => {
    const straight = comparePaired(mc1, candidate, baseline, ctx);
    const order = [7, 2, 9, 0, 5, 3, 8, 1, 6, 4];
    const shuffledBaseline = order.map((k) => baseline[k] as CaseRecord);
    const shuffledCandidate = [...order].reverse().map((k) => candidate[k] as CaseRecord);
    expect(comparePaired(mc1, candidate, shuffledBaseline, ctx)).toEqual(straight);
    expect(comparePaired(mc1, shuffledCandidate, shuffledBaseline, ctx)).toEqual(straight);
    // Pairing by position would have compared other cases: the shuffled baseline's outcomes differ.
    expect(shuffledBaseline.map((r) => r.scores?.[0])).not.toEqual(baseline.map((r) => r.scores?.[0]));

    // The same holds for a bootstrap comparison, whose resampling indices run over cases in id order.
    const values = [0.31, 0.72, 0.44, 0.9, 0.15, 0.58, 0.66, 0.27, 0.83, 0.5];
    const c2 = values.map((v, i) => mc2Case(id(i), v));
    const b2 = values.map((v, i) => mc2Case(id(i), Math.min(0.99, v + 0.05 * ((i % 3) - 0.5))));
    expect(
      comparePaired(
        mc2,
        order.map((k) => c2[k] as CaseRecord),
        b2,
        ctx,
      ),
    ).toEqual(comparePaired(mc2, c2, b2, ctx));
  });

  it("leaves out cases skipped on either side or present on one side only", () => {
    // Extra cases that would change every share if they counted: all pass on the side that has them.
    const candidateExtra = [
      skipped(id(50)), // skipped under the candidate; passes under the baseline
      mc1Case(id(51), true), // passes under the candidate; skipped under the baseline
      mc1Case(id(52), true), // only the candidate has it
      skipped(id(54)), // skipped on both sides
    ];
    const baselineExtra = [mc1Case(id(50), true), skipped(id(51)), mc1Case(id(53), true), skipped(id(54))];
    const result = comparePaired(mc1, [...candidateExtra, ...candidate], [...baseline, ...baselineExtra], ctx);
    expect(result.shared).toBe(10);
    expect(result).toEqual(comparePaired(mc1, candidate, baseline, ctx));
    expect(result.candidate).toBeCloseTo(0.7, 15);
    expect(result.baseline).toBeCloseTo(0.5, 15);
  });

  it("gives an undefined delta and p = 1 without shared cases", () => {
    const result = comparePaired(
      mc1,
      [mc1Case("a", true), mc1Case("b", true), skipped("c")],
      [mc1Case("x", false), mc1Case("y", false), mc1Case("c", true)],
      ctx,
    );
    expect(result.shared).toBe(0);
    expect(result.candidate).toBeNaN();
    expect(result.baseline).toBeNaN();
    expect(result.delta).toBeNaN();
    expect(result.p).toBe(1);

    const none = comparePaired(mc2, [], [mc2Case("a", 0.4)], ctx);
    expect(none.shared).toBe(0);
    expect(none.delta).toBeNaN();
    expect(none.p).toBe(1);
  });
});

describe("comparePaired on continuous metrics and per-output rates", () => {
  /** 40 MC2 cases spread over (0, 1), and the same cases with the true answer 0.05 more likely. */
  const base = Array.from({ length: 40 }, (_, i) => 0.1 + 0.02 * i);
  const shiftedCandidate = base.map((v, i) => mc2Case(id(i), v + 0.05));
  const baseline = base.map((v, i) => mc2Case(id(i), v));

  it("bootstraps MC2: identical models differ by 0 with p = 1", () => {
    const result = comparePaired(mc2, baseline, baseline.slice(), ctx);
    expect(result.test).toBe("bootstrap");
    expect(result.discordant).toBeUndefined();
    expect(result.shared).toBe(40);
    expect(result.delta).toBe(0);
    expect(result.p).toBe(1);
  });

  it("bootstraps MC2: a candidate better on every one of 40 cases has p < 0.01", () => {
    const result = comparePaired(mc2, shiftedCandidate, baseline, ctx);
    expect(result.test).toBe("bootstrap");
    // mean of 0.1 + 0.02·i over i < 40 is 0.1 + 0.02·19.5 = 0.49
    expect(result.baseline).toBeCloseTo(0.49, 12);
    expect(result.candidate).toBeCloseTo(0.54, 12);
    expect(result.delta).toBeCloseTo(0.05, 12);
    expect(result.p).toBeLessThan(0.01);
    // No resample shows a difference ≤ 0, yet a Monte Carlo p-value is never 0: it is the smallest
    // value B resamples can give, 2·(0 + 1)/(B + 1).
    expect(result.p).toBeCloseTo(2 / (ctx.resamples + 1), 15);

    // The test is two-sided: a candidate worse by as much is just as significant.
    const worse = comparePaired(mc2, baseline, shiftedCandidate, ctx);
    expect(worse.delta).toBeCloseTo(-0.05, 12);
    expect(worse.p).toBe(result.p);
  });

  it("bootstraps mean toxicity over score verdicts, with the mean taken over every output", () => {
    const scores = (caseId: string, values: number[]) =>
      judged(
        caseId,
        values.map((score) => ({ kind: "score", score })),
      );
    const candidate = [scores("a", [0.2, 0.4]), scores("b", [0.9]), scores("c", [0.1, 0.1, 0.4])];
    const baseline = [scores("a", [0.2, 0.4]), scores("b", [0.6]), scores("c", [0.1, 0.1, 0.1])];
    const result = comparePaired(meanToxicity, candidate, baseline, ctx);
    // Three cases: 2^3 = 8 swaps are fewer than the 2000 resamples, so the exact permutation test.
    expect(result.test).toBe("permutation");
    expect(result.candidate).toBeCloseTo((0.2 + 0.4 + 0.9 + 0.1 + 0.1 + 0.4) / 6, 15);
    expect(result.baseline).toBeCloseTo((0.2 + 0.4 + 0.6 + 0.1 + 0.1 + 0.1) / 6, 15);
    expect(result.delta).toBeCloseTo(0.6 / 6, 15);
    // Case a is the same on both sides; b and c each move the summed difference by ±0.3. Of the 8 swaps,
    // those keeping b and c on one side (4) reach |d| = 0.1: p = 4/8, where the bootstrap said 0.074.
    expect(result.p).toBe(0.5);
    // The bootstrap itself: never worse on any case, better on two: every resample difference is ≥ 0
    // and is 0 only when all three draws are case "a", so p = 2·P(d ≤ 0) = 2·(1/3)^3 = 2/27 ≈ 0.074
    // (Monte Carlo sd ≈ 0.008).
    const point = (records: readonly CaseRecord[]) => meanToxicity(records, { ...ctx, resamples: 1 }).estimate.point;
    expect(Math.abs(pairedBootstrapP(point, candidate, baseline, ctx) - 2 / 27)).toBeLessThan(0.025);
  });

  it("is reproducible under its seed and changes only with the seed", () => {
    // A noisy shift, so p lies strictly inside (0, 1) and depends on the resampling.
    const gauss = normals(11);
    const noisy = base.map((v, i) => mc2Case(id(i), Math.min(0.98, Math.max(0.02, v + 0.01 + 0.05 * gauss()))));
    const first = comparePaired(mc2, noisy, baseline, ctx);
    expect(first.p).toBeGreaterThan(0);
    expect(first.p).toBeLessThan(1);
    expect(comparePaired(mc2, noisy, baseline, ctx)).toEqual(first);
    expect(comparePaired(mc2, [...noisy].reverse(), [...baseline].reverse(), ctx)).toEqual(first);
    const reseeded = comparePaired(mc2, noisy, baseline, { ...ctx, seed: 8 });
    expect(reseeded.p).not.toBe(first.p);
    expect({ ...reseeded, p: first.p }).toEqual(first);
  });

  it("gives about the normal-theory p-value of the mean difference on a moderate sample", () => {
    // The bootstrap distribution of the mean difference is about N(d̄, s²/n) (s with divisor n), so
    // p ≈ 2·Φ(−|d̄| / (s/√n)). Monte Carlo error at 2000 resamples is about ±0.01 here.
    const gauss = normals(5);
    const n = 80;
    const pairs = Array.from({ length: n }, () => {
      const item = 0.5 + 0.15 * gauss();
      const b = Math.min(0.97, Math.max(0.03, item + 0.04 * gauss()));
      const c = Math.min(0.97, Math.max(0.03, item + 0.012 + 0.04 * gauss()));
      return [c, b] as const;
    });
    const result = comparePaired(
      mc2,
      pairs.map(([c], i) => mc2Case(id(i), c)),
      pairs.map(([, b], i) => mc2Case(id(i), b)),
      ctx,
    );
    const d = pairs.map(([c, b]) => c - b);
    const dBar = d.reduce((a, x) => a + x, 0) / n;
    const s = Math.sqrt(d.reduce((a, x) => a + (x - dBar) ** 2, 0) / n);
    const expected = 2 * normalCdf(-Math.abs(dBar) / (s / Math.sqrt(n)));
    expect(result.delta).toBeCloseTo(dBar, 12);
    expect(expected).toBeGreaterThan(0.01); // a p-value the resampling can resolve
    expect(expected).toBeLessThan(0.5);
    expect(Math.abs(result.p - expected)).toBeLessThan(0.03);
  });

  it("bootstraps the agreeability index when a case has several outputs, and uses McNemar with one", () => {
    const labelled = (caseId: string, labels: string[]) =>
      judged(
        caseId,
        labels.map((label) => ({ kind: "label", label })),
      );
    const A = "agree";
    const D = "disagree";
    const candidate = [
      labelled("a", [A, A, A, D]),
      labelled("b", [A, D, D, D]),
      labelled("c", [A, A, A, A]),
      labelled("d", [D, D, D, D]),
    ];
    const baseline = [
      labelled("a", [A, D, D, D]),
      labelled("b", [D, D, D, D]),
      labelled("c", [A, A, D, D]),
      labelled("d", [D, D, D, A]),
    ];
    const result = comparePaired(agreeability, candidate, baseline, ctx);
    expect(result.test).toBe("permutation");
    expect(result.discordant).toBeUndefined();
    // Per output: candidate 3 + 1 + 4 + 0 = 8 of 16 agree; baseline 1 + 0 + 2 + 1 = 4 of 16.
    expect(result.candidate).toBeCloseTo(8 / 16, 15);
    expect(result.baseline).toBeCloseTo(4 / 16, 15);
    expect(result.delta).toBeCloseTo(4 / 16, 15);
    // Per-case differences in agreeing outputs: +2, +1, +2, −1, observed sum 4. Of the 16 sign swaps
    // of (2, 1, 2, 1), |sum| ≥ 4 for ±6 (2) and ±4 (4): p = 6/16 exactly.
    expect(result.p).toBe(6 / 16);
    // The bootstrap of the same cases: of the 4^4 equally likely resamples, the summed difference is
    // ≤ 0 for: four −1 (1), three −1 and one other (4·3 = 12), two −1 and two +1 (6) — 19 of 256; so
    // p = 2·19/256 ≈ 0.148 (Monte Carlo sd ≈ 0.012).
    const point = (records: readonly CaseRecord[]) => agreeability(records, { ...ctx, resamples: 1 }).estimate.point;
    expect(Math.abs(pairedBootstrapP(point, candidate, baseline, ctx) - (2 * 19) / 256)).toBeLessThan(0.03);

    // The same metric with one output per case is a pass/fail share again.
    const first = (records: CaseRecord[]) => records.map((r) => judged(r.caseId, (r.samples ?? []).slice(0, 1)));
    const single = comparePaired(agreeability, first(candidate), first(baseline), ctx);
    expect(single.test).toBe("mcnemar");
    // first outputs: candidate A, A, A, D; baseline A, D, A, D — one case agrees only under the candidate
    expect(single.discordant).toEqual({ baselineOnly: 0, candidateOnly: 1 });
    expect(single.p).toBe(binomialTwoSided(0, 1));

    // Several outputs per case stay a per-output rate even when each case's outputs are unanimous
    // (every case alone is 0 or 1): outputs of one case are not independent observations.
    const unanimous = (labels: string[]) => labels.map((l, i) => labelled("abcd"[i] as string, [l, l, l]));
    const clustered = comparePaired(agreeability, unanimous([A, A, A, D]), unanimous([A, D, A, D]), ctx);
    // Not McNemar; with 4 cases, the exact permutation test (2^4 swaps) rather than the bootstrap.
    expect(clustered.test).toBe("permutation");
    expect(clustered.candidate).toBeCloseTo(9 / 12, 15);
    expect(clustered.baseline).toBeCloseTo(6 / 12, 15);
  });
});

describe("comparePaired under the null", () => {
  it("rejects at 0.05 in at most about 5% of paired samples from one distribution", () => {
    // 200 repetitions of 60 cases; each case has its own difficulty, and both models' log-odds of
    // agreeing are that difficulty plus independent noise of the same law, so the mean probability of
    // agreeing (p_agree, a continuous value per case like MC2) has no difference to find. p_agree is
    // the cheapest continuous metric per record, which keeps 200 × 200 resamples within a few seconds.
    const pAgree = metricFunction("bias", "p_agree");
    const gauss = normals(2024);
    const nullCtx: MetricContext = { ...ctx, labels: ["agree", "disagree"], resamples: 200 };
    const logOdds = (caseId: string, x: number): CaseRecord => ({ caseId, itemId: caseId, groups: {}, scores: [x, 0] });
    const repetitions = 200;
    let rejected = 0;
    for (let rep = 0; rep < repetitions; rep++) {
      const candidate: CaseRecord[] = [];
      const baseline: CaseRecord[] = [];
      for (let i = 0; i < 60; i++) {
        const difficulty = 1.2 * gauss();
        candidate.push(logOdds(id(i), difficulty + 0.8 * gauss()));
        baseline.push(logOdds(id(i), difficulty + 0.8 * gauss()));
      }
      const result = comparePaired(pAgree, candidate, baseline, { ...nullCtx, seed: rep });
      expect(result.test).toBe("bootstrap");
      if (result.p <= 0.05) rejected++;
    }
    // Nominal 0.05; the percentile bootstrap is a little liberal at n = 60 (≈ 0.055), and one binomial
    // standard error at 200 repetitions is ≈ 0.016, so 0.08 allows for chance but not a broken test.
    expect(rejected / repetitions).toBeLessThanOrEqual(0.08);
    // Nor is it trivially conservative (p stuck at 1 would pass the bound above).
    expect(rejected / repetitions).toBeGreaterThanOrEqual(0.015);
  });
});

describe("comparePaired when a case is observed on one side only", () => {
  it("bootstraps instead of McNemar, so the test and the shares describe the same cases", () => {
    const leak = (id: string, leaked: boolean | undefined): CaseRecord => ({
      caseId: id,
      itemId: id,
      groups: {},
      samples: [leaked === undefined ? undefined : { kind: "leak", leaked }],
    });
    const ids = Array.from({ length: 10 }, (_, i) => `c${i}`);
    // The baseline leaks on c0–c5; the candidate's outputs there were dropped, so it is never observed leaking.
    const baseline = ids.map((id, i) => leak(id, i < 6));
    const candidate = ids.map((id, i) => leak(id, i < 6 ? undefined : false));
    const r = comparePaired(metricFunction("privacy", "leakage_rate"), candidate, baseline, {
      labels: undefined,
      confidence: 0.95,
      resamples: 400,
      seed: 7,
    });
    expect(r.test).toBe("bootstrap");
    expect(r.baseline).toBeCloseTo(0.6, 12);
    expect(r.candidate).toBe(0);
  });
});
