import { readFileSync } from "node:fs";
import fc from "fast-check";
import { readModelConfig } from "../../src/model/model-config";
import { ModelError } from "../../src/model/model-error";
import { loadTokenizer, type TextTokenizer } from "../../src/model/tokenizer";
import { diskFiles, memoryFiles } from "../../src/spec/file-access";
import { describeWithShared, sharedPath } from "../support/shared";

const WORDS = [
  "Once",
  "upon",
  "a",
  "time",
  "the",
  "little",
  "girl",
  "named",
  "Lily",
  "saw",
  "a",
  "big",
  "dog",
  ".",
  ",",
  "!",
  "Yes",
  "No",
];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));

/** Laws of the context/continuation boundary that hold for any tokenizer. */
function boundaryLaws(tok: () => TextTokenizer) {
  it("splits where a joint encoding puts the boundary: context ids + continuation ids = the joint encoding", () => {
    fc.assert(
      fc.property(phrase, phrase, (context, rest) => {
        const t = tok();
        const continuation = ` ${rest}`;
        const split = t.splitContinuation(context, continuation);
        if (split.exact)
          expect([...split.contextIds, ...split.continuationIds]).toEqual(t.encode(context + continuation));
        expect(split.contextIds).toEqual(t.encode(context));
        expect(split.continuationIds.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("splits several choices after one context as each splits alone, encoding the context once", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(""), phrase),
        fc.array(phrase, { minLength: 1, maxLength: 5 }),
        (context, rests) => {
          const t = tok();
          const choices = rests.map((r) => ` ${r}`);
          const encode = jest.spyOn(t, "encode");
          const splits = t.splitContinuations(context, choices);
          const calls = encode.mock.calls.length;
          encode.mockRestore();
          expect(splits).toEqual(choices.map((c) => t.splitContinuation(context, c)));
          // The context once (none when empty), then each choice jointly (and alone where the boundary moved).
          const inexact = splits.filter((x) => !x.exact).length;
          expect(calls).toBe((context === "" ? 0 : 1) + choices.length + (context === "" ? 0 : inexact));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("decodes a continuation with its leading space, as it reads after the prompt", () => {
    fc.assert(
      fc.property(phrase, phrase, (context, rest) => {
        const t = tok();
        const split = t.splitContinuation(context, ` ${rest}`);
        fc.pre(split.exact);
        expect(t.decodeContinuation(split.contextIds, split.continuationIds)).toBe(` ${rest}`);
      }),
      { numRuns: 200 },
    );
  });
}

describeWithShared(
  "tokenizer of stories260k (SentencePiece-style BPE, adds BOS)",
  ["models/stories260k/tokenizer.json"],
  () => {
    const dir = sharedPath("models/stories260k");
    let t: TextTokenizer;
    beforeAll(() => {
      t = loadTokenizer(dir, diskFiles, readModelConfig(dir, diskFiles));
    });

    it("adds BOS as tokenizer_config.json says, and knows the special ids", () => {
      const ids = t.encode("Once upon a time");
      expect(ids[0]).toBe(1);
      expect(t.encode("Once upon a time", { addSpecialTokens: false })).toEqual(ids.slice(1));
      expect([t.bosTokenId, t.eosTokenIds, t.vocabSize]).toEqual([1, [2], 512]);
    });

    it("keeps the leading space that decoding the new tokens alone would drop", () => {
      const split = t.splitContinuation("Once upon a time", " there was");
      expect(t.decode(split.continuationIds)).toBe("there was");
      expect(t.decodeContinuation(split.contextIds, split.continuationIds)).toBe(" there was");
    });

    it("scores an empty context from BOS", () => {
      const split = t.splitContinuation("", "The cat sat.");
      expect(split.contextIds).toEqual([1]);
      expect(t.decode(split.continuationIds)).toBe("The cat sat.");
    });

    boundaryLaws(() => t);
  },
);

/** What GPT-2's config.json gives the tokenizer: no BOS, <|endoftext|> (50256) as EOS. */
const GPT2_CONFIG = {
  modelType: "gpt2",
  layers: 1,
  heads: 1,
  kvHeads: 1,
  headDim: 1,
  vocabSize: 50257,
  maxPositions: 1024,
  bosTokenId: undefined,
  eosTokenIds: [50256],
};

describeWithShared("GPT-2 tokenizer (byte-level BPE, no BOS)", ["tokenizers/gpt2/tokenizer.json"], () => {
  let t: TextTokenizer;
  beforeAll(() => {
    const files = memoryFiles({
      "/g/tokenizer.json": readFileSync(sharedPath("tokenizers/gpt2/tokenizer.json"), "utf8"),
    });
    t = loadTokenizer("/g", files, GPT2_CONFIG);
  });

  it("round-trips any text byte for byte", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        expect(t.decode(t.encode(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("decodes what the model produced, without tidying spaces unless tokenizer_config.json asks", () => {
    expect(t.decode(t.encode("Once . Yes , no !"))).toBe("Once . Yes , no !");
    const tidy = loadTokenizer(
      "/g",
      memoryFiles({
        "/g/tokenizer.json": readFileSync(sharedPath("tokenizers/gpt2/tokenizer.json"), "utf8"),
        "/g/tokenizer_config.json": JSON.stringify({ clean_up_tokenization_spaces: true }),
      }),
      GPT2_CONFIG,
    );
    expect(tidy.decode(tidy.encode("Once . Yes , no !"))).toBe("Once. Yes, no!");
  });

  it("starts an empty context with <|endoftext|>, GPT-2's only special token", () => {
    expect(t.splitContinuation("", "Hello").contextIds).toEqual([50256]);
    expect(t.encode("Hello world")).toEqual(t.encode("Hello world", { addSpecialTokens: false }));
  });

  boundaryLaws(() => t);
});

describe("loadTokenizer errors", () => {
  const config = {
    modelType: "x",
    layers: 1,
    heads: 1,
    kvHeads: 1,
    headDim: 1,
    vocabSize: 2,
    maxPositions: 8,
    bosTokenId: undefined,
    eosTokenIds: [],
  };
  it("names the missing tokenizer.json and the fix", () => {
    try {
      loadTokenizer("/m", memoryFiles({}), config);
      throw new Error("expected an error");
    } catch (e) {
      expect(e).toBeInstanceOf(ModelError);
      expect([(e as ModelError).code, (e as ModelError).file]).toEqual(["TOKENIZER_MISSING", "/m/tokenizer.json"]);
    }
  });

  it("reports a file that is not a tokenizer", () => {
    expect(() => loadTokenizer("/m", memoryFiles({ "/m/tokenizer.json": '{"version": "1.0"}' }), config)).toThrow(
      ModelError,
    );
    expect(() => loadTokenizer("/m", memoryFiles({ "/m/tokenizer.json": "not json" }), config)).toThrow(
      /not valid JSON/,
    );
  });

  it("reports a broken tokenizer_config.json instead of silently ignoring it", () => {
    const files = memoryFiles({ "/m/tokenizer.json": '{"model": {}}', "/m/tokenizer_config.json": "{ broken" });
    try {
      loadTokenizer("/m", files, config);
      throw new Error("expected an error");
    } catch (e) {
      expect([(e as ModelError).code, (e as ModelError).file]).toEqual([
        "TOKENIZER_INVALID",
        "/m/tokenizer_config.json",
      ]);
    }
  });
});
