/** One learned merge: the pair of symbols it joins and the symbol it makes. */
export interface LearnedMerge {
  readonly pair: readonly [string, string];
  readonly token: string;
}

export interface BpeTrainOptions {
  /** How many merges to learn at most; training stops early when no adjacent pair is left. */
  readonly merges: number;
  /** The symbol a merge makes; WordPiece drops the right part's "##". Default: concatenation. */
  readonly join?: (left: string, right: string) => string;
}

interface WordEntry {
  symbols: string[];
  count: number;
}

/**
 * Learns BPE merges the textbook way: count adjacent symbol pairs within words (weighted by how
 * often each word occurs), merge the most frequent pair everywhere, repeat. Equal counts go to the
 * lexicographically smallest pair (left, then right), so the same words always give the same merges,
 * whatever order they came in. Words never merge across each other, as in every BPE trainer.
 *
 * Recounting every pass is quadratic in principle but takes milliseconds on the few kilobytes of
 * text the project's test tokenizers are trained on; clarity wins over an incremental pair index.
 */
export function trainBpe(words: Iterable<readonly string[]>, options: BpeTrainOptions): LearnedMerge[] {
  const join = options.join ?? ((left: string, right: string) => left + right);
  const entries = groupWords(words);
  const learned: LearnedMerge[] = [];
  while (learned.length < options.merges) {
    const best = mostFrequentPair(entries);
    if (best === undefined) break;
    const [left, right] = best;
    const token = join(left, right);
    for (const entry of entries) entry.symbols = applyMerge(entry.symbols, left, right, token);
    learned.push({ pair: best, token });
  }
  return learned;
}

/** Identical words are counted once with their frequency: the trainer's work scales with distinct words. */
function groupWords(words: Iterable<readonly string[]>): WordEntry[] {
  const byKey = new Map<string, WordEntry>();
  for (const symbols of words) {
    if (symbols.length === 0) continue;
    const key = JSON.stringify(symbols);
    const entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, { symbols: [...symbols], count: 1 });
    else entry.count += 1;
  }
  return [...byKey.values()];
}

function mostFrequentPair(entries: readonly WordEntry[]): [string, string] | undefined {
  const counts = new Map<string, { pair: [string, string]; count: number }>();
  for (const { symbols, count } of entries) {
    for (let i = 0; i + 1 < symbols.length; i++) {
      const pair: [string, string] = [symbols[i], symbols[i + 1]];
      const key = JSON.stringify(pair);
      const seen = counts.get(key);
      if (seen === undefined) counts.set(key, { pair, count });
      else seen.count += count;
    }
  }
  let best: { pair: [string, string]; count: number } | undefined;
  for (const candidate of counts.values()) {
    if (best === undefined || candidate.count > best.count) best = candidate;
    else if (candidate.count === best.count && comparePairs(candidate.pair, best.pair) < 0) best = candidate;
  }
  return best?.pair;
}

function comparePairs(a: readonly [string, string], b: readonly [string, string]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/** Replaces each non-overlapping occurrence of (left, right), scanning left to right like the encoders do. */
function applyMerge(symbols: readonly string[], left: string, right: string, token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < symbols.length; i++) {
    if (symbols[i] === left && symbols[i + 1] === right) {
      out.push(token);
      i++;
    } else {
      out.push(symbols[i]);
    }
  }
  return out;
}
