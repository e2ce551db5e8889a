import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { COMPILE_CACHE } from "../../src/cli/compile-cache";
import { readDemoFixtures } from "../../src/model/build/demo-fixtures";
import { buildDemoModel } from "../../src/model/build/demo-models";
import { DEMO_MODELS } from "../../src/model/build/demo-parameters";
import { writeModelDir } from "../../src/model/build/model-dir";
import { ITEM_FILTER } from "../../src/report/html/items-section";
import { PII_KINDS, piiLeakageItems } from "../../src/spec/dataset/synthetic-pii";

/**
 * No planted secret is ever shown. The bundled privacy spec runs on the demo models — the aligned
 * one leaks 9 of the 18 kinds, the baseline 5, so reports, gates and comparisons all have leaks to
 * tell about — through every command a user would run on it, under GitHub Actions, with every report
 * format, and once without the cache; beside it a copy cut to 5 new tokens, whose outputs hold parts
 * of values (the demo models copy them a token at a time), and `trustspec show` prints what every
 * model wrote. Then every file the project holds afterwards (except the
 * inference cache, which the docs flag as sensitive, the models, and V8's compiled code of trustspec), Jest's own cache, the temp
 * folder and the captured console output are searched — after stripping markup, unescaping JSON and
 * HTML, removing separators and case — for every 6-character piece of every planted value: there
 * must be none. Uses the built dist/.
 */
const repo = resolve(__dirname, "..", "..");
const cli = join(repo, "bin", "trustspec.js");
const project = mkdtempSync(join(tmpdir(), "trustspec-e2e-redaction-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));

const SPEC = join("specs", "privacy", "pii-leakage-paper.trust.yaml");
/** The same prompts, each output cut after 5 tokens: part of a copied value, never all of it. */
const CUT = join("specs", "privacy", "pii-leakage-cut.trust.yaml");
const JEST_CACHE = join(".trustspec", "jest-cache");
const CONFIG = `version: 1
models:
  demo-base: { path: models/base }
  demo-aligned: { path: models/aligned }
defaults: { models: [demo-base, demo-aligned], seed: 7, batch_size: 8, bootstrap_samples: 200 }
cache: { dir: .trustspec/cache }
reports: { dir: reports, formats: [terminal, json, md, html, junit] }
`;

const console: string[] = [];
function sh(args: readonly string[], env: Record<string, string> = {}): number {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("TRUSTSPEC_") && !k.startsWith("GITHUB_")),
  );
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: project,
    // The temp folder is the project's tmp/, so whatever a run leaves there is searched too.
    env: { ...clean, NO_COLOR: "1", FORCE_COLOR: "0", TMPDIR: join(project, "tmp"), ...env },
    encoding: "utf8",
    timeout: 300_000,
  });
  console.push(r.stdout, r.stderr);
  return r.status ?? -1;
}

/**
 * Every file under dir, but the inference cache and the models, and in Jest's cache only what came
 * from the spec: Jest also caches its copies of trustspec's own code, whose generator lists (street
 * addresses, e-mail domains) planted values are drawn from — code, not output. The compile cache is
 * V8's code of trustspec and its dependencies, and no project file's (asserted below).
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = relative(project, path);
    if (rel === join(".trustspec", "cache") || rel === COMPILE_CACHE || rel === "models") return [];
    if (statSync(path).isDirectory()) return files(path);
    const jestCache = rel.startsWith(JEST_CACHE) || rel.startsWith(join("tmp", "jest_"));
    return !jestCache || /trust(yaml)?_[0-9a-f]+$/.test(name) ? [path] : [];
  });
}

/**
 * The HTML scorecard's one script (its item filter) is trustspec's code, a constant, not output — its
 * "function" holds six letters of a planted "… Junction" — so it is left out, as Jest's cached copies
 * of trustspec's code are; every other script, had a page one, would be searched.
 *
 * What differs from run to run — timestamps (in run folder names, `created`), process ids after them,
 * and durations — is blanked before searching: once separators are removed, their digits run together
 * and, about once in ten runs, held six digits of some planted number by chance. So is the project's
 * folder, whose random name follows "…redaction" in the paths the files hold: "redactionVemjWM" held
 * the "ctionv" of a planted "… Junction V…". Everything left is the same on every run (the items and
 * decoding are seeded), so the search is deterministic.
 */
const VOLATILE = [
  /\d{4}-\d{2}-\d{2}T\d{2}[:-]\d{2}[:-]\d{2}(?:[.-]\d+)?Z(?:-\d+)?/g,
  /\b\d+(?:\.\d+)?\s?(?:ms|s|tok\/s)\b/g,
];
function stable(text: string): string {
  return VOLATILE.reduce((t, pattern) => t.replace(pattern, " "), text)
    .replaceAll(ITEM_FILTER.text, " ")
    .replaceAll(project, " ");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
/** Text as a reader would see it: no markup, JSON and HTML escapes decoded, no separators, lower case. */
function normalise(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ")
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\\(["\\/bfnrt])/g, "$1")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Every 6-character piece of a planted value, separators removed (a longer piece contains one of these). */
function pieces(value: string): string[] {
  const v = normalise(value);
  return Array.from({ length: Math.max(0, v.length - 5) }, (_, i) => v.slice(i, i + 6));
}

describe("redaction everywhere", () => {
  const found: string[] = [];
  let planted: string[] = [];

  beforeAll(() => {
    mkdirSync(join(project, "specs", "privacy"), { recursive: true });
    mkdirSync(join(project, "tmp"));
    writeFileSync(join(project, "trustspec.config.yaml"), CONFIG);
    // The bundled spec, also grouped by the asked value with every cell gated: then the cells of a
    // secret field reach reports and failure messages, where only their masks may appear.
    const spec = readFileSync(join(repo, SPEC), "utf8")
      .replace("group_by: [pii]", "group_by: [pii, target.value, [pii, target.name]]")
      .replace("    gate: upper\n", "    gate: upper\n    each: true\n");
    expect(spec).toContain("each: true");
    writeFileSync(join(project, SPEC), spec);
    const cut = spec
      .replace("id: privacy/pii-leakage-paper", "id: privacy/pii-leakage-cut")
      .replace("max_tokens: 50", "max_tokens: 5");
    expect(cut).toContain("max_tokens: 5\n");
    writeFileSync(join(project, CUT), cut);
    const fixtures = readDemoFixtures(join(repo, "fixtures"));
    writeModelDir(join(project, "models", "base"), buildDemoModel(DEMO_MODELS["demo-base"], fixtures));
    writeModelDir(join(project, "models", "aligned"), buildDemoModel(DEMO_MODELS["demo-aligned"], fixtures));
    // The bundled spec's items: all 18 kinds, 5 prompts each, 4 people, seed 7.
    const items = piiLeakageItems({ kinds: PII_KINDS, perKind: 5, people: 4, seed: 7 });
    planted = items.flatMap((item) => (item.fields.people as { value: string }[]).map((p) => p.value));

    const summary = join(project, "step-summary.md");
    const github = { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary };
    expect(sh(["validate"])).toBe(0);
    expect(sh(["compile", SPEC])).toBe(0);
    expect(sh(["compile", SPEC, "--out", "gen"])).toBe(0);
    // The aligned model leaks more than the baseline: the gate and the baseline comparison fail.
    expect(sh(["run", SPEC, CUT], github)).toBe(1);
    expect(sh(["run", SPEC, "--model", "demo-aligned", "--baseline", "reports/scorecard.json"], github)).toBe(1);
    expect(sh(["report", "reports/scorecard.json", "--out", "rerendered"])).toBe(1);
    // Without the cache, every raw result (a secret in each prompt) is a scratch file for the run only.
    expect(sh(["run", SPEC, "--no-cache"])).toBe(1);
    expect(sh(["cache", "info"])).toBe(0);
    // What the models wrote, as a user reads it: every case of the run, failing ones, and as JSON.
    expect(sh(["show", "--limit", "0"])).toBe(0);
    expect(sh(["show", "--failing", "--json", "--limit", "0"])).toBe(0);
    expect(sh(["show", "reports/scorecard.json", "--spec", "privacy/pii-leakage-paper"])).toBe(0);
    const first = readdirSync(join(project, ".trustspec", "runs")).sort()[0] as string;
    expect(sh(["show", join(".trustspec", "runs", first), "--spec", "privacy/pii-leakage-cut", "--limit", "0"])).toBe(
      0,
    );

    const names = [...files(project).map((f) => relative(project, f)), ...console.map((_, i) => `console #${i}`)];
    const texts = [...files(project).map((f) => readFileSync(f, "utf8")), ...console].map((t) => normalise(stable(t)));
    for (const value of planted) {
      for (const piece of pieces(value)) {
        const where = texts.findIndex((t) => t.includes(piece));
        if (where >= 0) found.push(`${piece} (from a planted value of ${value.length} chars) in ${names[where]}`);
      }
    }
  });

  it("ran on every planted value and wrote every report format", () => {
    expect(planted).toHaveLength(18 * 5 * 4);
    const written = files(project).map((f) => relative(project, f));
    for (const f of ["scorecard.json", "scorecard.md", "scorecard.html", "junit.xml"]) {
      expect(written).toContain(join("reports", f));
    }
    expect(written.some((f) => f.startsWith(JEST_CACHE))).toBe(true);
  });

  it("kept the items of every run, masking whole values and parts of values, and showed them", () => {
    const runs = join(project, ".trustspec", "runs");
    const items = readdirSync(runs).flatMap((run) =>
      readdirSync(join(runs, run, "items")).map((f) => readFileSync(join(runs, run, "items", f), "utf8")),
    );
    // Runs: the paper spec and the cut one on both models, the paper spec on the candidate, and again on both.
    expect(items).toHaveLength(4 + 1 + 2);
    for (const text of items) expect(text.trimEnd().split("\n")).toHaveLength(18 * 5);
    expect(items.join("")).toMatch(/‹secret [^›]+, \d+ chars #[0-9a-f]{8}›/);
    expect(items.join("")).toContain("‹part of a secret ");
    expect(readFileSync(join(project, "reports", "scorecard.html"), "utf8")).toContain('<table class="items"');
    const shown = console.join("");
    expect(shown).toContain("privacy/pii-leakage-paper [demo-aligned]  90 cases, 45 count against leakage_rate");
    expect(shown).toContain("‹part of a secret ");
  });

  it("keeps Jest's cache owner-only in the project, and no raw result in the run directory or the temp folder", () => {
    expect(statSync(join(project, JEST_CACHE)).mode & 0o777).toBe(0o700);
    // What the models wrote is kept, masked, and owner-only.
    const run = join(
      project,
      ".trustspec",
      "runs",
      readdirSync(join(project, ".trustspec", "runs")).sort()[0] as string,
    );
    expect(statSync(join(run, "items")).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(join(run, "items"))) expect(statSync(join(run, "items", f)).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(project, "tmp")).filter((f) => /^(jest_|trustspec-results-)/.test(f))).toEqual([]);
    const runs = join(project, ".trustspec", "runs");
    const kept = readdirSync(runs).flatMap((run) => readdirSync(join(runs, run)));
    expect([...new Set(kept)].sort()).toEqual([
      "comparisons.json",
      "items",
      "manifest.json",
      "probes.json",
      "scorecard.json",
      "suites",
    ]);
  });

  it("keeps in the compile cache no code of the project's own", () => {
    // trustspec's cache (Node 20, 21) indexes each module by its path, so any file of the project
    // compiled into it (a spec's emitted module holds its prompts) would name the project's folder;
    // so might Node's own (22.1+). test/cli/compile-cache.test.ts checks that a user's module is left out.
    const dir = join(project, COMPILE_CACHE);
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(join(dir, f)).includes(project)).toBe(false);
  });

  it("shows no 6-character piece of any planted value in any file or console output", () => {
    expect(found).toEqual([]);
  });
});
