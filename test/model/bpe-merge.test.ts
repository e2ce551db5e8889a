import { readFileSync } from "node:fs";
import { Tokenizer } from "@huggingface/tokenizers";
import fc from "fast-check";
import { fasterBpe } from "../../src/model/bpe-merge";
import { buildTokenizer } from "../../src/model/build/tokenizer-build";
import { loadTokenizer } from "../../src/model/tokenizer";
import { memoryFiles } from "../../src/spec/file-access";
import { describeWithShared, sharedPath } from "../support/shared";

type LibraryModel = { bpe(word: string): string[]; clear_cache(): void };

/** The library's own tokenizer and one with the faster merge, from the same files. */
function pair(json: object, config: object = {}): { library: Tokenizer; faster: Tokenizer } {
  const library = new Tokenizer(json, config);
  const faster = new Tokenizer(json, config);
  expect(fasterBpe(faster.model)).toBe(true);
  return { library, faster };
}

function model(t: Tokenizer): LibraryModel {
  return t.model as unknown as LibraryModel;
}

/** Texts in our own words, with the characters real text brings: digits, punctuation, accents, CJK, emoji. */
const WORDS = ["the", "answer", "is", "seven", "café", "naïve", "東京", "🙂", "—", "42", "x", "?", "\n", "  ", "don't"];
const text = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(" ")),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 60 }),
);

/** Both encode every text to the same tokens, with and without their word caches. */
function sameEncodings(get: () => { library: Tokenizer; faster: Tokenizer }, runs: number) {
  fc.assert(
    fc.property(text, fc.boolean(), (t, fresh) => {
      const { library, faster } = get();
      if (fresh) {
        model(library).clear_cache();
        model(faster).clear_cache();
      }
      expect(faster.encode(t).tokens).toEqual(library.encode(t).tokens);
    }),
    { numRuns: runs },
  );
}

/**
 * A BPE model of generated merges over a small alphabet: merges of single symbols and of what
 * earlier merges made, some listed twice (the library keeps the last rank), some of symbols no
 * word has, some making a string no other merge reads.
 */
const generatedModel = fc
  .record({
    alphabet: fc.uniqueArray(fc.constantFrom("a", "b", "c", "▁", "é", "𝟘", "."), { minLength: 2 }),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
    endOfWord: fc.constantFrom(undefined, "</w>"),
    continuing: fc.constantFrom(undefined, "##"),
  })
  .map(({ alphabet, picks, endOfWord, continuing }) => {
    const symbols = endOfWord === undefined ? [...alphabet] : [...alphabet, ...alphabet.map((s) => s + endOfWord)];
    const merges: [string, string][] = [];
    for (const [i, j] of picks) {
      const a = symbols[i % symbols.length] as string;
      const b = symbols[j % symbols.length] as string;
      merges.push([a, b]);
      if (!symbols.includes(a + b)) symbols.push(a + b);
    }
    const vocab = Object.fromEntries(symbols.map((s, i) => [s, i]));
    return {
      alphabet,
      json: {
        model: {
          type: "BPE",
          vocab,
          merges,
          ...(endOfWord === undefined ? {} : { end_of_word_suffix: endOfWord }),
          ...(continuing === undefined ? {} : { continuing_subword_suffix: continuing }),
        },
        normalizer: null,
        pre_tokenizer: null,
        post_processor: null,
        decoder: null,
        added_tokens: [],
      },
    };
  });

describe("fasterBpe", () => {
  it("merges every word into the pieces the library's BPE gives, on generated merge tables", () => {
    fc.assert(
      fc.property(
        generatedModel.chain((m) =>
          fc.tuple(
            fc.constant(m),
            fc.array(fc.array(fc.constantFrom(...m.alphabet), { maxLength: 40 }), { maxLength: 5 }),
          ),
        ),
        ([m, words]) => {
          const { library, faster } = pair(m.json);
          for (const word of words.map((w) => w.join(""))) {
            expect(model(faster).bpe(word)).toEqual(model(library).bpe(word));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives the library's encodings on the project's SentencePiece-style and byte-level tokenizers", () => {
    for (const style of ["sentencepiece-bpe", "byte-bpe"] as const) {
      const built = buildTokenizer(style, { phrases: [" I agree.", " Yes"] });
      const tokenizers = pair(built.files["tokenizer.json"] as object, built.files["tokenizer_config.json"]);
      sameEncodings(() => tokenizers, 300);
    }
  });

  it("leaves a model that is not BPE as it is", () => {
    const built = buildTokenizer("wordpiece");
    const t = new Tokenizer(built.files["tokenizer.json"] as object, {});
    const before = (t.model as unknown as { encode: unknown }).encode;
    expect(fasterBpe(t.model)).toBe(false);
    expect(Object.hasOwn(t.model as object, "bpe")).toBe(false);
    expect((t.model as unknown as { encode: unknown }).encode).toBe(before);
  });

  it("is what loadTokenizer uses for a BPE model", () => {
    const built = buildTokenizer("sentencepiece-bpe");
    const files = memoryFiles(
      Object.fromEntries(Object.entries(built.files).map(([name, json]) => [`/m/${name}`, JSON.stringify(json)])),
    );
    const loaded = loadTokenizer("/m", files, { bosTokenId: built.bosTokenId, eosTokenIds: [] });
    const inner = (loaded as unknown as { tokenizer: Tokenizer }).tokenizer;
    expect(Object.hasOwn(inner.model as object, "bpe")).toBe(true);
  });
});

describeWithShared(
  "fasterBpe on stories260k's tokenizer (SentencePiece-style: a whole text is one word)",
  ["models/stories260k/tokenizer.json"],
  () => {
    const dir = sharedPath("models/stories260k");
    const read = (name: string) => JSON.parse(readFileSync(`${dir}/${name}`, "utf8"));
    let tokenizers: { library: Tokenizer; faster: Tokenizer };
    beforeAll(() => {
      tokenizers = pair(read("tokenizer.json"), read("tokenizer_config.json"));
    });

    it("gives the library's encodings", () => sameEncodings(() => tokenizers, 500));
  },
);

describeWithShared("fasterBpe on GPT-2's tokenizer (byte-level BPE)", ["tokenizers/gpt2/tokenizer.json"], () => {
  let tokenizers: { library: Tokenizer; faster: Tokenizer };
  beforeAll(() => {
    tokenizers = pair(JSON.parse(readFileSync(sharedPath("tokenizers/gpt2/tokenizer.json"), "utf8")));
  });

  it("gives the library's encodings", () => sameEncodings(() => tokenizers, 500));

  it("gives the library's encodings of long words, which its cache does not keep", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 40, maxLength: 120 }), (words) => {
        const t = words.join("");
        expect(tokenizers.faster.encode(t).tokens).toEqual(tokenizers.library.encode(t).tokens);
      }),
      { numRuns: 100 },
    );
  });
});
