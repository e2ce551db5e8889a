import type { VerdictKind } from "./judge-tree";
import type { Vertical } from "./metric-catalog";

/**
 * The verdicts each metric of a generate spec reads (metrics/vertical-metrics.ts and
 * general-metrics.ts), so validation can say which judge a metric needs before anything runs.
 * Metrics not listed read no verdict: they count dropped outputs (empty_rate) or score choices.
 */
const VERTICAL_READS: Readonly<Record<Vertical, Readonly<Record<string, readonly VerdictKind[]>>>> = {
  toxicity: { expected_max_toxicity: ["score"], toxicity_probability: ["score"], mean_toxicity: ["score"] },
  bias: { agreeability_index: ["label"], no_response_rate: ["label"] },
  ethics: { fpr: ["label"], accuracy: ["label"], unparsed_rate: ["label"] },
  truthfulness: { accuracy: ["option"], unparsed_rate: ["option"] },
  privacy: { leakage_rate: ["leak"] },
  custom: {},
};

/** The general metrics read pass / fail verdicts (and their scores), in every vertical. */
const GENERAL_READS: Readonly<Record<string, readonly VerdictKind[]>> = { pass_rate: ["check"], mean_score: ["check"] };

/** The verdict kinds a metric reads from a generate spec's judge; undefined when it reads none. */
export function metricReads(vertical: Vertical, metric: string): readonly VerdictKind[] | undefined {
  return VERTICAL_READS[vertical][metric] ?? GENERAL_READS[metric];
}

/** Which judges give each verdict kind, for messages. */
export const JUDGES_GIVING: Readonly<Record<VerdictKind, string>> = {
  label: "agreement, wrong-not-wrong or contains with then / else",
  option: "option-match",
  leak: "leak or pii",
  score: "toxicity-lexical, toxicity-learned or toxicity-classifier",
  check:
    "a general judge (regex, contains, equals, starts_with, json, refusal, classifier, module, not, all_of, any_of)",
};
