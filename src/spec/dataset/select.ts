import type { Dataset } from "../schema-types.generated";
import { getPath, type PathLookup } from "./field-path";

/** `dataset.where`: field name to the value, or the values, it must equal. */
export type Where = NonNullable<Dataset["where"]>;

/**
 * The items whose every `where` field equals its value or one of its values. Values compare as text,
 * so a CSV cell "1" matches 1, and true/false ignore case, so "True" (as pandas writes it) matches true.
 * `fieldValue` reads a field of an item; by default a dotted path into `item.fields`.
 */
export function applyWhere<T extends { readonly fields: Record<string, unknown> }>(
  items: readonly T[],
  where: Where,
  fieldValue: (item: T, field: string) => PathLookup = (item, field) => getPath(item.fields, field),
): T[] {
  const tests = Object.entries(where).map(([field, wanted]) => {
    const texts = new Set((Array.isArray(wanted) ? wanted : [wanted]).map(matchText));
    return { field, texts };
  });
  return items.filter((item) =>
    tests.every(({ field, texts }) => {
      const found = fieldValue(item, field);
      if (!found.found) return false;
      const text = matchText(found.value);
      return text !== undefined && texts.has(text);
    }),
  );
}

/** The text a value compares as in `where`; lists, objects and null compare as nothing. */
export function matchText(value: unknown): string | undefined {
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const lower = value.toLowerCase();
  return lower === "true" || lower === "false" ? lower : value;
}

/**
 * A seeded sample of `n` items without replacement, in their original order. Each item is ranked by a
 * hash of (seed, id) and the `n` lowest ranks are kept, so the same seed gives the same items, and an
 * item stays chosen when unrelated items are added unless one of them ranks lower.
 */
export function sampleItems<T extends { readonly id: string }>(items: readonly T[], n: number, seed: number): T[] {
  if (n >= items.length) return [...items];
  const ranked = items.map((item, index) => ({ index, rank: sampleRank(seed, item.id) }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const keep = ranked
    .slice(0, Math.max(0, n))
    .map((r) => r.index)
    .sort((a, b) => a - b);
  return keep.map((index) => items[index]);
}

/** The rank of an item id under a seed: FNV-1a over the UTF-8 bytes, then murmur3's finaliser to mix the low bits. */
export function sampleRank(seed: number, id: string): number {
  return fmix32(fnv1a32(`${seed}\u0000${id}`));
}

/** 32-bit FNV-1a over the UTF-8 encoding of `text` (a lone surrogate encodes as U+FFFD, as Buffer does). */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  const byte = (b: number) => {
    hash = Math.imul(hash ^ b, 0x01000193);
  };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else {
        code = 0xfffd;
      }
    }
    if (code < 0x80) {
      byte(code);
    } else if (code < 0x800) {
      byte(0xc0 | (code >> 6));
      byte(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
      byte(0xe0 | (code >> 12));
      byte(0x80 | ((code >> 6) & 0x3f));
      byte(0x80 | (code & 0x3f));
    } else {
      byte(0xf0 | (code >> 18));
      byte(0x80 | ((code >> 12) & 0x3f));
      byte(0x80 | ((code >> 6) & 0x3f));
      byte(0x80 | (code & 0x3f));
    }
  }
  return hash >>> 0;
}

function fmix32(h: number): number {
  let x = h;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}
