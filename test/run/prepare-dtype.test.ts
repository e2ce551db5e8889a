/** @jest-environment ./test/support/onnx-environment.js */
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { prepareRun } from "../../src/run/prepare";
import { createProgress } from "../../src/run/progress";
import { loadResults } from "../../src/run/results";
import { planTargets } from "../../src/run/targets";

/**
 * One folder, two configured models: its fp32 files and its q4 files (here a copy of the same graph
 * under the q4 name, so both answer alike). A run keeps them apart — two sessions, two fingerprints,
 * each spec × model reading its own results — as it must when a release's fp32 and q4 are compared.
 */
let dir: string;
beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-prepare-dtype-")));
  const m = join(dir, "m");
  writeModelDir(m, buildTestDecoder("llama"));
  mkdirSync(join(m, "onnx"));
  copyFileSync(join(m, "model.onnx"), join(m, "onnx", "model_q4.onnx"));
  writeFileSync(
    join(dir, "trustspec.config.yaml"),
    "version: 1\nmodels:\n  full: { path: m }\n  quick: { path: m, dtype: q4 }\n",
  );
  mkdirSync(join(dir, "specs"));
  writeFileSync(
    join(dir, "specs", "s.trust.yaml"),
    'version: 1\nid: t/s\nvertical: truthfulness\ndataset: { items: [{ q: "Is ice cold?", c: [yes, no], r: 0 }] }\nprompt: "{{q}}"\nscore: { choices: { field: c }, correct: { field: r } }\nmetrics: { mc1: {} }\ncompare: { baseline: full }\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("keeps a folder's fp32 and q4 models apart: sessions, fingerprints and results", async () => {
  const prepared = await prepareRun([join(dir, "specs", "s.trust.yaml")], {
    cwd: dir,
    runDir: join(dir, ".trustspec", "runs", "r1"),
    progress: createProgress({ write: () => {}, isTTY: false }, { quiet: true }),
  });
  const { manifest, plans } = prepared;
  expect(manifest.failedModels).toBeUndefined();
  expect(manifest.inference?.map((m) => [m.name, m.misses])).toEqual([
    ["full", 1],
    ["quick", 1],
  ]);
  const m = join(dir, "m");
  expect(Object.keys(manifest.fingerprints).sort()).toEqual([m, `${m}#q4`]);
  expect(manifest.fingerprints[m]).not.toBe(manifest.fingerprints[`${m}#q4`]);
  const plan = plans[0];
  if (!plan) throw new Error("the spec compiles");
  const [full, quick] = planTargets(plan).map((t) => loadResults(plan, t, manifest)[0]);
  // The same graph under two names: the same scores, read from two entries.
  expect(quick).toEqual(full);
  prepared.release();
});
