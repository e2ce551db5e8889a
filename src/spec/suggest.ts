import { quoteData } from "./excerpt";

/**
 * "Did you mean …" for misspelled keys and values: the closest candidate by optimal string
 * alignment distance, when it is close enough to be a likely typo.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    // The distance is at least the difference in length: skip what cannot be close enough.
    const allowedHere = Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 3));
    if (Math.abs(word.length - candidate.length) > allowedHere) continue;
    const d = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.max(word.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/**
 * Edits (insert, delete, substitute, swap two neighbours) that turn a into b. Three rolling rows
 * (the swap looks two rows back) instead of a fresh table per call: a spec with thousands of unknown
 * keys asks this for every key against every allowed one.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  let before = new Int32Array(cols);
  let previous = Int32Array.from({ length: cols }, (_, j) => j);
  let current = new Int32Array(cols);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (before[j - 2] as number) + 1);
      current[j] = v;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] as number;
}

/** "a, b or c" for messages. */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** How many candidates a hint lists: dataset fields and slot values come from data files of any size. */
const MAX_LISTED = 20;

/** A hint that suggests the closest candidate, else lists them (the first 20, each cut to 40 characters). */
export function didYouMean(word: string, candidates: readonly string[], what: string): string {
  const guess = closest(word, candidates);
  if (guess !== undefined) return `did you mean ${quoteData(guess)}?`;
  if (candidates.length === 0) return `${what} takes no keys here`;
  if (candidates.length <= MAX_LISTED) return `${what}: ${listOr(candidates.map((c) => quoteData(c)))}`;
  const shown = candidates.slice(0, MAX_LISTED).map((c) => quoteData(c));
  return `${what}: ${shown.join(", ")}, … (${candidates.length} in all)`;
}
