import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkProject } from "../../src/cli/check-project";
import { compileSpecFile } from "../../src/compile/compile-spec-file";
import { compiledSpec, compileForRun, forgetCompiledSpecs, keepCompiledSpecs } from "../../src/jest/compiled-specs";
import transformer from "../../src/jest/transform";
import { diskFiles } from "../../src/spec/file-access";

/**
 * The runner compiles every spec for the inference phase; Jest's transformer, in the same process when
 * Jest runs in band, then hands Jest the module of that compile instead of validating and compiling the
 * spec again. What it reuses is the run's: the spec as the inference saw it, with the same settings.
 */
const dir = mkdtempSync(join(tmpdir(), "trustspec-compiled-specs-"));
const spec = join(dir, "specs", "s.trust.yaml");
const withMin = (min: number) =>
  `version: 1\nid: t/s\nvertical: truthfulness\ndataset: { items: [{ q: "Is ice cold?", c: [yes, no], r: 0 }] }\nprompt: "{{q}}"\nscore: { choices: { field: c }, correct: { field: r } }\nmetrics: { mc1: { min: ${min} } }\n`;
beforeEach(() => {
  mkdirSync(join(dir, "specs"), { recursive: true });
  writeFileSync(join(dir, "trustspec.config.yaml"), "version: 1\nmodels:\n  base: { path: models/base }\n");
  writeFileSync(spec, withMin(0.25));
});
afterEach(() => forgetCompiledSpecs());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = { files: diskFiles, cwd: dir, datasetOverrides: {}, modelOverride: false };

/** The module the transformer gives Jest for the spec, as Jest asks for it (the key first). */
function transformed(): string {
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    transformer.getCacheKey("", spec);
    return transformer.process("", spec).code;
  } finally {
    process.chdir(cwd);
  }
}

it("is the runner's compile while the run lasts, and a fresh one after", () => {
  const ran = compileForRun(spec, options);
  expect(ran.ok).toBe(true);
  expect(compiledSpec(spec, { ...options })).toBe(ran);
  // The spec changes on disk after the inference phase: the run's tests still get what it inferred for.
  writeFileSync(spec, withMin(0.75));
  expect(transformed()).toContain('"min": 0.25');
  forgetCompiledSpecs();
  expect(transformed()).toContain('"min": 0.75');
});

it("is a fresh compile for other settings than the runner's", () => {
  const ran = compileForRun(spec, options);
  for (const other of [
    { ...options, modelOverride: true },
    { ...options, datasetOverrides: { "t/s": join(dir, "other.json") } },
    { ...options, configFile: join(dir, "trustspec.config.yaml") },
  ]) {
    expect(compiledSpec(spec, other)).not.toBe(ran);
  }
  expect(compiledSpec(spec, { ...options, modelOverride: undefined, datasetOverrides: undefined })).toBe(ran);
});

it("keeps the plans `trustspec run` validated, so the runner compiles none of them again", () => {
  const project = checkProject({ paths: [spec], cwd: dir, files: diskFiles });
  const plan = project.plans[0];
  if (plan === undefined) throw new Error("the spec did not compile");
  keepCompiledSpecs([plan], project.config, options);
  // Changed on disk after the CLI's validation: the run infers and tests what it validated.
  writeFileSync(spec, withMin(0.75));
  const kept = compileForRun(spec, options);
  expect(kept).toEqual({ ok: true, plan, config: project.config });
  expect(transformed()).toContain('"min": 0.25');
  // Kept for these settings only.
  expect(compileForRun(spec, options)).toBe(kept);
  expect(compileForRun(spec, { ...options, modelOverride: true })).not.toBe(kept);
});

it("keeps what the runner would have compiled: every spec of this repository's project, plan for plan", () => {
  const root = join(__dirname, "..", "..");
  const project = checkProject({ paths: [], cwd: root, files: diskFiles });
  expect(project.plans.length).toBeGreaterThan(10);
  for (const plan of project.plans) {
    const own = compileSpecFile(plan.file, {
      files: diskFiles,
      cwd: root,
      ...(project.config?.file !== undefined ? { configFile: project.config.file } : {}),
      modelOverride: false,
      datasetOverrides: {},
    });
    expect(own.ok && own.plan).toEqual(plan);
  }
});
