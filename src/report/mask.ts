import { maskSecret } from "../compile/redact";
import type { CaseRecord } from "../metrics/case-records";
import type { SuiteResult } from "./suite-result";

/** Whether a group_by dimension ("pii", "target.value", "a × b") reads a redacted field or a part of one. */
export function dimensionIsSecret(dimension: string, redact: readonly string[]): boolean {
  return dimension
    .split(" × ")
    .some((field) => redact.some((r) => field === r || field.startsWith(`${r}.`) || r.startsWith(`${field}.`)));
}

/** A group_by cell's value as reports may show it: each part that reads a redacted field masked. */
export function maskCellValue(dimension: string, value: string, redact: readonly string[]): string {
  if (!dimensionIsSecret(dimension, redact)) return value;
  const fields = dimension.split(" × ");
  if (fields.length === 1) return maskSecret(value);
  const parts = value.split(" × ");
  return parts.map((p, i) => (dimensionIsSecret(fields[i] ?? "", redact) ? maskSecret(p) : p)).join(" × ");
}

/**
 * A suite result with every group_by value of a redacted field masked, in the metric cells and the
 * records (each part of a cross-table cell on its own). Verdicts and scores carry no text.
 */
export function maskSuiteResult(result: SuiteResult): SuiteResult {
  if (result.redact.length === 0 || !result.outcome.ok) return result;
  const maskCell = (dimension: string, value: string) => maskCellValue(dimension, value, result.redact);
  const { evaluation } = result.outcome;
  return {
    ...result,
    outcome: {
      ok: true,
      evaluation: {
        ...evaluation,
        metrics: evaluation.metrics.map((m) => ({
          ...m,
          cells: m.cells.map((c) => ({ ...c, value: maskCell(c.dimension, c.value) })),
        })),
        records: evaluation.records.map(
          (r): CaseRecord => ({
            ...r,
            groups: Object.fromEntries(Object.entries(r.groups).map(([d, v]) => [d, maskCell(d, v)])),
          }),
        ),
      },
    },
  };
}
