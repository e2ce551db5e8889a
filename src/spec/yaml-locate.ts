import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from "yaml";
import type { YamlFile } from "./yaml-document";

export type PathSegment = string | number;

/** A source range [start, end) in the file's text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a value sits in the YAML source. `at: "value"` gives the value's range; `at: "key"` the key
 * that names it (the place to point for unknown or misspelled keys and for missing children).
 * When the path leaves the document, the deepest node that exists is returned.
 */
export function locate(yaml: YamlFile, path: readonly PathSegment[], at: "key" | "value" = "value"): Range {
  let node: unknown = yaml.doc.contents;
  let lastPair: Pair | undefined;
  let best: Range = rangeOf(node) ?? { start: 0, end: 0 };
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const { pair, value: next } = child(node, segment as PathSegment);
    if (pair === undefined && next === undefined) return best;
    const isLast = i === path.length - 1;
    if (isLast && at === "key" && pair !== undefined) {
      return rangeOf(pair.key) ?? best;
    }
    lastPair = pair;
    node = next;
    const r = rangeOf(next) ?? (pair ? rangeOf(pair.key) : undefined);
    if (r) best = r;
  }
  if (at === "key" && lastPair !== undefined) return rangeOf(lastPair.key) ?? best;
  return best;
}

/** The key node's range for the last segment when it exists, else the value's. */
export function locateKey(yaml: YamlFile, path: readonly PathSegment[]): Range {
  return locate(yaml, path, "key");
}

/**
 * The mapping key's text for every key of the mapping at `path`, in source order, with its range.
 * Used to point at a key by name (e.g. the second of two conflicting keys).
 */
export function keysAt(yaml: YamlFile, path: readonly PathSegment[]): { key: string; range: Range }[] {
  const node = nodeAt(yaml, path);
  if (!isMap(node)) return [];
  return node.items.flatMap((p) => {
    const r = rangeOf(p.key);
    return r ? [{ key: keyText(p.key), range: r }] : [];
  });
}

/** The YAML node at a path, if any (for callers that need its scalar style or source). */
export function nodeAt(yaml: YamlFile, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = yaml.doc.contents;
  for (const segment of path) node = child(node, segment).value;
  return (node ?? undefined) as Node | undefined;
}

/**
 * Every mapping's pairs by key text, built on first use: locating each of N problems in one mapping
 * by scanning its keys made a spec with 20,000 unknown keys take minutes. The first pair of a key
 * wins, as a scan would find it.
 */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairsOf(map: { items: unknown[] }): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (index === undefined) {
    index = new Map();
    for (const p of map.items) {
      if (!isPair(p)) continue;
      const key = keyText(p.key);
      if (!index.has(key)) index.set(key, p);
    }
    pairIndex.set(map, index);
  }
  return index;
}

/** One step down: a mapping's value by key (with its pair) or a sequence's item by index. */
function child(node: unknown, segment: PathSegment): { pair?: Pair; value: unknown } {
  if (isMap(node)) {
    const pair = pairsOf(node).get(String(segment));
    return pair ? { pair, value: pair.value } : { value: undefined };
  }
  if (isSeq(node) && /^\d+$/.test(String(segment))) return { value: node.items[Number(segment)] };
  return { value: undefined };
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function rangeOf(node: unknown): Range | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  if (!range) return undefined;
  return { start: range[0], end: Math.max(range[0], range[1]) };
}
