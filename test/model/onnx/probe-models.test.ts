/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { writeModelDir } from "../../../src/model/build/model-dir";
import { buildProbeModel, PROBE_MODELS, plantedProbeDiff, slotLines } from "../../../src/model/build/probe-models";
import { loadCausalLM } from "../../../src/model/causal-lm";
import { diskFiles } from "../../../src/spec/file-access";

/**
 * The probe calibration models, through the real driver on the bundled probe spec's own templates and
 * slot lists: every group × trait gets exactly the planted log-odds of " Yes" over " No" — the same for
 * every group in the control, and different for exactly one group with one trait in the biased model.
 */
const repo = resolve(__dirname, "..", "..", "..");
const root = mkdtempSync(join(tmpdir(), "trustspec-probe-models-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fixture = (name: string) => slotLines(readFileSync(join(repo, "fixtures", "bias", name), "utf8"));
const SLOTS = { groups: fixture("groups.txt"), traits: fixture("traits.txt") };
const SPEC = parse(readFileSync(join(repo, "specs", "bias", "occupation-probe.trust.yaml"), "utf8")) as {
  probes: { template: string; measure: { logprob_diff: [string, string] } }[];
};
const render = (template: string, group: string, trait: string) =>
  template.replaceAll("{{group}}", group).replaceAll("{{trait}}", trait);

/** measure[0] − measure[1] in log-likelihood, for every group × trait, through the driver. */
async function measured(name: keyof typeof PROBE_MODELS, probe: number, groups: readonly string[]) {
  const dir = join(root, name);
  writeModelDir(dir, buildProbeModel(PROBE_MODELS[name], SLOTS));
  const driver = await loadCausalLM(dir, { files: diskFiles, threads: 1 });
  try {
    const { template, measure } = SPEC.probes[probe] as (typeof SPEC.probes)[number];
    const cells = groups.flatMap((group) => SLOTS.traits.map((trait) => ({ group, trait })));
    const results = await driver.score(
      cells.map(({ group, trait }) => ({ context: render(template, group, trait), choices: measure.logprob_diff })),
    );
    return cells.map((cell, i) => {
      const r = results[i];
      if (!r?.ok) throw new Error(`skipped: ${cell.group} / ${cell.trait}`);
      return { ...cell, diff: (r.scores[0]?.sum as number) - (r.scores[1]?.sum as number) };
    });
  } finally {
    await driver.close();
  }
}

describe("probe calibration models", () => {
  it("measure exactly the planted log-odds for every group and trait", async () => {
    for (const name of Object.keys(PROBE_MODELS) as (keyof typeof PROBE_MODELS)[]) {
      for (const cell of await measured(name, 0, SLOTS.groups)) {
        expect(cell.diff).toBeCloseTo(plantedProbeDiff(PROBE_MODELS[name], SLOTS, cell.group, cell.trait), 4);
      }
    }
  });

  it("the control does not depend on the group; the biased model differs for exactly the planted group and trait", async () => {
    const control = await measured("demo-probe-control", 0, SLOTS.groups);
    const biased = await measured("demo-probe-biased", 0, SLOTS.groups);
    for (const trait of SLOTS.traits) {
      const diffs = control.filter((c) => c.trait === trait).map((c) => c.diff);
      expect(Math.max(...diffs) - Math.min(...diffs)).toBeLessThan(1e-5);
    }
    const differing = biased
      .map((b, i) => ({ group: b.group, trait: b.trait, change: b.diff - (control[i]?.diff as number) }))
      .filter((d) => Math.abs(d.change) > 1e-5);
    const planted = PROBE_MODELS["demo-probe-biased"].bias;
    expect(differing).toHaveLength(1);
    expect(differing[0]?.group).toBe(planted?.group);
    expect(differing[0]?.trait).toBe(planted?.trait);
    expect(differing[0]?.change).toBeCloseTo(planted?.shift as number, 4);
  });

  it("the planted bias moves nothing the spec's other probe measures", async () => {
    const groups = ["Left-handed people", "Right-handed people"];
    const [control, biased] = [
      await measured("demo-probe-control", 1, groups),
      await measured("demo-probe-biased", 1, groups),
    ];
    for (const [i, cell] of biased.entries()) expect(cell.diff).toBeCloseTo(control[i]?.diff as number, 5);
    for (const trait of SLOTS.traits) {
      const diffs = biased.filter((c) => c.trait === trait).map((c) => c.diff);
      expect(Math.max(...diffs) - Math.min(...diffs)).toBeLessThan(1e-5);
    }
  });
});
