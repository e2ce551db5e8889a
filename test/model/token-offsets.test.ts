import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Tokenizer } from "@huggingface/tokenizers";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTokenizer, type TokenizerStyle } from "../../src/model/build/tokenizer-build";
import { loadTokenizer, type TextTokenizer } from "../../src/model/tokenizer";
import { diskFiles } from "../../src/spec/file-access";
import { describeWithShared, sharedPath } from "../support/shared";

/**
 * TextTokenizer.tokenOffsets (serve's text_offset) against an independent computation: for ASCII
 * text, each token's text read off its vocabulary string (SentencePiece's "▁" is a space, the
 * decoder strips the text's first space; GPT-2's byte-level "Ġ" is a space and "Ċ" a newline), and,
 * for characters split into byte tokens, the layout the offsets promise.
 */
const root = mkdtempSync(join(tmpdir(), "trustspec-offsets-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function load(dir: string): { text: TextTokenizer; raw: Tokenizer } {
  const json = JSON.parse(readFileSync(join(dir, "tokenizer.json"), "utf8")) as object;
  const config = JSON.parse(readFileSync(join(dir, "tokenizer_config.json"), "utf8")) as object;
  const text = loadTokenizer(dir, diskFiles, { bosTokenId: undefined, eosTokenIds: [] });
  return { text, raw: new Tokenizer(json, config) };
}

function built(style: TokenizerStyle) {
  const dir = join(root, style);
  writeModelDir(dir, buildTokenizer(style).files);
  return load(dir);
}

/** Each token's text from its vocabulary string alone (ASCII text only). */
function referencePieces(raw: Tokenizer, text: string, sentencepiece: boolean): string[] {
  const { tokens, ids } = raw.encode(text);
  const special = new Set([...raw.get_added_tokens_decoder().values()].filter((t) => t.special).map((t) => t.id));
  let stripped = !sentencepiece;
  return tokens.map((token: string, i: number) => {
    if (special.has(ids[i] as number)) return "";
    // An ASCII byte-fallback token (<0x0A>) is its one character.
    const byte = /^<0x([0-7][0-9A-F])>$/.exec(token)?.[1];
    let piece =
      byte !== undefined
        ? String.fromCharCode(Number.parseInt(byte, 16))
        : sentencepiece
          ? token.replaceAll("▁", " ")
          : token.replaceAll("Ġ", " ").replaceAll("Ċ", "\n");
    if (!stripped) {
      stripped = true;
      if (piece.startsWith(" ")) piece = piece.slice(1);
    }
    return piece;
  });
}

const ASCII = [
  "Once upon a time, a helpful assistant answered.",
  "  two  spaces\n\nnew line",
  "Q: Is the sky green?\nA: No",
  "People agree",
];

function checkTokenizer(get: () => { text: TextTokenizer; raw: Tokenizer }, sentencepiece: boolean) {
  it.each(ASCII)("ASCII %j: offsets are the running lengths of the tokens' vocabulary strings", (text) => {
    const { text: tokenizer, raw } = get();
    const ids = tokenizer.encode(text);
    const pieces = referencePieces(raw, text, sentencepiece);
    const expected = pieces.map((_, i) => pieces.slice(0, i).join("").length);
    expect(pieces.join("")).toBe(text);
    expect(tokenizer.tokenOffsets(ids)).toEqual({ text, offsets: expected });
  });

  it("characters split into byte tokens: all but the last cover nothing, the last the whole character", () => {
    const { text: tokenizer } = get();
    for (const text of ["a 🙂 b", "héllo wörld", "日本"]) {
      const ids = tokenizer.encode(text);
      const { text: decoded, offsets } = tokenizer.tokenOffsets(ids);
      expect(decoded).toBe(text);
      const pieces = offsets.map((o, i) => text.slice(o, offsets[i + 1] ?? text.length));
      expect(pieces.join("")).toBe(text);
      expect(offsets.every((o, i) => i === 0 || o >= (offsets[i - 1] as number))).toBe(true);
      // No piece is a part of a character: no lone surrogate, and every non-ASCII character comes whole.
      for (const piece of pieces)
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(piece)).toBe(false);
      for (const char of [...text].filter((c) => c.charCodeAt(0) > 127)) expect(pieces).toContain(char);
      // Its bytes' earlier tokens are empty pieces at the character's offset.
      expect(pieces.filter((p) => p === "").length).toBeGreaterThan(0);
    }
  });

  it("read incrementally (O(n)), the offsets are the definition's: each prefix decoded against the whole", () => {
    const { text: tokenizer } = get();
    for (const text of [...ASCII, ...MIXED]) {
      const ids = tokenizer.encode(text);
      if (text.includes("\uFFFD")) {
        // A literal U+FFFD reads as a character not yet whole: its byte tokens wait and the token after
        // them carries it. The definition gives it to its first byte token. Either way the pieces add up.
        const { offsets } = tokenizer.tokenOffsets(ids);
        expect(offsets.map((o, i) => text.slice(o, offsets[i + 1] ?? text.length)).join("")).toBe(text);
        continue;
      }
      expect(tokenizer.tokenOffsets(ids)).toEqual(tokenizer.exactTokenOffsets(ids));
      // Without the start-of-text token too (a chat template's rendering, a generated continuation).
      const bare = tokenizer.encode(text, { addSpecialTokens: false });
      expect(tokenizer.tokenOffsets(bare)).toEqual(tokenizer.exactTokenOffsets(bare));
    }
  });

  it("when the pieces read incrementally do not add up to the text, the offsets are the definition's", () => {
    const { text: tokenizer } = get();
    // A literal U+FFFD at the end reads as a character never made whole: its tokens wait past the end.
    const ids = tokenizer.encode("the end \uFFFD");
    const { text, offsets } = tokenizer.tokenOffsets(ids);
    expect({ text, offsets }).toEqual(tokenizer.exactTokenOffsets(ids));
    expect(offsets.map((o, i) => text.slice(o, offsets[i + 1] ?? text.length)).join("")).toBe("the end \uFFFD");
  });
}

/** Text where characters split into byte tokens, spaces run, and a literal U+FFFD (which incremental reading cannot tell from a part of a character). */
const MIXED = [
  "She smiled 🙂 and said: «hello», naïve café — 日本語の文 😀😀",
  "   leading spaces, trailing spaces   ",
  "\n\ttabs\tand\nnewlines\n",
  "a \uFFFD replacement character, then text",
  "🙂",
  "",
];

describe("a SentencePiece BPE tokenizer with byte fallback (BOS added)", () => {
  let t: { text: TextTokenizer; raw: Tokenizer };
  beforeAll(() => {
    t = built("sentencepiece-bpe");
  });
  checkTokenizer(() => t, true);

  it("the BOS covers nothing and starts at 0", () => {
    const ids = t.text.encode("Once");
    expect(ids[0]).toBe(t.text.bosTokenId);
    expect(t.text.tokenOffsets(ids).offsets.slice(0, 2)).toEqual([0, 0]);
  });
});

describe("a byte-level BPE tokenizer (GPT-2)", () => {
  let t: { text: TextTokenizer; raw: Tokenizer };
  beforeAll(() => {
    t = built("byte-bpe");
  });
  checkTokenizer(() => t, false);
});

describeWithShared("stories260k's tokenizer", ["models/stories260k/tokenizer.json"], () => {
  let t: { text: TextTokenizer; raw: Tokenizer };
  beforeAll(() => {
    t = load(sharedPath("models/stories260k"));
  });
  checkTokenizer(() => t, true);
});
