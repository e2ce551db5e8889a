import type { Plan, PlanCase } from "../compile/plan";
import { caseSecrets, redactText, type Secret } from "../compile/redact";
import { redactOutput } from "../compile/redact-output";
import { applyPostprocess } from "../judges/postprocess";
import type { JudgeVerdict } from "../judges/verdict";
import type { Evaluation } from "../metrics/evaluate";
import { caseFailures } from "../metrics/failing";
import type { CallResult } from "../run/calls";
import { ITEMS_VERSION, type ItemChoice, type ItemOutput, type ItemRecord } from "./item-record";
import { maskCellValue } from "./mask";

/**
 * Every case of a suite as its items file keeps it: the rendered input, each output as generated and
 * as post-processed with its verdict, or each choice with its log-likelihood, and what each counts
 * against — every text masked for the case's secrets, whole and in part, so the file holds no more of
 * a planted value than the reports do. `plan` is the real plan (secrets in it), `results` and
 * `evaluation` what the suite read and computed from it, in case order.
 */
export function buildItems(
  plan: Plan,
  model: string,
  results: readonly (CallResult | undefined)[],
  evaluation: Evaluation,
): ItemRecord[] {
  const failures = caseFailures(plan, evaluation.records);
  const labels = plan.query?.kind === "score" ? plan.query.labels : undefined;
  return plan.cases.map((c, i): ItemRecord => {
    const secrets = caseSecrets(c.fields, plan.redact, plan.redactKind);
    const mask = (text: string) => redactOutput(text, secrets);
    const record = evaluation.records[i];
    const result = results[i];
    const failing = failures[i];
    if (!record || !result || !failing) throw new Error(`internal: case ${c.id} has no result or record`);
    const head = {
      version: ITEMS_VERSION,
      spec: plan.specId,
      model,
      // As redactPlan masks them: a dataset's ids could be secret values.
      case: redactText(c.id, secrets),
      item: redactText(c.itemId, secrets),
      ...(Object.keys(c.conditions).length > 0 ? { conditions: c.conditions } : {}),
      ...groups(record.groups, plan.redact),
      ...input(c, mask),
      ...(c.expected !== undefined ? { expected: mask(c.expected) } : {}),
      failing: failing.metrics,
    };
    if (!result.ok) return { ...head, skipped: { needed: result.needed, limit: result.limit } };
    if ("samples" in result) {
      const outputs = result.samples.map((s, j): ItemOutput => {
        const kept = applyPostprocess(s.text, plan.postprocess);
        const verdict = record.samples?.[j];
        return {
          text: mask(s.text),
          kept: kept === undefined ? null : mask(kept),
          finish: s.finish,
          verdict: verdict === undefined ? null : maskVerdict(verdict, secrets),
          failing: failing.outputs?.[j] ?? [],
        };
      });
      return { ...head, outputs };
    }
    if ("scores" in result) {
      const sums = result.scores.map((s) => s.sum);
      const picked = sums.indexOf(Math.max(...sums));
      const choices = result.scores.map(
        (s, j): ItemChoice => ({
          text: mask(c.choices?.[j] ?? ""),
          ...(labels?.[j] !== undefined ? { label: labels[j] } : {}),
          logprob: s.sum,
          tokens: s.tokens,
          picked: j === picked,
          ...(c.correct ? { correct: c.correct.includes(j) } : {}),
        }),
      );
      return { ...head, choices };
    }
    throw new Error(`internal: case ${c.id} has a classifier's answer where a model result belongs`);
  });
}

function input(c: PlanCase, mask: (text: string) => string): Pick<ItemRecord, "prompt" | "messages"> {
  if (c.messages) return { messages: c.messages.map((m) => ({ role: m.role, content: mask(m.content) })) };
  return { prompt: mask(c.prompt ?? "") };
}

function groups(values: Readonly<Record<string, string>>, redact: readonly string[]): Pick<ItemRecord, "groups"> {
  const entries = Object.entries(values);
  if (entries.length === 0) return {};
  return { groups: Object.fromEntries(entries.map(([d, v]) => [d, maskCellValue(d, v, redact)])) };
}

/**
 * A verdict with every text in it masked: today's verdicts carry labels from the spec, but a judge
 * may put part of the output in its verdict (a match, a reason), and verdicts are shown as they are.
 */
function maskVerdict(verdict: JudgeVerdict, secrets: readonly Secret[]): JudgeVerdict {
  if (secrets.length === 0) return verdict;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return redactOutput(v, secrets);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const { kind, ...rest } = verdict;
  return { kind, ...(walk(rest) as object) } as JudgeVerdict;
}
