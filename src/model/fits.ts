/** A request whose tokens do not fit the model's positions: skipped and counted, never truncated. */
export interface TooLong {
  readonly ok: false;
  readonly reason: "too-long";
  /**
   * Positions the request needs (prompt or context plus the longest output); for text refused by its
   * length alone, without tokenising it, the fewest it could need.
   */
  readonly needed: number;
  /** Positions the model has. */
  readonly limit: number;
}

/** The TooLong result for a request needing `needed` positions, or undefined when it fits. */
export function tooLong(needed: number, limit: number | undefined): TooLong | undefined {
  return limit !== undefined && needed > limit ? { ok: false, reason: "too-long", needed, limit } : undefined;
}

/**
 * Normalizers can shorten text before it is split into tokens — NFC/NFKC compose up to three
 * characters into one — so the character bound below allows for four times the shrink.
 */
const NORMALIZER_SHRINK = 4;

/**
 * The fewest tokens a text of `chars` characters can become: no token covers more than
 * `maxTokenChars` characters of the (normalized) text. A cheap bound, so that a text that can
 * never fit (a 10 MB dataset field) is refused without tokenising it, which took a minute and 2.5 GB.
 */
export function fewestTokens(chars: number, maxTokenChars: number): number {
  return Math.ceil(chars / (maxTokenChars * NORMALIZER_SHRINK));
}

/** The TooLong result for text of `chars` characters plus `more` tokens when even its fewest tokens do not fit. */
export function textTooLong(
  chars: number,
  more: number,
  maxTokenChars: number,
  limit: number | undefined,
): TooLong | undefined {
  return tooLong(fewestTokens(chars, maxTokenChars) + more, limit);
}
