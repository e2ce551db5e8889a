/** How long to wait before retry `attempt` (0 for the first retry): doubling from `baseMs`, capped, with jitter. */
export function backoffDelay(
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  // Half fixed, half random: clients that failed together do not all come back together.
  return ceiling / 2 + random() * (ceiling / 2);
}

/** Longest Retry-After honoured: a server asking for more is waited for this long, then asked again. */
const MAX_RETRY_AFTER_MS = 120_000;

/** A Retry-After header's wait in ms (delay-seconds or an HTTP date), or undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now: number = Date.now()): number | undefined {
  if (header === undefined || header.trim() === "") return undefined;
  const text = header.trim();
  const ms = /^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS);
}
