/**
 * Bytes to text for every file trustspec reads: strict UTF-8, so a broken byte is an error at its
 * place instead of a U+FFFD that silently changes a prompt, and UTF-16 (which Windows editors save
 * as "Unicode") is recognised and named instead of being read as text full of NUL characters.
 */

/** Why bytes are not UTF-8 text; thrown by `decodeText` as an Error with this as its `code`. */
export type DecodeFailure =
  | {
      readonly code: "EILSEQ";
      /** Offset of the first byte that does not belong to a UTF-8 character. */
      readonly byteOffset: number;
      /** The value of that byte. */
      readonly byte: number;
      /** The text with every bad sequence replaced by U+FFFD, so the error can be shown at its line. */
      readonly lossyText: string;
      /** Offset in `lossyText` of the replacement for the first bad byte. */
      readonly offset: number;
    }
  | {
      readonly code: "EUTF16";
      readonly encoding: "UTF-16LE" | "UTF-16BE" | "UTF-32LE" | "UTF-32BE";
      /** The text read as what it is (UTF-16 only), so the error can show its first line. */
      readonly lossyText?: string;
    };

export type DecodeError = Error & DecodeFailure;

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** The text of UTF-8 bytes (a byte order mark is kept, as U+FEFF); throws a DecodeError when they are not. */
export function decodeText(bytes: Uint8Array): string {
  const wide = wideEncoding(bytes);
  if (wide !== undefined) {
    const lossyText = wide.startsWith("UTF-16") ? new TextDecoder(wide.toLowerCase()).decode(bytes) : undefined;
    throw Object.assign(new Error(`the file is ${wide} text, not UTF-8`), {
      code: "EUTF16" as const,
      encoding: wide,
      ...(lossyText !== undefined ? { lossyText } : {}),
    });
  }
  try {
    return strict.decode(bytes);
  } catch {
    const byteOffset = firstInvalidByte(bytes);
    const lossyText = lossy.decode(bytes);
    // The bytes before the bad one are valid UTF-8, so they decode to exactly the text before it.
    const offset = lossy.decode(bytes.subarray(0, byteOffset)).length;
    throw Object.assign(new Error(`the file is not valid UTF-8 at byte ${byteOffset}`), {
      code: "EILSEQ" as const,
      byteOffset,
      byte: bytes[byteOffset] ?? 0,
      lossyText,
      offset,
    });
  }
}

/** The bytes a short head of the file is judged by: enough for a pattern, cheap for any size. */
const SNIFF = 512;

/**
 * UTF-16 or UTF-32 by its byte order mark, or (without one) by the NUL bytes every ASCII character
 * brings along: in UTF-16LE the odd bytes of Latin text are 0, in UTF-16BE the even ones.
 */
function wideEncoding(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | "UTF-32LE" | "UTF-32BE" | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? "UTF-32LE" : "UTF-16LE";
  if (a === 0xfe && b === 0xff) return "UTF-16BE";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "UTF-32BE";
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Mostly-ASCII UTF-16 has a NUL in nearly every pair, on one side only; UTF-8 text has none.
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return "UTF-16LE";
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return "UTF-16BE";
  return undefined;
}

/** Offset of the first byte that starts no valid UTF-8 sequence (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  const cont = (k: number) => k < n && ((bytes[k] as number) & 0xc0) === 0x80;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const b1 = i + 1 < n ? (bytes[i + 1] as number) : -1;
    if (b >= 0xc2 && b <= 0xdf) {
      if (!cont(i + 1)) return i;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      const low = b === 0xe0 ? 0xa0 : 0x80;
      const high = b === 0xed ? 0x9f : 0xbf;
      if (b1 < low || b1 > high || !cont(i + 2)) return i;
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const low = b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xf4 ? 0x8f : 0xbf;
      if (b1 < low || b1 > high || !cont(i + 2) || !cont(i + 3)) return i;
      i += 4;
    } else {
      return i;
    }
  }
  return n;
}
