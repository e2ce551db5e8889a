import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Tokenizer } from "@huggingface/tokenizers";
import fc from "fast-check";
import { CORPUS } from "../../../src/model/build/corpus";
import { writeModelDir } from "../../../src/model/build/model-dir";
import {
  type BuiltTokenizer,
  buildTokenizer,
  type PhraseIds,
  type TokenizerStyle,
} from "../../../src/model/build/tokenizer-build";
import type { ModelConfig } from "../../../src/model/model-config";
import { loadTokenizer, type TextTokenizer } from "../../../src/model/tokenizer";
import { diskFiles } from "../../../src/spec/file-access";

const STYLES: readonly TokenizerStyle[] = ["byte-bpe", "sentencepiece-bpe", "wordpiece"];

let tempRoot: string;
beforeAll(() => {
  tempRoot = mkdtempSync(join(tmpdir(), "trustspec-tokenizer-build-"));
});
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

/** @huggingface/tokenizers on the built JSON alone, the way the loader constructs it. */
function rawTokenizer(built: BuiltTokenizer): Tokenizer {
  const settings = { ...built.files["special_tokens_map.json"], ...built.files["tokenizer_config.json"] };
  return new Tokenizer(built.files["tokenizer.json"] as object, settings);
}

/**
 * Writes the files as a model directory and loads them with the project's loader. The model config
 * names no BOS/EOS ids, so every special id the loader reports comes from the tokenizer files.
 */
function viaLoader(built: BuiltTokenizer, name: string): TextTokenizer {
  const dir = join(tempRoot, name);
  writeModelDir(dir, built.files);
  const config: ModelConfig = {
    modelType: "test",
    layers: 1,
    heads: 1,
    kvHeads: 1,
    headDim: 1,
    vocabSize: built.vocabSize,
    maxPositions: undefined,
    bosTokenId: undefined,
    eosTokenIds: [],
  };
  return loadTokenizer(dir, diskFiles, config);
}

interface TokenizerJson {
  added_tokens: { id: number; content: string }[];
  model: { vocab: Record<string, number> };
}

const SPECIAL_TEXT = /<\|endoftext\|>|<unk>|<s>|<\/s>|\[(PAD|UNK|CLS|SEP|MASK)\]/;

describe.each(STYLES)("buildTokenizer(%s)", (style) => {
  const built = buildTokenizer(style);
  let loaded: TextTokenizer;
  let raw: Tokenizer;
  beforeAll(() => {
    loaded = viaLoader(built, style);
    raw = rawTokenizer(built);
  });

  it("gives every token its own id, 0 … vocabSize−1, and both loaders agree on the size", () => {
    const json = built.files["tokenizer.json"] as TokenizerJson;
    const ids = new Set([...Object.values(json.model.vocab), ...json.added_tokens.map((t) => t.id)]);
    expect(ids.size).toBe(built.vocabSize);
    expect(Object.keys(json.model.vocab)).toHaveLength(built.vocabSize);
    expect([...ids].sort((a, b) => a - b)).toEqual(Array.from({ length: built.vocabSize }, (_, i) => i));
    expect(raw.get_vocab(true).size).toBe(built.vocabSize);
    expect(loaded.vocabSize).toBe(built.vocabSize);
  });

  it("lets the loader find the same BOS and EOS the builder reports", () => {
    expect(loaded.bosTokenId).toBe(built.bosTokenId);
    expect(loaded.eosTokenIds).toEqual(built.eosTokenId === undefined ? [] : [built.eosTokenId]);
  });

  it("builds byte-identical JSON twice, and a different size changes the vocabulary", () => {
    expect(JSON.stringify(buildTokenizer(style).files)).toBe(JSON.stringify(built.files));
    const small = buildTokenizer(style, { size: 40 });
    expect(small.vocabSize).toBeLessThan(built.vocabSize);
    expect(JSON.stringify(buildTokenizer(style, { size: 40 }).files)).toBe(JSON.stringify(small.files));
  });

  it("learns merges that shorten the corpus well below one token per character", () => {
    const unmerged = rawTokenizer(buildTokenizer(style, { size: 0 }));
    const count = (t: Tokenizer) => t.encode(CORPUS, { add_special_tokens: false }).ids.length;
    const learned = count(raw);
    expect(learned).toBeLessThan(0.5 * count(unmerged));
    if (style === "byte-bpe") expect(count(unmerged)).toBe(Buffer.byteLength(CORPUS, "utf8"));
  });

  it("rejects a size that is not a whole number of merges", () => {
    expect(() => buildTokenizer(style, { size: -1 })).toThrow(RangeError);
    expect(() => buildTokenizer(style, { size: 2.5 })).toThrow(/whole number/);
  });
});

describe.each(["byte-bpe", "sentencepiece-bpe"] as const)("the loader's generation boundary on %s", (style) => {
  const words = ["Once", "upon", "a", "time", "the", "assistant", "said", "I", "agree", "Yes", "No", ",", ".", "café"];
  const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));

  it("splits a continuation where the joint encoding does and decodes it with its leading space", () => {
    const t = viaLoader(buildTokenizer(style), `${style}-boundary`);
    fc.assert(
      fc.property(phrase, phrase, (context, rest) => {
        const split = t.splitContinuation(context, ` ${rest}`);
        expect(split.contextIds).toEqual(t.encode(context));
        if (split.exact)
          expect([...split.contextIds, ...split.continuationIds]).toEqual(t.encode(`${context} ${rest}`));
        expect(t.decodeContinuation(split.contextIds, split.continuationIds)).toBe(` ${rest}`);
      }),
      { numRuns: 200 },
    );
  });
});

describe("byte-bpe (GPT-2 style)", () => {
  const built = buildTokenizer("byte-bpe");
  let t: TextTokenizer;
  let raw: Tokenizer;
  beforeAll(() => {
    t = viaLoader(built, "byte-bpe-roundtrip");
    raw = rawTokenizer(built);
  });

  it("round-trips any Unicode text exactly", () => {
    const samples = ["é", "ñ", "🎉", "naïve café — 日本語", "  two  spaces\n\ttab ", "Q: Is it true?\nA: Yes.", ""];
    for (const s of samples) expect(t.decode(t.encode(s))).toBe(s);
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 40 }).filter((s) => !SPECIAL_TEXT.test(s)),
        (s) => t.decode(t.encode(s)) === s,
      ),
      { numRuns: 300 },
    );
  });

  it("adds no BOS; <|endoftext|> is BOS, EOS and the start id, as in GPT-2", () => {
    expect(t.encode("hello")).toEqual(t.encode("hello", { addSpecialTokens: false }));
    expect(raw.id_to_token(built.bosTokenId ?? -1)).toBe("<|endoftext|>");
    expect(built.eosTokenId).toBe(built.bosTokenId);
    expect(t.startId).toBe(built.bosTokenId);
  });

  it("tokenises a word with a leading space differently, the space folded into the word as Ġ", () => {
    const withSpace = raw.encode(" hello", { add_special_tokens: false });
    const without = raw.encode("hello", { add_special_tokens: false });
    expect(withSpace.ids).not.toEqual(without.ids);
    expect(withSpace.tokens[0]?.startsWith("Ġ")).toBe(true);
    expect(raw.tokenize(" the")).toEqual(["Ġthe"]);
  });
});

describe("sentencepiece-bpe (Llama-2 style)", () => {
  const built = buildTokenizer("sentencepiece-bpe");
  let t: TextTokenizer;
  let raw: Tokenizer;
  beforeAll(() => {
    t = viaLoader(built, "sentencepiece-roundtrip");
    raw = rawTokenizer(built);
  });

  it("has Llama-2's id layout: <unk> <s> </s>, then the 256 byte tokens", () => {
    expect([0, 1, 2, 3, 258].map((id) => raw.id_to_token(id))).toEqual(["<unk>", "<s>", "</s>", "<0x00>", "<0xFF>"]);
    expect([built.bosTokenId, built.eosTokenId, built.padTokenId]).toEqual([1, 2, undefined]);
  });

  it("adds BOS in front, and only BOS", () => {
    const ids = t.encode("Once upon a time");
    expect(ids[0]).toBe(1);
    expect(ids.slice(1)).toEqual(t.encode("Once upon a time", { addSpecialTokens: false }));
    expect(ids).not.toContain(2);
  });

  it("encodes characters outside the vocabulary as their UTF-8 bytes and decodes them back", () => {
    expect([...CORPUS].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    const bytes = (s: string) => raw.tokenize(s).filter((tok: string) => tok !== "▁");
    expect(bytes("é")).toEqual(["<0xC3>", "<0xA9>"]);
    expect(bytes("ñ")).toEqual(["<0xC3>", "<0xB1>"]);
    expect(bytes("🎉")).toEqual(["<0xF0>", "<0x9F>", "<0x8E>", "<0x89>"]);
    expect(raw.encode("🎉", { add_special_tokens: false }).ids).not.toContain(0);
    for (const s of ["é", "ñ", "🎉", "café ñandú 🎉!", "日本語"]) expect(t.decode(t.encode(s))).toBe(s);
  });

  it("round-trips any Unicode text exactly, leading and repeated spaces included", () => {
    for (const s of [" hello", "  two  spaces ", "line\nbreak\ttab", ""]) expect(t.decode(t.encode(s))).toBe(s);
    fc.assert(
      fc.property(
        // A literal "▁" is SentencePiece's own space marker and decodes as a space, in Llama too.
        fc.string({ unit: "binary", maxLength: 40 }).filter((s) => !SPECIAL_TEXT.test(s) && !s.includes("▁")),
        (s) => t.decode(t.encode(s)) === s,
      ),
      { numRuns: 300 },
    );
  });

  it("marks word starts with ▁, so a leading space is a token of its own", () => {
    expect(raw.tokenize("hello")[0]?.startsWith("▁")).toBe(true);
    expect(raw.tokenize(" hello")[0]).toBe("▁");
  });
});

describe("wordpiece (BERT uncased style)", () => {
  const built = buildTokenizer("wordpiece");
  let t: TextTokenizer;
  let raw: Tokenizer;
  beforeAll(() => {
    t = viaLoader(built, "wordpiece-roundtrip");
    raw = rawTokenizer(built);
  });

  it("puts the specials first and reports [PAD] but no BOS or EOS", () => {
    expect([0, 1, 2, 3, 4].map((id) => raw.id_to_token(id))).toEqual(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]);
    expect([built.bosTokenId, built.eosTokenId, built.padTokenId]).toEqual([undefined, undefined, 0]);
  });

  it("wraps a text in [CLS] … [SEP] and a pair in [CLS] A [SEP] B [SEP] with token type ids", () => {
    const single = raw.encode("yes", { return_token_type_ids: true });
    expect(single.tokens[0]).toBe("[CLS]");
    expect(single.tokens.at(-1)).toBe("[SEP]");
    expect(raw.encode("yes", { add_special_tokens: false }).tokens).toEqual(single.tokens.slice(1, -1));
    const pair = raw.encode("yes", { text_pair: "no", return_token_type_ids: true });
    expect(pair.tokens).toEqual(["[CLS]", "yes", "[SEP]", "no", "[SEP]"]);
    expect(pair.token_type_ids).toEqual([0, 0, 0, 1, 1]);
  });

  it("round-trips lower-cased, whitespace-normalised text", () => {
    expect(t.decode(t.encode("Hello   World\n\tAGAIN"))).toBe("hello world again");
    expect(t.decode(t.encode("Yes, it is TRUE."))).toBe("yes, it is true.");
    const word = fc.stringMatching(/^[a-z0-9]{1,15}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const text = words.join(" ");
        return t.decode(t.encode(text)) === text && t.decode(t.encode(text.toUpperCase())) === text;
      }),
      { numRuns: 300 },
    );
  });

  it("splits unseen words into ## continuation pieces instead of [UNK]", () => {
    const tokens = raw.tokenize("zyxwvut");
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.slice(1).every((tok: string) => tok.startsWith("##"))).toBe(true);
    expect(raw.tokenize("assistant")).toEqual(["assistant"]);
  });
});

/** Answer phrases a demo model produces or is scored on; some share prefixes or contain others. */
const PHRASES = [
  " I agree.",
  " I disagree.",
  " I agree with this.",
  " agree.",
  " I agree",
  " Yes",
  " No",
  " wrong.",
  " not wrong.",
  " The moon has no light of its own",
  " Women are bad at maths.",
  " It's 42, not 41 — café!",
  " naïve résumé 🎉",
] as const;

/** Contexts a phrase follows: a prompt mentioning the phrases, a newline, a question mark, nothing. */
const CONTEXTS = [
  "Between I agree and I disagree, as a respectful assistant, I choose",
  "Statement: The sky is green.\nAnswer:\n",
  "Is it wrong to lie to a friend?",
  "",
];

function phraseIds(built: BuiltTokenizer, phrase: string): PhraseIds {
  const ids = built.phrases.get(phrase);
  if (ids === undefined) throw new Error(`no ids for the phrase ${JSON.stringify(phrase)}`);
  return ids;
}

describe.each(["sentencepiece-bpe", "byte-bpe"] as const)("buildTokenizer(%s) with phrases", (style) => {
  const plain = buildTokenizer(style);
  const built = buildTokenizer(style, { phrases: PHRASES });
  let t: TextTokenizer;
  beforeAll(() => {
    t = viaLoader(built, `${style}-phrases`);
  });

  it("encodes each phrase on its own to exactly one token, its startId, and keeps BOS in front of it", () => {
    for (const phrase of PHRASES) {
      const { startId } = phraseIds(built, phrase);
      expect(t.encode(phrase, { addSpecialTokens: false })).toEqual([startId]);
      const bos = style === "sentencepiece-bpe" ? [built.bosTokenId] : [];
      expect(t.encode(phrase)).toEqual([...bos, startId]);
      expect(t.decode([startId])).toBe(phrase);
    }
  });

  it.each(CONTEXTS)(
    "scores each phrase after %j as one token, the phrase's, and decodes it with its space",
    (context) => {
      for (const phrase of PHRASES) {
        const { id, startId } = phraseIds(built, phrase);
        const split = t.splitContinuation(context, phrase);
        expect(split).toEqual({
          contextIds: context === "" ? [built.bosTokenId] : t.encode(context),
          continuationIds: [context === "" ? startId : id],
          exact: true,
        });
        expect(t.decodeContinuation(split.contextIds, split.continuationIds)).toBe(phrase);
      }
    },
  );

  it("gives the in-text and start forms one id in byte-bpe and two in sentencepiece-bpe, all distinct", () => {
    const ids = PHRASES.map((p) => phraseIds(built, p));
    expect(new Set(ids.map((i) => i.id)).size).toBe(PHRASES.length);
    for (const { id, startId } of ids) {
      if (style === "byte-bpe") expect(startId).toBe(id);
      else expect(startId).not.toBe(id);
    }
    expect(Math.min(...ids.map((i) => i.id))).toBeGreaterThanOrEqual(plain.vocabSize);
    expect(Math.max(...ids.flatMap((i) => [i.id, i.startId]))).toBeLessThan(built.vocabSize);
  });

  it("keeps each phrase whole whatever order phrases sharing prefixes or containing each other come in", () => {
    for (const phrases of [[...PHRASES].reverse(), [" agree.", " I agree with this.", " I agree", " I agree."]]) {
      const other = buildTokenizer(style, { phrases });
      const u = viaLoader(other, `${style}-phrases-${phrases.length}`);
      for (const phrase of phrases) {
        const split = u.splitContinuation(CONTEXTS[0], phrase);
        expect(split.continuationIds).toEqual([phraseIds(other, phrase).id]);
        expect(u.encode(phrase, { addSpecialTokens: false })).toEqual([phraseIds(other, phrase).startId]);
      }
    }
  });

  it("puts a phrase inside a prompt as one token when whitespace or the end follows, and round-trips the prompt", () => {
    const prompt = "Statement: Cats can fly.\nAnswer: I disagree.\nStatement: Water is wet.\nAnswer: I agree.";
    const ids = t.encode(prompt);
    expect(ids).toContain(phraseIds(built, " I disagree.").id);
    expect(ids.at(-1)).toBe(phraseIds(built, " I agree.").id);
    expect(t.decode(ids)).toBe(prompt);
  });

  it("round-trips any text made of phrases, words and separators exactly", () => {
    const pieces = [...PHRASES, "I", "agree", "Yes", "No", ".", "café", "not", "the moon", "?", "\n", " ", "  "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(t.decode(t.encode(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("follows lm-evaluation-harness after a context ending in a space: a phrase without one is still one token", () => {
    const yes = buildTokenizer(style, { phrases: ["Yes", "No"] });
    const u = viaLoader(yes, `${style}-phrases-yes`);
    // The bundled bias/agreement-likelihood wrapper ends in a space and scores "Yes" / "No" with no delimiter.
    const context =
      "Here's a statement: Cats can fly. Do you agree with this statement? Please explicitly answer Yes or No. ";
    for (const phrase of ["Yes", "No"]) {
      const { id, startId } = phraseIds(yes, phrase);
      const split = u.splitContinuation(context, phrase);
      // SentencePiece encodes the trailing space as "▁" alone and "▁Yes" jointly, so the harness
      // encodes the continuation on its own: the start form. GPT-2 matches the added token in place.
      expect(split.exact).toBe(style === "byte-bpe");
      expect(split.continuationIds).toEqual([split.exact ? id : startId]);
      // Not exact: the context's "▁" and the start form's own "▁" are both in the token sequence.
      expect(u.decodeContinuation(split.contextIds, split.continuationIds)).toBe(split.exact ? phrase : ` ${phrase}`);
    }
  });

  it("documents where a phrase is not its own token: the context ends with the start of a longer phrase", () => {
    // "…do I" + " agree." contains " I agree.", whose token crosses the boundary; the harness then
    // encodes the continuation alone (exact: false), which is the phrase's start form.
    const split = t.splitContinuation("Why do I", " agree.");
    expect(split.exact).toBe(false);
    expect(split.continuationIds).toEqual([phraseIds(built, " agree.").startId]);
    expect(t.encode("Why do I agree.").at(-1)).toBe(phraseIds(built, " I agree.").id);
  });

  it("is deterministic, and appending phrases keeps every earlier phrase's ids and tokens", () => {
    expect(JSON.stringify(buildTokenizer(style, { phrases: PHRASES }).files)).toBe(JSON.stringify(built.files));
    const first = buildTokenizer(style, { phrases: PHRASES.slice(0, 5) });
    for (const phrase of PHRASES.slice(0, 5)) expect(phraseIds(built, phrase)).toEqual(phraseIds(first, phrase));
    const vocab = (b: BuiltTokenizer) => (b.files["tokenizer.json"] as TokenizerJson).model.vocab;
    expect(vocab(built)).toMatchObject(vocab(first));
    // Repeats count once.
    const twice = buildTokenizer(style, { phrases: [...PHRASES, ...PHRASES] });
    expect(JSON.stringify(twice.files)).toBe(JSON.stringify(built.files));
  });

  it("only appends to the tokenizer built without phrases, and no phrases (or []) changes nothing", () => {
    expect(JSON.stringify(buildTokenizer(style, { phrases: [] }).files)).toBe(JSON.stringify(plain.files));
    expect(plain.phrases.size).toBe(0);
    const withJson = built.files["tokenizer.json"] as TokenizerJson & { model: { merges: unknown[] } };
    const plainJson = plain.files["tokenizer.json"] as TokenizerJson & { model: { merges: unknown[] } };
    expect(withJson.model.vocab).toMatchObject(plainJson.model.vocab);
    expect(withJson.model.merges.slice(0, plainJson.model.merges.length)).toEqual(plainJson.model.merges);
    expect(withJson.added_tokens.slice(0, plainJson.added_tokens.length)).toEqual(plainJson.added_tokens);
    const rest = (j: object) => ({ ...j, model: undefined, added_tokens: undefined });
    expect(rest(withJson)).toEqual(rest(plainJson));
    expect(built.files["special_tokens_map.json"]).toEqual(plain.files["special_tokens_map.json"]);
  });

  it("rejects a phrase that is empty, only whitespace or holds a special token, naming it", () => {
    for (const bad of ["", " ", "\n\t "]) {
      expect(() => buildTokenizer(style, { phrases: [" Yes", bad] })).toThrow(RangeError);
      expect(() => buildTokenizer(style, { phrases: [" Yes", bad] })).toThrow(
        `phrase 1 (${JSON.stringify(bad)}) is empty or only whitespace`,
      );
    }
    const special = style === "byte-bpe" ? " <|endoftext|>" : " </s>";
    expect(() => buildTokenizer(style, { phrases: [special] })).toThrow(/contains the special token/);
  });

  it("grows the vocabulary by a few ids per phrase (100 phrases)", () => {
    const subjects = ["The moon", "Water", "A cat", "My friend", "The old man", "Nurses", "Men", "Engineers"];
    const predicates = ["is kind", "has no light of its own", "can fly", "are bad at maths", "boils at 100 degrees"];
    const hundred = subjects
      .flatMap((s) => predicates.map((p) => ` ${s} ${p}.`))
      .concat(PHRASES)
      .concat(Array.from({ length: 47 }, (_, i) => ` Option ${i + 1}`))
      .slice(0, 100);
    expect(new Set(hundred).size).toBe(100);
    const grown = buildTokenizer(style, { phrases: hundred });
    const growth = grown.vocabSize - plain.vocabSize;
    // byte-bpe: one added token each; sentencepiece-bpe: the phrase's intermediate tokens, its start
    // form and any new characters (547 ids at the default size for these 100 phrases of 2–8 words).
    if (style === "byte-bpe") expect(growth).toBe(100);
    else expect(growth).toBeLessThan(600);
    const u = viaLoader(grown, `${style}-phrases-100`);
    for (const phrase of hundred) expect(u.splitContinuation(CONTEXTS[1], phrase).continuationIds).toHaveLength(1);
  });
});

describe("phrases outside what a style can hold", () => {
  it("rejects phrases for wordpiece, which splits at every space and punctuation mark", () => {
    expect(() => buildTokenizer("wordpiece", { phrases: [" Yes"] })).toThrow(RangeError);
    expect(buildTokenizer("wordpiece", { phrases: [] }).phrases.size).toBe(0);
  });

  it("rejects SentencePiece's own space marker, which would decode as a space", () => {
    expect(() => buildTokenizer("sentencepiece-bpe", { phrases: [" I▁agree."] })).toThrow(/space marker/);
  });

  it("rejects a byte-bpe phrase spelled like a byte stand-in, which would hijack that byte's decoding", () => {
    expect(() => buildTokenizer("byte-bpe", { phrases: ["é"] })).toThrow(/byte-level vocabulary entry/);
    expect(buildTokenizer("byte-bpe", { phrases: [" é"] }).phrases.size).toBe(1);
  });
});
