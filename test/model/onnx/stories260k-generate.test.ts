/** @jest-environment ./test/support/onnx-environment.js */
import { logitsAt } from "../../../src/model/decoder-step";
import { type GenerateOptions, type GenerateRequest, generate } from "../../../src/model/generate";
import { readModelConfig } from "../../../src/model/model-config";
import { findDecoderFiles } from "../../../src/model/model-files";
import { OnnxDecoder } from "../../../src/model/onnx/decoder";
import { argmax, GREEDY } from "../../../src/model/sampling";
import { loadTokenizer, type TextTokenizer } from "../../../src/model/tokenizer";
import { diskFiles } from "../../../src/spec/file-access";
import { describeWithShared, sharedPath } from "../../support/shared";

describeWithShared("generate on stories260k", ["models/stories260k/model.onnx"], () => {
  const dir = sharedPath("models/stories260k");
  let decoder: OnnxDecoder;
  let tok: TextTokenizer;
  let options: (batchSize: number) => GenerateOptions;

  beforeAll(async () => {
    const config = readModelConfig(dir, diskFiles);
    tok = loadTokenizer(dir, diskFiles, config);
    decoder = await OnnxDecoder.load(findDecoderFiles(dir, diskFiles), config, { threads: 1 });
    options = (batchSize) => ({
      batchSize,
      maxPositions: config.maxPositions,
      vocabSize: tok.vocabSize,
      padId: 0,
      decode: (p, n) => tok.decodeContinuation(p, n),
    });
  });
  afterAll(async () => {
    await decoder.release();
  });

  const request = (prompt: string, over: Partial<GenerateRequest> = {}): GenerateRequest => ({
    promptIds: tok.encode(prompt),
    maxTokens: 20,
    sampling: GREEDY,
    samples: 1,
    seed: 7,
    stopTokenIds: [1, 2], // the model emits BOS between stories, rarely EOS (its README)
    stopStrings: [],
    ...over,
  });
  const texts = (results: Awaited<ReturnType<typeof generate>>) =>
    results.map((r) => (r.ok ? r.samples.map((s) => `${s.finish}:${s.text}`) : [`skipped:${r.needed}>${r.limit}`]));

  it("greedy generation with the cache equals argmax over no-cache forwards", async () => {
    const prompt = tok.encode("Once upon a time");
    const ids = [...prompt];
    for (let i = 0; i < 15; i++) {
      const out = await decoder.step({
        inputIds: [ids],
        attentionMask: [ids.map(() => 1)],
        positionIds: [ids.map((_, j) => j)],
      });
      ids.push(argmax(logitsAt(out, 0, ids.length - 1), tok.vocabSize));
    }
    const [result] = await generate(
      decoder,
      [request("Once upon a time", { maxTokens: 15, stopTokenIds: [] })],
      options(1),
    );
    expect(result?.ok && result.samples[0]?.tokenIds).toEqual(ids.slice(prompt.length));
    expect(result?.ok && result.samples[0]?.text).toMatch(/^, there was a little girl named Lily\./);
  });

  it("gives identical text at batch sizes 1, 3 and 8, and in any request order, greedy and sampled", async () => {
    const prompts = [
      "Once upon a time",
      "The dog",
      "Lily wanted to play with her big red ball in the park",
      "Tom said",
      "One day",
    ];
    for (const sampling of [
      GREEDY,
      { temperature: 0.8, topK: 0, topP: 0.95 },
      { temperature: 1.2, topK: 20, topP: 1 },
    ]) {
      const requests = prompts.map((p, i) => request(p, { sampling, samples: 3, seed: 100 + i }));
      const one = texts(await generate(decoder, requests, options(1)));
      expect(texts(await generate(decoder, requests, options(3)))).toEqual(one);
      expect(texts(await generate(decoder, requests, options(8)))).toEqual(one);
      expect(texts(await generate(decoder, [...requests].reverse(), options(8))).reverse()).toEqual(one);
      if (sampling !== GREEDY) {
        // Sampling is not greedy: the three samples of some prompt differ.
        expect(one.some((samples) => new Set(samples).size > 1)).toBe(true);
      }
    }
  });

  it("stops at a stop string, cutting it off, and at max tokens otherwise", async () => {
    const [stopped, long] = await generate(
      decoder,
      [request("Once upon a time", { stopStrings: ["."] }), request("Once upon a time", { maxTokens: 3 })],
      options(2),
    );
    expect(stopped?.ok && stopped.samples[0]).toMatchObject({
      finish: "stop",
      text: ", there was a little girl named Lily",
    });
    expect(long?.ok && long.samples[0]?.tokenIds.length).toBe(3);
    expect(long?.ok && long.samples[0]?.finish).toBe("length");
  });

  it("ends a sample at a stop token, which is not part of the output", async () => {
    const [free] = await generate(
      decoder,
      [request("Once upon a time", { maxTokens: 12, stopTokenIds: [] })],
      options(1),
    );
    const tokens = free?.ok ? [...(free.samples[0]?.tokenIds ?? [])] : [];
    // Make the first token that has not occurred before a stop token: the sample must end just before it.
    const at = tokens.findIndex((t, i) => i >= 3 && !tokens.slice(0, i).includes(t));
    const [r] = await generate(
      decoder,
      [request("Once upon a time", { maxTokens: 12, stopTokenIds: [tokens[at] as number] })],
      options(1),
    );
    expect(r?.ok && r.samples[0]).toMatchObject({ finish: "eos", tokenIds: tokens.slice(0, at) });
  });

  it("skips a prompt that does not fit the model's 512 positions, and says by how much", async () => {
    const long = Array.from({ length: 120 }, () => "the big dog").join(" ");
    const [r, ok] = await generate(decoder, [request(long, { maxTokens: 50 }), request("One day")], options(2));
    expect(r).toMatchObject({ ok: false, reason: "too-long", limit: 512 });
    expect(ok?.ok).toBe(true);
  });
});
