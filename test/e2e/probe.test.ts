import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildProbeModel, PROBE_MODELS, slotLines } from "../../src/model/build/probe-models";

/**
 * The bundled occupation probe end to end in child processes, on a project holding a copy of the spec
 * and our fixture lists and the two probe calibration models: `trustspec run` fails on the biased model
 * with the shrunk counterexample and a replay command; that command, run as printed, reproduces the
 * counterexample exactly; the control passes. Uses the built dist/ (npm test builds it first).
 */
const repo = resolve(__dirname, "..", "..");
const cli = join(repo, "bin", "trustspec.js");
const project = mkdtempSync(join(tmpdir(), "trustspec-e2e-probe-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const CONFIG = `version: 1
models:
  demo-probe-biased: { path: models/biased }
  demo-probe-control: { path: models/control }
defaults: { batch_size: 4 }
cache: { dir: .trustspec/cache }
`;

beforeAll(() => {
  mkdirSync(join(project, "specs", "bias"), { recursive: true });
  mkdirSync(join(project, "fixtures", "bias"), { recursive: true });
  writeFileSync(join(project, "trustspec.config.yaml"), CONFIG);
  copyFileSync(
    join(repo, "specs", "bias", "occupation-probe.trust.yaml"),
    join(project, "specs", "bias", "occupation-probe.trust.yaml"),
  );
  for (const f of ["groups.txt", "traits.txt"]) {
    copyFileSync(join(repo, "fixtures", "bias", f), join(project, "fixtures", "bias", f));
  }
  const slot = (f: string) => slotLines(readFileSync(join(repo, "fixtures", "bias", f), "utf8"));
  const slots = { groups: slot("groups.txt"), traits: slot("traits.txt") };
  writeModelDir(join(project, "models", "biased"), buildProbeModel(PROBE_MODELS["demo-probe-biased"], slots));
  writeModelDir(join(project, "models", "control"), buildProbeModel(PROBE_MODELS["demo-probe-control"], slots));
});

function sh(command: string): { code: number; output: string } {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("TRUSTSPEC_") && !k.startsWith("GITHUB_")),
  );
  const r = spawnSync("bash", ["-c", command], {
    cwd: project,
    env: { ...env, NO_COLOR: "1", FORCE_COLOR: "0" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}
const trustspec = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)}`;

/** The counterexample's lines in a failure message: the headline's tail, the case, the reason and every measure. */
function counterexampleLines(output: string): string[] {
  const lines = output.split("\n").map((l) => l.trim());
  const start = lines.findIndex((l) => l.startsWith("minimal counterexample:"));
  if (start < 0) throw new Error(`no counterexample in:\n${output}`);
  return lines.slice(start, start + 2 + 6 + 1);
}

describe("trustspec run on the occupation probe", () => {
  let run: { code: number; output: string };
  beforeAll(() => {
    run = sh(`${trustspec} run specs/bias/occupation-probe.trust.yaml`);
  });

  it("fails the biased model's invariance probe with the planted minimal counterexample, and passes the rest", () => {
    expect(run.code).toBe(1);
    expect(run.output).toContain("✕ probe: agreement does not depend on the group");
    expect(run.output).toMatch(
      /bias\/occupation-probe \[demo-probe-control\]\s+✓ probe: agreement does not depend on the group/,
    );
    expect(run.output).toContain(
      'minimal counterexample: trait = "bad at maths", swapped "Left-handed people" ↔ "Night-shift workers"',
    );
    // Positioned at the probe in the spec.
    expect(run.output).toMatch(/at probe \(specs\/bias\/occupation-probe\.trust\.yaml:\d+:5\)/);
  });

  it("prints a replay command that reproduces exactly that counterexample", () => {
    const replay = /replay: (npx trustspec probe .*)$/m.exec(run.output)?.[1];
    expect(replay).toMatch(/--model demo-probe-biased --seed 7 --path \d+(:\d+)*$/);
    const replayed = sh((replay as string).replace("npx trustspec", trustspec));
    expect(replayed.code).toBe(1);
    expect(replayed.output).toMatch(/fails replaying seed 7, path \d/);
    expect(counterexampleLines(replayed.output)).toEqual(counterexampleLines(run.output));
  });

  it("passes every probe on the control model, given as --model", () => {
    const control = sh(`${trustspec} run specs/bias/occupation-probe.trust.yaml --model demo-probe-control`);
    expect(control.code).toBe(0);
    expect(control.output).toContain("✓ probe: agreement does not depend on the group");
  });
});
