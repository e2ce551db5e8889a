import fc from "fast-check";
import type { PlanProbe, PlanProbeProperty } from "../../src/compile/plan";
import { caseRenderer, probeArbitrary } from "../../src/probe/probe-case";
import { checkCase } from "../../src/probe/probe-property";
import { runProbe } from "../../src/probe/run-probe";

const groups = ["Group A", "Group B", "Group C", "Group D", "Group E"];
const traits = ["t0", "t1", "t2", "t3", "t4", "t5", "t6", "t7"];

function probe(property: PlanProbeProperty, over: Partial<PlanProbe> = {}): PlanProbe {
  return {
    name: "p",
    template: "{{group}} are {{trait}} ({{n}}).",
    partials: {},
    slots: {
      group: { kind: "values", values: groups },
      trait: { kind: "values", values: traits },
      n: { kind: "generator", generator: "numbers", min: 0, max: 50 },
    },
    swap: "group",
    measure: { kind: "logprob_diff", a: " Yes", b: " No" },
    property,
    runs: 100,
    seed: 11,
    at: { line: 1, col: 1 },
    ...over,
  };
}

/** A model as a pure function of the prompt: a per-trait value, plus +2 for Group D with t5 when n ≥ 7. */
function oracle(prompt: string): number {
  const m = /^(.*) are (t\d) \((\d+)\)\.$/.exec(prompt);
  if (!m) throw new Error(`unexpected prompt ${prompt}`);
  const trait = Number((m[2] as string).slice(1));
  const bias = m[1] === "Group D" && trait === 5 && Number(m[3]) >= 7 ? 2 : 0;
  return Math.sin(trait * 1.7) + bias;
}

/** The same probe run the plain way: fast-check with the oracle called synchronously. */
function direct(p: PlanProbe) {
  const render = caseRenderer(p);
  return fc.check(
    fc.property(probeArbitrary(p), (c) => {
      const measured = render(c).map((r) => ({ value: r.value, measure: oracle(r.prompt) }));
      return checkCase(p.property as Exclude<PlanProbeProperty, { kind: "max_gap" }>, measured).holds;
    }),
    { seed: p.seed, numRuns: p.runs },
  );
}

const batched = (calls: number[]) => async (prompts: readonly string[]) => {
  calls.push(prompts.length);
  return prompts.map(oracle);
};

describe("runProbe", () => {
  it.each([1, 3, 64, 100000])(
    "gives exactly fast-check's own run, shrinking and counterexample at prefetch %i",
    async (prefetch) => {
      const p = probe({ kind: "invariant", tolerance: 0.5 });
      const expected = direct(p);
      expect(expected.failed).toBe(true);
      const calls: number[] = [];
      const outcome = await runProbe(p, batched(calls), { prefetch });
      if (outcome.kind !== "case") throw new Error("expected a per-case outcome");
      expect(outcome.holds).toBe(false);
      expect(outcome.runs).toBe(expected.numRuns);
      expect(outcome.shrinks).toBe(expected.numShrinks);
      expect(outcome.counterexample?.path).toBe(expected.counterexamplePath);
      const shown = expected.counterexample?.[0];
      expect(outcome.counterexample?.fillers).toEqual(shown?.fillers);
      // Shrinking reached the simplest failing filler: the planted trait, and n at the threshold 7.
      expect(outcome.counterexample?.fillers).toEqual({ trait: "t5", n: "7" });
      // The earliest pair in list order that differs: Group A against the planted Group D.
      expect(outcome.counterexample?.pair).toEqual(["Group A", "Group D"]);
      expect(outcome.counterexample?.renderings.map((r) => r.measure)).toEqual(
        groups.map((g) => oracle(`${g} are t5 (7).`)),
      );
      // Measuring went in rounds; the pre-sampled cases in the first.
      expect(calls.length).toBe(outcome.rounds);
      expect(calls.reduce((a, b) => a + b, 0)).toBe(outcome.measured);
      if (prefetch >= 64) expect(outcome.rounds).toBeLessThan(10);
    },
  );

  it("passes its full run count when the property holds, and reports the largest difference seen", async () => {
    const p = probe({ kind: "invariant", tolerance: 2.5 });
    const outcome = await runProbe(p, batched([]));
    expect(outcome).toMatchObject({ kind: "case", holds: true, runs: 100, shrinks: 0 });
    if (outcome.kind === "case") {
      expect(outcome.counterexample).toBeUndefined();
      expect(outcome.worst).toBeCloseTo(2, 10);
    }
  });

  it("replays exactly the reported case from its seed and path", async () => {
    const p = probe({ kind: "invariant", tolerance: 0.5 });
    const found = await runProbe(p, batched([]));
    if (found.kind !== "case" || !found.counterexample) throw new Error("expected a counterexample");
    const calls: number[] = [];
    const replay = await runProbe(p, batched(calls), { path: found.counterexample.path });
    if (replay.kind !== "case") throw new Error("expected a per-case outcome");
    expect(replay.replayed).toBe(found.counterexample.path);
    expect(replay.counterexample).toEqual(found.counterexample);
    // Only that case's renderings are measured.
    expect(replay.measured).toBe(groups.length);
  });

  it("checks a directional property on the declared pair only", async () => {
    const p = probe({ kind: "directional", higher: "Group D", lower: "Group A", margin: 0 });
    const calls: number[] = [];
    const outcome = await runProbe(p, batched(calls));
    expect(outcome.holds).toBe(false);
    if (outcome.kind !== "case") throw new Error("expected a per-case outcome");
    expect(outcome.counterexample?.pair).toEqual(["Group D", "Group A"]);
    expect(outcome.counterexample?.renderings.map((r) => r.value)).toEqual(["Group D", "Group A"]);
    // The first trait already fails (no bias there): shrinking ends at the simplest fillers.
    expect(outcome.counterexample?.fillers).toEqual({ trait: "t0", n: "0" });
  });

  it("computes max_gap from each value's mean over the run", async () => {
    const p = probe({ kind: "max_gap", gap: 0.01 });
    const outcome = await runProbe(p, batched([]));
    if (outcome.kind !== "gap") throw new Error("expected a gap outcome");
    const cases = fc.sample(probeArbitrary(p), { seed: p.seed, numRuns: p.runs });
    const mean = (g: string) =>
      cases.reduce((s, c) => s + oracle(`${g} are ${c.fillers.trait} (${c.fillers.n}).`), 0) / cases.length;
    for (const g of groups) expect(outcome.means[g]).toBeCloseTo(mean(g), 12);
    expect(outcome.pair[0]).toBe("Group D");
    expect(outcome.gap).toBeCloseTo(mean("Group D") - Math.min(...groups.map(mean)), 12);
    expect(outcome.gap).toBeGreaterThan(0.01);
    expect(outcome.holds).toBe(false);
  });

  it("draws two distinct values from a generated swap slot", async () => {
    const p = probe(
      { kind: "invariant", tolerance: 0.5 },
      {
        template: "{{who}} said {{n}}.",
        slots: { who: { kind: "generator", generator: "names" }, n: { kind: "values", values: ["1", "2"] } },
        swap: "who",
      },
    );
    const seen: string[] = [];
    const outcome = await runProbe(p, async (prompts) => {
      seen.push(...prompts);
      return prompts.map(() => 0);
    });
    expect(outcome.holds).toBe(true);
    const cases = fc.sample(probeArbitrary(p), { seed: p.seed, numRuns: p.runs });
    for (const c of cases) {
      expect(c.swapped).toHaveLength(2);
      expect(c.swapped[0]).not.toBe(c.swapped[1]);
      for (const name of c.swapped) expect(name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    }
  });
});
