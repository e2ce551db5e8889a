import { checkProject } from "../../src/cli/check-project";
import { type FileAccess, memoryFiles } from "../../src/spec/file-access";
import { positionProblem } from "../../src/spec/format-problems";
import { PROBLEM_CODES, type ProblemCode } from "../../src/spec/problem";
import { COMMAND_LINE, type ProjectOptions } from "../../src/spec/validate-project";

/**
 * Every problem code, provoked by a small project in memory, checked for the file, line and column
 * it is reported at — not only the message. Positions are written as "where this text starts" so the
 * cases read like the mistakes they contain.
 */

const ROOT = "/p";
const CONFIG = `version: 1
models:
  base: { path: models/base }
  cand: { path: models/cand }
judges:
  tox: { kind: toxicity-lexical }
`;
const SPEC = `version: 1
id: t/base
vertical: toxicity
models: [base, cand]
dataset:
  items:
    - { prompt: "Hello there" }
prompt: "Say: {{prompt}}"
generate: { max_tokens: 5 }
judge: tox
metrics:
  toxicity_probability: { max: 0.1 }
`;

interface Case {
  /** Files relative to ROOT; the spec under test is specs/a.trust.yaml unless `paths` says otherwise. */
  readonly files: Record<string, string>;
  readonly paths?: string[];
  readonly options?: Partial<ProjectOptions>;
  readonly fileAccess?: (files: Record<string, string>) => FileAccess;
  /** Where the problem must be: a file relative to ROOT, and the text the position must start at. */
  readonly at: { readonly file: string; readonly text?: string; readonly occurrence?: number } | "no position";
  readonly file?: string;
}

/** The configured models' folders exist (a file in each), so no MODEL_DIR_NOT_FOUND warning. */
const MODEL_DIRS = { "models/base/config.json": "{}", "models/cand/config.json": "{}" };
const spec = (edit: (s: string) => string = (s) => s) => ({
  "trustspec.config.yaml": CONFIG,
  ...MODEL_DIRS,
  "specs/a.trust.yaml": edit(SPEC),
});
/** The base spec as a conversation (`messages` in place of `prompt`), its models given a chat template each. */
const chat = (messages = 'messages:\n  - { role: user, content: "Say: {{prompt}}" }') => ({
  ...spec((s) => s.replace('prompt: "Say: {{prompt}}"', messages)),
  "models/base/chat_template.jinja": "{% for m in messages %}{{ m.content }}{% endfor %}",
  "models/cand/chat_template.jinja": "{% for m in messages %}{{ m.content }}{% endfor %}",
});
const inSpec = (text: string, occurrence = 1) => ({ file: "specs/a.trust.yaml", text, occurrence });

const CASES: Record<ProblemCode, Case> = {
  FILE_NOT_FOUND: {
    files: spec((s) => s.replace('prompt: "Say:', 'partials: { primer: primer.txt }\nprompt: "{{> primer}}Say:')),
    at: inSpec("primer.txt"),
  },
  FILE_UNREADABLE: {
    files: spec(),
    fileAccess: (files) => {
      const base = memoryFiles(files);
      return {
        ...base,
        read: (path) => {
          if (path.endsWith("a.trust.yaml")) throw Object.assign(new Error("permission denied"), { code: "EACCES" });
          return base.read(path);
        },
      };
    },
    at: "no position",
    file: "specs/a.trust.yaml",
  },
  FILE_NOT_REGULAR: {
    files: {
      ...spec((s) => s.replace('  items:\n    - { prompt: "Hello there" }', "  path: folder.jsonl")),
      "specs/folder.jsonl/part-1.jsonl": '{"prompt": "x"}\n',
    },
    at: inSpec("folder.jsonl"),
  },
  FILE_TOO_LARGE: {
    files: {
      ...spec((s) => s.replace('  items:\n    - { prompt: "Hello there" }', "  path: data.jsonl")),
      "trustspec.config.yaml": `${CONFIG}limits: { data_file_mb: 0.00001 }\n`,
      "specs/data.jsonl": '{"prompt": "more than ten bytes"}\n',
    },
    at: inSpec("data.jsonl"),
  },
  FILE_NOT_UTF8: {
    // The text as the author sees it: the broken byte shows as U+FFFD, where the problem must point.
    files: {
      ...spec((s) => s.replace('  items:\n    - { prompt: "Hello there" }', "  path: data.jsonl")),
      "specs/data.jsonl": '{"prompt": "ok"}\n{"prompt": "caf\uFFFD"}\n',
    },
    fileAccess: (files) =>
      memoryFiles({
        ...files,
        "/p/specs/data.jsonl": Buffer.concat([
          Buffer.from('{"prompt": "ok"}\n{"prompt": "caf'),
          Buffer.from([0xe9, 0x22, 0x7d, 0x0a]),
        ]),
      }),
    at: { file: "specs/data.jsonl", text: "\uFFFD" },
  },
  FILE_UTF16: {
    files: {
      ...spec((s) => s.replace('prompt: "Say:', 'partials: { primer: primer.txt }\nprompt: "{{> primer}}Say:')),
      "specs/primer.txt": "\uFEFFA primer.\n",
    },
    fileAccess: (files) =>
      memoryFiles({ ...files, "/p/specs/primer.txt": Buffer.from("\uFEFFA primer.\n", "utf16le") }),
    at: { file: "specs/primer.txt", text: "\uFEFF" },
  },
  FILE_CR_LINE_ENDINGS: { files: spec((s) => s.replace(/\n/g, "\r")), at: inSpec("version") },
  PATH_OUTSIDE_PROJECT: {
    files: spec((s) => s.replace('  items:\n    - { prompt: "Hello there" }', "  path: ../../etc/passwd.jsonl")),
    at: inSpec("../../etc/passwd.jsonl"),
  },
  TOO_MANY_PROBLEMS: {
    files: spec((s) => s + Array.from({ length: 60 }, (_, i) => `extra_${i}: 1\n`).join("")),
    at: inSpec("extra_50:"),
  },
  NO_SPECS_FOUND: { files: spec(), paths: ["/p/nowhere/*.trust.yaml"], at: "no position", file: COMMAND_LINE },
  SPEC_FILE_NAME: {
    files: { "trustspec.config.yaml": CONFIG, ...MODEL_DIRS, "specs/a.yaml": SPEC },
    paths: ["/p/specs/a.yaml"],
    at: "no position",
    file: "specs/a.yaml",
  },
  YAML_EMPTY: { files: spec(() => "# nothing yet\n"), at: inSpec("# nothing") },
  YAML_NOT_A_MAPPING: { files: spec(() => "- a\n- b\n"), at: inSpec("- a") },
  YAML_TAB: { files: spec((s) => s.replace("    - { prompt", "\t- { prompt")), at: inSpec("\t") },
  YAML_INDENT: { files: spec((s) => s.replace("judge: tox", "judge: tox\n  extra: 1")), at: inSpec("extra") },
  YAML_UNCLOSED: {
    files: spec((s) => s.replace('prompt: "Say: {{prompt}}"', 'prompt: "Say: {{prompt}}')),
    at: inSpec('"Say'),
  },
  YAML_DUPLICATE_KEY: { files: spec((s) => `${s}judge: tox\n`), at: inSpec("judge", 2) },
  YAML_MULTIPLE_DOCUMENTS: { files: spec((s) => `${s}---\nid: other\n`), at: inSpec("---") },
  YAML_TAG: { files: spec((s) => s.replace("max_tokens: 5", "max_tokens: !!binary NQ==")), at: inSpec("!!binary") },
  YAML_SYNTAX: { files: spec((s) => s.replace("judge: tox", "judge: tox\n]")), at: inSpec("]\nmetrics") },
  UNSUPPORTED_VERSION: { files: spec((s) => s.replace("version: 1", "version: 2")), at: inSpec("2") },
  UNKNOWN_KEY: {
    files: spec((s) => s.replace("max_tokens: 5", "max_tokens: 5, temprature: 0.7")),
    at: inSpec("temprature"),
  },
  MISSING_KEY: { files: spec((s) => s.replace("vertical: toxicity\n", "")), at: inSpec("version") },
  WRONG_TYPE: { files: spec((s) => s.replace("max_tokens: 5", "max_tokens: five")), at: inSpec("five") },
  BAD_VALUE: { files: spec((s) => s.replace("vertical: toxicity", "vertical: toxic")), at: inSpec("toxic\n") },
  OUT_OF_RANGE: { files: spec((s) => s.replace("max_tokens: 5", "max_tokens: 0")), at: inSpec("0 }") },
  BAD_FORMAT: { files: spec((s) => s.replace("id: t/base", "id: T Base")), at: inSpec("T Base") },
  CONFLICTING_KEYS: {
    files: spec((s) => s.replace("dataset:\n", "dataset:\n  path: data.jsonl\n")),
    at: inSpec("items"),
  },
  TOO_FEW: { files: spec((s) => s.replace("models: [base, cand]", "models: []")), at: inSpec("[]") },
  DUPLICATE_VALUE: {
    files: spec((s) => s.replace("models: [base, cand]", "models: [base, cand, base]")),
    at: inSpec("base]"),
  },
  TEMPLATE_SYNTAX: {
    files: spec((s) => s.replace("Say: {{prompt}}", "Say: {{#each prompt}}x")),
    at: inSpec('"\ngenerate'),
  },
  TEMPLATE_UNKNOWN_VARIABLE: {
    files: spec((s) => s.replace("Say: {{prompt}}", "Say: {{promt}}")),
    at: inSpec("promt"),
  },
  TEMPLATE_UNKNOWN_HELPER: {
    files: spec((s) => s.replace("Say: {{prompt}}", "Say: {{upper prompt}}")),
    at: inSpec("upper"),
  },
  TEMPLATE_UNKNOWN_PARTIAL: {
    files: spec((s) => s.replace("Say: {{prompt}}", "{{> primer}}Say: {{prompt}}")),
    at: inSpec("{{> primer}}"),
  },
  TEMPLATE_ARGUMENTS: {
    files: spec((s) => s.replace("Say: {{prompt}}", "Say: {{#if}}yes{{/if}}{{prompt}}")),
    at: inSpec("if}}yes"),
  },
  TEMPLATE_UNSAFE_NAME: {
    files: spec((s) => s.replace("Say: {{prompt}}", 'Say: {{#with \\"x\\"}}{{this.constructor}}{{/with}}{{prompt}}')),
    at: inSpec("this.constructor"),
  },
  DATASET_NOT_FOUND: {
    files: spec((s) => s.replace('  items:\n    - { prompt: "Hello there" }', "  path: ../data/missing.jsonl")),
    at: inSpec("../data/missing.jsonl"),
  },
  DATASET_FORMAT: {
    files: {
      ...spec((s) => s.replace('  items:\n    - { prompt: "Hello there" }', "  path: data.txt")),
      "specs/data.txt": "x\n",
    },
    at: inSpec("data.txt"),
  },
  DATASET_PARSE: {
    files: {
      ...spec((s) => s.replace('  items:\n    - { prompt: "Hello there" }', "  path: data.jsonl")),
      "specs/data.jsonl": '{"prompt": "ok"}\n{"prompt": "broken",}\n{"prompt": "ok"}\n',
    },
    at: { file: "specs/data.jsonl", text: '}\n{"prompt": "ok"}' },
  },
  DATASET_MISSING_FIELD: {
    files: {
      ...spec((s) =>
        s.replace('  items:\n    - { prompt: "Hello there" }', "  path: data.jsonl\n  fields: { prompt: prompt.text }"),
      ),
      "specs/data.jsonl": '{"prompt": {"text": "a"}}\n{"prompt": "no nesting"}\n',
    },
    at: inSpec("prompt.text"),
  },
  DATASET_BAD_VALUE: {
    files: {
      ...spec((s) =>
        s.replace(
          '  items:\n    - { prompt: "Hello there" }',
          "  path: data.csv\n  fields: { prompt: text, n: { from: n, type: number } }",
        ),
      ),
      "specs/data.csv": "text,n\nfine,1\nbad,many\n",
    },
    at: { file: "specs/data.csv", text: "bad,many" },
  },
  DATASET_EMPTY: {
    files: spec((s) =>
      s.replace('    - { prompt: "Hello there" }', '    - { prompt: "Hello there" }\n  where: { prompt: "Goodbye" }'),
    ),
    at: inSpec("dataset"),
  },
  CONFIG_NOT_FOUND: { files: { "specs/a.trust.yaml": SPEC }, at: inSpec("base, cand") },
  UNKNOWN_MODEL: {
    files: spec((s) => s.replace("models: [base, cand]", "models: [base, candidate]")),
    at: inSpec("candidate"),
  },
  UNKNOWN_JUDGE: { files: spec((s) => s.replace("judge: tox", "judge: toxic")), at: inSpec("toxic\n") },
  UNKNOWN_FIELD: { files: spec((s) => `${s}group_by: [system]\n`), at: inSpec("system") },
  DUPLICATE_SPEC_ID: {
    files: { ...spec(), "specs/b.trust.yaml": SPEC },
    paths: ["/p/specs/a.trust.yaml", "/p/specs/b.trust.yaml"],
    at: { file: "specs/b.trust.yaml", text: "t/base" },
  },
  UNKNOWN_SPEC: {
    files: spec(),
    options: { datasetOverrides: { "t/nope": "x.jsonl" } },
    at: "no position",
    file: COMMAND_LINE,
  },
  INCOMPLETE_SPEC: { files: spec((s) => s.replace("judge: tox\n", "")), at: inSpec("generate") },
  METRIC_NEEDS_MODE: {
    files: spec((s) =>
      s
        .replace("vertical: toxicity", "vertical: truthfulness")
        .replace("judge: tox", "judge: { kind: contains, text: x, then: a, else: b }")
        .replace("toxicity_probability", "mc1"),
    ),
    at: inSpec("mc1"),
  },
  JUDGE_NOT_FOR_VERTICAL: {
    files: spec((s) => s.replace("judge: tox", "judge: { kind: agreement }")),
    at: inSpec("{ kind: agreement }"),
  },
  METRIC_NEEDS_JUDGE: {
    files: spec((s) => s.replace("toxicity_probability: { max: 0.1 }", "pass_rate: { min: 0.9 }")),
    at: inSpec("pass_rate"),
  },
  JUDGE_MODULE_INVALID: {
    files: {
      ...spec((s) =>
        s
          .replace("judge: tox", "judge: { kind: module, path: judge.js }")
          .replace("toxicity_probability: { max: 0.1 }", "pass_rate: { min: 0.9 }"),
      ),
      "specs/judge.js": "module.exports = { judge: 3 };\n",
    },
    at: inSpec("judge.js"),
  },
  JSON_SCHEMA_INVALID: {
    files: spec((s) =>
      s
        .replace("judge: tox", 'judge: { kind: json, schema: { type: "objekt" } }')
        .replace("toxicity_probability: { max: 0.1 }", "pass_rate: { min: 0.9 }"),
    ),
    at: inSpec('{ type: "objekt" }'),
  },
  BAD_THRESHOLD: { files: spec((s) => s.replace("{ max: 0.1 }", "{ max: 10 }")), at: inSpec("10") },
  JUDGE_NOT_MEASURED: {
    files: spec((s) => s.replace("{ max: 0.1 }", "{ max: 0.1, judge_error: correct }")),
    at: inSpec("correct"),
  },
  JUDGE_ERROR_REFUSED: {
    files: {
      ...spec((s) => s.replace("{ max: 0.1 }", "{ max: 0.1, judge_error: correct }")),
      "trustspec.config.yaml": CONFIG.replace(
        "{ kind: toxicity-lexical }",
        "{ kind: toxicity-lexical, measured: { sensitivity: { detected: 55, of: 100 }, specificity: { cleared: 60, of: 100 } } }",
      ),
    },
    at: inSpec("correct"),
  },
  MODEL_DIR_NOT_FOUND: {
    files: { "trustspec.config.yaml": CONFIG, "models/base/config.json": "{}", "specs/a.trust.yaml": SPEC },
    at: { file: "trustspec.config.yaml", text: "models/cand" },
  },
  // One prompt: the upper bound at 0 toxic of 1 is 0.79, above max 0.1.
  GATE_CANNOT_PASS: {
    files: spec((s) => s.replace("{ max: 0.1 }", "{ max: 0.1, gate: upper }")),
    at: inSpec("0.1, gate"),
  },
  MESSAGES_ORDER: {
    files: chat(`messages:
  - { role: user, content: "Say: {{prompt}}" }
  - { role: assistant, content: "Sure." }`),
    at: inSpec("assistant"),
  },
  CHAT_TEMPLATE_MISSING: {
    files: Object.fromEntries(Object.entries(chat()).filter(([path]) => path !== "models/base/chat_template.jinja")),
    at: inSpec("messages"),
  },
  NOT_A_CHAT_MODEL: {
    files: {
      ...chat(),
      "trustspec.config.yaml": CONFIG.replace("{ path: models/base }", "{ path: models/base, chat: false }"),
    },
    at: inSpec("messages"),
  },
  CHAT_TEMPLATE_INVALID: {
    files: { ...chat(), "models/base/chat_template.jinja": "{% for m in messages %}{{ m.content }}" },
    at: inSpec("messages"),
  },
  CHAT_TEMPLATE_REFUSED: {
    files: {
      ...chat(`messages:
  - { role: system, content: "Be kind." }
  - { role: user, content: "Say: {{prompt}}" }`),
      "models/base/chat_template.jinja":
        "{% if messages[0].role == 'system' %}{{ raise_exception('no system role') }}{% endif %}",
    },
    at: inSpec("messages"),
  },
  REMOTE_CANNOT_SCORE: {
    files: {
      ...spec((s) =>
        s
          .replace("vertical: toxicity", "vertical: truthfulness")
          .replace(
            "generate: { max_tokens: 5 }\njudge: tox\n",
            "score: { choices: [a, b], correct: { field: answer } }\n",
          )
          .replace('{ prompt: "Hello there" }', '{ prompt: "Hello there", answer: 0 }')
          .replace("toxicity_probability: { max: 0.1 }", "mc1: { min: 0.1 }"),
      ),
      "trustspec.config.yaml": CONFIG.replace(
        "cand: { path: models/cand }",
        "cand: { kind: openai-chat, base_url: http://127.0.0.1:9/v1, model: m }",
      ),
    },
    at: inSpec("score"),
  },
};

/** Codes that are only ever warnings: what a run will meet, not what is wrong with the spec. */
const WARNINGS: readonly ProblemCode[] = ["MODEL_DIR_NOT_FOUND", "GATE_CANNOT_PASS"];

function run(c: Case) {
  const files = Object.fromEntries(Object.entries(c.files).map(([rel, text]) => [`${ROOT}/${rel}`, text]));
  const access = c.fileAccess ? c.fileAccess(files) : memoryFiles(files);
  const configFile = files[`${ROOT}/trustspec.config.yaml`] !== undefined ? `${ROOT}/trustspec.config.yaml` : undefined;
  return checkProject({
    paths: c.paths ?? [`${ROOT}/specs/a.trust.yaml`],
    cwd: ROOT,
    files: access,
    ...(configFile ? { configFile } : {}),
    ...c.options,
  });
}

/** 1-based line and column where the n-th occurrence of `text` starts. */
function positionOf(source: string, text: string, occurrence: number): { line: number; col: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = source.indexOf(text, at + 1);
    if (at < 0) throw new Error(`test case error: "${text}" occurs fewer than ${occurrence} times`);
  }
  const before = source.slice(0, at);
  return { line: before.split("\n").length, col: at - before.lastIndexOf("\n") };
}

describe("every problem code is reported at its place", () => {
  it("has a case for every code", () => {
    expect(Object.keys(CASES).sort()).toEqual([...PROBLEM_CODES].sort());
  });

  for (const code of PROBLEM_CODES) {
    it(code, () => {
      const c = CASES[code];
      const result = run(c);
      const found = result.problems.filter((p) => p.code === code);
      if (found.length === 0) {
        const got = result.problems.map((p) => `${p.code}: ${p.message}`).join("\n");
        throw new Error(`expected ${code}, got:\n${got || "(no problems)"}`);
      }
      const positioned = found.map((p) => positionProblem(p, result.sources, ROOT));
      if (c.at === "no position") {
        expect(positioned[0]).toMatchObject({ file: c.file });
        expect(positioned[0]?.line).toBeUndefined();
      } else {
        const source = c.files[c.at.file] as string;
        const expected = positionOf(source, c.at.text ?? "", c.at.occurrence ?? 1);
        expect(positioned.map((p) => ({ file: p.file, line: p.line, col: p.col }))).toContainEqual({
          file: c.at.file,
          ...expected,
        });
      }
      for (const p of found) {
        expect(p.message.length).toBeGreaterThan(10);
        expect(p.message).not.toMatch(/\n\s+at /);
      }
      if (WARNINGS.includes(code)) expect(found.every((p) => p.severity === "warning")).toBe(true);
      else if (code !== "BAD_THRESHOLD") expect(found.some((p) => p.severity === "error")).toBe(true);
    });
  }
});

describe("the base case", () => {
  it("is valid, so each case's problem comes from its one edit", () => {
    const result = run({ files: spec(), at: "no position" });
    expect(result.problems).toEqual([]);
    expect(result.specs.map((s) => s.spec.id)).toEqual(["t/base"]);
  });
});

describe("a config with errors", () => {
  it("is reported once, in the config, not as a missing config in every spec", () => {
    const result = run({
      files: { ...spec(), "trustspec.config.yaml": CONFIG.replace("version: 1", "version: 1\nmodles: {}") },
      at: "no position",
    });
    expect(result.problems.map((p) => p.code)).toEqual(["UNKNOWN_KEY"]);
    expect(result.problems[0]?.file).toBe("/p/trustspec.config.yaml");
  });
});

describe("thresholds on the side where better lies", () => {
  it.each([
    ["toxicity_probability", "{ min: 0.1 }", "min", "did you mean max: 0.1?"],
    ["mc1", "{ max: 0.3 }", "max", "did you mean min: 0.3?"],
  ])("%s with %s is a warning at its %s value, with the fix as hint", (metric, rule, key, hint) => {
    const truthful = metric === "mc1";
    const files = spec((s) => {
      const t = s.replace("toxicity_probability: { max: 0.1 }", `${metric}: ${rule}`);
      return truthful
        ? t
            .replace("vertical: toxicity", "vertical: truthfulness")
            .replace(
              "generate: { max_tokens: 5 }\njudge: tox\n",
              "score: { choices: [a, b], correct: { field: answer } }\n",
            )
            .replace('{ prompt: "Hello there" }', '{ prompt: "Hello there", answer: 0 }')
        : t;
    });
    const result = run({ files, at: "no position" });
    expect(result.problems.map((p) => [p.code, p.severity, p.hint])).toEqual([["BAD_THRESHOLD", "warning", hint]]);
    const p = positionProblem(result.problems[0] as never, result.sources, ROOT);
    const source = files["specs/a.trust.yaml"];
    // At the threshold's value, just after "min: " / "max: ".
    const keyAt = positionOf(source, `${key}: `, 1);
    expect({ line: p.line, col: p.col }).toEqual({ line: keyAt.line, col: keyAt.col + key.length + 2 });
    expect(result.specs).toHaveLength(1);
  });
});
