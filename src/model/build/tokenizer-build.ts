import { type LearnedMerge, trainBpe } from "./bpe-train";
import { CORPUS } from "./corpus";

/** The tokenizer families the project's own models use, one per code path real models take. */
export type TokenizerStyle = "byte-bpe" | "sentencepiece-bpe" | "wordpiece";

export interface BuiltTokenizer {
  /** File name → JSON document: "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json". */
  readonly files: Readonly<Record<string, object>>;
  /** Number of ids in the vocabulary (added/special tokens included). */
  readonly vocabSize: number;
  readonly bosTokenId: number | undefined;
  readonly eosTokenId: number | undefined;
  readonly padTokenId: number | undefined;
  /** Each phrase of {@link TokenizerBuildOptions.phrases} (in the order given) → its one-token ids. */
  readonly phrases: ReadonlyMap<string, PhraseIds>;
}

/** The token a phrase encodes to. The two differ only in sentencepiece-bpe. */
export interface PhraseIds {
  /** After other text: how a continuation is scored after a non-empty context, and what a model generates. */
  readonly id: number;
  /**
   * At the very start of a text, where SentencePiece's normalizer prepends "▁": the phrase encoded
   * on its own, scored after an empty context, or after a context that does not tokenise as a prefix
   * of context + phrase (lm-evaluation-harness then encodes the continuation alone).
   */
  readonly startId: number;
}

export interface TokenizerBuildOptions {
  /** Number of BPE merges to learn (BPE styles) or word pieces to keep (wordpiece). Default 300. */
  readonly size?: number;
  /** Training text; default: the project's own built-in corpus ({@link CORPUS}). */
  readonly corpus?: string;
  /**
   * Texts that must each encode to exactly one token wherever they occur as a whole (" I agree.",
   * " Yes", a whole multiple-choice option), so one entry of a demo model's next-token table decides
   * each and its log-likelihood is one log-softmax value. Their ids are in {@link BuiltTokenizer.phrases}.
   *
   * Phrase tokens come after the whole trained vocabulary, in the order given (repeats count once),
   * and each phrase's tokens depend only on the phrases before it: appending phrases never changes
   * an earlier phrase's ids. Without phrases the files are exactly what they were before phrases existed.
   *
   * - sentencepiece-bpe: merge rules appended after the learned ones fuse each phrase's pieces left
   *   to right into one token (see {@link fusePhrases}); the phrase's intermediate tokens are ordinary
   *   tokens that also form wherever their text occurs, e.g. "I agree" inside a prompt.
   * - byte-bpe: each phrase is a non-special added token, matched in the raw text before the
   *   pre-tokenizer (leftmost, longest first): GPT-2's pre-tokenizer splits " I agree." into three
   *   words, and merges never cross words.
   * - wordpiece takes no phrases.
   *
   * A phrase is one token on its own and wherever a text ends with it (a continuation) or whitespace
   * follows it, unless the text around it continues a longer phrase: a context ending with the start
   * of one ("…do I" + " agree." with " I agree." a phrase; lm-evaluation-harness then encodes the
   * continuation alone, giving its startId), or text after it that continues one (" I agree with you"
   * with " I agree with this." a phrase). A phrase's tokens also form inside longer text (" I agree"
   * in " I agreed", "Yes" in "Yesterday"), and a phrase with no leading space can merge with the text
   * before it. All of this stays consistent: every text still decodes back exactly.
   * Empty or whitespace-only phrases, and phrases containing a special token, are a RangeError.
   */
  readonly phrases?: readonly string[];
}

const DEFAULT_SIZE = 300;

/**
 * Builds a Hugging Face tokenizer (tokenizer.json, tokenizer_config.json, special_tokens_map.json)
 * trained on `corpus`, laid out like the real family it stands for, so a model the project builds
 * loads and tokenises through the same code paths as GPT-2, Llama-2 or BERT. Deterministic: the
 * same style and options give byte-identical JSON.
 */
export function buildTokenizer(style: TokenizerStyle, options: TokenizerBuildOptions = {}): BuiltTokenizer {
  const size = options.size ?? DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < 0) {
    throw new RangeError(`tokenizer size must be a whole number of merges or pieces (0 or more), got ${size}`);
  }
  const corpus = options.corpus ?? CORPUS;
  const phrases = checkedPhrases(options.phrases ?? [], style);
  switch (style) {
    case "byte-bpe":
      return buildByteBpe(corpus, size, phrases);
    case "sentencepiece-bpe":
      return buildSentencePieceBpe(corpus, size, phrases);
    case "wordpiece":
      return buildWordPiece(corpus, size);
  }
}

/** The phrases once each, in the order first given; a phrase that cannot be one token is a RangeError. */
function checkedPhrases(phrases: readonly string[], style: TokenizerStyle): string[] {
  if (phrases.length > 0 && style === "wordpiece") {
    throw new RangeError(
      "phrases need a BPE tokenizer (byte-bpe or sentencepiece-bpe): WordPiece splits at every space and punctuation mark",
    );
  }
  const specials = style === "byte-bpe" ? [END_OF_TEXT] : [UNK, BOS, EOS];
  for (const [i, phrase] of phrases.entries()) {
    const which = `phrase ${i} (${JSON.stringify(phrase)})`;
    if (!/\S/u.test(phrase)) {
      throw new RangeError(`${which} is empty or only whitespace; a phrase needs some text to be a token of its own`);
    }
    const special = specials.find((s) => phrase.includes(s));
    if (special !== undefined) {
      throw new RangeError(`${which} contains the special token ${special}, which always encodes on its own`);
    }
    if (style === "sentencepiece-bpe" && phrase.includes(SPACE)) {
      throw new RangeError(`${which} contains "${SPACE}", SentencePiece's space marker, which would decode as a space`);
    }
  }
  return [...new Set(phrases)];
}

// ---------------------------------------------------------------------------------------------
// GPT-2: byte-level BPE, no normalizer, no BOS added; <|endoftext|> is BOS, EOS and unk at once.

const END_OF_TEXT = "<|endoftext|>";

function buildByteBpe(corpus: string, size: number, phrases: readonly string[]): BuiltTokenizer {
  const byteLevel = { type: "ByteLevel", add_prefix_space: false, trim_offsets: true, use_regex: true };
  const { byByte, inIdOrder } = byteLevelAlphabet();
  const encoder = new TextEncoder();
  // Train on the words the ByteLevel pre-tokenizer will cut the text into, as byte stand-ins.
  const words = (corpus.match(GPT2_PATTERN) ?? []).map((word) => Array.from(encoder.encode(word), (b) => byByte[b]));
  const merges = trainBpe(words, { merges: size });
  const trained = [...inIdOrder, ...merges.map((m) => m.token), END_OF_TEXT];
  checkByteLevelPhrases(phrases, trained);
  const vocab = vocabulary([...trained, ...phrases]);
  const eot = idOf(vocab, END_OF_TEXT);
  const phraseTokens = phrases.map((p) => [idOf(vocab, p), p, false, false] as const);
  const tokenizer = tokenizerJson({
    added_tokens: [
      addedToken(eot, END_OF_TEXT, true, true),
      ...phraseTokens.map(([id, content, normalized, special]) => addedToken(id, content, normalized, special)),
    ],
    normalizer: null,
    pre_tokenizer: byteLevel,
    post_processor: { type: "ByteLevel", add_prefix_space: true, trim_offsets: false, use_regex: true },
    decoder: { type: "ByteLevel", add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: bpeModel(vocab, merges, { unk_token: null, fuse_unk: false, byte_fallback: false }),
  });
  const config = {
    add_bos_token: false,
    add_prefix_space: false,
    added_tokens_decoder: addedTokensDecoder([[eot, END_OF_TEXT, true, true], ...phraseTokens]),
    bos_token: END_OF_TEXT,
    // GPT-2 itself says true; false keeps decode(encode(text)) === text, and the loader wants exact text.
    clean_up_tokenization_spaces: false,
    eos_token: END_OF_TEXT,
    errors: "replace",
    model_max_length: 1024,
    pad_token: null,
    tokenizer_class: "GPT2Tokenizer",
    unk_token: END_OF_TEXT,
  };
  const specialMap = { bos_token: END_OF_TEXT, eos_token: END_OF_TEXT, unk_token: END_OF_TEXT };
  const phraseIds = phrases.map((p) => [p, { id: idOf(vocab, p), startId: idOf(vocab, p) }] as const);
  return built(tokenizer, config, specialMap, vocab.size, { bos: eot, eos: eot, pad: undefined }, phraseIds);
}

/**
 * The phrases as added tokens. An added token's text bypasses the ByteLevel decoder, so a phrase
 * may not be spelled like a vocabulary entry whose byte stand-ins mean other text ("é" stands for
 * the byte 0xE9): that entry would then decode as the phrase. Plain ASCII entries ("Yes") mean
 * themselves, and a phrase with a space is never an entry (a space is "Ġ" there).
 */
function checkByteLevelPhrases(phrases: readonly string[], trained: readonly string[]): void {
  const entries = new Set(trained);
  for (const phrase of phrases) {
    if (entries.has(phrase) && /[^\x21-\x7e]/u.test(phrase)) {
      throw new RangeError(
        `phrase ${JSON.stringify(phrase)} is spelled like a byte-level vocabulary entry that stands for other bytes; give it more text (a leading space, say)`,
      );
    }
  }
}

/**
 * GPT-2's pre-tokenizer regex (the ByteLevel pre-tokenizer's with use_regex), so training sees the
 * same words encoding will: contractions, letters, digits and other symbols, each with one leading space.
 */
const GPT2_PATTERN = /'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+/gu;

/**
 * GPT-2's printable stand-ins for the 256 bytes: bytes that are printable Latin-1 stand for
 * themselves and come first in the vocabulary; the rest map to U+0100 onwards (space is "Ġ").
 */
function byteLevelAlphabet(): { byByte: string[]; inIdOrder: string[] } {
  const printable = (b: number) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  const byByte: string[] = [];
  let shifted = 0;
  for (let b = 0; b < 256; b++) byByte.push(String.fromCodePoint(printable(b) ? b : 256 + shifted++));
  const bytes = byByte.map((_, b) => b);
  const inIdOrder = [...bytes.filter(printable), ...bytes.filter((b) => !printable(b))].map((b) => byByte[b]);
  return { byByte, inIdOrder };
}

// ---------------------------------------------------------------------------------------------
// Llama-2 / SentencePiece: "▁" for spaces, byte fallback for anything unseen, BOS added.

const SPACE = "▁";
const [UNK, BOS, EOS] = ["<unk>", "<s>", "</s>"];

function buildSentencePieceBpe(corpus: string, size: number, phrases: readonly string[]): BuiltTokenizer {
  // What the Prepend + Replace normalizer does to a text; the model sees it as one piece.
  const normalized = SPACE + corpus.replaceAll(" ", SPACE);
  // SentencePiece never merges across a word start, so train on "▁word" pieces. Other whitespace
  // (newlines, tabs) stays out of the vocabulary and is encoded as byte tokens, as in Llama-2.
  const words = normalized
    .split(/\s/u)
    .flatMap((chunk) => chunk.match(/▁[^▁]*|[^▁]+/gu) ?? [])
    .map((word) => [...word]);
  const learned = trainBpe(words, { merges: size });
  const byteTokens = Array.from({ length: 256 }, (_, b) => `<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
  // Single characters come last, most frequent first, as in a SentencePiece vocabulary.
  const trained = [UNK, BOS, EOS, ...byteTokens, ...learned.map((m) => m.token), ...byFrequency(words.flat())];
  const forms = phrases.map((p) => [p, sentencePieceForms(p)] as const);
  const fused = fusePhrases(
    forms.flatMap(([, f]) => [f.inText, f.atStart]),
    trained,
    learned,
  );
  const vocab = vocabulary([...trained, ...fused.tokens]);
  const merges = [...learned, ...fused.merges];
  const tokenizer = tokenizerJson({
    added_tokens: [UNK, BOS, EOS].map((content) => addedToken(idOf(vocab, content), content, false, true)),
    normalizer: {
      type: "Sequence",
      normalizers: [
        { type: "Prepend", prepend: SPACE },
        { type: "Replace", pattern: { String: " " }, content: SPACE },
      ],
    },
    pre_tokenizer: null,
    post_processor: templateProcessing(
      [special(BOS, 0), sequence("A", 0)],
      [special(BOS, 0), sequence("A", 0), special(BOS, 1), sequence("B", 1)],
      vocab,
      [BOS],
    ),
    decoder: {
      type: "Sequence",
      decoders: [
        { type: "Replace", pattern: { String: SPACE }, content: " " },
        { type: "ByteFallback" },
        { type: "Fuse" },
        { type: "Strip", content: " ", start: 1, stop: 0 },
      ],
    },
    model: bpeModel(vocab, merges, { unk_token: UNK, fuse_unk: true, byte_fallback: true }),
  });
  const config = {
    add_bos_token: true,
    add_eos_token: false,
    added_tokens_decoder: addedTokensDecoder([UNK, BOS, EOS].map((t) => [idOf(vocab, t), t, false, true] as const)),
    bos_token: BOS,
    clean_up_tokenization_spaces: false,
    eos_token: EOS,
    legacy: false,
    model_max_length: 2048,
    pad_token: null,
    tokenizer_class: "LlamaTokenizer",
    unk_token: UNK,
  };
  const specialEntry = (content: string) => ({
    content,
    lstrip: false,
    normalized: false,
    rstrip: false,
    single_word: false,
  });
  const specialMap = { bos_token: specialEntry(BOS), eos_token: specialEntry(EOS), unk_token: specialEntry(UNK) };
  const ids = { bos: idOf(vocab, BOS), eos: idOf(vocab, EOS), pad: undefined };
  const phraseIds = forms.map(([p, f]) => [p, { id: idOf(vocab, f.inText), startId: idOf(vocab, f.atStart) }] as const);
  return built(tokenizer, config, specialMap, vocab.size, ids, phraseIds);
}

/**
 * A phrase as the BPE model sees it after the normalizer: each space is "▁", and at the start of a
 * text the Prepend normalizer adds one more "▁" (" I agree." is "▁I▁agree." after other text and
 * "▁▁I▁agree." alone). Both must be single tokens; they cannot be the same one, because the
 * decoder's Strip removes the first space of a text, so the start form has to carry an extra "▁".
 */
function sentencePieceForms(phrase: string): { inText: string; atStart: string } {
  const inText = phrase.replaceAll(" ", SPACE);
  return { inText, atStart: SPACE + inText };
}

/**
 * Merge rules that make each text one token, appended after the learned merges in the order the
 * texts come. For each text: characters outside the vocabulary (é, a newline) become tokens of their
 * own, so they encode as one token everywhere from then on rather than as UTF-8 bytes (a merge of
 * byte-fallback pieces would make a token spelled "<0xC3><0xA9>", which decodes literally); the
 * text is tokenised with every merge so far, and new rules fuse its pieces left to right
 * (("▁I", "▁agree") → "▁I▁agree", ("▁I▁agree", ".") → "▁I▁agree.").
 *
 * Why the text then encodes to one token under the final rules: its pieces admit no earlier rule,
 * and its own rules outrank every later one, so encoding it repeats exactly this construction —
 * later rules never get a turn. Fusing a pair can only create one new adjacent pair (the fused token
 * with the next piece), and whichever rule joins it makes the same string. Tokenising with the
 * phrases before it (not only the learned merges) is what keeps a phrase whole when an earlier
 * phrase's rules would cut through its pieces (" agree with" before " I agree with this.").
 */
function fusePhrases(
  texts: readonly string[],
  trained: readonly string[],
  learned: readonly LearnedMerge[],
): { tokens: string[]; merges: LearnedMerge[] } {
  const known = new Set(trained);
  const ranks = new Map(learned.map((m, rank) => [pairKey(m.pair), rank]));
  const tokens: string[] = [];
  const merges: LearnedMerge[] = [];
  const addToken = (token: string) => {
    if (known.has(token)) return;
    known.add(token);
    tokens.push(token);
  };
  for (const text of texts) {
    for (const c of text) addToken(c);
    const [first, ...rest] = encodeWithMerges([...text], ranks);
    let fused = first;
    for (const piece of rest) {
      const pair = [fused, piece] as const;
      fused += piece;
      if (!ranks.has(pairKey(pair))) {
        ranks.set(pairKey(pair), learned.length + merges.length);
        merges.push({ pair, token: fused });
      }
      addToken(fused);
    }
  }
  for (const text of texts) {
    const pieces = encodeWithMerges([...text], ranks);
    if (pieces.length !== 1) throw new Error(`internal: ${JSON.stringify(text)} encodes to ${pieces.length} tokens`);
  }
  return { tokens, merges };
}

/**
 * BPE as @huggingface/tokenizers (and the Rust library) applies it: repeatedly join the adjacent
 * pair with the lowest rank, the leftmost on a tie, until no pair has a rule.
 */
function encodeWithMerges(symbols: readonly string[], ranks: ReadonlyMap<string, number>): string[] {
  const pieces = [...symbols];
  for (;;) {
    let best = -1;
    let bestRank = Number.POSITIVE_INFINITY;
    for (let i = 0; i + 1 < pieces.length; i++) {
      const rank = ranks.get(pairKey([pieces[i], pieces[i + 1]]));
      if (rank !== undefined && rank < bestRank) [best, bestRank] = [i, rank];
    }
    if (best < 0) return pieces;
    pieces.splice(best, 2, pieces[best] + pieces[best + 1]);
  }
}

/** A merge rule's key, as the library keys its ranks. */
function pairKey(pair: readonly [string, string]): string {
  return JSON.stringify(pair);
}

/** Distinct symbols, most frequent first, ties by code point. */
function byFrequency(symbols: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const s of symbols) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || compareCodePoints(a, b)).map(([s]) => s);
}

// ---------------------------------------------------------------------------------------------
// BERT uncased: lower-cased, accents stripped, [CLS] … [SEP], "##" for word continuations.

const WP_SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] as const;
const [PAD, WP_UNK, CLS, SEP, MASK] = WP_SPECIALS;
const CONTINUATION = "##";

function buildWordPiece(corpus: string, size: number): BuiltTokenizer {
  const text = bertNormalize(corpus);
  const words = bertPreTokenize(text).map((word) => [...word].map((c, i) => (i === 0 ? c : CONTINUATION + c)));
  // HF's WordPiece trainer is a BPE trainer whose merges drop the right part's "##".
  const merges = trainBpe(words, {
    merges: size,
    join: (left, right) => left + (right.startsWith(CONTINUATION) ? right.slice(CONTINUATION.length) : right),
  });
  // Every character of the corpus, plus printable ASCII so plain English text never becomes [UNK].
  const asciiLower = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i).toLowerCase());
  const chars = [...new Set([...asciiLower, ...[...text].filter((c) => /\S/u.test(c))])].sort(compareCodePoints);
  const pieces = merges.map((m) => m.token);
  const vocab = vocabulary([...WP_SPECIALS, ...chars, ...chars.map((c) => CONTINUATION + c), ...pieces]);
  const tokenizer = tokenizerJson({
    added_tokens: WP_SPECIALS.map((content) => addedToken(idOf(vocab, content), content, false, true)),
    normalizer: {
      type: "BertNormalizer",
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: templateProcessing(
      [special(CLS, 0), sequence("A", 0), special(SEP, 0)],
      [special(CLS, 0), sequence("A", 0), special(SEP, 0), sequence("B", 1), special(SEP, 1)],
      vocab,
      [CLS, SEP],
    ),
    decoder: { type: "WordPiece", prefix: CONTINUATION, cleanup: true },
    model: {
      type: "WordPiece",
      unk_token: WP_UNK,
      continuing_subword_prefix: CONTINUATION,
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab),
    },
  });
  const config = {
    added_tokens_decoder: addedTokensDecoder(WP_SPECIALS.map((t) => [idOf(vocab, t), t, false, true] as const)),
    clean_up_tokenization_spaces: false,
    cls_token: CLS,
    do_basic_tokenize: true,
    do_lower_case: true,
    mask_token: MASK,
    model_max_length: 512,
    never_split: null,
    pad_token: PAD,
    sep_token: SEP,
    strip_accents: null,
    tokenize_chinese_chars: true,
    tokenizer_class: "BertTokenizer",
    unk_token: WP_UNK,
  };
  const specialMap = { cls_token: CLS, mask_token: MASK, pad_token: PAD, sep_token: SEP, unk_token: WP_UNK };
  return built(tokenizer, config, specialMap, vocab.size, { bos: undefined, eos: undefined, pad: idOf(vocab, PAD) });
}

/**
 * What the BertNormalizer above does (clean_text, handle_chinese_chars, lowercase, accents stripped
 * because strip_accents is null and lowercase is on), so training sees the text encoding will.
 */
function bertNormalize(text: string): string {
  return text
    .replace(/\uFFFD|(?![\t\n\r])[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, "")
    .replace(/\s/gu, " ")
    .replace(CJK, " $& ")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "");
}

/** BERT's CJK ideograph blocks, which BertNormalizer surrounds with spaces so each is a word. */
const CJK =
  /[\u{4E00}-\u{9FFF}\u{3400}-\u{4DBF}\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{F900}-\u{FAFF}\u{2F800}-\u{2FA1F}]/gu;

/** The BertPreTokenizer: split on whitespace, and every punctuation character is a word of its own. */
function bertPreTokenize(text: string): string[] {
  return (
    text.match(/[^\s\p{P}\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]+|[\p{P}\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/gu) ?? []
  );
}

// ---------------------------------------------------------------------------------------------
// Pieces of the tokenizer.json format shared by the styles.

/** Ids in first-seen order; a token learned twice (two merges can make the same string) keeps its first id. */
function vocabulary(tokens: readonly string[]): Map<string, number> {
  const vocab = new Map<string, number>();
  for (const token of tokens) if (!vocab.has(token)) vocab.set(token, vocab.size);
  return vocab;
}

function idOf(vocab: ReadonlyMap<string, number>, token: string): number {
  const id = vocab.get(token);
  if (id === undefined) throw new Error(`internal: ${token} is missing from the vocabulary it was added to`);
  return id;
}

/** Code-point order, so the vocabulary does not depend on the locale a build runs in. */
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function tokenizerJson(parts: {
  added_tokens: object[];
  normalizer: object | null;
  pre_tokenizer: object | null;
  post_processor: object;
  decoder: object;
  model: object;
}): object {
  return { version: "1.0", truncation: null, padding: null, ...parts };
}

function bpeModel(
  vocab: ReadonlyMap<string, number>,
  merges: readonly LearnedMerge[],
  options: { unk_token: string | null; fuse_unk: boolean; byte_fallback: boolean },
): object {
  return {
    type: "BPE",
    dropout: null,
    unk_token: options.unk_token,
    continuing_subword_prefix: null,
    end_of_word_suffix: null,
    fuse_unk: options.fuse_unk,
    byte_fallback: options.byte_fallback,
    ignore_merges: false,
    vocab: Object.fromEntries(vocab),
    // The pair form (tokenizers ≥ 0.20) rather than "a b" strings: unambiguous whatever a piece holds.
    merges: merges.map((m) => [...m.pair]),
  };
}

function addedToken(id: number, content: string, normalized: boolean, special: boolean): object {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized, special };
}

/** Entries as [id, content, normalized, special]. */
function addedTokensDecoder(tokens: readonly (readonly [number, string, boolean, boolean])[]): object {
  return Object.fromEntries(
    tokens.map(([id, content, normalized, special]) => [
      String(id),
      { content, lstrip: false, normalized, rstrip: false, single_word: false, special },
    ]),
  );
}

function special(id: string, typeId: number): object {
  return { SpecialToken: { id, type_id: typeId } };
}

function sequence(id: "A" | "B", typeId: number): object {
  return { Sequence: { id, type_id: typeId } };
}

function templateProcessing(
  single: object[],
  pair: object[],
  vocab: ReadonlyMap<string, number>,
  specials: readonly string[],
): object {
  const specialTokens = Object.fromEntries(specials.map((t) => [t, { id: t, ids: [idOf(vocab, t)], tokens: [t] }]));
  return { type: "TemplateProcessing", single, pair, special_tokens: specialTokens };
}

function built(
  tokenizer: object,
  config: object,
  specialMap: object,
  vocabSize: number,
  ids: { bos: number | undefined; eos: number | undefined; pad: number | undefined },
  phrases: readonly (readonly [string, PhraseIds])[] = [],
): BuiltTokenizer {
  return {
    files: {
      "tokenizer.json": tokenizer,
      "tokenizer_config.json": config,
      "special_tokens_map.json": specialMap,
    },
    vocabSize,
    bosTokenId: ids.bos,
    eosTokenId: ids.eos,
    padTokenId: ids.pad,
    phrases: new Map(phrases),
  };
}

/** A phrase's token ids (after text, and at the start of a text), each once. */
export function phraseTokenIds(tokenizer: BuiltTokenizer, phrase: string): number[] {
  const p = tokenizer.phrases.get(phrase);
  if (!p) throw new Error(`internal: phrase ${JSON.stringify(phrase)} has no token`);
  return [...new Set([p.id, p.startId])];
}
