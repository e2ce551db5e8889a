/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelDir } from "../../../src/model/build/model-dir";
import {
  buildTableDecoder,
  type TableDecoderOptions,
  tableDecoderConfig,
} from "../../../src/model/build/table-decoder";
import { buildTokenizer } from "../../../src/model/build/tokenizer-build";
import { loadCausalLM } from "../../../src/model/causal-lm";
import { type DecoderOutput, logitsAt } from "../../../src/model/decoder-step";
import type { ModelDriver } from "../../../src/model/driver";
import { readModelConfig } from "../../../src/model/model-config";
import { findDecoderFiles } from "../../../src/model/model-files";
import { OnnxDecoder } from "../../../src/model/onnx/decoder";
import { loadTokenizer, type TextTokenizer } from "../../../src/model/tokenizer";
import { diskFiles } from "../../../src/spec/file-access";

/**
 * The table decoder plants a next-token distribution by construction. Checked through the real
 * driver against the closed form: log-softmax of bias + present features + last-token row.
 */
const dir = mkdtempSync(join(tmpdir(), "trustspec-table-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let tok: TextTokenizer;
let driver: ModelDriver;
let options: TableDecoderOptions;
let yes: number;
let no: number;
let cat: number;
let dog: number;
const LOW = -30;
const CAT_BOOST = 2;
const DOG_BOOST = -1;

beforeAll(async () => {
  const built = buildTokenizer("sentencepiece-bpe");
  writeModelDir(dir, built.files);
  tok = loadTokenizer(dir, diskFiles, { bosTokenId: built.bosTokenId, eosTokenIds: [built.eosTokenId as number] });
  // Token ids as they occur after a context (SentencePiece-style: " the" after text is one token).
  const inContext = (word: string) => tok.splitContinuation("Q: Is it so?\nA:", word).continuationIds;
  const single = (word: string) => {
    const ids = inContext(word);
    if (ids.length !== 1) throw new Error(`"${word}" is ${ids.length} tokens in the built tokenizer`);
    return ids[0] as number;
  };
  yes = single(" the");
  no = single(" and");
  // A feature is on when the first piece of its word occurs.
  cat = inContext(" people")[0] as number;
  dog = inContext(" time")[0] as number;
  const v = built.vocabSize;
  const eos = built.eosTokenId as number;
  const bias = new Float32Array(v).fill(LOW);
  bias[yes] = 0;
  bias[no] = 0;
  const presence = new Float32Array(2 * v);
  presence[0 * v + yes] = CAT_BOOST;
  presence[1 * v + yes] = DOG_BOOST;
  const after = new Float32Array(v);
  after[eos] = 80; // after an answer: end
  options = {
    vocabSize: v,
    features: [[cat], [dog]],
    bias,
    presence,
    last: new Map([
      [yes, after],
      [no, after],
    ]),
    maxPositions: 256,
    bosTokenId: built.bosTokenId as number,
    eosTokenId: eos,
  };
  writeModelDir(dir, {
    "model.onnx": buildTableDecoder(options),
    ...built.files,
    "config.json": tableDecoderConfig(options),
  });
  driver = await loadCausalLM(dir, { files: diskFiles, threads: 1 });
});
afterAll(async () => {
  await driver?.close();
});

/** log P(token) from the table: bias + presence of the features, over the whole vocabulary, in float64. */
function analytic(token: number, present: readonly boolean[]): number {
  const { bias, presence, vocabSize: v } = options;
  const logits = Array.from(
    bias,
    (b, i) => b + present.reduce((s, on, f) => s + (on ? (presence[f * v + i] as number) : 0), 0),
  );
  const max = Math.max(...logits);
  const lse = Math.log(logits.reduce((s, l) => s + Math.exp(l - max), 0)) + max;
  return (logits[token] as number) - lse;
}

describe("table decoder", () => {
  it("scores answers with the planted log-probabilities, feature by feature", async () => {
    const cases: [string, boolean[]][] = [
      ["Q: Is it so?\nA:", [false, false]],
      ["Q: Do people know?\nA:", [true, false]],
      ["Q: Is it time?\nA:", [false, true]],
      ["Q: Do people have time?\nA:", [true, true]],
    ];
    for (const [context, present] of cases) {
      const [r] = await driver.score([{ context, choices: [" the", " and"] }]);
      if (!r?.ok) throw new Error("skipped");
      expect(r.scores.map((s) => s.tokens)).toEqual([1, 1]);
      expect(r.scores[0]?.sum).toBeCloseTo(analytic(yes, present), 5);
      expect(r.scores[1]?.sum).toBeCloseTo(analytic(no, present), 5);
    }
  });

  it("generates the planted answer greedily and then stops", async () => {
    const [r] = await driver.generate([
      {
        prompt: "Do people agree?",
        maxTokens: 5,
        temperature: 0,
        topK: 0,
        topP: 1,
        samples: 1,
        seed: 0,
        stop: [],
        stopTokenIds: [],
      },
    ]);
    expect(r?.ok && r.samples[0]).toMatchObject({ tokenIds: [yes], text: " the", finish: "eos" });
  });

  it("samples the answers at the planted rate", async () => {
    const n = 400;
    const [r] = await driver.generate([
      {
        prompt: "Do people agree?",
        maxTokens: 2,
        temperature: 1,
        topK: 0,
        topP: 1,
        samples: n,
        seed: 9,
        stop: [],
        stopTokenIds: [],
      },
    ]);
    if (!r?.ok) throw new Error("skipped");
    const p = Math.exp(analytic(yes, [true, false]));
    const hits = r.samples.filter((s) => s.tokenIds[0] === yes).length;
    // Within 4 standard deviations of the binomial mean (a false alarm about once in 15,000 runs).
    expect(Math.abs(hits - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));
  });

  it("gives the same logits through its cache as without it", async () => {
    const config = readModelConfig(dir, diskFiles);
    const decoder = await OnnxDecoder.load(findDecoderFiles(dir, diskFiles), config, { threads: 1 });
    try {
      const ids = tok.encode("Some people say it is time to go, and the dog agrees.");
      const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);
      const whole = await decoder.step({
        inputIds: [ids],
        attentionMask: [ids.map(() => 1)],
        positionIds: [range(0, ids.length)],
      });
      let out: DecoderOutput = await decoder.step({
        inputIds: [ids.slice(0, 3)],
        attentionMask: [[1, 1, 1]],
        positionIds: [range(0, 3)],
      });
      for (let at = 3; at < ids.length; at++) {
        out = await decoder.step({
          inputIds: [[ids[at] as number]],
          attentionMask: [ids.slice(0, at + 1).map(() => 1)],
          positionIds: [[at]],
          ...(out.cache ? { cache: out.cache } : {}),
        });
        const a = logitsAt(out, 0, 0);
        const b = logitsAt(whole, 0, at);
        expect(Math.max(...a.map((x, i) => Math.abs(x - (b[i] as number))))).toBeLessThan(1e-5);
      }
    } finally {
      await decoder.release();
    }
  });
});
