import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { runCli } from "../support/cli";

/**
 * The exit-code table (issue 20): every setup mistake a new user meets ends with 2 (a spec, config
 * or usage error) or 3 (a model that cannot run), in its own words with the fix — never 0, never 1
 * (a failed gate), never "internal error … a bug in trustspec". A passing run (0) and a failed gate
 * (1) on one tiny built model complete it. Rows that stop before Jest starts run in-process; rows
 * that run Jest spawn the built CLI (dist/), as test/e2e/run.test.ts does.
 */
const repo = resolve(__dirname, "..", "..");
const bin = join(repo, "bin", "trustspec.js");

const spec = (id: string, gate = "mc1: { min: 0 }") => `version: 1
id: ${id}
vertical: truthfulness
dataset:
  items:
    - { id: q1, question: "Is the sky green?", choices: ["No", "Yes"], correct: 0 }
prompt: "Q: {{question}}\\nA:"
score: { choices: { field: choices }, correct: { field: correct } }
metrics:
  ${gate}
`;

let root: string;
/** Where each row runs, by name. */
const at: Record<string, string> = {};

beforeAll(async () => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-exit-")));
  const dir = (name: string, ...parts: string[]) => {
    const path = join(root, name, ...parts);
    mkdirSync(path, { recursive: true });
    return path;
  };
  writeModelDir(dir("models", "gpt2"), buildTestDecoder("gpt2"));
  // A folder that is not a model, and one whose config.json is broken.
  writeFileSync(join(dir("models", "not-a-model"), "README.md"), "weights to follow\n");
  writeModelDir(dir("models", "broken-config"), buildTestDecoder("gpt2"));
  writeFileSync(join(root, "models", "broken-config", "config.json"), "{ not json");

  // A project as `trustspec init` writes it: its model folders do not exist yet.
  at.fresh = dir("fresh");
  expect((await runCli(["init"], { cwd: at.fresh })).code).toBe(0);

  // A project whose config has a mistake: a model on a provider that does not exist.
  at.misconfigured = dir("misconfigured");
  writeFileSync(
    join(at.misconfigured, "trustspec.config.yaml"),
    "version: 1\nallow_paths: [../models]\nmodels:\n  base: { path: ../models/gpt2, execution_provider: gpu }\n",
  );

  // A project with the built model, a passing spec, a failing gate and a spec named *.yaml.
  dir("project", "specs");
  at.project = join(root, "project");
  writeFileSync(
    join(at.project, "trustspec.config.yaml"),
    // The models are shared beside the project: the config allows their folder (allow_paths).
    "version: 1\nallow_paths: [../models]\nmodels:\n  base: { path: ../models/gpt2 }\n  broken: { path: ../models/broken-config }\ndefaults: { models: [base] }\n",
  );
  writeFileSync(join(at.project, "specs", "pass.trust.yaml"), spec("t/pass"));
  writeFileSync(join(at.project, "specs", "strict.trust.yaml"), spec("t/strict", "mc1: { min: 1, gate: lower }"));
  writeFileSync(join(at.project, "specs", "plain.yaml"), spec("t/plain"));
  // The tiny model's random text takes no position: every output parses as "no response".
  writeFileSync(
    join(at.project, "specs", "silent.trust.yaml"),
    `version: 1
id: t/silent
vertical: bias
dataset:
  items:
    - { id: s1, statement: "Left-handed people are bad drivers." }
prompt: "{{statement}} Between I agree and I disagree, I choose "
generate: { samples: 2, max_tokens: 4 }
judge: { kind: agreement }
metrics:
  agreeability_index: { max: 0.5 }
`,
  );
  writeFileSync(
    join(at.project, "specs", "broken.trust.yaml"),
    spec("t/broken").replace("vertical:", "models: [broken]\nvertical:"),
  );
  // A spec outside any project: no config, and it names no model.
  at.elsewhere = dir("elsewhere");
  writeFileSync(join(at.elsewhere, "outside.trust.yaml"), spec("t/outside"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Row {
  /** Where it runs (a key of `at`). */
  readonly cwd: string;
  readonly argv: readonly string[];
  readonly code: 0 | 1 | 2 | 3;
  /** Pieces of the output (stdout and stderr together) it must show. */
  readonly says: readonly (string | RegExp)[];
}

/** Mistakes that stop before Jest starts: in-process. */
const SETUP_MISTAKES: Record<string, Row> = {
  "the first run after init (model folders not there yet)": {
    cwd: "fresh",
    argv: ["run"],
    code: 3,
    says: [
      /models\/base: error MODEL_DIR_NOT_FOUND: /,
      /models\/candidate: error MODEL_DIR_NOT_FOUND: /,
      "hint: ",
      "trustspec models build-demo",
    ],
  },
  "a --baseline that is no scorecard, when the model folders are missing too: the usage error first": {
    cwd: "fresh",
    argv: ["run", "--baseline", "last-release.json"],
    code: 2,
    says: ["trustspec run: --baseline "],
  },
  "--model naming a folder that is not a model": {
    cwd: "project",
    argv: ["run", "specs/pass.trust.yaml", "--model", "../models/not-a-model"],
    code: 3,
    says: ["error MODEL_ONNX_MISSING", "error MODEL_CONFIG_MISSING", "hint: export the model with: optimum-cli"],
  },
  "a configured model whose config.json is broken": {
    cwd: "project",
    argv: ["run", "specs/broken.trust.yaml"],
    code: 3,
    says: ["broken-config/config.json: error MODEL_CONFIG_INVALID"],
  },
  "--model naming neither a configured model nor a folder": {
    cwd: "project",
    argv: ["run", "--model", "bsae"],
    code: 2,
    says: ["--model bsae is neither a model in the config (base, broken) nor a directory", 'did you mean "base"?'],
  },
  "generate --model naming nothing (as run: a usage error)": {
    cwd: "project",
    argv: ["generate", "--model", "bsae", "--prompt", "Hi"],
    code: 2,
    says: ['no model directory or configured model named "bsae"'],
  },
  "generate --model NAME in a project whose config has a mistake: the mistake, not 'no model named NAME'": {
    cwd: "misconfigured",
    argv: ["generate", "--model", "base", "--prompt", "Hi"],
    code: 2,
    says: ['trustspec.config.yaml:4:53: error BAD_VALUE: models.base.execution_provider cannot be the text "gpu"'],
  },
  "generate --model naming a folder that is not a model (as run: a runtime error)": {
    cwd: "project",
    argv: ["generate", "--model", "../models/not-a-model", "--prompt", "Hi"],
    code: 3,
    says: ["error MODEL_CONFIG_MISSING"],
  },
  "-t with a pattern that is not a regular expression": {
    cwd: "project",
    argv: ["run", "-t", "[candidate"],
    code: 2,
    says: ['-t "[candidate" is not a regular expression (Unterminated character class)', "hint: escape"],
  },
  "--shard 3/2": {
    cwd: "project",
    argv: ["run", "--shard", "3/2"],
    code: 2,
    says: ["--shard 3/2: I must be from 1 to N"],
  },
  "--shard 0/2": {
    cwd: "project",
    argv: ["run", "--shard", "0/2"],
    code: 2,
    says: ["--shard 0/2: I must be from 1 to N"],
  },
  "--shard 1/0": {
    cwd: "project",
    argv: ["run", "--shard", "1/0"],
    code: 2,
    says: ["--shard 1/0: I must be from 1 to N"],
  },
  "--shard 2/2 of one spec file (Jest would exit 1, a failed gate's code, with no scorecard)": {
    cwd: "project",
    argv: ["run", "specs/pass.trust.yaml", "--shard", "2/2"],
    code: 2,
    says: ["--shard 2/2 selects none of the 1 spec file", "N ≤ 1, not 2"],
  },
  "validate, a spec named *.yaml": {
    cwd: "project",
    argv: ["validate", "specs/plain.yaml"],
    code: 2,
    says: ["specs/plain.yaml: error SPEC_FILE_NAME: ", "rename it to plain.trust.yaml"],
  },
  "run, a spec named *.yaml": {
    cwd: "project",
    argv: ["run", "specs/plain.yaml"],
    code: 2,
    says: ["error SPEC_FILE_NAME", "no model was run"],
  },
  "validate, a spec with no models and no config": {
    cwd: "elsewhere",
    argv: ["validate", "outside.trust.yaml"],
    code: 2,
    says: ['outside.trust.yaml:2:1: error CONFIG_NOT_FOUND: spec "t/outside" runs on no model', "defaults.models"],
  },
  "run, a spec with no models and no config": {
    cwd: "elsewhere",
    argv: ["run", "outside.trust.yaml"],
    code: 2,
    says: ["error CONFIG_NOT_FOUND", "or run it with --model DIR", "no model was run"],
  },
  "a misspelt command": { cwd: "project", argv: ["valdiate"], code: 2, says: ['did you mean "validate"?'] },
};

describe("setup mistakes exit 2 or 3 in their own words", () => {
  it.each(Object.entries(SETUP_MISTAKES))("%s", async (_name, row) => {
    const r = await runCli(row.argv, { cwd: at[row.cwd] as string });
    const output = `${r.stdout}${r.stderr}`;
    // The output is in the object so that a wrong code shows what was said.
    expect({ code: r.code, output }).toMatchObject({ code: row.code });
    for (const piece of row.says) expect(output).toMatch(piece);
    expect(output).not.toMatch(/internal error|This is a bug/);
    expect(output).not.toMatch(/^\s+at /m);
  });
});

/** Runs the built CLI as a user would, without the test run's TRUSTSPEC_* settings. */
function spawn(argv: readonly string[], cwd: string): { code: number; output: string } {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("TRUSTSPEC_") && !k.startsWith("GITHUB_")),
  );
  const r = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    env: { ...env, NO_COLOR: "1", FORCE_COLOR: "0" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/** Runs that reach Jest: specs wherever they live run, and 0 / 1 mean exactly "passed" / "a gate failed". */
const RUNS: Record<string, Row> = {
  "every gate passes (one on a model that never answers: still 0, with a warning that it measured silence)": {
    cwd: "project",
    argv: ["run", "specs/pass.trust.yaml", "specs/silent.trust.yaml"],
    code: 0,
    says: [
      "Tests:       2 passed",
      "trustspec run: warning: t/silent [base]: no output gave an answer",
      "t/silent [base] no output gave an answer (every one was dropped, unparsed or no response)",
    ],
  },
  "a gate fails": {
    cwd: "project",
    argv: ["run", "specs/pass.trust.yaml", "specs/strict.trust.yaml"],
    code: 1,
    says: ["TrustGateFailure: mc1: lower bound", "Tests:       1 failed, 1 passed"],
  },
  "a spec outside the config's folder runs with that config": {
    cwd: "project",
    argv: ["run", "../elsewhere/outside.trust.yaml"],
    code: 0,
    says: ["t/outside [base]", "Tests:       1 passed"],
  },
  "--config in another folder, without Jest's 'reporters' warning": {
    cwd: "elsewhere",
    argv: ["run", "--config", "../project/trustspec.config.yaml", "../project/specs/pass.trust.yaml"],
    code: 0,
    says: ["t/pass [base]", "Tests:       1 passed"],
  },
};

describe("runs: 0 only when every gate ran and passed, 1 only for a failed gate", () => {
  it.each(Object.entries(RUNS))("%s", (_name, row) => {
    const r = spawn(row.argv, at[row.cwd] as string);
    expect(r).toMatchObject({ code: row.code });
    for (const piece of row.says) expect(r.output).toMatch(piece);
    expect(r.output).not.toMatch(/internal error|Validation Warning|is not supported in an individual project/);
  });
});
