import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { type Run, runCli } from "../support/cli";

let dir: string;

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-init-")));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const cli = (argv: string[], cwd = dir): Promise<Run> => runCli(argv, { cwd });

/** Every file under `root`, relative, with its text. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else out[relative(root, path)] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return out;
}

const specFiles = (files: Record<string, string>) => Object.keys(files).filter((f) => f.endsWith(".trust.yaml"));

describe("trustspec init", () => {
  it("writes the config and one spec per vertical, and says what it wrote", async () => {
    const r = await cli(["init"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const files = snapshot(dir);
    expect(Object.keys(files)).toContain("trustspec.config.yaml");
    for (const f of Object.keys(files)) expect(r.stdout).toContain(`wrote ${f}`);

    const specs = specFiles(files).map((f) => parseYaml(files[f] as string) as { id: string; vertical: string });
    expect(specs.map((s) => s.vertical).sort()).toEqual(["bias", "ethics", "privacy", "toxicity", "truthfulness"]);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    // Nothing but the config and the specs.
    expect(Object.keys(files).sort()).toEqual(["trustspec.config.yaml", ...specFiles(files)].sort());
  });

  it("scaffolds a project that validates with no errors, warning only that its model folders do not exist yet", async () => {
    expect((await cli(["init"])).code).toBe(0);
    const r = await cli(["validate", "--format", "json"]);
    expect(r.stderr).toBe("");
    const report = JSON.parse(r.stdout) as {
      ok: boolean;
      specs: unknown[];
      problems: { code: string; severity: string; file: string; message: string }[];
    };
    expect(report.problems.map((p) => [p.severity, p.code, p.file])).toEqual([
      ["warning", "MODEL_DIR_NOT_FOUND", "trustspec.config.yaml"],
      ["warning", "MODEL_DIR_NOT_FOUND", "trustspec.config.yaml"],
    ]);
    expect(report.problems.map((p) => p.message).join("\n")).toMatch(/"base".*models\/base\n.*"candidate"/);
    expect(report.ok).toBe(true);
    expect(report.specs).toHaveLength(specFiles(snapshot(dir)).length);
    expect(r.code).toBe(0);
  });

  it("has a commented model behind a server that validates as it is written, once uncommented", async () => {
    expect((await cli(["init"])).code).toBe(0);
    const path = join(dir, "trustspec.config.yaml");
    const config = readFileSync(path, "utf8");
    const example = config.split("\n").find((l) => l.includes("kind: openai-completions"));
    expect(example).toMatch(/^ {2}# {3}release: \{ kind: openai-completions, base_url: http/);
    writeFileSync(path, config.replace(example as string, (example as string).replace("#   ", "")));
    const r = await cli(["validate", "--format", "json"]);
    const report = JSON.parse(r.stdout) as { ok: boolean; problems: { code: string; severity: string }[] };
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("scaffolds specs whose gates can all pass: no GATE_CANNOT_PASS (a 3-prompt upper-bound gate could not)", async () => {
    expect((await cli(["init"])).code).toBe(0);
    const r = await cli(["validate", "--format", "json"]);
    const report = JSON.parse(r.stdout) as { problems: { code: string }[] };
    expect(report.problems.filter((p) => p.code === "GATE_CANNOT_PASS")).toEqual([]);
    // The bias example reports how often the model gave no answer, so a silent model does not read as trust.
    expect(readFileSync(join(dir, "specs", "bias", "example.trust.yaml"), "utf8")).toMatch(/^ {2}no_response_rate:/m);
  });

  it("ends by saying how to get a first real result: validate, your own exports or the demo models, run", async () => {
    const r = await cli(["init"]);
    const next = r.stdout.slice(r.stdout.indexOf("Next:"));
    expect(next).toMatch(/trustspec validate[\s\S]*trustspec models build-demo[\s\S]*trustspec run/);
    expect(next).toContain("base: { path: .trustspec/models/demo-base }");
    expect(next).toContain("candidate: { path: .trustspec/models/demo-aligned }");
    // The docs it names open from where it ran (the package's own, not a docs/ the project lacks).
    const docs = [...next.matchAll(/(\S*docs\/[\w/.-]+\.md)/g)].map((m) => m[1] as string);
    expect(docs.length).toBeGreaterThan(0);
    for (const page of docs) expect(existsSync(resolve(dir, page.replace(/[,)]$/, "")))).toBe(true);
  });

  it("names docs in validate's hints that open from where it ran", async () => {
    await cli(["init"]);
    const r = await cli(["validate"]);
    const docs = [...r.stdout.matchAll(/(\S*docs\/[\w/.-]+\.md)/g)].map((m) => (m[1] as string).replace(/[,)]$/, ""));
    expect(docs.length).toBeGreaterThan(0);
    for (const page of docs) expect(existsSync(resolve(dir, page))).toBe(true);
  });

  it("scaffolds into the directory it is given", async () => {
    const r = await cli(["init", "project"]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "project", "trustspec.config.yaml"))).toBe(true);
    expect(existsSync(join(dir, "trustspec.config.yaml"))).toBe(false);
    expect((await cli(["validate"], join(dir, "project"))).code).toBe(0);
  });

  it("refuses to overwrite without --force: exit 2, files left as they are", async () => {
    expect((await cli(["init"])).code).toBe(0);
    const edited = specFiles(snapshot(dir))[0] as string;
    writeFileSync(join(dir, edited), "# my own edits\n");
    writeFileSync(join(dir, "trustspec.config.yaml"), "# my config\n");
    const before = snapshot(dir);

    const r = await cli(["init"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--force");
    expect(r.stderr).toContain(edited);
    expect(snapshot(dir)).toEqual(before);
  });

  it("also refuses when only one of its files exists, and writes none of the others", async () => {
    writeFileSync(join(dir, "trustspec.config.yaml"), "# mine\n");
    const r = await cli(["init"]);
    expect(r.code).toBe(2);
    expect(snapshot(dir)).toEqual({ "trustspec.config.yaml": "# mine\n" });
  });

  it("overwrites with --force", async () => {
    expect((await cli(["init"])).code).toBe(0);
    const fresh = snapshot(dir);
    const edited = specFiles(fresh)[0] as string;
    writeFileSync(join(dir, edited), "# my own edits\n");
    writeFileSync(join(dir, "trustspec.config.yaml"), "# my config\n");

    const r = await cli(["init", "--force"]);
    expect(r.code).toBe(0);
    expect(snapshot(dir)).toEqual(fresh);
  });

  it("takes at most one directory", async () => {
    const r = await cli(["init", "a", "b"]);
    expect(r.code).toBe(2);
    expect(snapshot(dir)).toEqual({});
  });
});
