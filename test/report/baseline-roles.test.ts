import type { CaseRecord } from "../../src/metrics/case-records";
import { metricFunction } from "../../src/metrics/vertical-metrics";
import { buildScorecard } from "../../src/report/build-scorecard";
import { compareResults } from "../../src/report/compare-results";
import { formatMarkdown } from "../../src/report/format-markdown";
import { formatTerminal } from "../../src/report/format-terminal";
import { radarNotes } from "../../src/report/radar-notes";
import type { SuiteResult } from "../../src/report/suite-result";

/**
 * What the release gate counts: the candidate's own thresholds and its comparison with the baseline —
 * never the baseline's own threshold misses — and, against a baseline scorecard, only the candidate's
 * comparisons (the Holm family); vertical scores side by side come from the same specs.
 */
const settings = { seed: 7, confidence: 0.95, bootstrapSamples: 200 };
const options = { root: "/p", created: "2026-01-01T00:00:00.000Z", version: "test" };

/** A leakage-style spec on one model: case i leaks when `leaks(i)`; 40 cases; gated at a point max. */
function leakSuite(
  model: string,
  leaks: (i: number) => boolean,
  opts: { specId?: string; max?: number; baseline?: string } = {},
): SuiteResult {
  const vertical = "privacy";
  const metric = "leakage_rate";
  const records: CaseRecord[] = Array.from({ length: 40 }, (_, i) => ({
    caseId: `c${i}`,
    itemId: `i${i}`,
    groups: {},
    samples: [{ kind: "leak" as const, leaked: leaks(i) }],
  }));
  const value = metricFunction(vertical, metric)(records, {
    labels: undefined,
    confidence: 0.95,
    resamples: 200,
    seed: 7,
  });
  return {
    specId: opts.specId ?? "privacy/leak",
    file: `/p/specs/${opts.specId ?? "privacy/leak"}.trust.yaml`,
    vertical,
    model,
    settings,
    metrics: [
      {
        name: metric,
        direction: "lower",
        rule: { gate: "point", each: false, ...(opts.max !== undefined ? { max: opts.max } : {}) },
        gated: opts.max !== undefined,
        at: { line: 9, col: 3 },
      },
    ],
    ...(opts.baseline !== undefined
      ? { compare: { baseline: opts.baseline, maxRegression: 0, at: { line: 4, col: 1 } } }
      : {}),
    redact: [],
    outcome: {
      ok: true,
      evaluation: { metrics: [{ name: metric, ...value, cells: [] }], cases: 40, skipped: 0, records },
    },
  };
}

describe("the baseline beside a candidate is context", () => {
  // The baseline leaks on 30 of 40 cases (fails max 0.5), the candidate on 10 (passes).
  const base = leakSuite("base", (i) => i < 30, { max: 0.5, baseline: "base" });
  const cand = leakSuite("cand", (i) => i < 10, { max: 0.5, baseline: "base" });

  it("does not fail the gate for the baseline's own threshold, and shows it as context", () => {
    const card = buildScorecard([base, cand], options);
    expect(card.gate.pass).toBe(true);
    expect(card.gate.failures).toEqual([]);
    expect(card.gate.context?.map((f) => [f.kind, f.model, f.metric])).toEqual([["threshold", "base", "leakage_rate"]]);
    expect(card.specs[0]?.models.map((m) => [m.model, m.role])).toEqual([
      ["base", "baseline"],
      ["cand", undefined],
    ]);
    expect(formatTerminal(card)).toContain("not gated, the baseline's own misses:");
    expect(formatMarkdown(card)).toContain("### Not gated: the baseline's own misses");
  });

  it("shows a regression once in the terminal: counted with the comparisons, described in the failure list", () => {
    const worse = leakSuite("cand", (i) => i < 36, { baseline: "base" });
    const card = buildScorecard([leakSuite("base", (i) => i < 10, { baseline: "base" }), worse], options);
    expect(card.comparisons.filter((c) => c.regressed)).toHaveLength(1);
    // The metric table gives the values; the comparison itself is described once.
    const lines = formatTerminal(card)
      .split("\n")
      .filter((l) => l.includes("leakage_rate") && !l.startsWith("  privacy/leak  leakage_rate  "));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("regressed against base");
    expect(formatTerminal(card)).toContain("1 regressed (listed below)");
  });

  it("fails the gate for the same threshold on the candidate", () => {
    const worse = leakSuite("cand", (i) => i < 30, { max: 0.5, baseline: "base" });
    const card = buildScorecard([base, worse], options);
    expect(card.gate.failures.map((f) => [f.kind, f.model])).toEqual([["threshold", "cand"]]);
  });

  it("gates a spec's only model even when it is named as the baseline", () => {
    const card = buildScorecard([base], options);
    expect(card.gate.failures.map((f) => [f.kind, f.model])).toEqual([["threshold", "base"]]);
    expect(card.specs[0]?.models[0]?.role).toBeUndefined();
  });

  it("keeps a baseline that could not evaluate as a failure: nothing could be compared", () => {
    const broken: SuiteResult = { ...base, outcome: { ok: false, error: "the model base could not be run" } };
    const card = buildScorecard([broken, cand], options);
    expect(card.gate.failures.map((f) => [f.kind, f.model])).toContainEqual(["error", "base"]);
  });
});

describe("against a baseline scorecard (--baseline FILE)", () => {
  // The last release leaked on the first 10 cases; the candidate on the first 20.
  const release = leakSuite("v1", (i) => i < 10, { baseline: "base" });
  const oldBase = leakSuite("base", (i) => i < 25, { baseline: "base" });
  const inRunBase = leakSuite("base", (i) => i < 25, { baseline: "base" });
  const cand = leakSuite("cand", (i) => i < 20, { baseline: "base" });

  it("compares the candidate only, so the Holm family is the candidate's comparisons", () => {
    const external = { source: "v1.json", results: [oldBase, release] };
    const run = compareResults([inRunBase, cand], external);
    expect(run.failures).toEqual([]);
    expect(run.comparisons.map((c) => [c.model, c.baseline])).toEqual([["cand", "v1 [v1.json]"]]);
    // One comparison: Holm leaves its p as it is.
    const [only] = run.comparisons;
    expect(only?.adjustedP).toBe(only?.comparison.p);
    // McNemar on 10 discordant cases, all against the candidate: 2 · 0.5^10.
    expect(only?.comparison.p).toBeCloseTo(2 / 1024, 10);
    expect(only?.regressed).toBe(true);
  });

  it("is ambiguous when the file holds several released models of the spec, and says so", () => {
    const other = leakSuite("v2", (i) => i < 5, { baseline: "base" });
    const run = compareResults([cand], { source: "two.json", results: [oldBase, release, other] });
    expect(run.comparisons).toEqual([]);
    expect(run.failures[0]?.message).toContain("has privacy/leak on several released models (v1, v2)");
  });

  it("leaves a candidate with the baseline's very files out of the family: nothing to test", () => {
    const same = { ...leakSuite("rc", (i) => i < 10, { baseline: "base" }), fingerprint: "f1" };
    const external = { source: "v1.json", results: [{ ...release, fingerprint: "f1" }] };
    const run = compareResults([same, { ...cand, fingerprint: "f2" }], external);
    expect(run.identical).toEqual([{ specId: "privacy/leak", model: "rc", baseline: "v1 [v1.json]" }]);
    expect(run.comparisons.map((c) => c.model)).toEqual(["cand"]);
    expect(run.comparisons[0]?.adjustedP).toBe(run.comparisons[0]?.comparison.p);
  });

  it("compares a spec the file lacks with its in-run baseline", () => {
    const run = compareResults([inRunBase, cand], { source: "v1.json", results: [] });
    expect(run.comparisons.map((c) => [c.model, c.baseline])).toEqual([["cand", "base"]]);
  });
});

describe("vertical scores side by side", () => {
  const spec = (id: string, model: string, rate: number) => leakSuite(model, (i) => i < rate * 40, { specId: id });

  it("come from the specs every model measured, naming the rest as left out", () => {
    const results = [
      spec("privacy/a", "base", 0.75),
      spec("privacy/a", "cand", 0.25),
      spec("privacy/b", "cand", 0.5),
      spec("privacy/c", "cand", 0),
    ];
    const card = buildScorecard(results, options);
    const score = (model: string) => card.verticals.find((v) => v.model === model);
    expect(score("base")?.score).toBeCloseTo(0.25, 12);
    // Over privacy/a alone (1 − 0.25), not over all three of its specs (mean 0.75).
    expect(score("cand")?.score).toBeCloseTo(0.75, 12);
    expect(score("cand")?.from.map((f) => f.spec)).toEqual(["privacy/a"]);
    expect(score("cand")?.leftOut?.map((f) => f.spec)).toEqual(["privacy/b", "privacy/c"]);
    expect(radarNotes(card)).toEqual([
      "privacy: scored over the spec every model measured (privacy/a); left out: privacy/b, privacy/c (only on cand)",
    ]);
    expect(formatTerminal(card)).toContain("left out: privacy/b, privacy/c (only on cand)");
  });

  it("say they do not compare when the models share no spec", () => {
    const card = buildScorecard([spec("privacy/a", "base", 0.5), spec("privacy/b", "cand", 0.25)], options);
    expect(card.verticals.map((v) => [v.model, v.comparable])).toEqual([
      ["base", false],
      ["cand", false],
    ]);
    expect(radarNotes(card)[0]).toContain("share no spec of this vertical");
  });

  it("are as before when every model measured the same specs", () => {
    const card = buildScorecard(
      [
        spec("privacy/a", "base", 0.5),
        spec("privacy/a", "cand", 0.25),
        spec("privacy/b", "base", 0),
        spec("privacy/b", "cand", 0),
      ],
      options,
    );
    expect(card.verticals.map((v) => [v.model, v.score, v.leftOut, v.comparable])).toEqual([
      ["base", 0.75, undefined, undefined],
      ["cand", 0.875, undefined, undefined],
    ]);
    expect(radarNotes(card)).toEqual([]);
  });
});
