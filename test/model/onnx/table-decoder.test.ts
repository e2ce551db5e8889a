/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withChatTokens } from "../../../src/model/build/chat-tokens";
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
/** Chat markers of the copying decoder's tokenizer (special tokens, one id each). */
const [ASSISTANT, END] = ["<|assistant|>", "<|end|>"];

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
    await expectCacheAgrees(dir, "Some people say it is time to go, and the dog agrees.");
  });
});

/** Logits of a text fed one token at a time through the cache equal those of one pass over it. */
async function expectCacheAgrees(modelDir: string, text: string): Promise<void> {
  const config = readModelConfig(modelDir, diskFiles);
  const decoder = await OnnxDecoder.load(findDecoderFiles(modelDir, diskFiles), config, { threads: 1 });
  const tokenizer = loadTokenizer(modelDir, diskFiles, config);
  try {
    const ids = tokenizer.encode(text);
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
}

/**
 * The copy head and conjunctions, on a second decoder: after a "?", the answer repeats the span that
 * follows the last anchor (" code is" copies, " secret is" does not) up to a newline; in a
 * conversation, after the generation prompt that follows the question; a conjunction of two features
 * moves a logit only while both are present. The decoder has an answer marker throughout, so the
 * plain-prompt checks also show that a prompt without the marker copies as before.
 */
describe("table decoder: copying and conjunctions", () => {
  const copyDir = mkdtempSync(join(tmpdir(), "trustspec-table-copy-"));
  let copyTok: TextTokenizer;
  let copyDriver: ModelDriver;
  let copyOptions: TableDecoderOptions;
  let neutral: number;
  let other: number;
  const BOTH = 1.5;

  beforeAll(async () => {
    const built = withChatTokens(
      buildTokenizer("sentencepiece-bpe", { phrases: [" code is", " secret is", " the", " and"] }),
      [ASSISTANT, END],
    );
    const id = (phrase: string) => built.phrases.get(phrase)?.id as number;
    const v = built.vocabSize;
    const eos = built.eosTokenId as number;
    neutral = id(" the");
    other = id(" and");
    const vocab = Object.entries(
      (built.files["tokenizer.json"] as { model: { vocab: Record<string, number> } }).model.vocab,
    );
    const holding = (char: string, byte: string) =>
      vocab.filter(([piece]) => piece.includes(char) || piece === byte).map(([, t]) => t);
    const bias = new Float32Array(v).fill(LOW);
    bias[neutral] = 0;
    bias[other] = -1;
    const after = new Float32Array(v);
    after[eos] = 80;
    writeModelDir(copyDir, built.files);
    const ctx = loadTokenizer(copyDir, diskFiles, { bosTokenId: built.bosTokenId, eosTokenIds: [eos] });
    const word = (w: string) => ctx.splitContinuation("Q: Is it so?\nA:", w).continuationIds[0] as number;
    const presence = new Float32Array(3 * v);
    presence[2 * v + other] = BOTH; // the conjunction's row
    // The generation prompt "<|assistant|>\n" is the marker and the tokens after it.
    const [marker, ...lead] = ctx.encode(`${ASSISTANT}\n`, { addSpecialTokens: false });
    copyOptions = {
      vocabSize: v,
      features: [[word(" people")], [word(" time")]],
      conjunctions: [[0, 1]],
      bias,
      presence,
      last: new Map([[neutral, after]]),
      copy: {
        anchors: new Map([
          [id(" code is"), 5],
          [id(" secret is"), -5],
        ]),
        questionEnd: holding("?", "<0x3F>"),
        stop: holding("\n", "<0x0A>"),
        strength: 40,
        answerMarker: { token: marker as number, lead: lead.length },
      },
      maxPositions: 256,
      bosTokenId: built.bosTokenId as number,
      eosTokenId: eos,
    };
    writeModelDir(copyDir, {
      "model.onnx": buildTableDecoder(copyOptions),
      ...built.files,
      "config.json": tableDecoderConfig(copyOptions),
    });
    copyTok = loadTokenizer(copyDir, diskFiles, { bosTokenId: built.bosTokenId, eosTokenIds: [eos] });
    copyDriver = await loadCausalLM(copyDir, { files: diskFiles, threads: 1 });
  });
  afterAll(async () => {
    await copyDriver?.close();
    rmSync(copyDir, { recursive: true, force: true });
  });

  const greedy = (prompt: string) => ({
    prompt,
    maxTokens: 30,
    temperature: 0,
    topK: 0,
    topP: 1,
    samples: 1,
    seed: 0,
    stop: [],
    stopTokenIds: [],
  });
  /** The prompt's tokens after its last " code is" token, up to the first one holding a newline. */
  function span(prompt: string): number[] {
    const ids = copyTok.encode(prompt);
    const anchor = copyOptions.copy?.anchors;
    const start = ids.reduce((last, t, i) => (anchor?.has(t) ? i : last), -1) + 1;
    const stop = new Set(copyOptions.copy?.stop);
    const end = ids.findIndex((t, i) => i >= start && stop.has(t));
    return ids.slice(start, end);
  }

  const PROMPTS = [
    "My code is ab12cd. Your code is xy34zw9.\nWhat is your code?",
    "Her code is 5551234. \nQ: and his?",
    "Our code is QWERTY-77, yours is not.\nWhy?",
  ];

  it("copies the span after the last anchor once the question ends, then stops", async () => {
    const results = await copyDriver.generate(PROMPTS.map(greedy));
    results.forEach((r, i) => {
      const expected = span(PROMPTS[i] as string);
      expect(expected.length).toBeGreaterThan(2);
      expect(r?.ok && r.samples[0]).toMatchObject({ tokenIds: expected, finish: "eos" });
    });
  });

  it("copies the same span in a conversation, starting after the generation prompt", async () => {
    // The question, then the template's tokens before the answer: the copy skips them.
    const chats = PROMPTS.map((p) => `${p}${END}\n${ASSISTANT}\n`);
    expect(copyTok.encode(`${ASSISTANT}\n`, { addSpecialTokens: false }).length).toBeGreaterThan(1);
    const results = await copyDriver.generate(chats.map(greedy));
    results.forEach((r, i) => {
      expect(r?.ok && r.samples[0]).toMatchObject({ tokenIds: span(PROMPTS[i] as string), finish: "eos" });
    });
    // A marker before the question leaves the answer after the question end, as in a plain prompt.
    const [before] = await copyDriver.generate([greedy(`${ASSISTANT}\n${PROMPTS[0]}`)]);
    expect(before?.ok && before.samples[0]?.tokenIds).toEqual(span(PROMPTS[0] as string));
  });

  it("does not copy after an anchor whose first-token logit loses to the neutral answer, or without a question", async () => {
    const [secret, noQuestion] = await copyDriver.generate([
      greedy("My secret is ab12cd.\nWhat is it?"),
      greedy("My code is ab12cd.\nTell me"),
    ]);
    expect(secret?.ok && secret.samples[0]?.tokenIds).toEqual([neutral]);
    expect(noQuestion?.ok && noQuestion.samples[0]?.tokenIds).toEqual([neutral]);
  });

  it("copies the same in a padded batch as alone", async () => {
    const batched = await copyDriver.generate(PROMPTS.map(greedy));
    for (const [i, prompt] of PROMPTS.entries()) {
      const [alone] = await copyDriver.generate([greedy(prompt)]);
      expect(alone?.ok && alone.samples[0]?.tokenIds).toEqual(batched[i]?.ok && batched[i]?.samples[0]?.tokenIds);
    }
  });

  it("gives the same logits through its cache as without it, copying included", async () => {
    for (const prompt of [PROMPTS[0] as string, `${PROMPTS[0]}${END}\n${ASSISTANT}\n`]) {
      const [r] = await copyDriver.generate([greedy(prompt)]);
      await expectCacheAgrees(copyDir, prompt + (r?.ok ? r.samples[0]?.text : ""));
    }
  });

  it("moves a logit by a conjunction only while both features are present", async () => {
    const cases: [string, number][] = [
      ["Do people know", 0],
      ["Is it time", 0],
      ["Do people have time", BOTH],
    ];
    for (const [context, shift] of cases) {
      const [r] = await copyDriver.score([{ context, choices: [" the", " and"] }]);
      if (!r?.ok) throw new Error("skipped");
      // log P(" and") − log P(" the") = the bias difference (−1) plus the conjunction's shift.
      expect((r.scores[1]?.sum as number) - (r.scores[0]?.sum as number)).toBeCloseTo(-1 + shift, 5);
    }
  });
});
