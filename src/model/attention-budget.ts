/**
 * Query-key pairs one forward batch may attend over (rows × new tokens × positions). onnxruntime's
 * working memory grows with it and its arena keeps what the largest batch needed: on stories260k
 * eight 190-token contexts (290,000 pairs) in one pass take 40 MB, each alone 6 MB. A batch of long
 * sequences takes fewer rows (never none); the extra forward calls cost a tiny model little (0.3 ms
 * each on stories260k), and a large model computes by the token anyway.
 */
export const ATTENTION_BUDGET = 50_000;

/** Whether `rows` rows of `newTokens` tokens after `past` cached positions are within the budget. */
export function withinBudget(rows: number, newTokens: number, past: number): boolean {
  return rows * newTokens * (past + newTokens) <= ATTENTION_BUDGET;
}
