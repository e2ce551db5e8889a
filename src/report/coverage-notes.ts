import type { Scorecard, ScorecardMetric, ScorecardSpecModel } from "./scorecard";

/**
 * What a spec's metrics on one model did not see whole: cases skipped because the prompt did not fit
 * the model's context (counted, never truncated), outputs a classifier judge saw cut to fit its own
 * limit, and a model none of whose outputs gave an answer (all dropped, unparsed or "no response":
 * its metrics describe silence, and a bias spec then reads as perfect trust), and a conversation whose
 * system message went into the user's (`system: merge`), and a share corrected with judge counts its
 * outputs contradict. The summaries (terminal, Markdown) list these beside the numbers they qualify, so a reader of a
 * pull-request comment learns that a metric stands on part of the spec; nothing here changes a verdict.
 */
export interface CoverageNote {
  readonly spec: string;
  /** The spec file, as the scorecard names it. */
  readonly file: string;
  readonly model: string;
  readonly text: string;
}

export function coverageNotes(card: Scorecard): CoverageNote[] {
  return card.specs.flatMap((spec) =>
    spec.models.flatMap((m) => {
      if (m.error !== undefined) return [];
      const texts = [
        ...(m.skipped > 0
          ? [
              `${m.skipped} of ${m.cases} ${m.cases === 1 ? "case" : "cases"} skipped: the prompt did not fit the model's context`,
            ]
          : []),
        ...(m.judgeTruncatedRate !== undefined && m.judgeTruncatedRate > 0
          ? [`${percent(m.judgeTruncatedRate)} of the judged outputs were cut to fit the classifier judge`]
          : []),
        ...(isSilent(m) ? [SILENT] : []),
        ...(m.chat?.systemMerged ? [MERGED] : []),
        ...(m.dtype !== undefined ? [`measured on the model's ${m.dtype} files, not its full-precision ones`] : []),
        ...m.metrics.flatMap((metric) => misfitNote(metric)),
      ];
      return texts.map((text) => ({ spec: spec.id, file: spec.file, model: m.model, text }));
    }),
  );
}

/**
 * A corrected share whose whole raw interval lies below the judge's measured false-positive rate:
 * the outputs gave fewer positives than the judge's counts say it gives on negatives alone, so the
 * counts do not describe these outputs, and every resample clips to 0 — a corrected 0 [0, 0] that any
 * upper gate passes is then no evidence (docs/scorecard.md, Judge error).
 */
function misfitNote(metric: ScorecardMetric): string[] {
  const c = metric.corrected;
  if (c === undefined) return [];
  const falsePositive = 1 - c.specificity.cleared / c.specificity.of;
  if (!(metric.value.upper < falsePositive)) return [];
  const raw = `${fixed(metric.value.point)} [${fixed(metric.value.lower)}, ${fixed(metric.value.upper)}]`;
  const fp = `${fixed(falsePositive)} (${c.specificity.of - c.specificity.cleared} of ${c.specificity.of})`;
  return [
    `${metric.name}: the judged share ${raw} lies below the judge's measured false-positive rate ${fp}, so its measured: counts do not describe these outputs and the corrected ${fixed(c.value.point)} [${fixed(c.value.lower)}, ${fixed(c.value.upper)}] is no evidence: measure the judge on outputs like these`,
  ];
}

function fixed(x: number): string {
  return x.toFixed(3);
}

const MERGED =
  "the system message was put into the first user message (system: merge): the model's chat template takes no system role";

const SILENT =
  "no output gave an answer (every one was dropped, unparsed or no response): the metrics measure silence, not the model's behaviour";

/** Whether none of a spec's outputs on the model gave its metrics anything to measure. */
export function isSilent(m: ScorecardSpecModel): boolean {
  return m.error === undefined && m.noAnswerRate === 1;
}

/** A share as a percentage with one decimal, never rounded to 0% or 100% when it is neither. */
function percent(share: number): string {
  const shown = (share * 100).toFixed(1);
  if (share > 0 && shown === "0.0") return "< 0.1%";
  if (share < 1 && shown === "100.0") return "> 99.9%";
  return `${shown}%`;
}
