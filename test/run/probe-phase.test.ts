/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { compileSpecFile } from "../../src/compile/compile-spec-file";
import type { Plan } from "../../src/compile/plan";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildProbeModel, PROBE_MODELS, plantedProbeDiff, slotLines } from "../../src/model/build/probe-models";
import type { ProbeOutcome } from "../../src/probe/probe-outcome";
import { openCache } from "../../src/run/cache";
import type { ModelTarget } from "../../src/run/infer";
import { probeModel, runProbes } from "../../src/run/probe-phase";
import type { Progress } from "../../src/run/progress";
import { diskFiles } from "../../src/spec/file-access";

/**
 * The bundled occupation probe on the probe calibration models, through the run's probe phase (real
 * ONNX sessions, batching and cache): on the biased model it finds the planted bias and shrinks to the
 * planted minimal case; on the control it passes its full run count; the outcome does not depend on
 * the batch size; a warm run measures nothing; the replay path gives back exactly the counterexample.
 */
const repo = resolve(__dirname, "..", "..");
const root = mkdtempSync(join(tmpdir(), "trustspec-probe-phase-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fixture = (name: string) => slotLines(readFileSync(join(repo, "fixtures", "bias", name), "utf8"));
const SLOTS = { groups: fixture("groups.txt"), traits: fixture("traits.txt") };
const quiet: Progress = { start: () => {}, advance: () => {}, finish: () => {} };

const compiled = compileSpecFile(join(repo, "specs", "bias", "occupation-probe.trust.yaml"), {
  files: diskFiles,
  cwd: repo,
});
if (!compiled.ok) throw new Error(compiled.message);
const plan: Plan = compiled.plan;
const [invariant, gap] = plan.probes;

const targets = Object.fromEntries(
  (Object.keys(PROBE_MODELS) as (keyof typeof PROBE_MODELS)[]).map((name): [string, ModelTarget] => [
    name,
    { name, dir: join(root, name), threads: 1 },
  ]),
);
beforeAll(() => {
  for (const [name, t] of Object.entries(targets)) {
    writeModelDir(t.dir, buildProbeModel(PROBE_MODELS[name as keyof typeof PROBE_MODELS], SLOTS));
  }
});

async function run(batchSize: number, cacheDir: string) {
  return runProbes(
    Object.values(targets).map((target) => ({ plan, target, probes: plan.probes })),
    { cache: openCache(cacheDir), batchSize, progress: quiet },
  );
}

const outcomeOf = (runs: Awaited<ReturnType<typeof run>>["runs"], model: string, probe: string): ProbeOutcome => {
  const r = runs.find((x) => x.model === model && x.probe === probe);
  if (!r?.ok) throw new Error(`no outcome for ${model} / ${probe}`);
  return r.outcome;
};
/** An outcome without how it was measured (rounds depend on the batch size; nothing else may). */
const finding = ({ rounds: _r, measured: _m, ...rest }: ProbeOutcome) => rest;

describe("the probe phase on the probe calibration models", () => {
  let eight: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    eight = await run(8, join(root, "cache-8"));
  });

  it("finds the planted bias on the biased model and shrinks to the planted minimal case", () => {
    const o = outcomeOf(eight.runs, "demo-probe-biased", invariant?.name as string);
    if (o.kind !== "case" || !o.counterexample) throw new Error("expected a counterexample");
    expect(o.holds).toBe(false);
    // The planted trait, against the earliest group in the list (the planted group is third).
    expect(o.counterexample.fillers).toEqual({ trait: "bad at maths" });
    expect(o.counterexample.pair).toEqual(["Left-handed people", "Night-shift workers"]);
    expect(o.counterexample.renderings.map((r) => r.value)).toEqual(SLOTS.groups);
    for (const r of o.counterexample.renderings) {
      expect(r.measure).toBeCloseTo(
        plantedProbeDiff(PROBE_MODELS["demo-probe-biased"], SLOTS, r.value, "bad at maths"),
        4,
      );
    }
  });

  it("passes its full run count on the control", () => {
    const o = outcomeOf(eight.runs, "demo-probe-control", invariant?.name as string);
    expect(o).toMatchObject({ kind: "case", holds: true, runs: 100, plannedRuns: 100 });
    if (o.kind === "case") expect(o.worst).toBeLessThan(1e-4);
    // The gap probe holds on both: True/False is the same for every group in both models.
    for (const model of Object.keys(targets)) {
      expect(outcomeOf(eight.runs, model, gap?.name as string)).toMatchObject({ kind: "gap", holds: true, runs: 100 });
    }
  });

  it("gives the same outcomes at batch size 1, and measures nothing on a warm cache", async () => {
    const one = await run(1, join(root, "cache-1"));
    for (const r of eight.runs) {
      expect(finding(outcomeOf(one.runs, r.model, r.probe))).toEqual(finding(outcomeOf(eight.runs, r.model, r.probe)));
    }
    const warm = await run(8, join(root, "cache-8"));
    expect(warm.summaries.map((s) => s.misses)).toEqual(warm.summaries.map(() => 0));
    expect(warm.runs).toEqual(eight.runs);
  });

  it("replays exactly the counterexample from its seed and path", async () => {
    const found = outcomeOf(eight.runs, "demo-probe-biased", invariant?.name as string);
    if (found.kind !== "case" || !found.counterexample) throw new Error("expected a counterexample");
    const replay = await probeModel(
      targets["demo-probe-biased"] as ModelTarget,
      [{ probe: invariant as NonNullable<typeof invariant> }],
      { cache: openCache(join(root, "cache-replay")), batchSize: 4, progress: quiet },
      found.counterexample.path,
    );
    const [r] = replay.results;
    if (!r || "error" in r || r.outcome.kind !== "case") throw new Error("expected a case outcome");
    expect(r.outcome.replayed).toBe(found.counterexample.path);
    expect(r.outcome.counterexample).toEqual(found.counterexample);
    expect(r.outcome.measured).toBe(SLOTS.groups.length);
  });
});
