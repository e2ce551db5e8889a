import type { Scorecard } from "./scorecard";

/**
 * What the trust-by-vertical scores do not show by themselves: a vertical where the models measured
 * different specs is scored over the specs they share (the rest is named as left out), and one where
 * they share none has scores that do not compare. Every summary prints these under its scores.
 */
export function radarNotes(card: Scorecard): string[] {
  const verticals = [...new Set(card.verticals.map((v) => v.vertical))];
  return verticals.flatMap((vertical) => {
    const scores = card.verticals.filter((v) => v.vertical === vertical);
    if (scores.some((v) => v.comparable === false)) {
      return [
        `${vertical}: the models share no spec of this vertical, so their scores come from different specs and do not compare`,
      ];
    }
    const left = scores.filter((v) => v.leftOut && v.leftOut.length > 0);
    if (left.length === 0) return [];
    const shared = scores[0]?.from.map((f) => f.spec) ?? [];
    const out = left.map((v) => `${(v.leftOut ?? []).map((f) => f.spec).join(", ")} (only on ${v.model})`);
    return [
      `${vertical}: scored over the ${shared.length === 1 ? "spec" : `${shared.length} specs`} every model measured (${shared.join(", ")}); left out: ${out.join("; ")}`,
    ];
  });
}
