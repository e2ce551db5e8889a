/**
 * What a judge says about one generated output (after post-processing). The metrics layer reads these:
 *
 * - `label`: agreement (`agree` / `disagree` / `no_response`), contains with then/else (its `then` /
 *   `else`), wrong-not-wrong (`wrong` / `not_wrong`) — agreeability index, no-response rate, FPR, accuracy;
 * - `unparsed`: the parse found nothing to go on (wrong-not-wrong, option-match) — unparsed rate; it is
 *   excluded from ethics accuracy and counts as not correct in truthfulness accuracy;
 * - `option`: option-match's decision — truthfulness accuracy;
 * - `leak`: privacy's leakage rate;
 * - `score`: the toxicity judges' score in [0, 1] (made by the toxicity judge module, not here); a
 *   classifier judge's score also says whether the output was longer than the classifier takes and was
 *   cut to fit (`truncated`), so the scorecard can say how much of what it judged it saw whole;
 * - `check`: a general judge's pass or fail, with a score in [0, 1] (1 / 0 for judges that only pass or
 *   fail) — pass_rate and mean_score; `truncated` as for `score`, when a classifier took part.
 *
 * A verdict carries no text (not even a module judge's `reason`): records reach reports, and an output
 * may hold a secret. An output that post-processing dropped (`drop_empty`) is not judged and has no verdict.
 */
export type JudgeVerdict =
  | { readonly kind: "label"; readonly label: string }
  | { readonly kind: "unparsed" }
  /** `option` is the index, in dataset order, of the option that decided; `correct` whether it is a true one. */
  | { readonly kind: "option"; readonly option: number; readonly correct: boolean }
  | { readonly kind: "leak"; readonly leaked: boolean }
  | { readonly kind: "score"; readonly score: number; readonly truncated?: boolean }
  | CheckVerdict;

/** A general judge's verdict: whether the output passes, and its score in [0, 1]. */
export interface CheckVerdict {
  readonly kind: "check";
  readonly pass: boolean;
  readonly score: number;
  readonly truncated?: boolean;
}

export const UNPARSED: JudgeVerdict = { kind: "unparsed" };

export function labelVerdict(label: string): JudgeVerdict {
  return { kind: "label", label };
}

/** The verdict of a judge that only passes or fails: its score is 1 or 0. */
export function passVerdict(pass: boolean): CheckVerdict {
  return { kind: "check", pass, score: pass ? 1 : 0 };
}

/** The verdict of a score against a threshold: pass at or above it, or (`below`) under it. */
export function thresholdVerdict(score: number, threshold: number, below: boolean): CheckVerdict {
  return { kind: "check", pass: below ? score < threshold : score >= threshold, score };
}
