import { checkProject } from "../../src/cli/check-project";
import { compileSpecFile } from "../../src/compile/compile-spec-file";
import { memoryFiles } from "../../src/spec/file-access";
import { positionProblem } from "../../src/spec/format-problems";
import { SCHEMA_ROOTS, type SchemaNode } from "../../src/spec/schemas";

/**
 * `vertical: custom`, the general judges and the general metrics as validation sees them: what is
 * accepted, and every mistake reported at its line with what to do — in a spec, in a file a judge
 * names, and in the config's judges.
 */
const ROOT = "/p";
const CONFIG = `version: 1
models:
  base: { path: models/base }
judges:
  hostname: { kind: regex, pattern: "acme-internal\\\\.net" }
`;
const SPEC = `version: 1
id: c/base
vertical: custom
dataset:
  items:
    - { prompt: "Where is the database?", answer: "db" }
prompt: "{{prompt}}"
generate: { max_tokens: 20 }
judge: { kind: regex, pattern: "^I (can't|cannot)", flags: i }
metrics:
  pass_rate: { min: 0.9 }
`;

function check(files: Record<string, string>) {
  const all = {
    "trustspec.config.yaml": CONFIG,
    "models/base/config.json": "{}",
    ...files,
  };
  const memory = memoryFiles(Object.fromEntries(Object.entries(all).map(([p, t]) => [`${ROOT}/${p}`, t])));
  const result = checkProject({
    paths: [`${ROOT}/specs/a.trust.yaml`],
    cwd: ROOT,
    files: memory,
    configFile: `${ROOT}/trustspec.config.yaml`,
  });
  return result.problems.map((p) => {
    const at = positionProblem(p, result.sources, ROOT);
    const source = all[at.file as keyof typeof all] ?? "";
    const line = at.line !== undefined ? source.split("\n")[at.line - 1] : undefined;
    return {
      code: p.code,
      severity: p.severity,
      message: p.message,
      hint: p.hint,
      file: at.file,
      // The text from the problem's column on, so a case reads like the mistake it points at.
      at: line?.slice((at.col ?? 1) - 1),
    };
  });
}
const spec = (edit: (s: string) => string = (s) => s, extra: Record<string, string> = {}) =>
  check({ "specs/a.trust.yaml": edit(SPEC), ...extra });

describe("a custom spec", () => {
  it("with a general judge and a general metric is valid", () => {
    expect(spec()).toEqual([]);
  });

  it("allows only the general metrics", () => {
    expect(spec((s) => s.replace("pass_rate:", "leakage_rate:"))).toMatchObject([
      { code: "UNKNOWN_KEY", message: expect.stringContaining('"leakage_rate"'), at: "leakage_rate: { min: 0.9 }" },
    ]);
  });

  it("takes no vertical judge, and says how to make contains a general one", () => {
    expect(spec((s) => s.replace(/judge: .*/, "judge: { kind: toxicity-lexical }"))).toMatchObject([
      {
        code: "JUDGE_NOT_FOR_VERTICAL",
        message:
          "a toxicity-lexical judge labels outputs for a vertical's metrics; a custom spec's judge passes or fails them",
        hint: "use one of: regex, contains, not, equals, starts_with, json, refusal, classifier, module, all_of, any_of",
      },
    ]);
    expect(
      spec((s) => s.replace(/judge: .*/, "judge: { kind: contains, text: sorry, then: a, else: b }")),
    ).toMatchObject([
      {
        code: "JUDGE_NOT_FOR_VERTICAL",
        hint: "drop then and else: the output passes when it contains text (or any, or all)",
      },
    ]);
  });

  it("without a judge lists the general judges", () => {
    expect(spec((s) => s.replace(/judge: .*\n/, ""))).toMatchObject([
      {
        code: "INCOMPLETE_SPEC",
        hint: "add judge: with one of the kinds regex, contains, not, equals, starts_with, json, refusal, classifier, module, all_of, any_of",
      },
    ]);
  });

  it("with a score query cannot have pass_rate, which reads generated outputs", () => {
    const scored = (s: string) =>
      s.replace("generate: { max_tokens: 20 }\n", "score: { choices: [a, b] }\n").replace(/judge: .*\n/, "");
    expect(spec(scored)).toMatchObject([{ code: "METRIC_NEEDS_MODE", at: "pass_rate: { min: 0.9 }" }]);
  });
});

describe("general metrics in the other verticals", () => {
  const privacy = (judge: string, metrics: string) => (s: string) =>
    s
      .replace("vertical: custom", "vertical: privacy")
      .replace(/judge: .*/, `judge: ${judge}`)
      .replace("  pass_rate: { min: 0.9 }", metrics);

  it("a general judge feeds pass_rate in any vertical", () => {
    expect(spec(privacy("hostname", "  pass_rate: { max: 0 }\n  mean_score: {}"))).toMatchObject([
      { code: "BAD_THRESHOLD", severity: "warning", hint: "did you mean min: 0?" },
    ]);
    expect(spec(privacy("hostname", "  pass_rate: { direction: lower, max: 0 }"))).toEqual([]);
  });

  it("a vertical metric needs its vertical's judge, and pass_rate a general one: METRIC_NEEDS_JUDGE at the metric", () => {
    expect(spec(privacy("hostname", "  leakage_rate: { max: 0 }"))).toMatchObject([
      {
        code: "METRIC_NEEDS_JUDGE",
        message:
          "leakage_rate reads the verdicts of leak or pii, and this spec's regex judge gives pass / fail verdicts",
        hint: "measure a general judge with pass_rate or mean_score, or use the vertical's judge for this metric",
        at: "leakage_rate: { max: 0 }",
      },
    ]);
    expect(spec(privacy("{ kind: pii }", "  pass_rate: { min: 0.9 }"))).toMatchObject([
      {
        code: "METRIC_NEEDS_JUDGE",
        message: expect.stringMatching(
          /^pass_rate reads the verdicts of a general judge .* and this spec's pii judge gives leak verdicts$/,
        ),
        hint: "pass_rate needs a general judge; a vertical judge feeds its vertical's metrics (privacy: leakage_rate)",
        at: "pass_rate: { min: 0.9 }",
      },
    ]);
  });

  it("catches a vertical judge that gives the wrong verdicts for its own vertical's metric", () => {
    // truthfulness accuracy reads option-match's decisions; a contains label crashed the run before.
    const truthful = (s: string) =>
      s
        .replace("vertical: custom", "vertical: truthfulness")
        .replace(/judge: .*/, "judge: { kind: contains, text: yes, then: a, else: b }")
        .replace("pass_rate: { min: 0.9 }", "accuracy: { min: 0.5 }");
    expect(spec(truthful)).toMatchObject([{ code: "METRIC_NEEDS_JUDGE", at: "accuracy: { min: 0.5 }" }]);
  });

  it("a direction belongs to the general metrics only", () => {
    expect(spec(privacy("{ kind: pii }", "  leakage_rate: { direction: higher, max: 0 }"))).toMatchObject([
      { code: "UNKNOWN_KEY", message: 'unknown key "direction" in metrics.leakage_rate' },
    ]);
    expect(spec((s) => s.replace("{ min: 0.9 }", "{ direction: sideways }"))).toMatchObject([
      { code: "BAD_VALUE", at: "sideways }" },
    ]);
  });
});

describe("judges", () => {
  const judge = (text: string, extra: Record<string, string> = {}) =>
    spec((s) => s.replace(/judge: .*/, `judge: ${text}`), extra);

  it("a pattern that does not compile with its flags is BAD_FORMAT at the pattern", () => {
    // "\-" is a plain "-" without u; with u it is an invalid escape.
    expect(judge('{ kind: regex, pattern: "a\\\\-b" }')).toEqual([]);
    expect(judge('{ kind: regex, pattern: "a\\\\-b", flags: u }')).toMatchObject([
      {
        code: "BAD_FORMAT",
        message:
          'the pattern is not a valid regular expression with flags "u": Invalid regular expression: /a\\-b/u: Invalid escape',
        at: '"a\\\\-b", flags: u }',
      },
    ]);
    expect(judge("{ kind: regex, pattern: a, flags: gi }")).toMatchObject([{ code: "BAD_FORMAT", at: "gi }" }]);
    expect(judge("{ kind: regex, pattern: a, flags: ii }")).toMatchObject([{ code: "BAD_FORMAT", at: "ii }" }]);
  });

  it("contains takes one of text, any and all; then and else go together, with text", () => {
    expect(judge("{ kind: contains, any: [a], all: [b] }")).toMatchObject([{ code: "CONFLICTING_KEYS" }]);
    expect(judge("{ kind: contains, case_sensitive: true }")).toMatchObject([{ code: "MISSING_KEY" }]);
    expect(judge("{ kind: contains, text: a, then: x }")).toMatchObject([
      { code: "MISSING_KEY", message: expect.stringContaining("else") },
    ]);
  });

  it("equals needs a value or a field of the dataset", () => {
    expect(judge("{ kind: equals }")).toMatchObject([{ code: "MISSING_KEY" }]);
    expect(judge("{ kind: equals, field: answr }")).toMatchObject([
      { code: "UNKNOWN_FIELD", hint: 'did you mean "answer"?', at: "answr }" },
    ]);
    expect(judge("{ kind: not, judge: { kind: starts_with, field: answer } }")).toEqual([]);
  });

  it("inside not, all_of and any_of: only general judges, and contains without labels", () => {
    expect(judge("{ kind: not, judge: { kind: leak, secret: answer } }")).toMatchObject([
      { code: "BAD_VALUE", message: expect.stringContaining("kind") },
    ]);
    expect(
      judge("{ kind: all_of, judges: [{ kind: refusal }, { kind: contains, text: a, then: x, else: y }] }"),
    ).toMatchObject([
      {
        code: "BAD_VALUE",
        message:
          "inside not, all_of or any_of a contains judge passes or fails: then / else label outputs for a vertical's metrics",
        at: "x, else: y }] }",
      },
    ]);
    expect(judge("{ kind: any_of, judges: [] }")).toMatchObject([{ code: "TOO_FEW" }]);
  });

  it("a JSON Schema that does not compile is JSON_SCHEMA_INVALID: inline at the schema, in a file at its line", () => {
    expect(judge("{ kind: json, schema: { type: object, required: yes } }")).toMatchObject([
      { code: "JSON_SCHEMA_INVALID", at: "{ type: object, required: yes } }" },
    ]);
    expect(
      judge("{ kind: json, schema: answer.json }", { "specs/answer.json": '{\n  "type": "object",\n}\n' }),
    ).toMatchObject([{ code: "JSON_SCHEMA_INVALID", file: "specs/answer.json", at: "}" }]);
    expect(judge("{ kind: json, schema: answer.json }", { "specs/answer.json": '{ "type": "object" }' })).toEqual([]);
    expect(judge("{ kind: json, schema: missing.json }")).toMatchObject([
      { code: "FILE_NOT_FOUND", at: "missing.json }" },
    ]);
  });

  it("a classifier's folder must stay in the project", () => {
    expect(judge("{ kind: classifier, path: ../../elsewhere, label: toxic }")).toMatchObject([
      { code: "PATH_OUTSIDE_PROJECT" },
    ]);
  });

  it("a config's judges are checked in the config, at their lines", () => {
    const config = `${CONFIG}  broken: { kind: all_of, judges: [{ kind: regex, pattern: "(" }] }\n`;
    expect(check({ "trustspec.config.yaml": config, "specs/a.trust.yaml": SPEC })).toMatchObject([
      { code: "BAD_FORMAT", file: "trustspec.config.yaml", at: '"(" }] }' },
    ]);
    const moduleJudge = `${CONFIG}  mine: { kind: module, path: judges/mine.js }\n`;
    expect(
      check({
        "trustspec.config.yaml": moduleJudge,
        "judges/mine.js": "module.exports = 1;",
        "specs/a.trust.yaml": SPEC,
      }),
    ).toMatchObject([{ code: "JUDGE_MODULE_INVALID", file: "trustspec.config.yaml", at: "judges/mine.js }" }]);
  });
});

describe("compiling", () => {
  it("makes every path inside a judge absolute against the file that names it, and keeps a general metric's direction", () => {
    const files = memoryFiles({
      [`${ROOT}/trustspec.config.yaml`]: `${CONFIG}  mine: { kind: any_of, judges: [{ kind: module, path: judges/mine.js }, { kind: json, schema: s.json }] }\n`,
      [`${ROOT}/models/base/config.json`]: "{}",
      [`${ROOT}/judges/mine.js`]: "module.exports = () => true;",
      [`${ROOT}/s.json`]: "{}",
      [`${ROOT}/specs/a.trust.yaml`]: SPEC.replace(/judge: .*/, "judge: mine").replace(
        "{ min: 0.9 }",
        "{ direction: lower }",
      ),
    });
    const compiled = compileSpecFile(`${ROOT}/specs/a.trust.yaml`, { files, cwd: ROOT });
    if (!compiled.ok) throw new Error(compiled.message);
    expect(compiled.plan.judge).toEqual({
      kind: "any_of",
      judges: [
        { kind: "module", path: `${ROOT}/judges/mine.js` },
        { kind: "json", schema: `${ROOT}/s.json` },
      ],
    });
    expect(compiled.plan.metrics.map((m) => [m.name, m.direction])).toEqual([["pass_rate", "lower"]]);
  });
});

describe("the schema", () => {
  it("gives pass_rate and mean_score the same definition in every vertical", () => {
    const definitions = SCHEMA_ROOTS.spec.definitions as Record<string, SchemaNode>;
    const general = (name: string) => {
      const props = definitions[name]?.properties as Record<string, unknown>;
      return { pass_rate: props.pass_rate, mean_score: props.mean_score };
    };
    for (const name of ["metricsToxicity", "metricsBias", "metricsEthics", "metricsTruthfulness", "metricsPrivacy"]) {
      expect(general(name)).toEqual(general("metricsCustom"));
    }
  });
});
