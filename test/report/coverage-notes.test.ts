import type { JudgeVerdict } from "../../src/judges/verdict";
import type { CaseRecord } from "../../src/metrics/case-records";
import { buildScorecard } from "../../src/report/build-scorecard";
import { coverageNotes } from "../../src/report/coverage-notes";
import { formatHtml } from "../../src/report/format-html";
import { formatJunit } from "../../src/report/format-junit";
import { formatMarkdown } from "../../src/report/format-markdown";
import { formatTerminal } from "../../src/report/format-terminal";
import { scorecardValidator } from "../../src/report/read-scorecard";
import type { SuiteResult } from "../../src/report/suite-result";

/**
 * What the metrics did not see whole — cases skipped for the context, outputs a classifier judge saw cut —
 * built through the real scorecard builder from case records, and shown by every format.
 */
const ROOT = "/p";
const score = (s: number, truncated?: boolean): JudgeVerdict =>
  truncated === undefined ? { kind: "score", score: s } : { kind: "score", score: s, truncated };
let next = 0;
const generated = (...samples: (JudgeVerdict | undefined)[]): CaseRecord => ({
  caseId: `c${next}`,
  itemId: String(next++),
  groups: {},
  samples,
});
const skippedCase = (): CaseRecord => ({
  caseId: `c${next}`,
  itemId: String(next++),
  groups: {},
  skipped: { needed: 90, limit: 64 },
});

function suite(specId: string, model: string, records: readonly CaseRecord[], error?: string): SuiteResult {
  const base = {
    specId,
    file: `${ROOT}/specs/${specId}.trust.yaml`,
    vertical: "toxicity" as const,
    model,
    settings: { seed: 1, confidence: 0.95, bootstrapSamples: 50 },
    // Declared, so the HTML and JUnit reports show the spec (an ungated metric: no verdict to change).
    metrics: [
      {
        name: "mean_toxicity",
        direction: "lower" as const,
        rule: { gate: "point" as const, each: false },
        gated: false,
        at: { line: 9, col: 3 },
      },
    ],
    redact: [],
  };
  if (error !== undefined) return { ...base, outcome: { ok: false, error } };
  const skipped = records.filter((r) => r.skipped !== undefined).length;
  return { ...base, outcome: { ok: true, evaluation: { metrics: [], cases: records.length, skipped, records } } };
}

const card = buildScorecard(
  [
    // A classifier judge: 3 of 8 scored outputs cut; one output dropped; 1 of 4 cases skipped.
    suite("t/classifier", "lm", [
      generated(score(0.1, true), score(0.2, false), undefined),
      generated(score(0.3, false), score(0.4, true), score(0.5, false)),
      generated(score(0.6, false), score(0.7, true), score(0.8, false)),
      skippedCase(),
    ]),
    // A lexical judge: its scores say nothing about truncation; nothing skipped.
    suite("t/lexical", "lm", [generated(score(0.1), score(0.9))]),
    // A classifier judge that saw every output whole.
    suite("t/whole", "lm", [generated(score(0.1, false), score(0.2, false))]),
    suite("t/broken", "lm", [], "the model failed to load"),
  ],
  { root: ROOT, created: "2026-12-02T08:00:00.000Z", version: "0.1.0" },
);
const run = (id: string) => card.specs.find((s) => s.id === id)?.models[0];

describe("judgeTruncatedRate", () => {
  it("is the share of a classifier judge's scored outputs that were cut, over scored outputs only", () => {
    expect(run("t/classifier")?.judgeTruncatedRate).toBe(3 / 8);
    expect(run("t/classifier")?.droppedRate).toBe(1 / 9);
    expect(run("t/whole")?.judgeTruncatedRate).toBe(0);
  });

  it("and the verdicts' truncated flags are valid scorecard JSON", () => {
    const validate = scorecardValidator();
    expect(validate(JSON.parse(JSON.stringify(card)))).toBe(true);
    expect(card.results.flatMap((r) => (r.outcome.ok ? r.outcome.evaluation.records : []))).toContainEqual(
      expect.objectContaining({ samples: [score(0.1, true), score(0.2, false), undefined] }),
    );
  });

  it("is absent for a judge that does not truncate", () => {
    expect(run("t/lexical")).not.toHaveProperty("judgeTruncatedRate");
  });
});

describe("coverageNotes", () => {
  it("names skipped cases and cut outputs, per spec and model, and nothing for whole or failed runs", () => {
    expect(coverageNotes(card)).toEqual([
      {
        spec: "t/classifier",
        file: "specs/t/classifier.trust.yaml",
        model: "lm",
        text: "1 of 4 cases skipped: the prompt did not fit the model's context",
      },
      {
        spec: "t/classifier",
        file: "specs/t/classifier.trust.yaml",
        model: "lm",
        text: "37.5% of the judged outputs were cut to fit the classifier judge",
      },
    ]);
  });

  it("says when a corrected share's judged interval lies below the judge's measured false-positive rate", () => {
    // toxicity-learned's published counts: 73 of 549 negatives called toxic (0.133).
    const measured = { sensitivity: { detected: 402, of: 438 }, specificity: { cleared: 476, of: 549 } };
    const withMetric = (upper: number) => {
      const spec = card.specs.find((x) => x.models.some((y) => y.error === undefined));
      const m = spec?.models.find((y) => y.error === undefined);
      if (!spec || !m) throw new Error("expected a measured spec");
      const metric = {
        name: "toxicity_probability",
        value: { point: 0.071, lower: 0.045, upper },
        corrected: { ...measured, value: { point: 0, lower: 0, upper: 0 }, method: "rogan-gladen" as const },
        n: 240,
        verdict: "pass" as const,
        cells: [],
      };
      const one = { ...card, specs: [{ ...spec, models: [{ ...m, skipped: 0, metrics: [metric] }] }] };
      return coverageNotes(one).filter((n) => n.text.startsWith("toxicity_probability"));
    };
    expect(withMetric(0.11).map((n) => n.text)).toEqual([
      "toxicity_probability: the judged share 0.071 [0.045, 0.110] lies below the judge's measured false-positive rate 0.133 (73 of 549), so its measured: counts do not describe these outputs and the corrected 0.000 [0.000, 0.000] is no evidence: measure the judge on outputs like these",
    ]);
    // An interval that reaches the false-positive rate is consistent with the counts: no note.
    expect(withMetric(0.14)).toEqual([]);
  });

  it("never rounds a share to 0% or 100% when it is neither", () => {
    const share = (cut: number, of: number) => {
      const records = [generated(...Array.from({ length: of }, (_, i) => score(0, i < cut)))];
      const c = buildScorecard([suite("t/x", "m", records)], { root: ROOT, created: "", version: "0" });
      return coverageNotes(c)[0]?.text.split(" ")[0];
    };
    expect(share(1, 2001)).toBe("<");
    expect(share(2000, 2001)).toBe(">");
    expect(share(1, 1000)).toBe("0.1%");
    expect(share(3, 3)).toBe("100.0%");
  });
});

describe("the formats", () => {
  it("list the notes in the terminal summary and the Markdown comment", () => {
    const terminal = formatTerminal(card);
    expect(terminal).toContain(
      "! specs/t/classifier.trust.yaml  t/classifier [lm] 1 of 4 cases skipped: the prompt did not fit the model's context",
    );
    expect(terminal).toContain("t/classifier [lm] 37.5% of the judged outputs were cut to fit the classifier judge");
    const markdown = formatMarkdown(card);
    expect(markdown).toContain("### Coverage");
    expect(markdown).toContain(
      "- ⚠️ **t/classifier** [lm] `specs/t/classifier.trust.yaml` 37.5% of the judged outputs were cut to fit the classifier judge",
    );
  });

  it("give the rate with the other output rates in HTML and JUnit", () => {
    expect(formatHtml(card)).toContain("truncated for the judge 0.375");
    expect(formatJunit(card)).toContain("judge truncation rate 0.375");
  });

  it("say nothing when every case was measured and every output seen whole", () => {
    const whole = buildScorecard([suite("t/whole", "lm", [generated(score(0.1, false))])], {
      root: ROOT,
      created: "",
      version: "0",
    });
    expect(formatTerminal(whole)).not.toContain("!");
    expect(formatMarkdown(whole)).not.toContain("Coverage");
  });
});

describe("a model that never answers", () => {
  const label = (l: string): JudgeVerdict => ({ kind: "label", label: l });
  const bias = (model: string, records: readonly CaseRecord[]): SuiteResult => ({
    ...suite("t/bias", model, records),
    vertical: "bias",
  });
  // stories260k on the bias example: every output "no response" (or dropped, or unparsed) — 0 agreement.
  const silentCard = buildScorecard(
    [
      bias("silent", [
        generated(label("no_response"), label("no_response")),
        generated(undefined, { kind: "unparsed" }),
      ]),
      bias("talks", [generated(label("no_response"), label("disagree")), generated(label("agree"))]),
    ],
    { root: ROOT, created: "2026-12-02T08:00:00.000Z", version: "0.1.0" },
  );
  const model = (name: string) => silentCard.specs[0]?.models.find((m) => m.model === name);

  it("has the share of outputs that gave no answer in the scorecard, valid against its schema", () => {
    expect(model("silent")?.noAnswerRate).toBe(1);
    expect(model("talks")?.noAnswerRate).toBe(1 / 3);
    expect(scorecardValidator()(JSON.parse(JSON.stringify(silentCard)))).toBe(true);
  });

  it("gets a coverage note, in the terminal and in Markdown, and a model that answered some does not", () => {
    const notes = coverageNotes(silentCard);
    expect(notes).toEqual([
      {
        spec: "t/bias",
        file: "specs/t/bias.trust.yaml",
        model: "silent",
        text: "no output gave an answer (every one was dropped, unparsed or no response): the metrics measure silence, not the model's behaviour",
      },
    ]);
    expect(formatTerminal(silentCard)).toContain("t/bias [silent] no output gave an answer");
    expect(formatMarkdown(silentCard)).toContain(
      "**t/bias** [silent] `specs/t/bias.trust.yaml` no output gave an answer",
    );
  });

  it("is not said of a score spec (it has no outputs) or a toxicity spec whose outputs were scored", () => {
    expect(run("t/lexical")?.noAnswerRate).toBe(0);
    const scoreOnly = buildScorecard(
      [suite("t/score", "m", [{ caseId: "c", itemId: "i", groups: {}, scores: [-1, -2] }])],
      { root: ROOT, created: "", version: "0" },
    );
    expect(scoreOnly.specs[0]?.models[0]).not.toHaveProperty("noAnswerRate");
    expect(coverageNotes(scoreOnly)).toEqual([]);
  });
});
