/**
 * The `secret` rule of {@link detectPii} (pii-detect.ts): API-key-like tokens, found by a known vendor prefix
 * or, without one, by shape and Shannon entropy. Kept apart because it is the one rule with statistics in it.
 */

/** A half-open range of UTF-16 offsets `[start, end)`. */
export interface SecretRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Vendor prefixes with their documented body shapes. These need no entropy test: the prefix and a long body
 * from the vendor's alphabet are already specific. OpenAI (`sk-`, `sk-proj-`), GitHub classic and
 * fine-grained tokens (`ghp_` `gho_` `ghu_` `ghs_` `ghr_`, `github_pat_`), AWS access key IDs (`AKIA`,
 * `ASIA` + 16 of [A-Z0-9]), Google API keys (`AIza` + 35), Slack (`xoxb-` …), Stripe (`sk_live_` …) and
 * GitLab (`glpat-`). The lookarounds make the match a whole token: "task-force-…" is not `sk-`.
 */
const PREFIXED = new RegExp(
  `(?<![A-Za-z0-9_+/-])(?:${[
    "sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",
    "gh[opusr]_[A-Za-z0-9]{30,}",
    "github_pat_[A-Za-z0-9_]{22,}",
    "(?:AKIA|ASIA)[A-Z0-9]{16}",
    "AIza[A-Za-z0-9_-]{35}",
    "xox[abposr]-[A-Za-z0-9-]{10,}",
    "(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{16,}",
    "glpat-[A-Za-z0-9_-]{20,}",
  ].join("|")})(?![A-Za-z0-9_+/=-])`,
  "g",
);

/** PEM private key armour lines: a key runs from its BEGIN line to the next END line. */
const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g;
const PEM_END = /-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----/g;

/** PEM private keys: the whole block when an END line follows, else the BEGIN line alone. Linear in the text. */
function pemKeys(text: string): SecretRange[] {
  const ends = [...text.matchAll(PEM_END)].map((m) => m.index + m[0].length);
  const out: SecretRange[] = [];
  let next = 0;
  for (const m of text.matchAll(PEM_BEGIN)) {
    const headerEnd = m.index + m[0].length;
    while (next < ends.length && (ends[next] ?? 0) <= headerEnd) next += 1;
    out.push({ start: m.index, end: ends[next] ?? headerEnd });
  }
  return out;
}

/**
 * Candidate tokens for the generic rule: maximal runs of the base64, base64url and hex alphabets, with at
 * most two `=` of padding at the end. `.`, `:`, `@`, `\`, whitespace and other punctuation end a token, so a
 * file name, a URL host or an e-mail address falls apart into short pieces.
 */
const TOKEN = /[A-Za-z0-9+/_-]+={0,2}/g;

/** The generic rule looks only at tokens at least this long; shorter random strings are too often words. */
export const SECRET_MIN_LENGTH = 16;

/**
 * How far (in bits per character) a token's entropy may fall below `log2(D)` (see {@link entropyFloor}). The
 * unevenness of real random draws costs 0.2–0.6 bits at 16–64 characters; with 0.8, about 99.7% of random
 * 16-character hex strings pass and at least 99.9% of every other alphabet and length from 16 to 64 (printed
 * by scripts/pii-eval.js). What fails is repetition: "abc123abc123abc123" (2.58 < 3.04), "aaaa…a1".
 */
export const ENTROPY_SLACK_BITS = 0.8;

/**
 * A letter run can read as a word from {@link WORD_RUN} letters on; a token with at least {@link WORDY_SHARE}
 * of its letters and digits in such structure is an identifier or prose ("ConfigurationManager2",
 * "x86_64-linux-gnu", "/home/alice/projects"), not a key.
 */
const WORD_RUN = 4;
const WORDY_SHARE = 0.5;

/** Shannon entropy, in bits per character, of the character frequencies of `s` (0 for ""). */
export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const n = [...s].length;
  let h = 0;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * The least entropy (bits per character) a generic secret of `n` characters from an alphabet of `k` must
 * have: `log2(D) − ENTROPY_SLACK_BITS`, where `D = k·(1 − (1 − 1/k)ⁿ)` is the expected number of distinct
 * characters among n uniform draws. `log2(D)` is what a random string would score if its distinct
 * characters were equally frequent; the slack absorbs the unevenness of real draws.
 */
export function entropyFloor(n: number, k: number): number {
  return Math.log2(k * (1 - (1 - 1 / k) ** n)) - ENTROPY_SLACK_BITS;
}

/**
 * The alphabet a token's characters imply, by size: 16 (hex, one case), 36 (one case of letters with
 * digits), 62 (both cases with digits) or 64 (base64 or base64url symbols too).
 */
export function secretAlphabetSize(token: string): number {
  if (/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(token)) return 16;
  const body = token.replace(/=+$/, "");
  if (/[+/_-]/.test(body)) return 64;
  if (/[a-z]/.test(body) && /[A-Z]/.test(body)) return 62;
  return 36;
}

/**
 * Whether a letter run could be spoken as a word: it has a vowel (y counts), and no four consonants or three
 * vowels in a row. 95% of the 2,881 distinct words of four letters or more in Presidio's sentences pass
 * (names, "months", "https" do not); of random letter runs, 45% of six letters and 13% of twelve do.
 */
function pronounceable(run: string): boolean {
  return /[aeiouy]/i.test(run) && !/[^aeiouy]{4}|[aeiouy]{3}/i.test(run);
}

/**
 * Characters in runs of at least 4 consecutive code points ("1234", "abcdef"): placeholder and test values
 * such as "123456789abcdef0", not draws. Runs already counted as words or digits may be counted again; the
 * share is capped at 1.
 */
function sequentialRuns(piece: string): number {
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= piece.length; i++) {
    if (i < piece.length && piece.charCodeAt(i) === piece.charCodeAt(i - 1) + 1) {
      run += 1;
    } else {
      if (run >= 4) covered += run;
      run = 1;
    }
  }
  return covered;
}

/**
 * The share of a token's letters and digits that has the structure of names rather than of random draws:
 * - pieces of at most 3 characters between separators (`_ - / +`), as in "x86_64-linux-gnu" or "src/lib";
 * - letter runs of at least {@link WORD_RUN}: in a mixed-case token, a camelCase hump (a capital and lower
 *   case, or lower case alone) with a vowel counts, as does a {@link pronounceable} upper-case run ("HTTP"
 *   does not); in a single-case token, whose letter runs are long even when random, a pronounceable run;
 * - digit runs of at least 4 ("password1234567890", "backup_20240115"), except in hex, where digits are
 *   five draws in eight and long runs are common;
 * - runs of at least 4 consecutive code points ("1234", "abcdef": placeholders, not draws).
 * Random mixed-case keys break runs at every case change and digit, so their share stays low.
 */
function wordyShare(token: string, alphabet: number): number {
  const singleCase = alphabet === 16 || alphabet === 36 || !(/[a-z]/.test(token) && /[A-Z]/.test(token));
  const alnum = token.replace(/[^A-Za-z0-9]/g, "").length;
  if (alnum === 0) return 0;
  let covered = 0;
  for (const piece of token.split(/[^A-Za-z0-9]+/)) {
    if (piece.length <= 3) {
      covered += piece.length;
      continue;
    }
    const letters = singleCase ? piece.match(/[A-Za-z]+/g) : piece.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g);
    for (const run of letters ?? []) {
      if (run.length < WORD_RUN) continue;
      // A camelCase hump is evidence of a word by itself; a run of one case needs to be speakable.
      const hump = !singleCase && /^[A-Z]?[a-z]+$/.test(run);
      if (hump ? /[aeiouy]/i.test(run) : pronounceable(run)) covered += run.length;
    }
    if (alphabet !== 16) for (const run of piece.match(/\d{4,}/g) ?? []) covered += run.length;
    covered += sequentialRuns(piece);
  }
  return Math.min(1, covered / alnum);
}

/** A version 1–5 UUID or any 8-4-4-4-12 hex identifier: an identifier, not a key. */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Words that announce a digest: a hex token right after one is a hash being quoted, not a key. */
const DIGEST_CONTEXT =
  /\b(?:md5|sha-?(?:1|224|256|384|512)?|hash|digest|checksum|commit|revision|rev|fingerprint)(?:\W+(?:is|was|of))?\W{0,3}$/i;

/**
 * An IBAN (ISO 13616): two letters, two check digits, 11–30 letters or digits, valid under mod 97. A bank
 * account number, not an API key; it is left for an IBAN rule rather than reported as a secret.
 */
function isIban(token: string): boolean {
  if (!/^[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}$/.test(token)) return false;
  const moved = (token.slice(4) + token.slice(0, 4)).toUpperCase();
  let rest = 0;
  for (const ch of moved) {
    const value = ch >= "A" ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = Number(`${rest}${value}`) % 97;
  }
  return rest === 1;
}

/**
 * Whether a token found by {@link TOKEN} is a generic high-entropy secret (`before`: up to 24 characters of
 * text before it):
 * - at least {@link SECRET_MIN_LENGTH} characters with a letter; a digit too unless it mixes upper and lower
 *   case (a single-case token without digits is a word, a constant or a path);
 * - not a UUID (an identifier) or a valid IBAN (a bank account);
 * - not a hex token right after a digest word ("sha256:", "commit", "the MD5 checksum is") — a quoted hash;
 * - entropy at least {@link entropyFloor} for its length and {@link secretAlphabetSize};
 * - less than {@link WORDY_SHARE} of it in word-like structure ({@link wordyShare}).
 *
 * Deliberate limits: a hex digest without a digest word before it, a git SHA in running text and base64
 * data (a data: URL, a source map) are reported — their characters are those of a key. Random single-case
 * keys of 16–24 characters are missed a few percent of the time, when their letters happen to read as words.
 */
export function isHighEntropyToken(token: string, before: string): boolean {
  if (token.length < SECRET_MIN_LENGTH) return false;
  const k = secretAlphabetSize(token);
  const mixedCase = /[a-z]/.test(token) && /[A-Z]/.test(token);
  if (!/[A-Za-z]/.test(token) || (!mixedCase && !/[0-9]/.test(token))) return false;
  if (UUID.test(token) || isIban(token)) return false;
  if (k === 16 && DIGEST_CONTEXT.test(before)) return false;
  if (shannonEntropy(token) < entropyFloor(token.length, k)) return false;
  return wordyShare(token, k) < WORDY_SHARE;
}

/** Every secret in `text`: vendor-prefixed keys, PEM private keys and generic high-entropy tokens. */
export function findSecrets(text: string): SecretRange[] {
  const out: SecretRange[] = [];
  out.push(...pemKeys(text));
  for (const m of text.matchAll(PREFIXED)) out.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(TOKEN)) {
    // In a URL, "%2F" or "%20" is an escaped character, not the start of the token that follows it.
    const escaped = text[m.index - 1] === "%" && /^[0-9A-Fa-f]{2}/.test(m[0]) ? 2 : 0;
    const start = m.index + escaped;
    if (isHighEntropyToken(m[0].slice(escaped), text.slice(Math.max(0, start - 24), start))) {
      out.push({ start, end: m.index + m[0].length });
    }
  }
  return out;
}
