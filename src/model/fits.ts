/** A request whose tokens do not fit the model's positions: skipped and counted, never truncated. */
export interface TooLong {
  readonly ok: false;
  readonly reason: "too-long";
  /** Positions the request needs (prompt or context plus the longest output). */
  readonly needed: number;
  /** Positions the model has. */
  readonly limit: number;
}

/** The TooLong result for a request needing `needed` positions, or undefined when it fits. */
export function tooLong(needed: number, limit: number | undefined): TooLong | undefined {
  return limit !== undefined && needed > limit ? { ok: false, reason: "too-long", needed, limit } : undefined;
}
