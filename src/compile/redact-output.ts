import { redactText, type Secret } from "./redact";

/**
 * The shortest run of letters and digits taken for part of a secret. A model copies secrets in part —
 * cut off by max_tokens, reformatted ("555 12 34" for "555-1234"), one field of an address — and the
 * project counts any six characters of a planted value as a leak (test/e2e/redaction.test.ts); five
 * leaves a margin below that, at the cost of masking a few ordinary words that share five letters
 * with a secret (an e-mail's "examp…" masks part of "example").
 */
export const SECRET_PIECE = 5;

/**
 * Text a model wrote (and every text shown beside it), masked for a case's secrets: each whole
 * secret as {@link redactText} masks it, then every run of text whose letters and digits — compared
 * without case or separators — share {@link SECRET_PIECE} or more in a row with a secret, as
 * "‹part of a secret phone number›" (no length or hash: a hash of a short piece could be reversed by
 * trying every piece). Masks already in the text are left as they are.
 */
export function redactOutput(text: string, secrets: readonly Secret[]): string {
  const whole = redactText(text, secrets);
  const pieces = secretPieces(secrets);
  if (pieces.size === 0) return whole;
  let out = "";
  let last = 0;
  for (const mask of whole.matchAll(MASK)) {
    out += maskPieces(whole.slice(last, mask.index), pieces) + mask[0];
    last = mask.index + mask[0].length;
  }
  return out + maskPieces(whole.slice(last), pieces);
}

/** A mask {@link redactText} or this module wrote. */
const MASK = /‹[^‹›]*›/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every SECRET_PIECE-long run of a secret's letters and digits (lower case), and what to call its secret. */
function secretPieces(secrets: readonly Secret[]): Map<string, string | undefined> {
  const pieces = new Map<string, string | undefined>();
  for (const s of secrets) {
    const folded = fold(s.value).text;
    for (let i = 0; i + SECRET_PIECE <= folded.length; i++) {
      const piece = folded.slice(i, i + SECRET_PIECE);
      if (!pieces.has(piece)) pieces.set(piece, s.kind);
    }
  }
  return pieces;
}

/**
 * A text's letters and digits in lower case, and for each of its characters the span of the text it
 * came from (lower-casing can turn one character into two).
 */
function fold(text: string): { text: string; from: number[]; to: number[] } {
  let folded = "";
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const ch of text) {
    if (WORD_CHAR.test(ch)) {
      for (const c of ch.toLowerCase()) {
        folded += c;
        from.push(at);
        to.push(at + ch.length);
      }
    }
    at += ch.length;
  }
  return { text: folded, from, to };
}

/** A text without masks, each run sharing a piece with a secret masked (separators inside the run too). */
function maskPieces(text: string, pieces: ReadonlyMap<string, string | undefined>): string {
  const folded = fold(text);
  const n = folded.text.length;
  const covered = new Uint8Array(n);
  const kinds = new Map<number, string | undefined>();
  for (let i = 0; i + SECRET_PIECE <= n; i++) {
    const piece = folded.text.slice(i, i + SECRET_PIECE);
    if (!pieces.has(piece)) continue;
    covered.fill(1, i, i + SECRET_PIECE);
    if (!kinds.has(i)) kinds.set(i, pieces.get(piece));
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < n; i++) {
    if (!covered[i] || (i > 0 && covered[i - 1])) continue;
    let end = i;
    while (end + 1 < n && covered[end + 1]) end++;
    const start = folded.from[i] as number;
    const stop = folded.to[end] as number;
    // A run starts where a matching piece starts (a piece starting earlier would cover i − 1 too).
    const kind = kinds.get(i);
    out += `${text.slice(last, start)}‹part of a secret${kind !== undefined && kind !== "" ? ` ${kind}` : ""}›`;
    last = stop;
  }
  return out + text.slice(last);
}
