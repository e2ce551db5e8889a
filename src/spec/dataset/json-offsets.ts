/**
 * A scanner over text that JSON.parse has accepted: it finds where values begin without building
 * them, so record positions cost one pass over a file of any size.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

export function skipWhitespace(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
  }
  return i;
}

/** From an opening quote to just past the closing one. */
function skipString(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 2;
    else if (c === QUOTE) return i + 1;
    else i++;
  }
  return text.length;
}

/** From the first character of a value to just past its last. */
function skipValue(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return skipString(text, start);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    let i = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i = skipString(text, i);
        continue;
      }
      if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return text.length;
  }
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 32 || c === 9 || c === 10 || c === 13) break;
  }
  return i;
}

/** Where each element of the array opening at `open` begins. */
export function elementStarts(text: string, open: number): number[] {
  const starts: number[] = [];
  if (text.charCodeAt(open) !== OPEN_BRACKET) return starts;
  let i = skipWhitespace(text, open + 1);
  if (text.charCodeAt(i) === CLOSE_BRACKET) return starts;
  while (i < text.length) {
    starts.push(i);
    i = skipWhitespace(text, skipValue(text, i));
    if (text.charCodeAt(i) !== COMMA) break;
    i = skipWhitespace(text, i + 1);
  }
  return starts;
}

/** Where the value at a path of keys and indexes begins; as JSON.parse does, the last of duplicate keys wins. */
export function valueAt(text: string, start: number, path: readonly string[]): number | undefined {
  let at = start;
  for (const segment of path) {
    const c = text.charCodeAt(at);
    if (c === OPEN_BRACKET) {
      const element = elementStarts(text, at)[Number(segment)];
      if (element === undefined) return undefined;
      at = element;
    } else if (c === OPEN_BRACE) {
      let found: number | undefined;
      let i = skipWhitespace(text, at + 1);
      while (text.charCodeAt(i) === QUOTE) {
        const keyEnd = skipString(text, i);
        const key: unknown = JSON.parse(text.slice(i, keyEnd));
        i = skipWhitespace(text, keyEnd);
        if (text.charCodeAt(i) !== COLON) return undefined;
        const valueStart = skipWhitespace(text, i + 1);
        if (key === segment) found = valueStart;
        i = skipWhitespace(text, skipValue(text, valueStart));
        if (text.charCodeAt(i) !== COMMA) break;
        i = skipWhitespace(text, i + 1);
      }
      if (found === undefined) return undefined;
      at = found;
    } else {
      return undefined;
    }
  }
  return at;
}
