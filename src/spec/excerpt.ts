/**
 * Data files may hold anything — secrets, a whole record on one line, a file that is not data at
 * all — so what an error quotes of them is bounded: a value shows at most `QUOTE_CHARS` characters,
 * and a code frame at most `EXCERPT_CHARS` of the one line it points into.
 */
export const QUOTE_CHARS = 40;
export const EXCERPT_CHARS = 80;

/** A text from a data file cut to `max` characters (an ellipsis says it was cut). */
export function cutData(value: string, max = QUOTE_CHARS): string {
  if (value.length <= max) return value;
  const chars = Array.from(value.slice(0, max * 2));
  if (chars.length <= max && value.length <= max * 2) return value;
  return `${chars.slice(0, max).join("")}…`;
}

/** A value from a data file, cut to `max` characters and JSON-quoted. */
export function quoteData(value: string, max = QUOTE_CHARS): string {
  return JSON.stringify(cutData(value, max));
}

/**
 * At most `max` characters of `line` around the 0-based column `col`, with an ellipsis on each cut
 * side; `lead` is how many characters of the excerpt come before the column.
 */
export function lineWindow(line: string, col: number, max = EXCERPT_CHARS): { text: string; lead: number } {
  if (line.length <= max) return { text: line, lead: col };
  const start = Math.max(0, Math.min(col - Math.floor(max / 4), line.length - max));
  const end = start + max;
  const before = start > 0 ? "…" : "";
  const after = end < line.length ? "…" : "";
  return { text: `${before}${line.slice(start, end)}${after}`, lead: col - start + before.length };
}
