import type { Estimate } from "../metrics/estimate";
import { type Paint, PLAIN } from "../spec/format-problems";
import type { Scorecard, ScorecardMetricDefinition, ScorecardSpecModel } from "./scorecard";

/**
 * Every metric of the scorecard in one table for the terminal: a row per spec and metric (the spec
 * named on its first row), its threshold beside its name, and per model its value with the interval —
 * `0.463 [0.387, 0.540]` — marked ✗ when it misses the threshold (in parentheses on a spec's
 * baseline, whose misses are not gated). Shown also when every gate passes: the numbers are the result.
 */
export function metricTable(card: Scorecard, paint: Paint = PLAIN): string[] {
  const specs = card.specs.filter((s) => s.metrics.length > 0);
  // A model of probe-only specs (a probe's calibration model) has no column of dashes.
  const models = card.models.filter((model) => specs.some((s) => s.models.some((m) => m.model === model)));
  const rows = specs.flatMap((spec) =>
    spec.metrics.map((definition, i) => ({
      spec: i === 0 ? spec.id : "",
      metric: `${definition.name}${threshold(definition)}`,
      values: models.map((model) =>
        valueCell(
          spec.models.find((m) => m.model === model),
          definition.name,
        ),
      ),
    })),
  );
  if (rows.length === 0) return [];
  const specWidth = Math.max(4, ...rows.map((r) => r.spec.length));
  const metricWidth = Math.max(6, ...rows.map((r) => r.metric.length));
  const widths = models.map((m, i) => Math.max(m.length, ...rows.map((r) => r.values[i]?.text.length ?? 0)));
  const line = (spec: string, metric: string, cells: readonly string[]) =>
    `  ${spec}  ${metric}  ${cells.join("  ")}`.trimEnd();
  return [
    line(
      paint.dim("spec".padEnd(specWidth)),
      paint.dim("metric".padEnd(metricWidth)),
      models.map((m, i) => paint.dim(m.padEnd(widths[i] as number))),
    ),
    ...rows.map((r) =>
      line(
        r.spec.padEnd(specWidth),
        r.metric.padEnd(metricWidth),
        r.values.map((v, i) => {
          const padded = v.text.padEnd(widths[i] as number);
          return v.failed ? padded.replace(v.mark, paint.error(v.mark)) : padded;
        }),
      ),
    ),
  ];
}

/** A model's value of a metric, "–" when it did not measure it, "error" when its suite could not evaluate. */
function valueCell(run: ScorecardSpecModel | undefined, name: string): { text: string; failed: boolean; mark: string } {
  if (!run) return { text: "–", failed: false, mark: "" };
  if (run.error !== undefined) return { text: "error", failed: false, mark: "" };
  const metric = run.metrics.find((m) => m.name === name);
  if (!metric) return { text: "–", failed: false, mark: "" };
  const shown = (e: Estimate) =>
    Number.isFinite(e.lower) && Number.isFinite(e.upper)
      ? `${fixed(e.point)} [${fixed(e.lower)}, ${fixed(e.upper)}]`
      : fixed(e.point);
  // Corrected for the judge's error: the raw value, then the corrected one the gate compares.
  const value = metric.corrected
    ? `${shown(metric.value)} raw, ${shown(metric.corrected.value)} corrected`
    : shown(metric.value);
  const failed = metric.verdict === "fail" || metric.cells.some((c) => c.verdict === "fail");
  if (!failed) return { text: value, failed, mark: "" };
  const mark = run.role === "baseline" ? "(✗)" : "✗";
  return { text: `${value} ${mark}`, failed, mark };
}

/** The threshold as the test name gives it: "≤ 0.2", "≥ 0.25 (lower bound)". */
function threshold(d: ScorecardMetricDefinition): string {
  const t = d.threshold;
  if (!t) return "";
  const limits = [t.min !== undefined ? `≥ ${t.min}` : "", t.max !== undefined ? `≤ ${t.max}` : ""].filter(Boolean);
  const qualifiers = [...(t.gate === "point" ? [] : [t.gate]), ...(t.on === "corrected" ? ["corrected"] : [])];
  return ` ${limits.join(" and ")}${qualifiers.length > 0 ? ` (${qualifiers.join(", ")})` : ""}`;
}

const fixed = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
