import type { Plan } from "../compile/plan";
import { type PreparedJudge, prepareJudge } from "../judges/judge-text";
import { applyPostprocess } from "../judges/postprocess";
import type { ClassifierAnswers } from "../judges/toxicity-classifier";
import type { JudgeVerdict } from "../judges/verdict";
import type { CallResult } from "../run/calls";
import { getPath } from "../spec/dataset/field-path";

/**
 * What one case (an item under one combination of condition labels) came to: its generated
 * outputs judged, or its choices scored. No raw model text is kept: records feed metrics and
 * reports, and outputs may hold secrets (privacy) — the raw text stays in the cache only.
 */
export interface CaseRecord {
  readonly caseId: string;
  readonly itemId: string;
  /** The value of every group_by dimension for this case (a condition label or a field's text). */
  readonly groups: Readonly<Record<string, string>>;
  /** Set when the prompt did not fit the model: the case is counted but not measured. */
  readonly skipped?: { readonly needed: number; readonly limit: number };
  /** generate: per sample, its verdict, or undefined when post-processing dropped it. */
  readonly samples?: readonly (JudgeVerdict | undefined)[];
  /** score: the summed log-likelihood of each choice. */
  readonly scores?: readonly number[];
  readonly correct?: readonly number[];
  readonly expected?: string;
}

/**
 * Judges every output / reads every score of a plan's cases, in plan order. Outputs of a classifier
 * judge are scored from `classified`, the answers the run's judge phase stored.
 */
export function caseRecords(
  plan: Plan,
  results: readonly (CallResult | undefined)[],
  classified?: ClassifierAnswers,
): CaseRecord[] {
  let judgeOutput: PreparedJudge | undefined;
  return plan.cases.map((c, i) => {
    const result = results[i];
    const base = {
      caseId: c.id,
      itemId: c.itemId,
      groups: caseGroups(plan, c.conditions, c.fields),
      ...(c.correct ? { correct: c.correct } : {}),
      ...(c.expected !== undefined ? { expected: c.expected } : {}),
    };
    if (result === undefined) throw new Error(`internal: no result for case ${c.id}`);
    if (!result.ok) return { ...base, skipped: { needed: result.needed, limit: result.limit } };
    if ("samples" in result) {
      const judge = plan.judge;
      if (!judge) throw new Error(`${plan.specId}: a generate spec needs a judge`);
      // Once per plan: regexes and schemas compiled, judge modules loaded.
      judgeOutput ??= prepareJudge(judge, classified ? { classified } : {});
      const item = { id: c.itemId, fields: c.fields, conditions: c.conditions };
      const prepared = judgeOutput;
      return {
        ...base,
        samples: result.samples.map((s) => {
          const text = applyPostprocess(s.text, plan.postprocess);
          return text === undefined ? undefined : prepared(text, item);
        }),
      };
    }
    if ("scores" in result) return { ...base, scores: result.scores.map((s) => s.sum) };
    throw new Error(`internal: case ${c.id} has a classifier's answer where a model result belongs`);
  });
}

/** A case's cell in every group_by dimension: a pair joins its two values with " × ". */
/** A case's value in every group_by dimension (a condition's label, else the field's value; "(none)" when it has none). */
export function caseGroups(
  plan: Pick<Plan, "groupBy">,
  conditions: Readonly<Record<string, string>>,
  fields: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const value = (name: string): string => {
    const label = conditions[name];
    if (label !== undefined) return label;
    const found = getPath(fields, name);
    if (!found.found || found.value === undefined || found.value === null) return "(none)";
    return typeof found.value === "string" ? found.value : JSON.stringify(found.value);
  };
  const out: Record<string, string> = {};
  for (const g of plan.groupBy) {
    if (typeof g === "string") out[g] = value(g);
    else out[`${g[0]} × ${g[1]}`] = `${value(g[0])} × ${value(g[1])}`;
  }
  return out;
}
