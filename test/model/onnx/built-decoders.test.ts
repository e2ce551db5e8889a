/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ATTENTION_BUDGET } from "../../../src/model/attention-budget";
import { writeModelDir } from "../../../src/model/build/model-dir";
import { buildTestDecoder, TEST_DECODERS } from "../../../src/model/build/test-models";
import { loadCausalLM } from "../../../src/model/causal-lm";
import { type DecoderOutput, type DecoderStep, logitsAt, type StepDecoder } from "../../../src/model/decoder-step";
import type { ModelDriver } from "../../../src/model/driver";
import { readModelConfig } from "../../../src/model/model-config";
import { findDecoderFiles } from "../../../src/model/model-files";
import { OnnxDecoder } from "../../../src/model/onnx/decoder";
import { type ScoreRequest, score } from "../../../src/model/score";
import { loadTokenizer, type TextTokenizer } from "../../../src/model/tokenizer";
import { diskFiles } from "../../../src/spec/file-access";
import { loadReferenceModel, type ReferenceModel } from "../../support/reference-forward";
import { greedyRequest } from "../../support/requests";

/**
 * Every architecture and export layout the project builds, checked against computations that do
 * not share its code: a naive float64 forward pass over the file's own weights, the same model
 * without a cache, each prompt alone, and log-softmax sums of plain forwards.
 */
const TINY = Object.entries(TEST_DECODERS)
  .filter(([, spec]) => spec.size === "tiny")
  .map(([name]) => name);

const root = mkdtempSync(join(tmpdir(), "trustspec-built-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
};
/** float64 log-softmax over the first `vocab` logits. */
const logSoftmax64 = (logits: ArrayLike<number>, vocab: number) => {
  let max = -Infinity;
  for (let i = 0; i < vocab; i++) max = Math.max(max, logits[i] as number);
  let sum = 0;
  for (let i = 0; i < vocab; i++) sum += Math.exp((logits[i] as number) - max);
  const log = Math.log(sum) + max;
  return (i: number) => (logits[i] as number) - log;
};
const argmax64 = (logits: ArrayLike<number>, vocab: number) => {
  let best = 0;
  for (let i = 1; i < vocab; i++) if ((logits[i] as number) > (logits[best] as number)) best = i;
  return best;
};

const SENTENCES = [
  "Once upon a time, a helpful assistant answered every question.",
  "Q: Is the sky green?\nA: No",
  "People agree",
];

describe.each(TINY)("built test decoder %s", (name) => {
  const spec = TEST_DECODERS[name];
  const dir = join(root, name);
  let decoder: OnnxDecoder;
  let tok: TextTokenizer;
  let reference: ReferenceModel;
  let driver: ModelDriver;

  beforeAll(async () => {
    writeModelDir(dir, buildTestDecoder(name));
    const config = readModelConfig(dir, diskFiles);
    tok = loadTokenizer(dir, diskFiles, config);
    decoder = await OnnxDecoder.load(findDecoderFiles(dir, diskFiles), config, { threads: 1 });
    driver = await loadCausalLM(dir, { files: diskFiles, threads: 1 });
    reference = loadReferenceModel(dir);
  });
  afterAll(async () => {
    await decoder.release();
    await driver.close();
  });

  /** One unpadded sequence from position 0, through the export's first-step path. */
  const full = (ids: number[]) =>
    decoder.step({
      inputIds: [ids],
      attentionMask: [ids.map(() => 1)],
      ...(decoder.takesPositionIds ? { positionIds: [range(0, ids.length)] } : {}),
    });
  const row = (out: DecoderOutput, b: number, pos: number) => logitsAt(out, b, pos);

  /** The decoder, with each step's input and the cache lengths each join takes shown to `seen` first. */
  const recording = (seen: { step?: (input: DecoderStep) => void; join?: (lengths: number[]) => void }) =>
    ({
      hasCache: decoder.hasCache,
      takesPositionIds: decoder.takesPositionIds,
      step: (input) => {
        seen.step?.(input);
        return decoder.step(input);
      },
      gatherCache: (cache, rows) => decoder.gatherCache(cache, rows),
      joinCaches: (rows, length) => {
        seen.join?.(rows.map((r) => r.cache.length));
        return decoder.joinCaches(rows, length);
      },
    }) satisfies StepDecoder;
  const scoreOptions = (batchSize: number) => ({
    batchSize,
    maxPositions: undefined,
    vocabSize: tok.vocabSize,
    padId: 0,
  });
  /** Sums of log-softmax of the naive float64 forward over context + continuation. */
  const referenceSums = (requests: readonly ScoreRequest[]) =>
    requests.map((req) =>
      req.continuations.map((cont) => {
        const ids = [...req.contextIds, ...cont];
        const logits = reference.causalLogits(ids);
        let sum = 0;
        for (let t = req.contextIds.length; t < ids.length; t++)
          sum += logSoftmax64(logits[t - 1] as Float64Array, tok.vocabSize)(ids[t] as number);
        return sum;
      }),
    );
  const sumsOf = (results: Awaited<ReturnType<typeof score>>) =>
    results.map((r) => (r.ok ? r.scores.map((x) => x.sum) : []));
  const expectSameSums = (got: number[][], want: number[][], tolerance: (v: number) => number) => {
    expect(got.map((r) => r.length)).toEqual(want.map((r) => r.length));
    want.forEach((r, i) => {
      r.forEach((v, k) => {
        expect(Math.abs(v - (got[i]?.[k] as number))).toBeLessThanOrEqual(tolerance(v));
      });
    });
  };
  const id = (i: number) => 3 + ((i * 7) % (tok.vocabSize - 3));

  it("is recognised with the layout it was built in", () => {
    expect(decoder.hasCache).toBe(spec?.layout !== "no-cache");
    expect(decoder.takesPositionIds).toBe(spec?.family === "llama");
    expect(decoder.io.hasUseCacheBranch).toBe(spec?.layout === "merged");
    expect(driver.info.vocabSize).toBe(tok.vocabSize);
  });

  it("matches a naive float64 forward pass over its own weights (max abs diff < 1e-4)", async () => {
    for (const sentence of SENTENCES) {
      const ids = tok.encode(sentence);
      const out = await full(ids);
      const expected = reference.causalLogits(ids);
      expect(out.width).toBe(expected[0]?.length);
      for (let t = 0; t < ids.length; t++)
        expect(maxDiff(row(out, 0, t), expected[t] as Float64Array)).toBeLessThan(1e-4);
    }
  });

  it("gives the same logits through the KV cache, one token or several at a time", async () => {
    if (!decoder.hasCache) return expect(spec?.layout).toBe("no-cache");
    const ids = tok.encode(SENTENCES[0] as string);
    const whole = await full(ids);
    for (const stride of [1, 3]) {
      let out = await full(ids.slice(0, 2));
      for (let at = 2; at < ids.length; at += stride) {
        const chunk = ids.slice(at, at + stride);
        out = await decoder.step({
          inputIds: [chunk],
          attentionMask: [ids.slice(0, at + chunk.length).map(() => 1)],
          ...(decoder.takesPositionIds ? { positionIds: [range(at, chunk.length)] } : {}),
          ...(out.cache ? { cache: out.cache } : {}),
        });
        for (let i = 0; i < chunk.length; i++)
          expect(maxDiff(row(out, 0, i), row(whole, 0, at + i))).toBeLessThan(1e-4);
      }
    }
  });

  it("returns no cache from a step that does not keep one, with the same logits; a kept one knows its size", async () => {
    if (!decoder.hasCache) return expect(spec?.layout).toBe("no-cache");
    const ids = tok.encode(SENTENCES[1] as string);
    const kept = await full(ids);
    const input = {
      inputIds: [ids],
      attentionMask: [ids.map(() => 1)],
      ...(decoder.takesPositionIds ? { positionIds: [range(0, ids.length)] } : {}),
    };
    const dropped = await decoder.step({ ...input, keepCache: false });
    expect(kept.cache?.length).toBe(ids.length);
    // What it holds, as the config sizes it: a key and a value per layer, [1, kv heads, positions, head dim] in float32.
    const config = readModelConfig(dir, diskFiles);
    expect(kept.cache?.bytes).toBe(2 * config.layers * config.kvHeads * ids.length * config.headDim * 4);
    expect(dropped.cache).toBeUndefined();
    expect(maxDiff(dropped.logits, kept.logits)).toBe(0);
  });

  it("gives each prompt of a padded batch the logits it has alone", async () => {
    const prompts = SENTENCES.map((s) => tok.encode(s));
    const width = Math.max(...prompts.map((p) => p.length));
    // Position-id exports take left padding; the others right padding (positions count from the start).
    const left = decoder.takesPositionIds;
    const pad = (p: number[], fill: number[]) => (left ? [...fill, ...p] : [...p, ...fill]);
    const gap = (p: number[]) => Array(width - p.length).fill(0) as number[];
    const batch = await decoder.step({
      inputIds: prompts.map((p) => pad(p, gap(p))),
      attentionMask: prompts.map((p) =>
        pad(
          p.map(() => 1),
          gap(p),
        ),
      ),
      ...(left ? { positionIds: prompts.map((p) => pad(range(0, p.length), gap(p))) } : {}),
    });
    for (const [b, p] of prompts.entries()) {
      const alone = await full(p);
      for (let t = 0; t < p.length; t++) {
        const at = left ? width - p.length + t : t;
        expect(maxDiff(row(batch, b, at), row(alone, 0, t))).toBeLessThan(1e-4);
      }
    }
  });

  it("scores continuations as sums of per-token log-softmax of plain forwards, at batch sizes 1, 2 and 8 (and gives each token's, asked)", async () => {
    // Contexts of equal and unequal length and choice counts, so both batching paths of the shared
    // context (column-wise from the context's own cache, and packed from copied cache rows) run.
    const requests = [
      { context: "Q: Is the sky green?\nA:", choices: [" No", " Yes, it is", " maybe"] },
      { context: "Q: Is the sea blue?\nA:", choices: [" Yes", " No, never"] },
      { context: "People", choices: [" agree", " disagree with the statement", " say", " help"] },
      { context: "Once upon a time", choices: [" there was a helpful assistant"] },
    ];
    const expected = requests.map(({ context, choices }) =>
      choices.map((choice) => {
        const split = tok.splitContinuation(context, choice);
        const ids = [...split.contextIds, ...split.continuationIds];
        const logits = reference.causalLogits(ids);
        let sum = 0;
        let greedy = true;
        const each: { id: number; logprob: number; greedy: boolean }[] = [];
        for (let t = split.contextIds.length; t < ids.length; t++) {
          const prev = logits[t - 1] as Float64Array;
          const logprob = logSoftmax64(prev, tok.vocabSize)(ids[t] as number);
          const best = argmax64(prev, tok.vocabSize) === ids[t];
          sum += logprob;
          if (!best) greedy = false;
          each.push({ id: ids[t] as number, logprob, greedy: best });
        }
        return { sum, greedy, tokens: split.continuationIds.length, each };
      }),
    );
    for (const batchSize of [1, 2, 8]) {
      const d = batchSize === 8 ? driver : await loadCausalLM(dir, { files: diskFiles, threads: 1, batchSize });
      const results = await d.score(requests);
      // The same requests asking for each token (as `trustspec score --tokens` does).
      const detailed = await d.score(requests.map((r) => ({ ...r, perToken: true })));
      if (d !== driver) await d.close();
      results.forEach((result, r) => {
        if (!result.ok) throw new Error("score was skipped");
        result.scores.forEach((score, c) => {
          const want = expected[r]?.[c];
          expect(score.tokens).toBe(want?.tokens);
          expect(Math.abs(score.sum - (want?.sum ?? Number.NaN))).toBeLessThan(1e-3);
          expect(score.greedy).toBe(want?.greedy);
          expect(score.perToken).toBeUndefined();
          const withTokens = detailed[r]?.ok ? detailed[r].scores[c] : undefined;
          // Each token in order, as the naive forward has it; they add up to the sum, in that order.
          expect(withTokens?.perToken?.map((t) => [t.id, t.greedy])).toEqual(want?.each.map((t) => [t.id, t.greedy]));
          for (const [i, t] of (withTokens?.perToken ?? []).entries())
            expect(Math.abs(t.logprob - (want?.each[i]?.logprob ?? Number.NaN))).toBeLessThan(1e-3);
          expect(withTokens?.perToken?.reduce((a, t) => a + t.logprob, 0)).toBe(withTokens?.sum);
          expect(withTokens?.sum).toBe(score.sum);
        });
      });
    }
  });

  it("scores choices in pooled, length-sorted batches: no tail padded, the same sums at batch sizes 1 to 8", async () => {
    // Four items whose choices' lengths are in a different order each, so batching choices by their
    // index (or item by item) pads every batch; contexts of unequal length where the export takes
    // position_ids (their caches are joined, left-padded), of one length where it does not.
    const tails = [
      [2, 6, 10],
      [6, 10, 2],
      [10, 2, 6],
      [2, 6, 10],
    ];
    const requests: ScoreRequest[] = tails.map((lengths, r) => ({
      contextIds: range(10 * r, decoder.takesPositionIds ? 6 - r : 4).map(id),
      continuations: lengths.map((n, k) => range(100 + 20 * r + 5 * k, n).map(id)),
    }));
    // Per batch size: the positions fed after a cache, how many of them were real tokens, and the
    // lengths of the caches each joined cache was made of.
    const runs = new Map<number, { fed: number; real: number; joined: number[][] }>();
    const sums = async (batchSize: number) => {
      const run = { fed: 0, real: 0, joined: [] as number[][] };
      runs.set(batchSize, run);
      const step = (input: DecoderStep) => {
        if (!input.cache) return;
        const seq = input.inputIds[0]?.length ?? 0;
        run.fed += input.inputIds.length * seq;
        for (const mask of input.attentionMask) run.real += mask.slice(mask.length - seq).filter((m) => m === 1).length;
      };
      const join = (lengths: number[]) => run.joined.push(lengths);
      return sumsOf(await score(recording({ step, join }), requests, scoreOptions(batchSize)));
    };
    const one = await sums(1);
    expectSameSums(one, referenceSums(requests), () => 1e-3);
    for (const batchSize of [2, 3, 4, 8]) expectSameSums(await sums(batchSize), one, (v) => 1e-6 * Math.abs(v) + 1e-6);
    if (!decoder.hasCache) return;
    // Sorted by length, the tails fill batches of 1, 2 and 4 rows exactly (12 tails, four of each length).
    for (const size of [1, 2, 4]) expect(runs.get(size)?.fed).toBe(4 * (1 + 5 + 9));
    for (const size of [1, 2, 4]) expect(runs.get(size)?.real).toBe(4 * (1 + 5 + 9));
    // At 3 rows a batch joins rows of both context batches, whose caches differ in length where padding is allowed.
    const mixed = (runs.get(3)?.joined ?? []).some((lengths) => new Set(lengths).size > 1);
    expect(mixed).toBe(decoder.takesPositionIds);
  });

  it("keeps every scoring pass within the attention budget, long contexts and long choices in fewer rows", async () => {
    // Contexts of about 100 tokens (8 rows of them: 80,000 query-key pairs) with 21-token choices, and
    // of about 60 with 61-token choices (8 rows of those tails: 57,600 pairs); each also with a 2-token one.
    const requests: ScoreRequest[] = range(0, 8).map((r) => {
      const long = r < 4;
      const context = (long ? 100 : 60) - (decoder.takesPositionIds ? r % 4 : 0);
      return {
        contextIds: range(200 * r, context).map(id),
        continuations: [range(200 * r + 150, long ? 21 : 61).map(id), range(200 * r + 170, 2).map(id)],
      };
    });
    let largest = 0;
    let kept = 0;
    const step = (input: DecoderStep) => {
      const seq = input.inputIds[0]?.length ?? 0;
      const pairs = input.inputIds.length * seq * ((input.cache?.length ?? 0) + seq);
      if (input.inputIds.length > 1) largest = Math.max(largest, pairs);
      // A pass after a context's cache is the continuation's last: nothing reads its cache.
      if (input.cache && input.keepCache !== false) kept++;
    };
    const got = sumsOf(await score(recording({ step }), requests, scoreOptions(8)));
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(ATTENTION_BUDGET);
    expect(kept).toBe(0);
    const alone = sumsOf(await score(decoder, requests, scoreOptions(1)));
    expectSameSums(got, alone, (v) => 1e-6 * Math.abs(v) + 1e-6);
  });

  it("continues greedily with the argmax of the reference, and does so every time", async () => {
    const prompt = "Once upon a time";
    const request = greedyRequest(prompt, 8);
    const [first] = await driver.generate([request]);
    const [again] = await driver.generate([request]);
    expect(again).toEqual(first);
    const ids = tok.encode(prompt);
    const expected: number[] = [];
    for (let i = 0; i < 8; i++) {
      const logits = reference.causalLogits([...ids, ...expected]);
      const next = argmax64(logits[logits.length - 1] as Float64Array, tok.vocabSize);
      if (tok.eosTokenIds.includes(next)) break;
      expected.push(next);
    }
    expect(expected.length).toBeGreaterThan(3);
    expect(first?.ok && first.samples[0]?.tokenIds).toEqual(expected);
  });

  it("feeds a prompt that writes its own BOS (a rendered chat template) exactly what it feeds the plain prompt", async () => {
    const prompt = "Q: Is the sky green?\nA:";
    // The text of the BOS the tokenizer adds, when it adds one (Llama style; GPT-2 adds none).
    const config = JSON.parse(readFileSync(join(dir, "tokenizer_config.json"), "utf8")) as { bos_token?: string };
    const addsBos = tok.bosTokenId !== undefined && tok.encode("x")[0] === tok.bosTokenId;
    const templated = `${addsBos ? config.bos_token : ""}${prompt}`;
    expect(tok.encode(templated, { addSpecialTokens: false })).toEqual(tok.encode(prompt));
    // Encoded as plain text, the template's BOS and the tokenizer's would both be there.
    if (addsBos) expect(tok.encode(templated).filter((id) => id === tok.bosTokenId)).toHaveLength(2);
    const settings = {
      maxTokens: 6,
      temperature: 0,
      topK: 0,
      topP: 1,
      samples: 1,
      seed: 1,
      stop: [],
      stopTokenIds: [],
    };
    const [plain, chat] = await driver.generate([
      { prompt, ...settings },
      { prompt: templated, addSpecialTokens: false, ...settings },
    ]);
    expect(chat).toEqual(plain);
    const [scored, scoredChat] = await driver.score([
      { context: prompt, choices: [" No", " Yes"] },
      { context: templated, choices: [" No", " Yes"], addSpecialTokens: false },
    ]);
    expect(scoredChat).toEqual(scored);
  });

  it("samples identical text at batch sizes 1, 3 and 8 and in any request order", async () => {
    const prompts = ["Once upon a time", "The", "People agree that the answer is", "Q: Why?\nA:", "Yes"];
    const texts = async (batchSize: number, order: number[]) => {
      const d = batchSize === 8 ? driver : await loadCausalLM(dir, { files: diskFiles, threads: 1, batchSize });
      const results = await d.generate(
        order.map((i) => ({
          prompt: prompts[i] as string,
          maxTokens: 10,
          temperature: 0.9,
          topK: 40,
          topP: 0.95,
          samples: 3,
          seed: 50 + i,
          stop: [],
          stopTokenIds: [],
        })),
      );
      if (d !== driver) await d.close();
      const byPrompt = new Map(order.map((i, k) => [i, results[k]]));
      return prompts.map((_, i) => byPrompt.get(i));
    };
    const one = await texts(1, [0, 1, 2, 3, 4]);
    expect(await texts(3, [0, 1, 2, 3, 4])).toEqual(one);
    expect(await texts(8, [4, 2, 0, 3, 1])).toEqual(one);
    const samples = one.map((r) => (r?.ok ? r.samples.map((s) => s.text) : []));
    expect(samples.some((s) => new Set(s).size > 1)).toBe(true);
  });
});
