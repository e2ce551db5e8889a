/** @jest-environment ./test/support/onnx-environment.js */
import { logitsAt } from "../../../src/model/decoder-step";
import { generate } from "../../../src/model/generate";
import { readModelConfig } from "../../../src/model/model-config";
import { findDecoderFiles } from "../../../src/model/model-files";
import { OnnxDecoder } from "../../../src/model/onnx/decoder";
import { GREEDY } from "../../../src/model/sampling";
import { type ScoreOptions, type ScoreRequest, score } from "../../../src/model/score";
import { loadTokenizer, type TextTokenizer } from "../../../src/model/tokenizer";
import { diskFiles } from "../../../src/spec/file-access";
import { describeWithShared, sharedPath } from "../../support/shared";

describeWithShared("score on stories260k", ["models/stories260k/model.onnx"], () => {
  const dir = sharedPath("models/stories260k");
  let decoder: OnnxDecoder;
  let tok: TextTokenizer;
  let maxPositions: number | undefined;
  const options = (batchSize: number, sharedContext = true): ScoreOptions => ({
    batchSize,
    maxPositions,
    vocabSize: tok.vocabSize,
    padId: 0,
    sharedContext,
  });

  beforeAll(async () => {
    const config = readModelConfig(dir, diskFiles);
    maxPositions = config.maxPositions;
    tok = loadTokenizer(dir, diskFiles, config);
    decoder = await OnnxDecoder.load(findDecoderFiles(dir, diskFiles), config, { threads: 1 });
  });
  afterAll(async () => {
    await decoder.release();
  });

  const QUESTIONS: [string, string[]][] = [
    [
      "Once upon a time, there was a",
      [" little girl", " big dog named Max", " cat", " tree that was very tall and green"],
    ],
    ["Lily went to the park. She saw", [" a bird", " her friend Tom", " a big red ball on the grass"]],
    ["The", [" end.", " sun was shining"]],
  ];
  const requests = (): ScoreRequest[] =>
    QUESTIONS.map(([context, choices]) => {
      const splits = choices.map((c) => tok.splitContinuation(context, c));
      return { contextIds: splits[0]?.contextIds ?? [], continuations: splits.map((s) => s.continuationIds) };
    });

  /** float64 log-softmax of the first `vocab` logits, at `token`. */
  const logSoftmaxAt = (logits: ArrayLike<number>, vocab: number, token: number) => {
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < vocab; i++) max = Math.max(max, logits[i] as number);
    let sum = 0;
    for (let i = 0; i < vocab; i++) sum += Math.exp((logits[i] as number) - max);
    return (logits[token] as number) - max - Math.log(sum);
  };

  /** The independent computation: one plain no-cache forward of context + continuation, summing log-softmax. */
  async function reference(req: ScoreRequest): Promise<number[]> {
    const sums: number[] = [];
    for (const cont of req.continuations) {
      const ids = [...req.contextIds, ...cont];
      const out = await decoder.step({
        inputIds: [ids],
        attentionMask: [ids.map(() => 1)],
        positionIds: [ids.map((_, i) => i)],
      });
      let sum = 0;
      cont.forEach((t, j) => {
        sum += logSoftmaxAt(logitsAt(out, 0, req.contextIds.length + j - 1), tok.vocabSize, t);
      });
      sums.push(sum);
    }
    return sums;
  }
  const sums = (rs: Awaited<ReturnType<typeof score>>) => rs.map((r) => (r.ok ? r.scores.map((s) => s.sum) : []));

  it("equals the sum of per-token log-softmax of a plain no-cache forward, shared context or not", async () => {
    const reqs = requests();
    const expected = await Promise.all(reqs.map(reference));
    for (const shared of [true, false]) {
      const got = sums(await score(decoder, reqs, options(4, shared)));
      got.forEach((row, i) => {
        row.forEach((v, j) => {
          expect(Math.abs(v - (expected[i]?.[j] as number))).toBeLessThan(1e-4);
        });
      });
    }
  });

  it("gives the same log-likelihoods at batch sizes 1, 2, 3 and 8 (to 1e-6 relative)", async () => {
    const reqs = requests();
    const one = sums(await score(decoder, reqs, options(1)));
    for (const size of [2, 3, 8]) {
      const other = sums(await score(decoder, reqs, options(size)));
      one.forEach((row, i) => {
        row.forEach((v, j) => {
          expect(Math.abs(v - (other[i]?.[j] as number))).toBeLessThanOrEqual(1e-6 * Math.abs(v) + 1e-6);
        });
      });
    }
  });

  it("marks a continuation greedy exactly when greedy decoding produces it", async () => {
    const context = tok.encode("Once upon a time");
    const [gen] = await generate(
      decoder,
      [{ promptIds: context, maxTokens: 6, sampling: GREEDY, samples: 1, seed: 0, stopTokenIds: [], stopStrings: [] }],
      {
        batchSize: 1,
        maxPositions,
        vocabSize: tok.vocabSize,
        padId: 0,
        decode: (p, n) => tok.decodeContinuation(p, n),
      },
    );
    const greedyIds = gen?.ok ? [...(gen.samples[0]?.tokenIds ?? [])] : [];
    const other = [...greedyIds.slice(0, -1), ((greedyIds[greedyIds.length - 1] as number) + 1) % tok.vocabSize];
    const [r] = await score(decoder, [{ contextIds: context, continuations: [greedyIds, other] }], options(2));
    expect(r?.ok && r.scores.map((s) => s.greedy)).toEqual([true, false]);
    expect(r?.ok && r.scores[0]?.tokens).toBe(6);
  });

  it("finds a story sentence clearly more likely per token than the same words shuffled", async () => {
    const sentence = "Lily and her mom went to the park to play with a big red ball";
    const words = sentence.split(" ");
    const shuffled = [
      words[7],
      words[2],
      words[13],
      words[0],
      words[10],
      words[5],
      words[12],
      words[1],
      words[9],
      words[14],
      words[3],
      words[6],
      words[11],
      words[4],
      words[8],
    ].join(" ");
    const [a, b] = await score(
      decoder,
      [sentence, shuffled]
        .map((text) => tok.splitContinuation("", text))
        .map((s) => ({ contextIds: s.contextIds, continuations: [s.continuationIds] })),
      options(2),
    );
    const nll = (r: typeof a) => (r?.ok ? -(r.scores[0]?.mean as number) : Number.NaN);
    expect(nll(a)).toBeLessThan(nll(b) - 1);
  });

  it("skips a request whose context and longest continuation do not fit 512 positions", async () => {
    const context = tok.encode(Array.from({ length: 200 }, () => "the dog").join(" ")).slice(0, 508);
    const four = [300, 301, 302, 303];
    const [fits, tooLong] = await score(
      decoder,
      [
        { contextIds: context, continuations: [four] },
        { contextIds: context, continuations: [four, [...four, 304]] },
      ],
      options(2),
    );
    expect(fits?.ok).toBe(true);
    expect(tooLong).toEqual({ ok: false, reason: "too-long", needed: 513, limit: 512 });
  });
});
