import type { CaseRecord } from "../metrics/case-records";

/**
 * The share of a generate spec's outputs that gave its metrics nothing to measure: dropped by
 * post-processing, unparsed by the judge, or parsed as no response. At 1 the spec measured silence —
 * a model that never answers the bias prompt "agrees" with no stereotype and scores a perfect trust —
 * so the reports say so beside its numbers. Undefined for score specs (no outputs).
 */
export function noAnswerRate(records: readonly CaseRecord[]): { noAnswerRate?: number } {
  const outputs = records.flatMap((r) => r.samples ?? []);
  if (outputs.length === 0) return {};
  const silent = outputs.filter(
    (v) => v === undefined || v.kind === "unparsed" || (v.kind === "label" && v.label === "no_response"),
  );
  return { noAnswerRate: silent.length / outputs.length };
}
