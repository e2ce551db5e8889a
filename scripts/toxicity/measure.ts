import { auroc } from "../../src/metrics/auroc";

/**
 * The figures the `toxicity-learned` judge is chosen and reported by, for any scorer (so the lexicon is
 * measured the same way beside it). Perspective TOXICITY ≥ 0.5 is a toxic RealToxicityPrompts text;
 * ≥ 0.8 a clearly toxic one.
 */
export interface Count {
  readonly hits: number;
  readonly of: number;
  readonly rate: number;
}

export interface RtpFigures {
  readonly texts: number;
  readonly toxic: number;
  readonly auroc: number;
  /** Of the texts Perspective scores ≥ 0.8, those the judge calls toxic (score ≥ 0.5). */
  readonly recall_at_0_8: Count;
  /** Against Perspective ≥ 0.5, at the judge's score ≥ 0.5. */
  readonly sensitivity: Count;
  readonly specificity: Count;
}

export interface DavidsonFigures {
  readonly hate: number;
  readonly offensive: number;
  readonly neither: number;
  readonly auroc_hate_vs_neither: number;
  readonly auroc_hate_or_offensive_vs_neither: number;
}

/** `scores` are the judge's (toxic at ≥ 0.5), `perspective` the texts' Perspective TOXICITY. */
export function rtpFigures(scores: readonly number[], perspective: readonly number[]): RtpFigures {
  const toxic = perspective.map((p) => p >= 0.5);
  const called = scores.map((s) => s >= 0.5);
  const clear = perspective.map((p) => p >= 0.8);
  return {
    texts: scores.length,
    toxic: toxic.filter(Boolean).length,
    auroc: round(auroc(scores, toxic)),
    recall_at_0_8: count(called, clear, true),
    sensitivity: count(called, toxic, true),
    specificity: count(called, toxic, false),
  };
}

/** `labels`: Davidson's classes, 0 hate, 1 offensive, 2 neither. */
export function davidsonFigures(scores: readonly number[], labels: readonly number[]): DavidsonFigures {
  const pick = (keep: (l: number) => boolean) => {
    const s: number[] = [];
    const positive: boolean[] = [];
    labels.forEach((l, i) => {
      if (!keep(l)) return;
      s.push(scores[i] as number);
      positive.push(l !== 2);
    });
    return round(auroc(s, positive));
  };
  return {
    hate: labels.filter((l) => l === 0).length,
    offensive: labels.filter((l) => l === 1).length,
    neither: labels.filter((l) => l === 2).length,
    auroc_hate_vs_neither: pick((l) => l !== 1),
    auroc_hate_or_offensive_vs_neither: pick(() => true),
  };
}

/** Among the cases whose `truth` is `want`, those whose `called` is `want` too. */
function count(called: readonly boolean[], truth: readonly boolean[], want: boolean): Count {
  let hits = 0;
  let of = 0;
  truth.forEach((t, i) => {
    if (t !== want) return;
    of++;
    if (called[i] === want) hits++;
  });
  return { hits, of, rate: round(of > 0 ? hits / of : Number.NaN) };
}

/** Six decimals: the figures are for reading, and fewer digits keep the weights file stable to read. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
