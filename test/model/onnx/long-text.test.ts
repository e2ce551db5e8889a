/** @jest-environment ./test/support/onnx-environment.js */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Tokenizer } from "@huggingface/tokenizers";
import fc from "fast-check";
import { writeModelDir } from "../../../src/model/build/model-dir";
import { buildTestDecoder } from "../../../src/model/build/test-models";
import { loadCausalLM } from "../../../src/model/causal-lm";
import type { ModelDriver } from "../../../src/model/driver";
import { fewestTokens } from "../../../src/model/fits";
import { readModelConfig } from "../../../src/model/model-config";
import { loadTokenizer } from "../../../src/model/tokenizer";
import { diskFiles } from "../../../src/spec/file-access";
import { sharedPath } from "../../support/shared";

/**
 * A dataset field far too long for the model (10 MB) was tokenised — a minute and 2.5 GB — only to
 * be skipped as too long. Text longer than the model's positions times its longest token (with room
 * for normalizers that shorten text) is refused by its length alone, with the same outcome.
 */

const root = mkdtempSync(join(tmpdir(), "trustspec-long-text-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TEN_MB = "The quick brown fox jumps over the lazy dog. ".repeat(233_017);

describe.each(["gpt2", "llama"])("a %s-style model", (name) => {
  const dir = join(root, name);
  let driver: ModelDriver;
  beforeAll(async () => {
    writeModelDir(dir, buildTestDecoder(name));
    driver = await loadCausalLM(dir, { files: diskFiles, threads: 1 });
  });
  afterAll(async () => {
    await driver.close();
  });

  it("skips a 10 MB prompt as too long without tokenising it, and still runs the rest", async () => {
    const encode = jest.spyOn(Tokenizer.prototype, "encode");
    const encoded = (): unknown[] => (encode.mock.calls as unknown[][]).map((call) => call[0]);
    try {
      const base = { maxTokens: 4, temperature: 0, topK: 0, topP: 1, samples: 1, seed: 1, stopTokenIds: [], stop: [] };
      const [long, short] = await driver.generate([
        { ...base, prompt: TEN_MB },
        { ...base, prompt: "Once upon a time" },
      ]);
      expect(long).toMatchObject({ ok: false, reason: "too-long", limit: 128 });
      expect((long as { needed: number }).needed).toBeGreaterThan(128);
      expect(short?.ok).toBe(true);
      // The spy sees the tokenizer's calls (the short prompt's), and none with the long text.
      expect(encoded().includes("Once upon a time")).toBe(true);
      expect(encoded().some((text) => typeof text === "string" && text.length > 100_000)).toBe(false);
      const [scored] = await driver.score([{ context: TEN_MB, choices: [" yes", " no"] }]);
      expect(scored).toMatchObject({ ok: false, reason: "too-long", limit: 128 });
      expect(encoded().some((text) => typeof text === "string" && text.length > 100_000)).toBe(false);
    } finally {
      encode.mockRestore();
    }
  });
});

/** Texts that stress the bound: repeats a token can swallow, multi-byte and composing characters, special tokens. */
const awkward = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc
    .tuple(fc.constantFrom(" ", "=", "-", "\n", "a", "é", "e\u0301", "</s>", "<s>", "<|endoftext|>", "▁"), fc.nat(300))
    .map(([unit, n]) => unit.repeat(n)),
);

describe("fewestTokens", () => {
  const stories = sharedPath("models/stories260k");
  const tokenizers: [string, string][] = [
    ["gpt2", join(root, "gpt2")],
    ["llama", join(root, "llama")],
    // The real model's tokenizer when ../shared is there (test/support/shared.ts).
    ...(existsSync(join(stories, "tokenizer.json")) ? [["stories260k", stories] as [string, string]] : []),
  ];
  it.each(tokenizers)("never exceeds the tokens %s's tokenizer makes of a text", (name, dir) => {
    if (!existsSync(join(dir, "tokenizer.json"))) writeModelDir(dir, buildTestDecoder(name));
    const tok = loadTokenizer(dir, diskFiles, readModelConfig(dir, diskFiles));
    fc.assert(
      fc.property(awkward, (text) => {
        expect(fewestTokens(text.length, tok.maxTokenChars)).toBeLessThanOrEqual(
          tok.encode(text, { addSpecialTokens: false }).length,
        );
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
