import type { Scalar } from "yaml";

/**
 * Maps an index into a YAML scalar's value back to an offset in the file, so a problem inside a
 * template (a prompt written as a plain, quoted or block scalar) points at the right character.
 * Characters of the value appear in the source in order; escapes in double-quoted scalars are
 * decoded while aligning, and folding whitespace is skipped.
 */
export function scalarOffsets(text: string, node: Scalar): (index: number) => number {
  const range = node.range;
  if (!range) return () => 0;
  const [start, end] = range;
  const value = String(node.value);
  let pos = start;
  if (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") pos = start + 1;
  if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    const header = text.indexOf("\n", start);
    pos = header < 0 ? end : header + 1;
  }
  const map: number[] = [];
  // The rest of an escape that stands for two UTF-16 units (\U beyond the BMP), and where it is.
  let pending = "";
  let pendingAt = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (pending.startsWith(c) && pending.length > 0) {
      map.push(pendingAt);
      pending = pending.slice(1);
      continue;
    }
    pending = "";
    while (pos < end) {
      if (node.type === "QUOTE_DOUBLE" && text.charAt(pos) === "\\") {
        const [decoded, length] = decodeEscape(text, pos);
        if (decoded === c || (decoded.length > 1 && decoded.startsWith(c))) break;
        pos += length;
        continue;
      }
      if (text.charAt(pos) === c || (c === " " && text.charAt(pos) === "\n")) break;
      pos++;
    }
    map.push(Math.min(pos, end));
    if (node.type === "QUOTE_DOUBLE" && text.charAt(pos) === "\\") {
      const [decoded, length] = decodeEscape(text, pos);
      pending = decoded.slice(1);
      pendingAt = pos;
      pos += length;
    } else pos++;
  }
  return (index: number) => {
    if (index < map.length) return map[Math.max(0, index)] as number;
    return map.length > 0 ? Math.min(end, (map[map.length - 1] as number) + 1) : start;
  };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\u0085",
  _: "\u00a0",
  L: "\u2028",
  P: "\u2029",
};

/** The text a double-quoted escape at `pos` stands for, and how many source characters it takes. */
function decodeEscape(text: string, pos: number): [string, number] {
  const c = text.charAt(pos + 1);
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return [simple, 2];
  const width = c === "x" ? 2 : c === "u" ? 4 : c === "U" ? 8 : 0;
  if (width > 0) {
    const code = Number.parseInt(text.slice(pos + 2, pos + 2 + width), 16);
    return [Number.isNaN(code) ? "" : String.fromCodePoint(code), 2 + width];
  }
  // An escaped line break: folds away with the next line's indentation.
  let n = pos + 1;
  while (n < text.length && /[\r\n \t]/.test(text.charAt(n))) n++;
  return ["", Math.max(2, n - pos)];
}
