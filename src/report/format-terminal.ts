import { type Paint, PLAIN } from "../spec/format-problems";
import { coverageNotes } from "./coverage-notes";
import { probeLines } from "./format-probe";
import { gateCount } from "./gate-count";
import { metricTable } from "./metric-table";
import { radarNotes } from "./radar-notes";
import type { Scorecard } from "./scorecard";

/**
 * The scorecard's summary for the terminal, after Jest's own report: the gate verdict, the trust
 * score per vertical and model, every metric's value and interval per model (also when every gate
 * passes), regressions against the baseline, what the metrics did not see whole
 * (skipped cases, outputs cut to fit a classifier judge), every probe on every model (a failing one with
 * its counterexample, measures and replay command), and one line per gate failure with the spec line it
 * points at. Colour comes from `paint` (plain when NO_COLOR is set or not a TTY).
 */
export function formatTerminal(card: Scorecard, paint: Paint = PLAIN, written: readonly string[] = []): string {
  const out: string[] = [""];
  out.push(
    `${paint.bold("trustspec scorecard")}  ${card.gate.pass ? paint.bold("✓ gate passed") : paint.error(`✗ gate failed: ${gateCount(card.gate.failures)}`)}`,
  );
  const verticals = [...new Set(card.verticals.map((v) => v.vertical))];
  if (verticals.length > 0) {
    const width = Math.max(8, ...verticals.map((v) => v.length));
    const columns = card.models.map((m) => Math.max(m.length, 5));
    out.push("");
    out.push(
      `  ${paint.dim("trust".padEnd(width))}  ${card.models.map((m, i) => paint.dim(m.padStart(columns[i] as number))).join("  ")}`,
    );
    for (const vertical of verticals) {
      const scores = card.models.map((m, i) => {
        const v = card.verticals.find((x) => x.model === m && x.vertical === vertical);
        return (v ? v.score.toFixed(3) : "–").padStart(columns[i] as number);
      });
      out.push(`  ${vertical.padEnd(width)}  ${scores.join("  ")}`);
    }
    for (const note of radarNotes(card)) out.push(`  ${paint.dim(note)}`);
  }
  const metrics = metricTable(card, paint);
  if (metrics.length > 0) out.push("", ...metrics);
  const regressed = card.comparisons.filter((c) => c.regressed);
  if (card.comparisons.length > 0) {
    out.push("");
    // Each regression is one line of the failure list below, with its spec line: counted here only.
    out.push(
      `  ${card.comparisons.length} baseline ${card.comparisons.length === 1 ? "comparison" : "comparisons"}, ${regressed.length === 0 ? "no regression" : paint.error(`${regressed.length} regressed (listed below)`)} (Holm-corrected, α = ${card.alpha})`,
    );
  }
  if (card.comparisons.length === 0 && (card.identical ?? []).length > 0) out.push("");
  for (const same of card.identical ?? []) {
    out.push(`    = ${same.specId} [${same.model}] has the model files of ${same.baseline}: not compared`);
  }
  const notes = coverageNotes(card);
  if (notes.length > 0) {
    out.push("");
    for (const note of notes)
      out.push(`  ${paint.warning("!")} ${paint.dim(note.file)}  ${note.spec} [${note.model}] ${note.text}`);
  }
  const probes = card.specs.flatMap((spec) =>
    spec.models.flatMap((m) => (m.probes ?? []).map((p) => ({ spec, model: m.model, p }))),
  );
  if (probes.length > 0) {
    const failed = probes.filter(({ p }) => p.verdict !== "pass").length;
    out.push("");
    out.push(
      `  ${probes.length} ${probes.length === 1 ? "probe" : "probes"}, ${failed === 0 ? "all hold" : paint.error(`${failed} failed`)}`,
    );
    for (const { spec, model, p } of probes) {
      const [head = "", ...rest] = probeLines(p);
      const mark = p.verdict === "pass" ? "✓" : paint.error("✗");
      out.push(`    ${mark} ${paint.dim(`${spec.file}:${p.line}`)}  ${spec.id} [${model}] ${head}`);
      if (p.verdict !== "pass") for (const line of rest) out.push(`        ${line}`);
    }
  }
  const context = card.gate.context ?? [];
  if (context.length > 0) {
    out.push("", `  ${paint.dim("not gated, the baseline's own misses:")}`);
    for (const f of context) {
      out.push(
        `  ${paint.dim("·")} ${paint.dim(`${f.file}:${f.line}`)}  ${f.spec} [${f.model}] ${firstLine(f.message)}`,
      );
    }
  }
  if (card.gate.failures.length > 0) {
    out.push("");
    for (const f of card.gate.failures) {
      // A probe's description is in the probe list above; here it is named once more, not described.
      const what =
        f.kind === "probe" ? `probe "${f.probe}" failed (its counterexample is above)` : firstLine(f.message);
      out.push(`  ${paint.error("✗")} ${paint.dim(`${f.file}:${f.line}`)}  ${f.spec} [${f.model}] ${what}`);
    }
    if (card.gate.failures.some((f) => f.kind === "threshold")) {
      out.push("", `  ${paint.dim("what the models wrote for the failing cases: trustspec show --failing")}`);
    }
  }
  if (written.length > 0) out.push("", `  ${paint.dim(`reports: ${written.join(", ")}`)}`);
  return `${out.join("\n")}\n`;
}

const firstLine = (text: string) => text.split("\n")[0] ?? "";
