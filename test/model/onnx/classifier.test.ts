/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, readFileSync, realpathSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BertClassifierOptions, buildBertClassifier, TINY_BERT } from "../../../src/model/build/bert";
import { type BuiltFiles, writeModelDir } from "../../../src/model/build/model-dir";
import { encodeModel, Graph, int } from "../../../src/model/build/onnx-graph";
import { buildTestDecoder } from "../../../src/model/build/test-models";
import { loadClassifier } from "../../../src/model/classifier";
import type { ClassifyResult } from "../../../src/model/classify";
import type { ClassifyTextRequest, ModelDriver } from "../../../src/model/driver";
import { detectModelKind, loadModel } from "../../../src/model/load-model";
import { ModelError } from "../../../src/model/model-error";
import { loadTokenizer } from "../../../src/model/tokenizer";
import { diskFiles } from "../../../src/spec/file-access";
import { loadReferenceModel } from "../../support/reference-forward";

const [CLS, SEP] = [2, 3];

const TEXTS = [
  "The cat sat on the mat.",
  "What a wonderful, sunny day it is today in the park with friends!",
  "no",
  "I would rather not talk about it.",
  "Once upon a time there was a little girl who loved to read books about dragons and castles.",
  "Hello",
  "She said the food was terrible and the service even worse.",
];

let root: string;
const dirOf = (name: string) => join(root, name);

function build(name: string, options: Partial<BertClassifierOptions> = {}): string {
  writeModelDir(dirOf(name), buildBertClassifier({ ...TINY_BERT, ...options }));
  return dirOf(name);
}

/** A fresh tiny classifier directory of its own, to damage. */
const freshTiny = (name: string) => build(name);

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-classifier-")));
  build("tiny");
  build("multi", {
    seed: 11,
    labels: ["toxic", "insult", "threat", "obscene"],
    problemType: "multi_label_classification",
  });
  build("no-types", { tokenTypeIds: false });
  build("regression", { seed: 5, labels: ["score"], problemType: "regression" });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function withDriver<T>(dir: string, batchSize: number, use: (m: ModelDriver) => Promise<T>): Promise<T> {
  const model = await loadModel(dir, { files: diskFiles, batchSize, threads: 1 });
  try {
    return await use(model);
  } finally {
    await model.close();
  }
}

const maxAbsDiff = (a: readonly number[], b: readonly number[]) => {
  expect(a.length).toBe(b.length);
  return Math.max(...a.map((x, i) => Math.abs(x - (b[i] as number))));
};

async function rejection(promise: Promise<unknown>): Promise<ModelError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(ModelError);
    return e as ModelError;
  }
  throw new Error("expected a ModelError");
}

describe("a BERT classifier built from code, through onnxruntime", () => {
  it("loads as a classifier with its id2label labels in id order", async () => {
    await withDriver(dirOf("tiny"), 8, async (model) => {
      expect(model.info).toMatchObject({
        kind: "classifier",
        modelType: "bert",
        labels: ["negative", "neutral", "positive"],
        labelSource: "id2label",
        activation: "softmax",
        maxLength: TINY_BERT.maxPositions,
        takesTokenTypeIds: true,
        hasCache: false,
      });
      const [r] = await model.classify([{ text: "hello there" }]);
      expect(r?.labels.map((l) => l.label)).toEqual(["negative", "neutral", "positive"]);
    });
  });

  it("gives every text in a batch of mixed lengths what it gives alone, whatever the batch size", async () => {
    const requests = TEXTS.map((text) => ({ text }));
    const alone = await withDriver(dirOf("tiny"), 1, async (m) => {
      const out: ClassifyResult[] = [];
      for (const r of requests) out.push(...(await m.classify([r])));
      return out;
    });
    for (const batchSize of [2, 3, 8]) {
      const batched = await withDriver(dirOf("tiny"), batchSize, (m) => m.classify(requests));
      batched.forEach((r, i) => {
        const single = alone[i] as ClassifyResult;
        expect(maxAbsDiff(r.logits, single.logits)).toBeLessThan(1e-5);
        expect(r.top).toBe(single.top);
        expect(r.tokens).toBe(single.tokens);
      });
    }
    // Not vacuous: the texts really differ in length and in logits.
    expect(new Set(alone.map((r) => r.tokens)).size).toBeGreaterThan(4);
    const spread = Math.max(...alone.map((r) => maxAbsDiff(r.logits, (alone[0] as ClassifyResult).logits)));
    expect(spread).toBeGreaterThan(0.1);
  });

  it("answers in request order, not in the length order it batches in", async () => {
    const reversed = [...TEXTS].reverse().map((text) => ({ text }));
    const [forward, backward] = await withDriver(dirOf("tiny"), 3, async (m) => [
      await m.classify(TEXTS.map((text) => ({ text }))),
      await m.classify(reversed),
    ]);
    expect(backward?.map((r) => r.tokens)).toEqual([...(forward ?? [])].reverse().map((r) => r.tokens));
    backward?.forEach((r, i) => {
      const same = forward?.[TEXTS.length - 1 - i] as ClassifyResult;
      expect(maxAbsDiff(r.logits, same.logits)).toBeLessThan(1e-5);
    });
  });

  it("single-label scores are the softmax of the logits and sum to 1; top is the argmax", async () => {
    const results = await withDriver(dirOf("tiny"), 4, (m) => m.classify(TEXTS.map((text) => ({ text }))));
    for (const r of results) {
      const scores = r.labels.map((l) => l.score);
      expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      const z = r.logits.map((l) => Math.exp(l)).reduce((a, b) => a + b, 0);
      r.logits.forEach((l, i) => {
        expect(scores[i]).toBeCloseTo(Math.exp(l) / z, 10);
      });
      const argmax = r.logits.indexOf(Math.max(...r.logits));
      expect(r.top).toBe(TINY_BERT.labels[argmax]);
    }
    // Different texts get different tops: the logits are not flat.
    expect(new Set(results.map((r) => r.top)).size).toBeGreaterThan(1);
  });

  it("multi-label scores are independent sigmoids of the logits (problem_type multi_label_classification)", async () => {
    await withDriver(dirOf("multi"), 4, async (m) => {
      expect(m.info.kind === "classifier" && m.info.activation).toBe("sigmoid");
      const results = await m.classify(TEXTS.map((text) => ({ text })));
      for (const r of results) {
        expect(r.labels.map((l) => l.label)).toEqual(["toxic", "insult", "threat", "obscene"]);
        r.labels.forEach((l, i) => {
          expect(l.score).toBeCloseTo(1 / (1 + Math.exp(-(r.logits[i] as number))), 12);
        });
      }
      const sums = results.map((r) => r.labels.reduce((a, l) => a + l.score, 0));
      expect(sums.some((s) => Math.abs(s - 1) > 0.05)).toBe(true);
    });
  });

  it("a regression head (one label) passes its logit through", async () => {
    await withDriver(dirOf("regression"), 4, async (m) => {
      expect(m.info.kind === "classifier" && m.info.activation).toBe("none");
      const [r] = await m.classify([{ text: "a rating" }]);
      expect(r?.labels).toEqual([{ label: "score", score: r?.logits[0] }]);
    });
  });

  it("truncates an over-long text to the model's positions, keeping [CLS] … [SEP], and flags it", async () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i} and more`).join(" ");
    const tok = loadTokenizer(dirOf("tiny"), diskFiles, { bosTokenId: undefined, eosTokenIds: [] });
    const full = tok.encodeForClassifier(long, undefined, undefined);
    const cut = tok.encodeForClassifier(long, undefined, TINY_BERT.maxPositions);
    expect(full.ids.length).toBeGreaterThan(TINY_BERT.maxPositions);
    expect(cut.truncated).toBe(true);
    expect(cut.ids).toHaveLength(TINY_BERT.maxPositions);
    expect(cut.ids[0]).toBe(CLS);
    expect(cut.ids.at(-1)).toBe(SEP);
    expect(cut.ids.slice(0, -1)).toEqual(full.ids.slice(0, TINY_BERT.maxPositions - 1));
    expect(cut.ids.filter((id) => id === SEP)).toHaveLength(1);

    const [short, longResult] = await withDriver(dirOf("tiny"), 2, (m) =>
      m.classify([{ text: "short" }, { text: long }]),
    );
    expect(short).toMatchObject({ truncated: false });
    expect(longResult).toMatchObject({ truncated: true, tokens: TINY_BERT.maxPositions });
    expect(longResult?.labels.reduce((a, l) => a + l.score, 0)).toBeCloseTo(1, 12);
  });

  it("truncates a pair longest-first and puts both [SEP]s back, with type ids 0 then 1", async () => {
    const tok = loadTokenizer(dirOf("tiny"), diskFiles, { bosTokenId: undefined, eosTokenIds: [] });
    const longA = Array.from({ length: 80 }, () => "the cat").join(" ");
    const b = "a short second text";
    const bIds = tok.encode(b, { addSpecialTokens: false });
    const cut = tok.encodeForClassifier(longA, b, 40);
    expect(cut).toMatchObject({ truncated: true });
    expect(cut.ids).toHaveLength(40);
    // The shorter second text is kept whole; the first gives up the tokens.
    expect(cut.ids.slice(-(bIds.length + 1))).toEqual([...bIds, SEP]);
    expect(cut.ids[0]).toBe(CLS);
    const firstSep = cut.ids.indexOf(SEP);
    expect(firstSep).toBe(40 - bIds.length - 2);
    expect(cut.typeIds).toEqual(cut.ids.map((_, i) => (i <= firstSep ? 0 : 1)));
    // Two equally long texts lose the same number of tokens; on an odd count the second loses one more.
    const sepsAt = (maxLength: number) =>
      tok.encodeForClassifier(longA, longA, maxLength).ids.flatMap((id, i) => (id === SEP ? [i] : []));
    expect(sepsAt(41)).toEqual([20, 40]);
    expect(sepsAt(42)).toEqual([21, 41]);
  });

  it("a pair's second text has type id 1 and changes the logits only where the model takes type ids", async () => {
    const pair: ClassifyTextRequest = { text: "A man is eating.", textPair: "Someone eats food." };
    const [withTypes] = await withDriver(dirOf("tiny"), 1, (m) => m.classify([pair]));
    const [withoutTypes] = await withDriver(dirOf("no-types"), 1, (m) => m.classify([pair]));
    // Same seed, same weights: only the type embeddings of the second text differ.
    expect(maxAbsDiff(withTypes?.logits ?? [], withoutTypes?.logits ?? [])).toBeGreaterThan(1e-3);
  });

  it("an export without token_type_ids loads and runs, and gives a single text what the typed one gives", async () => {
    const requests = TEXTS.map((text) => ({ text }));
    const typed = await withDriver(dirOf("tiny"), 4, (m) => m.classify(requests));
    await withDriver(dirOf("no-types"), 4, async (m) => {
      expect(m.info).toMatchObject({ kind: "classifier", takesTokenTypeIds: false });
      const untyped = await m.classify(requests);
      untyped.forEach((r, i) => {
        expect(maxAbsDiff(r.logits, (typed[i] as ClassifyResult).logits)).toBeLessThan(1e-5);
      });
    });
  });

  it("is found under onnx/ too, and told apart from a decoder by its logits' rank when config.json does not say", async () => {
    const dir = freshTiny("bare");
    const config = JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as Record<string, unknown>;
    delete config.architectures;
    config.model_type = "custom-encoder";
    writeFileSync(join(dir, "config.json"), JSON.stringify(config));
    const bytes = readFileSync(join(dir, "model.onnx"));
    unlinkSync(join(dir, "model.onnx"));
    writeModelDir(join(dir, "onnx"), { "model.onnx": bytes });
    expect(await detectModelKind(dir, diskFiles)).toBe("classifier");
    const [r] = await withDriver(dir, 2, (m) => m.classify([{ text: "still works" }]));
    expect(r?.labels).toHaveLength(3);
  });

  it("names the labels LABEL_0… when config.json has no id2label, and says so in info", async () => {
    const dir = freshTiny("no-labels");
    const config = JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as Record<string, unknown>;
    delete config.id2label;
    delete config.label2id;
    writeFileSync(join(dir, "config.json"), JSON.stringify(config));
    await withDriver(dir, 2, async (m) => {
      expect(m.info).toMatchObject({ labels: ["LABEL_0", "LABEL_1", "LABEL_2"], labelSource: "default" });
      const [r] = await m.classify([{ text: "hi" }]);
      expect(r?.labels.map((l) => l.label)).toEqual(["LABEL_0", "LABEL_1", "LABEL_2"]);
    });
  });
});

describe("against an independent float64 forward over the same initializers", () => {
  const REQUESTS: ClassifyTextRequest[] = [
    ...TEXTS.map((text) => ({ text })),
    { text: "A man is eating food.", textPair: "Someone eats." },
    { text: "no", textPair: "The second text of this pair is longer than the first one." },
    { text: Array.from({ length: 50 }, (_, i) => `token${i}`).join(" ") },
  ];

  it.each(["tiny", "multi", "no-types", "regression"])(
    "%s: onnxruntime's logits match it within 1e-4",
    async (name) => {
      const dir = dirOf(name);
      const reference = loadReferenceModel(dir);
      const tok = loadTokenizer(dir, diskFiles, { bosTokenId: undefined, eosTokenIds: [] });
      const results = await withDriver(dir, 4, (m) => m.classify(REQUESTS));
      const typed = name !== "no-types";
      REQUESTS.forEach((r, i) => {
        const input = tok.encodeForClassifier(r.text, r.textPair, TINY_BERT.maxPositions);
        if (r.textPair !== undefined) expect(input.typeIds).toContain(1);
        const expected = Array.from(reference.classifierLogits(input.ids, typed ? input.typeIds : undefined));
        expect(maxAbsDiff(results[i]?.logits ?? [], expected)).toBeLessThan(1e-4);
      });
      // The truncated input ran at exactly the model's positions.
      expect(results.at(-1)).toMatchObject({ truncated: true, tokens: TINY_BERT.maxPositions });
    },
  );
});

describe("classifier errors name the file and the fix", () => {
  it("a corrupt model.onnx is MODEL_ONNX_CORRUPT", async () => {
    const dir = freshTiny("corrupt");
    writeFileSync(join(dir, "model.onnx"), "this is not a model");
    const e = await rejection(loadModel(dir, { files: diskFiles }));
    expect([e.code, e.file]).toEqual(["MODEL_ONNX_CORRUPT", join(dir, "model.onnx")]);
    expect(e.hint).toMatch(/export it again/);
  });

  it("a missing tokenizer.json is TOKENIZER_MISSING", async () => {
    const dir = freshTiny("no-tokenizer");
    unlinkSync(join(dir, "tokenizer.json"));
    const e = await rejection(loadClassifier(dir, { files: diskFiles }));
    expect([e.code, e.file]).toEqual(["TOKENIZER_MISSING", join(dir, "tokenizer.json")]);
  });

  it("id2label with a different number of labels than the logits is MODEL_CONFIG_INVALID", async () => {
    const dir = freshTiny("wrong-labels");
    const config = JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as Record<string, unknown>;
    config.id2label = { "0": "a", "1": "b" };
    writeFileSync(join(dir, "config.json"), JSON.stringify(config));
    const e = await rejection(loadModel(dir, { files: diskFiles }));
    expect([e.code, e.file]).toEqual(["MODEL_CONFIG_INVALID", join(dir, "config.json")]);
    expect(e.message).toMatch(/3 logits per input but config\.json names 2 labels/);
  });

  it("a model.onnx with inputs a classifier does not take, or without logits, is MODEL_INPUTS_UNKNOWN", async () => {
    for (const [name, extra, output] of [
      ["extra-input", true, "logits"],
      ["no-logits", false, "scores"],
    ] as const) {
      const dir = freshTiny(name);
      const g = new Graph("odd");
      const ids = g.input("input_ids", "int64", ["batch_size", "sequence_length"]);
      if (extra) g.input("pixel_values", "float32", ["batch_size", 3]);
      const logits = g.op("Cast", [g.op("ReduceSum", [ids, g.int64([1])], { keepdims: int(1) })], { to: int(1) });
      g.output(output, "float32", ["batch_size", 1], logits);
      writeFileSync(join(dir, "model.onnx"), encodeModel(g));
      const e = await rejection(loadClassifier(dir, { files: diskFiles }));
      expect([e.code, e.file]).toEqual(["MODEL_INPUTS_UNKNOWN", join(dir, "model.onnx")]);
      expect(e.message).toContain(extra ? "pixel_values" : "the output logits");
      expect(e.hint).toMatch(/--task text-classification/);
    }
  });

  it("a directory without model.onnx is MODEL_ONNX_MISSING with the classifier export command", async () => {
    const dir = freshTiny("no-onnx");
    unlinkSync(join(dir, "model.onnx"));
    const e = await rejection(loadClassifier(dir, { files: diskFiles }));
    expect(e.code).toBe("MODEL_ONNX_MISSING");
    expect(e.hint).toMatch(/--task text-classification/);
  });

  it("a classifier asked to generate or score rejects with MODEL_WRONG_KIND, naming classify", async () => {
    await withDriver(dirOf("tiny"), 1, async (m) => {
      const generate = await rejection(
        m.generate([
          {
            prompt: "hi",
            maxTokens: 3,
            temperature: 0,
            topK: 0,
            topP: 1,
            samples: 1,
            seed: 0,
            stop: [],
            stopTokenIds: [],
          },
        ]),
      );
      const score = await rejection(m.score([{ context: "a", choices: [" b"] }]));
      for (const e of [generate, score]) {
        expect(e.code).toBe("MODEL_WRONG_KIND");
        expect(e.message).toMatch(/is a text classifier \(bert; labels negative, neutral, positive\)/);
        expect(e.hint).toMatch(/trustspec classify/);
      }
    });
  });
});

describe("a causal LM is not a classifier", () => {
  const built = new Map<string, BuiltFiles>();
  /** A built GPT-2-style decoder, with config.json's architectures removed when `hide` is set. */
  function decoder(name: string, layout: string, hide: boolean): string {
    const dir = dirOf(name);
    if (!built.has(layout)) built.set(layout, buildTestDecoder(layout));
    writeModelDir(dir, built.get(layout) as BuiltFiles);
    if (hide) {
      const config = JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as Record<string, unknown>;
      delete config.architectures;
      writeFileSync(join(dir, "config.json"), JSON.stringify(config));
    }
    return dir;
  }

  it("is told apart by config.json, or else by its files and its logits' rank", async () => {
    expect(await detectModelKind(decoder("lm-stated", "gpt2", false), diskFiles)).toBe("causal-lm");
    expect(await detectModelKind(decoder("lm-single", "gpt2", true), diskFiles)).toBe("causal-lm");
    expect(await detectModelKind(decoder("lm-merged", "gpt2-merged", true), diskFiles)).toBe("causal-lm");
  });

  it("asked to classify, it rejects with MODEL_WRONG_KIND, naming generate and score", async () => {
    await withDriver(decoder("lm", "gpt2", false), 1, async (m) => {
      expect(m.info.kind).toBe("causal-lm");
      const e = await rejection(m.classify([{ text: "Once upon a time" }]));
      expect([e.code, e.file]).toEqual(["MODEL_WRONG_KIND", dirOf("lm")]);
      expect(e.message).toMatch(/causal language model \(gpt2\)/);
      expect(e.hint).toMatch(/generate or score/);
    });
  });

  it("loaded as a classifier, its [batch, seq, vocab] logits give MODEL_WRONG_KIND", async () => {
    const e = await rejection(loadClassifier(decoder("lm-as-classifier", "gpt2", false), { files: diskFiles }));
    expect(e.code).toBe("MODEL_WRONG_KIND");
    expect(e.message).toMatch(/is a causal-LM decoder/);
  });
});
