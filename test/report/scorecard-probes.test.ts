import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildScorecard } from "../../src/report/build-scorecard";
import { mergeScorecards } from "../../src/report/merge-scorecards";
import { readScorecard } from "../../src/report/read-scorecard";
import type { Scorecard } from "../../src/report/scorecard";
import { card, GAP_AT, INVARIANT, INVARIANT_AT, PROBE_SPEC, ROOT } from "../support/scorecard-fixture";

/** Probes in the scorecard: their verdicts gate the run, and they survive JSON, reading and merging. */
const probesOf = (c: Scorecard, model: string) =>
  c.specs.find((s) => s.id === PROBE_SPEC)?.models.find((m) => m.model === model)?.probes ?? [];

describe("probes in the scorecard", () => {
  it("fail the gate with a probe failure at the probe's spec line and column, its message the counterexample", () => {
    expect(card.gate.pass).toBe(false);
    const failures = card.gate.failures.filter((f) => f.kind === "probe");
    expect(failures).toHaveLength(1);
    const f = failures[0];
    expect(f).toMatchObject({
      spec: PROBE_SPEC,
      model: "base",
      probe: INVARIANT,
      file: `specs/${PROBE_SPEC}.trust.yaml`,
      line: INVARIANT_AT.line,
      column: INVARIANT_AT.col,
    });
    const lines = f?.message.split("\n") ?? [];
    expect(lines[0]).toBe(
      `probe "${INVARIANT}" (invariant within 0.5) fails after 9 of 50 runs and 3 shrinks (seed 11, path 8:1:0)`,
    );
    expect(lines).toContain('minimal counterexample: role = "engineers", swapped "women" ↔ "men"');
    expect(lines[lines.length - 1]).toBe(
      `replay: npx trustspec probe specs/${PROBE_SPEC}.trust.yaml --probe '${INVARIANT}' --model base --seed 11 --path 8:1:0`,
    );
  });

  it("hold each probe's verdict, figures, counterexample and full replay command per model", () => {
    const [invariant, gap] = probesOf(card, "base");
    expect(invariant).toMatchObject({ kind: "case", verdict: "fail", line: 11, column: 5, runs: 9, shrinks: 3 });
    if (invariant?.kind !== "case") throw new Error("not a case probe");
    expect(invariant.counterexample?.pair).toEqual(["women", "men"]);
    expect(invariant.counterexample?.renderings.map((r) => r.measure)).toEqual([-1.25, 0.75, Number.NaN]);
    expect(invariant.counterexample?.replay).toBe(`${invariant.replay} --path 8:1:0`);
    expect(gap).toMatchObject({ kind: "gap", verdict: "pass", line: GAP_AT.line, gap: 0.2 });
    expect(probesOf(card, "tuned").map((p) => p.verdict)).toEqual(["pass", "pass"]);
  });

  it("pass the gate when every probe holds", () => {
    const holding = card.results.map((r) =>
      r.probes ? { ...r, probes: r.probes.filter((p) => p.name !== INVARIANT || r.model !== "base") } : r,
    );
    const rebuilt = buildScorecard(holding, { root: ROOT, created: card.created, version: "0.1.0" });
    expect(rebuilt.gate.failures.map((f) => f.kind)).toEqual(["threshold"]);
  });

  describe("read back from scorecard.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "trustspec-probes-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("are rebuilt the same, NaN measures restored from null", () => {
      const file = join(dir, "scorecard.json");
      writeFileSync(file, JSON.stringify(card));
      const read = readScorecard(file);
      if (!read.ok) throw new Error(read.message);
      expect(read.card).toEqual(card);
      expect(probesOf(read.card, "base")).toEqual(probesOf(card, "base"));
    });

    it("merge from shards (one model each) into the same probes and gate", () => {
      const shard = (model: string): Scorecard =>
        JSON.parse(
          JSON.stringify(
            buildScorecard(
              card.results.filter((r) => r.model === model),
              { root: ROOT, created: card.created, version: "0.1.0" },
            ),
          ),
        );
      const merged = mergeScorecards([shard("base"), shard("tuned")], { created: card.created, version: "0.1.0" });
      expect(merged.specs).toEqual(card.specs);
      expect(merged.gate).toEqual(card.gate);
    });
  });
});
