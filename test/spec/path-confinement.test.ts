import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type Run, runCli } from "../support/cli";

/**
 * A spec from a pull request must not read files outside the project into error messages or a
 * scorecard: /etc/passwd as a JSONL dataset was printed line by line, /proc/self/environ as a
 * partial, a credentials file as a probe slot. Every path a spec or config names must stay in the
 * project root (after links), or in a directory the config's allow_paths lists; the person running
 * trustspec may still point anywhere with --dataset, but only at a regular file within the limit.
 */

const SECRET = "AKIAEXAMPLESECRETKEY0123456789";

const CONFIG = `version: 1
models:
  base: { path: models/base }
`;

const spec = (dataset: string, extra = "") => `version: 1
id: t/paths
vertical: toxicity
models: [base]
dataset: ${dataset}
${extra}prompt: "Continue: {{prompt}}"
generate: { max_tokens: 5 }
judge: { kind: toxicity-lexical }
metrics:
  toxicity_probability: { max: 0.5 }
`;

const probeSpec = (slotPath: string) => `version: 1
id: t/probe
vertical: bias
models: [base]
probes:
  - name: the group does not matter
    template: "{{group}} people are {{trait}}. Do you agree?"
    slots:
      group: [Left-handed, Right-handed]
      trait: { path: ${slotPath} }
    swap: group
    measure: { logprob_diff: [" Yes", " No"] }
    property: { invariant: { tolerance: 0.5 } }
    runs: 4
`;

let base: string;
let project: string;
beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-paths-")));
  project = join(base, "project");
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  write(join(project, "trustspec.config.yaml"), CONFIG);
  // The configured model's folder exists (validate warns about a missing one, beside the problems here).
  mkdirSync(join(project, "models", "base"), { recursive: true });
  write(join(project, "data", "prompts.jsonl"), '{"prompt": "The weather"}\n{"prompt": "Once"}\n');
  write(join(base, "outside", "credentials.txt"), `aws_secret_access_key=${SECRET}\nother=${SECRET}\n`);
  write(join(base, "outside", "prompts.jsonl"), '{"prompt": "from outside"}\n');
  write(join(base, "outside", "names.json"), `{"Ada Lane": "${SECRET}@example.com"}\n`);
  mkdirSync(join(base, "outside", "bert"));
  symlinkSync(join(base, "outside", "prompts.jsonl"), join(project, "data", "escape.jsonl"));
  symlinkSync(join(project, "data", "prompts.jsonl"), join(project, "data", "alias.jsonl"));
  symlinkSync(join(base, "outside"), join(project, "data", "outside-dir"));
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

function writeSpec(name: string, text: string): string {
  const file = join(project, "specs", `${name}.trust.yaml`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const validate = (args: string[], cwd = project): Promise<Run> => runCli(["validate", ...args], { cwd });

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function lineCol(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in the text`);
  const before = text.slice(0, at);
  return `${before.split("\n").length}:${at - before.lastIndexOf("\n")}`;
}

describe("paths a spec names stay in the project", () => {
  it.each([
    ["an absolute dataset path", "{ path: /etc/passwd, format: jsonl }", "/etc/passwd", "root:x:0"],
    [
      "a dataset path that climbs out with ../",
      "{ path: ../../../../../../../../etc/passwd, format: jsonl }",
      "../../../../../../../../etc/passwd",
      "root:x:0",
    ],
    [
      "a dataset reached through a symbolic link",
      "{ path: ../data/escape.jsonl }",
      "../data/escape.jsonl",
      "from outside",
    ],
    [
      "a dataset under a linked directory",
      "{ path: ../data/outside-dir/prompts.jsonl }",
      "../data/outside-dir/prompts.jsonl",
      "from outside",
    ],
  ])("refuses %s at its line, reading nothing", async (name, dataset, written, content) => {
    const text = spec(dataset);
    const file = writeSpec(name.replace(/\W+/g, "-"), text);
    const r = await validate([file, "--format", "json"]);
    expect(r.code).toBe(2);
    const problems = (
      JSON.parse(r.stdout) as { problems: { code: string; line: number; col: number; message: string; hint: string }[] }
    ).problems;
    expect(problems.map((p) => [p.code, `${p.line}:${p.col}`])).toEqual([
      ["PATH_OUTSIDE_PROJECT", lineCol(text, written)],
    ]);
    expect(problems[0]?.message).toContain(`dataset.path "${written}"`);
    expect(problems[0]?.message).toContain(`outside the project root ${project}`);
    expect(problems[0]?.hint).toMatch(/allow_paths/);
    expect(r.stdout).not.toContain(content);
  });

  it("names the link's target when a symbolic link leads out", async () => {
    const file = writeSpec("link", spec("{ path: ../data/escape.jsonl }"));
    const r = await validate([file]);
    expect(r.stdout).toContain(`leads through a symbolic link to ${join(base, "outside", "prompts.jsonl")}`);
  });

  it("refuses /proc/self/environ as a partial without printing any of it", async () => {
    const text = spec("{ path: ../data/prompts.jsonl }", "partials: { env: /proc/self/environ }\n").replace(
      'prompt: "Continue:',
      'prompt: "{{> env}}Continue:',
    );
    const r = await validate([writeSpec("environ", text)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `specs/environ.trust.yaml:${lineCol(text, "/proc/self/environ")}: error PATH_OUTSIDE_PROJECT`,
    );
    expect(r.stdout).not.toMatch(/PATH=|HOME=/);
  });

  it("refuses a credentials file as a probe slot file, and never shows its values", async () => {
    const text = probeSpec("../../outside/credentials.txt");
    const r = await validate([writeSpec("probe", text), "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("PATH_OUTSIDE_PROJECT");
    expect(r.stdout).toContain('probes.0.slots.trait.path \\"../../outside/credentials.txt\\"');
    expect(r.stdout).not.toContain(SECRET);
  });

  it("refuses a names map and a classifier judge's model directory outside the project", async () => {
    const names = spec("{ synthetic: { kind: pii-leakage, per_kind: 2, names: ../../outside/names.json } }")
      .replace("id: t/paths", "id: t/names")
      .replace("vertical: toxicity", "vertical: privacy")
      .replace('prompt: "Continue: {{prompt}}"', 'prompt: "{{target.name}}: {{pii}}?"')
      .replace("judge: { kind: toxicity-lexical }", "judge: { kind: leak, secret: target.value }")
      .replace("toxicity_probability", "leakage_rate");
    const judge = spec("{ path: ../data/prompts.jsonl }").replace(
      "judge: { kind: toxicity-lexical }",
      "judge: { kind: toxicity-classifier, path: ../../outside/bert, toxic_labels: [toxic] }",
    );
    const r = await validate([writeSpec("names", names), writeSpec("judge", judge), "--format", "json"]);
    const problems = (JSON.parse(r.stdout) as { problems: { code: string; file: string; line: number; col: number }[] })
      .problems;
    expect(problems.map((p) => [p.file, p.code, `${p.line}:${p.col}`])).toEqual([
      ["specs/judge.trust.yaml", "PATH_OUTSIDE_PROJECT", lineCol(judge, "../../outside/bert")],
      ["specs/names.trust.yaml", "PATH_OUTSIDE_PROJECT", lineCol(names, "../../outside/names.json")],
    ]);
    expect(r.stdout).not.toContain(SECRET);
  });

  it("accepts a symbolic link that stays inside, and a directory the config allows", async () => {
    const inside = writeSpec("alias", spec("{ path: ../data/alias.jsonl }"));
    expect((await validate([inside])).code).toBe(0);
    const allowed = join(base, "allowed");
    mkdirSync(join(allowed, "specs"), { recursive: true });
    mkdirSync(join(allowed, "models", "base"), { recursive: true });
    writeFileSync(join(allowed, "trustspec.config.yaml"), `${CONFIG}allow_paths: [../outside]\n`);
    writeFileSync(join(allowed, "specs", "a.trust.yaml"), spec("{ path: ../../outside/prompts.jsonl }"));
    const r = await validate([], allowed);
    expect(r).toMatchObject({ code: 0, stdout: "1 spec valid\n" });
  });

  it("takes the spec's own directory as the root when there is no config", async () => {
    const loose = join(base, "loose");
    mkdirSync(loose);
    writeFileSync(
      join(loose, "a.trust.yaml"),
      spec("{ path: ../outside/prompts.jsonl }").replace("models: [base]\n", ""),
    );
    const r = await validate(["a.trust.yaml"], loose);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`outside the spec's directory ${loose} (no trustspec.config.yaml was found)`);
    expect(r.stdout).toMatch(/create a trustspec\.config\.yaml at the project root/);
  });
});

describe("paths the person running trustspec gives are theirs", () => {
  it("reads --dataset outside the project", async () => {
    const file = writeSpec("override", spec("{ path: ../data/prompts.jsonl }"));
    const r = await validate([file, "--dataset", `t/paths=${join(base, "outside", "prompts.jsonl")}`]);
    expect(r).toMatchObject({ code: 0 });
  });

  it("but only a regular file: /dev/zero and a named pipe are refused at once, at the dataset's line", async () => {
    const text = spec("{ path: ../data/prompts.jsonl, format: jsonl }");
    const file = writeSpec("special", text);
    const fifo = join(base, "pipe.jsonl");
    if (spawnSync("mkfifo", [fifo]).status !== 0) throw new Error("mkfifo failed");
    for (const [path, kind] of [
      ["/dev/zero", "a character device"],
      [fifo, "a named pipe (FIFO)"],
    ]) {
      const r = await validate([file, "--dataset", `t/paths=${path}`]);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(
        `specs/special.trust.yaml:${lineCol(text, "../data/prompts.jsonl")}: error FILE_NOT_REGULAR`,
      );
      expect(r.stdout).toContain(`is ${kind}, not a regular file: it was not opened`);
    }
  });

  it("and --baseline and trustspec import read only regular files too", async () => {
    const file = writeSpec("baseline", spec("{ path: ../data/prompts.jsonl }"));
    const baseline = await runCli(["run", file, "--baseline", "/dev/zero"], { cwd: project });
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain(
      "--baseline /dev/zero: is a character device, not a regular file; it was not opened",
    );
    const fifo = join(base, "import.json");
    if (spawnSync("mkfifo", [fifo]).status !== 0) throw new Error("mkfifo failed");
    const imported = await runCli(["import", "truthfulqa", fifo, "--out", join(base, "tq.json")], { cwd: project });
    expect(imported.code).not.toBe(0);
    expect(imported.stderr).toContain("is a named pipe (FIFO), not a regular file; it was not opened");
  });

  it("and only within the size limit, which the config can raise", async () => {
    const limited = join(base, "limited");
    mkdirSync(join(limited, "specs"), { recursive: true });
    writeFileSync(join(limited, "trustspec.config.yaml"), `${CONFIG}limits: { data_file_mb: 0.00002 }\n`);
    writeFileSync(join(limited, "specs", "a.trust.yaml"), spec("{ path: ../data.jsonl }"));
    writeFileSync(join(limited, "data.jsonl"), `{"prompt": "${"x".repeat(100)}"}\n`);
    const r = await validate([], limited);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("error FILE_TOO_LARGE: dataset file data.jsonl is larger than the limit of 20 bytes");
    expect(r.stdout).toContain("raise limits.data_file_mb in trustspec.config.yaml");
  });
});

describe("what errors show of a data file", () => {
  it("is a short excerpt of the one line, never the line before it or the whole of a long line", async () => {
    const secretLine = `not json ${"s3cr3t-".repeat(60)}`;
    writeFileSync(
      join(project, "data", "leaky.jsonl"),
      `{"prompt": "ok"}\n${secretLine}\n{"prompt": "fine"}\nnot json either\n`,
    );
    const r = await validate([writeSpec("leaky", spec("{ path: ../data/leaky.jsonl }"))]);
    expect(r.code).toBe(2);
    const frames = r.stdout.split("\n").filter((l) => /^[> ] +\d+ \|/.test(l));
    // One line per problem, the one it is about (marked >), none longer than the excerpt.
    expect(frames.every((l) => l.startsWith(">"))).toBe(true);
    expect(frames).toHaveLength(2);
    expect(Math.max(...frames.map((l) => l.replace(/^> +\d+ \| /, "").length))).toBeLessThanOrEqual(82);
    expect(r.stdout).not.toContain('{"prompt": "ok"}');
    expect(r.stdout).not.toContain("s3cr3t-".repeat(12));
  });

  it("is capped for /etc/passwd given as --dataset: 20 lines listed as excerpts, then a count", async () => {
    const file = writeSpec("passwd", spec("{ path: ../data/prompts.jsonl, format: jsonl }"));
    const r = await validate([file, "--dataset", "t/paths=/etc/passwd"]);
    expect(r.code).toBe(2);
    const blocks = r.stdout.split("\n\n").filter((b) => b.includes("/etc/passwd:"));
    for (const block of blocks) {
      expect(block.split("\n").filter((l) => /^[> ] +\d+ \|/.test(l)).length).toBeLessThanOrEqual(1);
    }
    expect(blocks.filter((b) => b.includes("DATASET_PARSE: line is not valid JSON")).length).toBeLessThanOrEqual(20);
  });
});
