import type { CheckVerdict } from "./verdict";

/**
 * How general judges compose. `not` passes when its judge fails, with score 1 − score; `all_of` passes
 * when every part passes, with the lowest score; `any_of` when one does, with the highest. So
 * `all_of` is never above any part and `any_of` never below (scores and passes alike), `all_of([j])`
 * is `j`, and `not` turns one into the other (De Morgan). A classifier's cut output marks the whole.
 */
export function negate(v: CheckVerdict): CheckVerdict {
  return { kind: "check", pass: !v.pass, score: 1 - v.score, ...truncation([v]) };
}

export function allOf(parts: readonly CheckVerdict[]): CheckVerdict {
  return {
    kind: "check",
    pass: parts.every((v) => v.pass),
    score: Math.min(...parts.map((v) => v.score)),
    ...truncation(parts),
  };
}

export function anyOf(parts: readonly CheckVerdict[]): CheckVerdict {
  return {
    kind: "check",
    pass: parts.some((v) => v.pass),
    score: Math.max(...parts.map((v) => v.score)),
    ...truncation(parts),
  };
}

function truncation(parts: readonly CheckVerdict[]): { truncated?: boolean } {
  const known = parts.filter((v) => v.truncated !== undefined);
  return known.length > 0 ? { truncated: known.some((v) => v.truncated) } : {};
}
