/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ort from "onnxruntime-node";
import { buildBertClassifier, TINY_BERT } from "../../../src/model/build/bert";
import { type BuiltFiles, writeModelDir } from "../../../src/model/build/model-dir";
import { buildModelVariant, type ModelVariant } from "../../../src/model/build/model-variants";
import { buildTestDecoder } from "../../../src/model/build/test-models";
import type { GenerateTextRequest, ModelDriver, ScoreTextRequest } from "../../../src/model/driver";
import { loadModel } from "../../../src/model/load-model";
import { readModelConfig } from "../../../src/model/model-config";
import { loadTokenizer, type TextTokenizer } from "../../../src/model/tokenizer";
import { diskFiles } from "../../../src/spec/file-access";
import { PlainDecoder, plainClassifierLogits } from "../../support/plain-onnx";
import { greedyRequest } from "../../support/requests";

/**
 * The dtype variants onnx-community publishes (issue 16 items 3 and 4), built from the project's
 * decoders and classifier and written as model.onnx in a folder of their own, run through loadModel
 * and the driver and held to a plain onnxruntime-node loop over the same file (test/support/plain-onnx.ts):
 * greedy tokens equal, choice scores within 1e-5. Each variant also stays near the float32 model,
 * as far as its precision allows (tolerances measured on these models, with a margin).
 */
const root = mkdtempSync(join(tmpdir(), "trustspec-variants-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** onnx-community's q4 files come symmetric (transformers.js) or with zero points, with accuracy_level 4 or none. */
const Q4_ZERO_POINTS = "q4 with zero points, accuracy_level 4";
type Variant = "fp32" | Exclude<ModelVariant, "quantized"> | typeof Q4_ZERO_POINTS;
/** Largest |logit − fp32 logit| and smallest correlation with the fp32 logits, over one sentence. */
const NEAR_FP32: Record<Exclude<Variant, "fp32">, { maxDiff: number; correlation: number }> = {
  fp16: { maxDiff: 0.05, correlation: 0.99999 }, // measured ≤ 0.011, ≥ 0.9999996
  int8: { maxDiff: 1, correlation: 0.998 }, // measured ≤ 0.40, ≥ 0.9993
  uint8: { maxDiff: 1, correlation: 0.998 }, // measured ≤ 0.39, ≥ 0.9992
  q4: { maxDiff: 4, correlation: 0.95 }, // measured ≤ 2.69, ≥ 0.975: 4-bit random weights are lossy
  q4f16: { maxDiff: 4, correlation: 0.95 }, // measured ≤ 2.67, ≥ 0.976
  [Q4_ZERO_POINTS]: { maxDiff: 4, correlation: 0.95 }, // measured ≤ 2.36, ≥ 0.976
};
const VARIANTS = Object.keys(NEAR_FP32) as Exclude<Variant, "fp32">[];

const PROMPTS = ["Once upon a time", "Q: Why?\nA:", "People agree that the answer is"];
const REQUESTS: ScoreTextRequest[] = [
  { context: "Q: Is the sky green?\nA:", choices: [" No", " Yes, it is", " maybe"] },
  { context: "People", choices: [" agree", " disagree with the statement", " say", " help"] },
  { context: "Once upon a time", choices: [" there was a helpful assistant"] },
];
const SENTENCE = "Once upon a time, a helpful assistant answered every question. People agree.";
const greedy = (prompt: string): GenerateTextRequest => greedyRequest(prompt, 10);

/** Each base model is built once per file (training its tokenizer is most of the cost). */
const builds = new Map<string, BuiltFiles>();
const built = (name: string): BuiltFiles => {
  let files = builds.get(name);
  if (!files) {
    files = name === "bert" ? buildBertClassifier(TINY_BERT) : buildTestDecoder(name);
    builds.set(name, files);
  }
  return files;
};

function writeVariant(name: string, base: BuiltFiles, file: string, variant: Variant): string {
  const dir = join(root, name);
  const bytes = base[file] as Uint8Array;
  const variantBytes =
    variant === "fp32"
      ? bytes
      : variant === Q4_ZERO_POINTS
        ? buildModelVariant(bytes, "q4", { symmetric: false, accuracyLevel: 4 })
        : buildModelVariant(bytes, variant);
  writeModelDir(dir, { ...base, [file]: variantBytes });
  return dir;
}

const tokensOf = (results: Awaited<ReturnType<ModelDriver["generate"]>>) =>
  results.map((r) => (r.ok ? r.samples[0]?.tokenIds : `skipped`));
const sumsOf = (results: Awaited<ReturnType<ModelDriver["score"]>>) =>
  results.flatMap((r) => (r.ok ? r.scores.map((s) => s.sum) : [Number.NaN]));
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
};

/** Pearson correlation and largest difference of two logit tables over the first `vocab` of each row. */
function compare(
  a: { logits: Float64Array; width: number },
  b: { logits: Float64Array; width: number },
  vocab: number,
) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let t = 0; t < a.logits.length / a.width; t++)
    for (let i = 0; i < vocab; i++) {
      xs.push(a.logits[t * a.width + i] as number);
      ys.push(b.logits[t * b.width + i] as number);
    }
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] as number;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return { correlation: sxy / Math.sqrt(sxx * syy), maxDiff: maxDiff(xs, ys) };
}

describe.each(["gpt2", "llama"])("the %s decoder's variants through the driver", (family) => {
  let base: BuiltFiles;
  let tok: TextTokenizer;
  let fp32Logits: { logits: Float64Array; width: number };

  beforeAll(async () => {
    base = built(family);
    const dir = writeVariant(`${family}-fp32`, base, "model.onnx", "fp32");
    tok = loadTokenizer(dir, diskFiles, readModelConfig(dir, diskFiles));
    const plain = await PlainDecoder.open(join(dir, "model.onnx"), tok.vocabSize);
    fp32Logits = await plain.logits(tok.encode(SENTENCE));
    await plain.release();
  });

  describe.each(VARIANTS)(`${family} %s`, (variant) => {
    let dir: string;
    let driver: ModelDriver;
    let plain: PlainDecoder;

    beforeAll(async () => {
      dir = writeVariant(`${family}-${variant}`, base, "model.onnx", variant);
      driver = await loadModel(dir, { files: diskFiles, threads: 1, batchSize: 1 });
      plain = await PlainDecoder.open(join(dir, "model.onnx"), tok.vocabSize);
    });
    afterAll(async () => {
      await driver.close();
      await plain.release();
    });

    it("generates greedily the tokens a plain onnxruntime loop over the file picks", async () => {
      const expected = [];
      for (const prompt of PROMPTS) expected.push(await plain.greedy(tok.encode(prompt), 10, tok.eosTokenIds));
      expect(expected.every((t) => t.length === 10)).toBe(true);
      expect(tokensOf(await driver.generate(PROMPTS.map(greedy)))).toEqual(expected);
    });

    it("scores choices as the plain loop's log-softmax sums, within 1e-5", async () => {
      const expected: number[] = [];
      for (const { context, choices } of REQUESTS) {
        for (const choice of choices) {
          const split = tok.splitContinuation(context, choice);
          expected.push(await plain.score(split.contextIds, split.continuationIds));
        }
      }
      expect(maxDiff(sumsOf(await driver.score(REQUESTS)), expected)).toBeLessThan(1e-5);
    });

    // Dynamic int8 quantizes each activation with one scale over the whole batch, so a row's numbers
    // would depend on the rows run with it: the driver runs such files one sequence at a time.
    it("gives the same tokens and scores at batch size 8", async () => {
      const wide = await loadModel(dir, { files: diskFiles, threads: 1, batchSize: 8 });
      try {
        expect(tokensOf(await wide.generate(PROMPTS.map(greedy)))).toEqual(
          tokensOf(await driver.generate(PROMPTS.map(greedy))),
        );
        expect(maxDiff(sumsOf(await wide.score(REQUESTS)), sumsOf(await driver.score(REQUESTS)))).toBeLessThan(1e-5);
      } finally {
        await wide.close();
      }
    });

    it("stays near the float32 model's logits", async () => {
      const near = compare(fp32Logits, await plain.logits(tok.encode(SENTENCE)), tok.vocabSize);
      expect(near.maxDiff).toBeLessThan(NEAR_FP32[variant].maxDiff);
      expect(near.correlation).toBeGreaterThan(NEAR_FP32[variant].correlation);
    });
  });
});

describe("a merged (use_cache_branch) decoder in q4f16", () => {
  it("gives the single-file q4f16 export's tokens and scores: both branches were converted and quantized", async () => {
    const single = writeVariant("llama-q4f16-single", built("llama"), "model.onnx", "q4f16");
    const merged = built("llama-merged");
    const dir = writeVariant("llama-q4f16-merged", merged, "decoder_model_merged.onnx", "q4f16");
    const [a, b] = [
      await loadModel(single, { files: diskFiles, threads: 1 }),
      await loadModel(dir, { files: diskFiles, threads: 1 }),
    ];
    try {
      expect(tokensOf(await b.generate(PROMPTS.map(greedy)))).toEqual(tokensOf(await a.generate(PROMPTS.map(greedy))));
      expect(maxDiff(sumsOf(await b.score(REQUESTS)), sumsOf(await a.score(REQUESTS)))).toBeLessThan(1e-5);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe.each(["fp16", "q4", "int8"] as const)("the BERT classifier in %s", (variant) => {
  const TEXTS = ["The cat sat on the mat.", "no", "She said the food was terrible and the service even worse."];

  it("classifies with the logits a plain onnxruntime run of the file gives, near the float32 ones", async () => {
    const base = built("bert");
    const dir = writeVariant(`bert-${variant}`, base, "model.onnx", variant);
    const fp32 = writeVariant(`bert-${variant}-fp32`, base, "model.onnx", "fp32");
    const tok = loadTokenizer(dir, diskFiles, readModelConfig(dir, diskFiles));
    const [driver, reference] = [
      await loadModel(dir, { files: diskFiles, threads: 1, batchSize: 1 }),
      await loadModel(fp32, { files: diskFiles, threads: 1, batchSize: 1 }),
    ];
    const session = await ort.InferenceSession.create(join(dir, "model.onnx"), { intraOpNumThreads: 1 });
    try {
      const results = await driver.classify(TEXTS.map((text) => ({ text })));
      const floats = await reference.classify(TEXTS.map((text) => ({ text })));
      for (const [i, text] of TEXTS.entries()) {
        const input = tok.encodeForClassifier(text, undefined, TINY_BERT.maxPositions);
        const plain = await plainClassifierLogits(session, input.ids, input.typeIds);
        expect(maxDiff(results[i]?.logits ?? [], plain)).toBeLessThan(1e-5);
        expect(maxDiff(results[i]?.logits ?? [], floats[i]?.logits ?? [])).toBeLessThan(variant === "fp16" ? 0.02 : 1);
      }
    } finally {
      await driver.close();
      await reference.close();
      await session.release();
    }
  });
});
