import type { CaseRecord } from "../../src/metrics/case-records";
import { roganGladen } from "../../src/metrics/judge-error";
import { compareResults, describeComparison } from "../../src/report/compare-results";
import type { SuiteResult } from "../../src/report/suite-result";
import type { JudgeMeasured } from "../../src/spec/schema-types.generated";

/**
 * A baseline comparison of a leakage rate corrected for its judge's error: the paired test on the raw
 * decisions (the judge's error cancels in "no difference"), the values and the difference compared
 * with max_regression corrected (the true difference is the raw one over J).
 */
const JUDGE: JudgeMeasured = { sensitivity: { detected: 60, of: 100 }, specificity: { cleared: 95, of: 100 } };
const at = { line: 3, col: 3 };

function suite(model: string, leaks: number, judgeError?: JudgeMeasured): SuiteResult {
  const records: CaseRecord[] = Array.from({ length: 40 }, (_, i) => ({
    caseId: `c${String(i).padStart(2, "0")}`,
    itemId: String(i),
    groups: {},
    samples: [{ kind: "leak", leaked: i < leaks }],
  }));
  return {
    specId: "p/leak",
    file: "/p/specs/leak.trust.yaml",
    vertical: "privacy",
    model,
    settings: { seed: 3, confidence: 0.95, bootstrapSamples: 200 },
    metrics: [
      {
        name: "leakage_rate",
        direction: "lower",
        rule: { gate: "point", each: false },
        gated: false,
        at,
        ...(judgeError ? { judgeError } : {}),
      },
    ],
    compare: { baseline: "base", maxRegression: 0.4, at },
    redact: [],
    outcome: { ok: true, evaluation: { metrics: [], cases: 40, skipped: 0, records } },
  };
}

/** The baseline leaks on 2 of 40 prompts, the candidate on 14: raw 0.05 → 0.35, McNemar p ≈ 0.0005. */
const compared = (judgeError?: JudgeMeasured) =>
  compareResults([suite("base", 2, judgeError), suite("cand", 14, judgeError)]).comparisons[0];

describe("a baseline comparison corrected for the judge's error", () => {
  it("keeps the raw paired test and corrects the values and their difference", () => {
    const raw = compared();
    const corrected = compared(JUDGE);
    expect(raw?.comparison).toMatchObject({ test: "mcnemar", candidate: 0.35, baseline: 0.05 });
    expect(corrected?.corrected).toBe(true);
    expect(corrected?.comparison.p).toBe(raw?.comparison.p);
    expect(corrected?.comparison.discordant).toEqual(raw?.comparison.discordant);
    // (0.35 − 0.05) / 0.55 and (0.05 − 0.05) / 0.55.
    expect(corrected?.comparison.candidate).toBeCloseTo(roganGladen(0.35, 0.6, 0.95), 12);
    expect(corrected?.comparison.candidate).toBeCloseTo(0.3 / 0.55, 12);
    expect(corrected?.comparison.baseline).toBe(0);
    expect(corrected?.worseBy).toBeCloseTo(0.3 / 0.55, 12);
  });

  it("regresses on the corrected difference: 0.30 raw is within max_regression 0.4, 0.55 corrected is not", () => {
    expect(compared()?.regressed).toBe(false);
    const corrected = compared(JUDGE);
    expect(corrected?.regressed).toBe(true);
    expect(describeComparison(corrected as NonNullable<typeof corrected>)).toMatch(
      /^leakage_rate \(corrected for the judge's error; tested on its raw decisions\): base 0\.000 → cand 0\.545 \(\+0\.545\), worse by 0\.545 > max_regression 0\.4; /,
    );
  });

  it("regresses on the raw difference over J even when both corrected values clip to 0", () => {
    // False-positive rate 0.2: 0 and 7 leaks of 40 (0.175) are both below it, so both values clip to 0;
    // the true difference is still 0.175 / 0.4 = 0.4375 > 0.4, with McNemar p = 2 · 0.5^7 ≈ 0.016.
    const noisy: JudgeMeasured = { sensitivity: { detected: 60, of: 100 }, specificity: { cleared: 80, of: 100 } };
    const c = compareResults([suite("base", 0, noisy), suite("cand", 7, noisy)]).comparisons[0];
    expect(c?.comparison).toMatchObject({ candidate: 0, baseline: 0 });
    expect(c?.comparison.p).toBeCloseTo(2 * 0.5 ** 7, 12);
    expect(c?.comparison.delta).toBeCloseTo(0.175 / 0.4, 12);
    expect(c?.worseBy).toBeCloseTo(0.175 / 0.4, 12);
    expect(c?.regressed).toBe(true);
  });
});
