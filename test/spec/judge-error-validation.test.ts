import { checkProject } from "../../src/cli/check-project";
import { memoryFiles } from "../../src/spec/file-access";
import { positionProblem } from "../../src/spec/format-problems";

/**
 * judge_error: correct and a judge's measured: counts, validated where they are written: each mistake
 * at its line and column, with what is wrong and the figure behind a refusal.
 */

const ROOT = "/p";
const MEASURED = "{ sensitivity: { detected: 970, of: 1000 }, specificity: { cleared: 880, of: 900 } }";
const config = (judge = `{ kind: toxicity-lexical, measured: ${MEASURED} }`) => `version: 1
models:
  base: { path: models/base }
judges:
  tox: ${judge}
`;
const SPEC = `version: 1
id: t/base
vertical: toxicity
models: [base]
dataset:
  items:
    - { prompt: "Hello there" }
prompt: "Say: {{prompt}}"
generate: { max_tokens: 5 }
judge: tox
metrics:
  toxicity_probability: { max: 0.1, judge_error: correct }
`;

function check(files: Record<string, string>) {
  const all = {
    "models/base/config.json": "{}",
    "trustspec.config.yaml": config(),
    "specs/a.trust.yaml": SPEC,
    ...files,
  };
  const absolute = Object.fromEntries(Object.entries(all).map(([rel, text]) => [`${ROOT}/${rel}`, text]));
  const result = checkProject({
    paths: [`${ROOT}/specs/a.trust.yaml`],
    cwd: ROOT,
    files: memoryFiles(absolute),
    configFile: `${ROOT}/trustspec.config.yaml`,
  });
  return result.problems.map((p) => {
    const at = positionProblem(p, result.sources, ROOT);
    return { code: p.code, message: p.message, file: at.file, line: at.line, col: at.col, hint: p.hint };
  });
}

describe("judge_error: correct", () => {
  it("is valid on a share of a measured judge's decisions", () => {
    expect(check({})).toEqual([]);
  });

  it("is valid on an inline judge's measured counts, for pass_rate and leakage_rate too", () => {
    const privacy = SPEC.replace("vertical: toxicity", "vertical: privacy")
      .replace('{ prompt: "Hello there" }', '{ prompt: "Hello there", secret: "s3cret" }')
      .replace("judge: tox", `judge: { kind: leak, secret: secret, measured: ${MEASURED} }`)
      .replace(
        "toxicity_probability: { max: 0.1, judge_error: correct }",
        "leakage_rate: { max: 0.1, judge_error: correct }",
      );
    expect(check({ "specs/a.trust.yaml": privacy })).toEqual([]);
    const custom = SPEC.replace("vertical: toxicity", "vertical: custom")
      .replace("judge: tox", `judge: { kind: regex, pattern: "^Sure", measured: ${MEASURED} }`)
      .replace(
        "toxicity_probability: { max: 0.1, judge_error: correct }",
        "pass_rate: { min: 0.5, judge_error: correct }",
      );
    expect(check({ "specs/a.trust.yaml": custom })).toEqual([]);
  });

  it("is refused near chance, at the key, with the figure", () => {
    const judge =
      "{ kind: toxicity-lexical, measured: { sensitivity: { detected: 60, of: 100 }, specificity: { cleared: 55, of: 100 } } }";
    const [p, ...rest] = check({ "trustspec.config.yaml": config(judge) });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: "JUDGE_ERROR_REFUSED", file: "specs/a.trust.yaml", line: 12, col: 50 });
    expect(p?.message).toContain(
      "sensitivity + specificity − 1 = 0.15 (sensitivity 60/100, specificity 55/100) is below 0.2",
    );
    // The error is at the spec's request; the counts to fix are in the config, and the hint says where.
    expect(p?.hint).toContain("its counts: trustspec.config.yaml:5:34");
  });

  it("is refused when the counts are too few to rule out chance", () => {
    const judge =
      "{ kind: toxicity-lexical, measured: { sensitivity: { detected: 4, of: 4 }, specificity: { cleared: 3, of: 4 } } }";
    const [p] = check({ "trustspec.config.yaml": config(judge) });
    expect(p).toMatchObject({ code: "JUDGE_ERROR_REFUSED", line: 12 });
    expect(p?.message).toContain("too few");
  });

  it("needs one sample per prompt on toxicity_probability (a case-level share)", () => {
    const [p, ...rest] = check({
      "specs/a.trust.yaml": SPEC.replace("{ max_tokens: 5 }", "{ max_tokens: 5, samples: 25 }"),
    });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: "BAD_VALUE", line: 12, col: 50 });
    expect(p?.message).toContain("any of its 25 samples");
    expect(p?.hint).toContain("samples: 1");
  });

  it("needs measured counts on the judge, naming the config's judge", () => {
    const [p] = check({ "trustspec.config.yaml": config("{ kind: toxicity-lexical }") });
    expect(p).toMatchObject({ code: "JUDGE_NOT_MEASURED", line: 12, col: 50 });
    expect(p?.message).toContain("the judge tox (trustspec.config.yaml) has no measured: counts");
  });

  it("is refused below chance, saying the counts look reversed rather than close to chance", () => {
    const judge =
      "{ kind: toxicity-lexical, measured: { sensitivity: { detected: 5, of: 100 }, specificity: { cleared: 10, of: 100 } } }";
    const [p] = check({ "trustspec.config.yaml": config(judge) });
    expect(p).toMatchObject({ code: "JUDGE_ERROR_REFUSED", line: 12, col: 50 });
    expect(p?.message).toContain("worse than chance");
    expect(p?.message).not.toContain("too close to chance");
    expect(p?.hint).toContain("the outputs it got right");
    expect(p?.hint).toContain("check the counts, trustspec.config.yaml:5:34");
  });

  it("corrects agreeability_index or no_response_rate with one judge's counts, not both", () => {
    // One measured: block counts one positive: agree for agreeability_index, no_response for no_response_rate.
    const bias = (metrics: string) =>
      SPEC.replace("vertical: toxicity", "vertical: bias")
        .replace("judge: tox", `judge: { kind: agreement, measured: ${MEASURED} }`)
        .replace("  toxicity_probability: { max: 0.1, judge_error: correct }", metrics);
    const both = bias(
      "  agreeability_index: { max: 0.2, judge_error: correct }\n  no_response_rate: { judge_error: correct }",
    );
    const [p, ...rest] = check({ "specs/a.trust.yaml": both });
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ code: "BAD_VALUE", file: "specs/a.trust.yaml", line: 13, col: 36 });
    expect(p?.message).toContain("agreeability_index and no_response_rate");
    expect(p?.hint).toContain("remove judge_error");
    expect(check({ "specs/a.trust.yaml": bias("  agreeability_index: { max: 0.2, judge_error: correct }") })).toEqual(
      [],
    );
    expect(check({ "specs/a.trust.yaml": bias("  no_response_rate: { judge_error: correct }") })).toEqual([]);
  });

  it("is not a key of metrics that are not shares of the judge's decisions", () => {
    const [p] = check({
      "specs/a.trust.yaml": SPEC.replace("toxicity_probability:", "expected_max_toxicity:"),
    });
    expect(p).toMatchObject({ code: "UNKNOWN_KEY", line: 12, col: 38 });
    expect(p?.hint).toContain("judge_error corrects only the shares of a judge's yes / no decisions");
  });
});

describe("measured:", () => {
  it("cannot count more right answers than outputs, reported in the config at the count", () => {
    const judge =
      "{ kind: toxicity-lexical, measured: { sensitivity: { detected: 1200, of: 1000 }, specificity: { cleared: 880, of: 900 } } }";
    const problems = check({ "trustspec.config.yaml": config(judge) });
    expect(problems).toEqual([
      expect.objectContaining({
        code: "BAD_VALUE",
        file: "trustspec.config.yaml",
        line: 5,
        col: 71,
        message: "sensitivity.detected is 1200, more than the 1000 outputs it is out of",
      }),
    ]);
  });

  it("needs whole counts with of at least 1 (the schema, at the value)", () => {
    const judge =
      "{ kind: toxicity-lexical, measured: { sensitivity: { detected: 9, of: 0 }, specificity: { cleared: 8, of: 9 } } }";
    const [p] = check({ "trustspec.config.yaml": config(judge) });
    expect(p).toMatchObject({ code: "OUT_OF_RANGE", file: "trustspec.config.yaml", line: 5, col: 78 });
  });

  it("takes counts, not rates, and says so to a rate", () => {
    const problems = check({
      "trustspec.config.yaml": config("{ kind: toxicity-lexical, measured: { sensitivity: 0.97, specificity: 0.98 } }"),
    });
    expect(problems.map((p) => [p.code, p.line, p.col])).toEqual([
      ["WRONG_TYPE", 5, 59],
      ["WRONG_TYPE", 5, 78],
    ]);
    expect(problems[0]?.hint).toContain("give counts, not a rate: sensitivity: { detected: 970, of: 1000 }");
    expect(problems[1]?.hint).toContain("give counts, not a rate: specificity: { cleared: 880, of: 900 }");
  });

  it("is refused on a judge inside all_of, whose decisions no metric reads", () => {
    const custom = SPEC.replace("vertical: toxicity", "vertical: custom")
      .replace("judge: tox", `judge: { kind: all_of, judges: [{ kind: regex, pattern: "a", measured: ${MEASURED} }] }`)
      .replace("toxicity_probability: { max: 0.1, judge_error: correct }", "pass_rate: { min: 0.5 }");
    const [p] = check({ "specs/a.trust.yaml": custom });
    expect(p).toMatchObject({ code: "BAD_VALUE", file: "specs/a.trust.yaml", line: 10 });
    expect(p?.message).toContain("inside not, all_of or any_of");
  });
});
