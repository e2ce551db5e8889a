/** @jest-environment ./test/support/onnx-environment.js */

import { type DecoderOutput, logitsAt } from "../../../src/model/decoder-step";
import { readModelConfig } from "../../../src/model/model-config";
import { findDecoderFiles } from "../../../src/model/model-files";
import { OnnxDecoder } from "../../../src/model/onnx/decoder";
import { loadTokenizer, type TextTokenizer } from "../../../src/model/tokenizer";
import { diskFiles } from "../../../src/spec/file-access";
import { describeWithShared, sharedPath } from "../../support/shared";

/**
 * The decoder path on the real trained model, checked against independent computations: the
 * same logits with and without the KV cache, and a left-padded batch against each prompt alone.
 */
describeWithShared("OnnxDecoder on stories260k", ["models/stories260k/model.onnx"], () => {
  const dir = sharedPath("models/stories260k");
  let decoder: OnnxDecoder;
  let tok: TextTokenizer;

  beforeAll(async () => {
    const config = readModelConfig(dir, diskFiles);
    tok = loadTokenizer(dir, diskFiles, config);
    decoder = await OnnxDecoder.load(findDecoderFiles(dir, diskFiles), config, { threads: 1 });
  });
  afterAll(async () => {
    await decoder.release();
  });

  const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
  const row = (out: DecoderOutput, b: number, pos: number) => logitsAt(out, b, pos);
  const full = (ids: number[]) =>
    decoder.step({ inputIds: [ids], attentionMask: [ids.map(() => 1)], positionIds: [range(0, ids.length)] });
  const maxDiff = (a: Float32Array, b: Float32Array) =>
    a.reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);

  it("finds the Llama-style I/O: position_ids and a cache for 5 layers", () => {
    expect(decoder.io.hasPositionIds).toBe(true);
    expect(decoder.io.hasUseCacheBranch).toBe(false);
    expect(decoder.io.past).toHaveLength(5);
    expect(decoder.hasCache).toBe(true);
  });

  it("gives the same logits with the KV cache as without it", async () => {
    const ids = tok.encode("Once upon a time, there was a little girl who loved the sea.");
    const whole = await full(ids);
    for (const cut of [1, 4, ids.length - 1]) {
      const prefix = await full(ids.slice(0, cut));
      const rest = ids.slice(cut);
      const next = await decoder.step({
        inputIds: [rest],
        attentionMask: [ids.map(() => 1)],
        positionIds: [range(cut, rest.length)],
        ...(prefix.cache ? { cache: prefix.cache } : {}),
      });
      for (let i = 0; i < rest.length; i++) expect(maxDiff(row(next, 0, i), row(whole, 0, cut + i))).toBeLessThan(1e-4);
    }
  });

  it("gives each prompt of a left-padded batch the logits it has alone", async () => {
    const prompts = ["Once upon a time", "The cat sat on the mat and looked at the bird", "Tom"].map((p) =>
      tok.encode(p),
    );
    const width = Math.max(...prompts.map((p) => p.length));
    const padded = prompts.map((p) => [...Array(width - p.length).fill(0), ...p]);
    const mask = prompts.map((p) => [...Array(width - p.length).fill(0), ...p.map(() => 1)]);
    const positions = prompts.map((p) => [...Array(width - p.length).fill(0), ...range(0, p.length)]);
    const batch = await decoder.step({ inputIds: padded, attentionMask: mask, positionIds: positions });
    for (const [b, p] of prompts.entries()) {
      const alone = await full(p);
      expect(maxDiff(row(batch, b, width - 1), row(alone, 0, p.length - 1))).toBeLessThan(1e-4);
    }
  });

  it("greedy-continues 'Once upon a time' fluently (argmax of no-cache forwards)", async () => {
    const prompt = tok.encode("Once upon a time");
    const ids = [...prompt];
    for (let i = 0; i < 12; i++) {
      const out = await full(ids);
      const last = row(out, 0, ids.length - 1);
      ids.push(last.indexOf(Math.max(...last)));
    }
    // The README of the model: greedy continuation begins ", there was a little girl named Lily."
    expect(tok.decodeContinuation(prompt, ids.slice(prompt.length))).toMatch(/^, there was a little girl named Lily\./);
  });
});
