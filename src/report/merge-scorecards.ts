import { buildScorecard } from "./build-scorecard";
import type { Scorecard } from "./scorecard";
import type { SuiteResult } from "./suite-result";

/**
 * Merges the scorecards of sharded runs (`trustspec run --shard i/n`) into one: the union of their
 * suite results, rebuilt — so thresholds, the Holm family of the baseline comparisons and the radar
 * are those of the whole run, exactly as if it had not been sharded. A spec and model found in two
 * scorecards must carry identical results (the same suite run twice); otherwise the merge refuses.
 */
export function mergeScorecards(
  cards: readonly Scorecard[],
  options: { readonly created: string; readonly version: string },
): Scorecard {
  const byKey = new Map<string, SuiteResult>();
  for (const card of cards) {
    for (const result of card.results) {
      const key = `${result.specId}\u0000${result.model}`;
      const seen = byKey.get(key);
      if (seen && JSON.stringify(seen) !== JSON.stringify(result)) {
        throw new Error(
          `${result.specId} on ${result.model} is in more than one scorecard with different results; merge the scorecards of one sharded run, not of different runs`,
        );
      }
      byKey.set(key, result);
    }
  }
  const files = new Map(cards.flatMap((c) => c.specs.map((s) => [s.id, s.file] as const)));
  const baselines = [...new Set(cards.map((c) => JSON.stringify(c.baseline ?? null)))];
  if (baselines.length > 1) {
    throw new Error("the scorecards were compared with different baseline scorecards; merge the shards of one run");
  }
  const baseline = cards[0]?.baseline;
  return buildScorecard([...byKey.values()], {
    root: "",
    files,
    created: options.created,
    version: options.version,
    sources: cards.reduce((n, c) => n + c.sources, 0),
    ...(baseline ? { baseline } : {}),
  });
}
