/**
 * The floor of `npm run bench -- --e2e`: the same workloads as `trustspec run`, written straight on
 * onnxruntime-node and @huggingface/tokenizers with the best-known approach and nothing else — its
 * own tokenisation, feeds and loops, no trustspec code — so that it measures what the work itself
 * costs. It runs as its own process, like `trustspec run`, so that start-up, model load, peak memory
 * and tokenisation are counted alike:
 *
 *   node floor.js mc  MODEL_DIR ITEMS.json OUT.json   (items: [{question, mc1_targets: {text: 0|1}}])
 *   node floor.js gen MODEL_DIR PROMPTS.json OUT.json SAMPLES MAX_TOKENS TEMPERATURE SEED [BATCH]
 *                                              (prompts: ["…"]; BATCH rows at a time, default all)
 *
 * It handles the exports the bench uses: one model.onnx with a KV cache (past_key_values.N.key/value
 * in, present.N.key/value out) that takes position_ids, as Llama-style optimum exports do.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Tokenizer } from "@huggingface/tokenizers";
import * as ort from "onnxruntime-node";

export interface FloorModel {
  readonly session: ort.InferenceSession;
  readonly tokenizer: Tokenizer;
  readonly layers: number;
  readonly kvHeads: number;
  readonly headDim: number;
  /** Tokens the tokenizer can produce: logits beyond it (padding) get no probability. */
  readonly vocab: number;
  readonly eos: readonly number[];
}

type Json = Record<string, unknown>;
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Json;
const num = (...values: unknown[]) => values.find((v): v is number => typeof v === "number");

/**
 * Loads model.onnx and its tokenizer. No intra-op thread count is set, as trustspec sets none by
 * default (src/model/onnx/session.ts): onnxruntime then uses one thread per core.
 */
export async function loadFloorModel(dir: string): Promise<FloorModel> {
  const config = readJson(join(dir, "config.json"));
  const tokenizerConfig = readJson(join(dir, "tokenizer_config.json"));
  const tokenizer = new Tokenizer(readJson(join(dir, "tokenizer.json")), tokenizerConfig);
  const session = await ort.InferenceSession.create(join(dir, "model.onnx"), {
    interOpNumThreads: 1,
    graphOptimizationLevel: "all",
  });
  if (!session.inputNames.includes("position_ids") || !session.inputNames.includes("past_key_values.0.key"))
    throw new Error(`${dir}: the floor needs an export with a KV cache and position_ids`);
  const heads = num(config.num_attention_heads, config.n_head) as number;
  const hidden = num(config.hidden_size, config.n_embd) as number;
  const eos = [config.eos_token_id].flat().filter((id): id is number => typeof id === "number");
  return {
    session,
    tokenizer,
    layers: num(config.num_hidden_layers, config.n_layer) as number,
    kvHeads: num(config.num_key_value_heads, heads) as number,
    headDim: num(config.head_dim, hidden / heads) as number,
    vocab: Math.min(tokenizer.get_vocab(true).size, num(config.vocab_size) ?? Number.POSITIVE_INFINITY),
    eos,
  };
}

const ids = (rows: readonly (readonly number[])[], width: number) =>
  new ort.Tensor("int64", BigInt64Array.from(rows.flat(), BigInt), [rows.length, width]);

/** An empty cache for `batch` rows: the first pass of a sequence. */
function emptyPast(model: FloorModel, batch: number): Record<string, ort.Tensor> {
  const feeds: Record<string, ort.Tensor> = {};
  for (let l = 0; l < model.layers; l++)
    for (const kv of ["key", "value"])
      feeds[`past_key_values.${l}.${kv}`] = new ort.Tensor("float32", new Float32Array(0), [
        batch,
        model.kvHeads,
        0,
        model.headDim,
      ]);
  return feeds;
}

/** log p(token) from one row of logits, in float64. */
function logProb(logits: Float32Array, offset: number, vocab: number, token: number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < vocab; i++) max = Math.max(max, logits[offset + i] as number);
  let sum = 0;
  for (let i = 0; i < vocab; i++) sum += Math.exp((logits[offset + i] as number) - max);
  return (logits[offset + token] as number) - max - Math.log(sum);
}

/** One multiple-choice item as token ids: the context with the tokenizer's special tokens, each choice after it. */
export interface McTokens {
  readonly context: readonly number[];
  readonly choices: readonly (readonly number[])[];
}

/**
 * lm-evaluation-harness's split: encode context + choice together and take the tokens after the
 * context's own (the choice alone, when the joint encoding does not start with them).
 */
export function tokenizeMc(tokenizer: Tokenizer, context: string, choices: readonly string[]): McTokens {
  const contextIds: number[] = tokenizer.encode(context).ids;
  return {
    context: contextIds,
    choices: choices.map((choice) => {
      const whole: number[] = tokenizer.encode(context + choice).ids;
      return contextIds.every((id, i) => whole[i] === id) && whole.length > contextIds.length
        ? whole.slice(contextIds.length)
        : tokenizer.encode(choice, { add_special_tokens: false }).ids;
    }),
  };
}

/**
 * Summed log-likelihood of each choice after its context. Per item, the context runs once; its
 * last logits give every choice's first token, and the rest of all the choices run as one batch on
 * copies of the context's cache (right-padded, masked).
 */
export async function scoreMc(model: FloorModel, items: readonly McTokens[]): Promise<number[][]> {
  const out: number[][] = [];
  for (const item of items) {
    const n = item.context.length;
    const first = await model.session.run({
      input_ids: ids([item.context], n),
      attention_mask: ids([item.context.map(() => 1)], n),
      position_ids: ids([item.context.map((_, i) => i)], n),
      ...emptyPast(model, 1),
    });
    const firstLogits = first.logits as ort.Tensor;
    const width = Number(firstLogits.dims[2]);
    const last = (firstLogits.data as Float32Array).subarray((n - 1) * width, n * width);
    const sums = item.choices.map((c) => logProb(last, 0, model.vocab, c[0] as number));
    const tails = item.choices.map((c, k) => ({ k, tail: c.slice(0, -1) })).filter((t) => t.tail.length > 0);
    if (tails.length > 0) {
      const rows = tails.length;
      const tailWidth = Math.max(...tails.map((t) => t.tail.length));
      const feeds: Record<string, ort.Tensor> = {
        input_ids: ids(
          tails.map((t) => [...t.tail, ...new Array(tailWidth - t.tail.length).fill(0)]),
          tailWidth,
        ),
        attention_mask: ids(
          tails.map((t) => [
            ...item.context.map(() => 1),
            ...t.tail.map(() => 1),
            ...new Array(tailWidth - t.tail.length).fill(0),
          ]),
          n + tailWidth,
        ),
        position_ids: ids(
          tails.map(() => Array.from({ length: tailWidth }, (_, j) => n + j)),
          tailWidth,
        ),
      };
      // The context's cache, once per choice row.
      for (let l = 0; l < model.layers; l++)
        for (const kv of ["key", "value"]) {
          const present = (first[`present.${l}.${kv}`] as ort.Tensor).data as Float32Array;
          const copies = new Float32Array(present.length * rows);
          for (let r = 0; r < rows; r++) copies.set(present, r * present.length);
          feeds[`past_key_values.${l}.${kv}`] = new ort.Tensor("float32", copies, [
            rows,
            model.kvHeads,
            n,
            model.headDim,
          ]);
        }
      const rest = await model.session.run(feeds);
      const logits = (rest.logits as ort.Tensor).data as Float32Array;
      tails.forEach(({ k }, row) => {
        const choice = item.choices[k] as readonly number[];
        for (let j = 1; j < choice.length; j++)
          sums[k] =
            (sums[k] as number) + logProb(logits, (row * tailWidth + j - 1) * width, model.vocab, choice[j] as number);
      });
    }
    out.push(sums);
  }
  return out;
}

/** mulberry32: a small seeded generator, uniform in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A token drawn from softmax(logits / temperature), in float64. */
function sample(
  logits: Float32Array,
  offset: number,
  vocab: number,
  temperature: number,
  u: number,
  weights: Float64Array,
): number {
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < vocab; i++) max = Math.max(max, logits[offset + i] as number);
  let total = 0;
  for (let i = 0; i < vocab; i++) {
    total += Math.exp(((logits[offset + i] as number) - max) / temperature);
    weights[i] = total;
  }
  const target = u * total;
  for (let i = 0; i < vocab; i++) if ((weights[i] as number) > target) return i;
  return vocab - 1;
}

export interface GenerateOptions {
  readonly samples: number;
  readonly maxTokens: number;
  readonly temperature: number;
  readonly seed: number;
  /** Rows per batch; default all of them in one. */
  readonly batch?: number;
}

/**
 * `samples` continuations of every prompt, up to `maxTokens` new tokens each, at a temperature:
 * `batch` rows at a time (all by default), left-padded (attention mask and position ids), on the
 * KV cache, until every row of the batch has ended (an end-of-sequence token) or the tokens are
 * done. Returns the texts and how many new tokens the rows produced.
 */
export async function generateFloor(
  model: FloorModel,
  prompts: readonly string[],
  options: GenerateOptions,
): Promise<{ texts: string[]; tokens: number }> {
  const encoded = prompts.map((p) => model.tokenizer.encode(p).ids);
  const rows = encoded.flatMap((p) => Array.from({ length: options.samples }, () => p));
  const random = seeded(options.seed);
  const size = options.batch ?? rows.length;
  const texts: string[] = [];
  let tokens = 0;
  for (let start = 0; start < rows.length; start += size) {
    const done = await generateBatch(model, rows.slice(start, start + size), options, random);
    texts.push(...done.texts);
    tokens += done.tokens;
  }
  return { texts, tokens };
}

async function generateBatch(
  model: FloorModel,
  rows: readonly (readonly number[])[],
  options: GenerateOptions,
  random: () => number,
): Promise<{ texts: string[]; tokens: number }> {
  const width = Math.max(...rows.map((r) => r.length));
  const pad = model.eos[0] ?? 0;
  const mask = rows.map((r) => [...new Array(width - r.length).fill(0), ...r.map(() => 1)]);
  let feeds: Record<string, ort.Tensor> = {
    input_ids: ids(
      rows.map((r) => [...new Array(width - r.length).fill(pad), ...r]),
      width,
    ),
    attention_mask: ids(mask, width),
    position_ids: ids(
      rows.map((r) => [...new Array(width - r.length).fill(0), ...r.map((_, i) => i)]),
      width,
    ),
    ...emptyPast(model, rows.length),
  };
  const weights = new Float64Array(model.vocab);
  const generated: number[][] = rows.map(() => []);
  const done = rows.map(() => false);
  const positions = rows.map((r) => r.length);
  let step = width;
  for (let t = 0; t < options.maxTokens; t++) {
    const out = await model.session.run(feeds);
    const logits = out.logits as ort.Tensor;
    const vocabWidth = Number(logits.dims[2]);
    const data = logits.data as Float32Array;
    const next = rows.map((_, r) => {
      if (done[r]) return pad;
      const token = sample(
        data,
        (r * step + step - 1) * vocabWidth,
        model.vocab,
        options.temperature,
        random(),
        weights,
      );
      if (model.eos.includes(token)) done[r] = true;
      else (generated[r] as number[]).push(token);
      return token;
    });
    if (done.every(Boolean) || t === options.maxTokens - 1) break;
    for (const m of mask) m.push(1);
    feeds = {
      input_ids: ids(
        next.map((id) => [id]),
        1,
      ),
      attention_mask: ids(mask, (mask[0] as number[]).length),
      // The token drawn at step t sits t places after its prompt.
      position_ids: ids(
        positions.map((p) => [p + t]),
        1,
      ),
    };
    for (let l = 0; l < model.layers; l++)
      for (const kv of ["key", "value"]) feeds[`past_key_values.${l}.${kv}`] = out[`present.${l}.${kv}`] as ort.Tensor;
    step = 1;
  }
  return {
    // A row that ended at once has no text (the tokenizer refuses to decode no tokens).
    texts: generated.map((g) => (g.length > 0 ? model.tokenizer.decode(g, { skip_special_tokens: true }) : "")),
    tokens: generated.reduce((sum, g) => sum + g.length, 0),
  };
}

async function main(argv: readonly string[]): Promise<void> {
  const [mode, dir, input, output, ...rest] = argv as [string, string, string, string, ...string[]];
  const model = await loadFloorModel(dir);
  if (mode === "mc") {
    const items = JSON.parse(readFileSync(input, "utf8")) as {
      question: string;
      mc1_targets: Record<string, number>;
    }[];
    const tokens = items.map((item) =>
      tokenizeMc(
        model.tokenizer,
        `Q: ${item.question}\nA:`,
        Object.keys(item.mc1_targets).map((c) => ` ${c}`),
      ),
    );
    const sums = await scoreMc(model, tokens);
    const picked = sums.map((s) => s.indexOf(Math.max(...s)));
    const correct = items.map((item) => Object.values(item.mc1_targets).indexOf(1));
    writeFileSync(output, JSON.stringify({ sums, picked, correct }));
  } else if (mode === "gen") {
    const [samples, maxTokens, temperature, seed, batch] = rest.map(Number) as [number, number, number, number, number];
    const prompts = JSON.parse(readFileSync(input, "utf8")) as string[];
    const result = await generateFloor(model, prompts, {
      samples,
      maxTokens,
      temperature,
      seed,
      ...(Number.isInteger(batch) ? { batch } : {}),
    });
    writeFileSync(output, JSON.stringify({ rows: result.texts.length, tokens: result.tokens }));
  } else {
    throw new Error(`floor: unknown mode ${mode} (mc or gen)`);
  }
  await model.session.release();
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`floor: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 3;
  });
}
