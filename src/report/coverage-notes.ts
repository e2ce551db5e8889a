import type { Scorecard } from "./scorecard";

/**
 * What a spec's metrics on one model did not see whole: cases skipped because the prompt did not fit
 * the model's context (counted, never truncated), and outputs a classifier judge saw cut to fit its own
 * limit. The summaries (terminal, Markdown) list these beside the numbers they qualify, so a reader of a
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
      ];
      return texts.map((text) => ({ spec: spec.id, file: spec.file, model: m.model, text }));
    }),
  );
}

/** A share as a percentage with one decimal, never rounded to 0% or 100% when it is neither. */
function percent(share: number): string {
  const shown = (share * 100).toFixed(1);
  if (share > 0 && shown === "0.0") return "< 0.1%";
  if (share < 1 && shown === "100.0") return "> 99.9%";
  return `${shown}%`;
}
