import { join } from "node:path";
import type { Device } from "../spec/device";
import type { Dtype } from "../spec/dtype";
import type { FileAccess } from "../spec/file-access";
import type { GenerateTextRequest, ModelDriver, ModelInfo, ScoreTextRequest } from "./driver";
import { type TooLong, textTooLong } from "./fits";
import { generate } from "./generate";
import { readModelConfig } from "./model-config";
import { ModelError } from "./model-error";
import { decoderPaths, findDecoderFiles } from "./model-files";
import { OnnxDecoder } from "./onnx/decoder";
import { checkOnnxFile } from "./onnx-scan";
import { score } from "./score";
import { type TokenLogprobsRequest, type TokenLogprobsResult, textTokens } from "./token-logprobs";
import { loadTokenizer } from "./tokenizer";

export interface CausalLMOptions {
  readonly files: FileAccess;
  /** Sequences per forward batch (default 8). Results do not depend on it. */
  readonly batchSize?: number;
  readonly threads?: number;
  /** The GPU to run on (config `execution_provider: cuda`); absent: the CPU. */
  readonly device?: Device;
  /** Overrides config.json's maximum positions. */
  readonly maxPositions?: number;
  /** Which precision variant's files to load (`model_q4.onnx`…); default fp32, `model.onnx`. */
  readonly dtype?: Dtype;
}

/** Loads an optimum-exported causal LM directory as a ModelDriver. */
export async function loadCausalLM(dir: string, options: CausalLMOptions): Promise<ModelDriver> {
  const config = readModelConfig(dir, options.files);
  const tokenizer = loadTokenizer(dir, options.files, config);
  const found = findDecoderFiles(dir, options.files, options.dtype);
  const checked = decoderPaths(found).map(checkOnnxFile);
  const decoder = await OnnxDecoder.load(found, config, {
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    ...(options.device !== undefined ? { device: options.device } : {}),
  });
  // A file that quantizes activations at run time scales each batch as a whole: one sequence per
  // forward pass keeps every result independent of what else runs (the same at any batch size).
  const batchSize = checked.some((c) => c.quantizesDynamically) ? 1 : (options.batchSize ?? 8);
  const maxPositions = options.maxPositions ?? config.maxPositions;
  // Logits may be wider than the tokenizer's vocabulary (padding: masked); never narrower.
  const vocabSize = tokenizer.vocabSize;
  if (vocabSize > config.vocabSize) {
    throw new ModelError(
      "TOKEN_BEYOND_LOGITS",
      `the tokenizer has ${vocabSize} tokens but the model's logits cover only ${config.vocabSize} (config.json vocab_size)`,
      join(dir, "tokenizer.json"),
      "the tokenizer does not belong to this model: export both from the same checkpoint",
    );
  }
  const padId = tokenizer.eosTokenIds[0] ?? 0;
  const info: ModelInfo = {
    kind: "causal-lm",
    dir,
    modelType: config.modelType,
    layers: config.layers,
    vocabSize,
    maxPositions,
    hasCache: decoder.hasCache,
    takesPositionIds: decoder.takesPositionIds,
  };
  // An empty prompt generates from the start token (BOS, or EOS for models without one, as GPT-2).
  const promptIds = (prompt: string, addSpecialTokens = true) => {
    const ids = tokenizer.encode(prompt, { addSpecialTokens });
    return ids.length > 0 ? ids : tokenizer.splitContinuation("", "").contextIds;
  };
  const refuseLong = (chars: number, more: number) => textTooLong(chars, more, tokenizer.maxTokenChars, maxPositions);
  return {
    info,
    generate: (requests: readonly GenerateTextRequest[]) =>
      sparing(
        requests,
        (r) => refuseLong(r.prompt.length, r.maxTokens),
        (rest) =>
          generate(
            decoder,
            rest.map((r) => ({
              promptIds: promptIds(r.prompt, r.addSpecialTokens),
              maxTokens: r.maxTokens,
              sampling: { temperature: r.temperature, topK: r.topK, topP: r.topP },
              samples: r.samples,
              seed: r.seed,
              stopTokenIds: [...new Set([...tokenizer.eosTokenIds, ...r.stopTokenIds])],
              stopStrings: r.stop,
            })),
            { batchSize, maxPositions, vocabSize, padId, decode: (p, n) => tokenizer.decodeContinuation(p, n) },
          ),
      ),
    score: (requests: readonly ScoreTextRequest[]) =>
      sparing(
        requests,
        (r) => refuseLong(r.context.length + Math.max(0, ...r.choices.map((c) => c.length)), 0),
        (rest) =>
          score(
            decoder,
            rest.map((r) => {
              const special = { addSpecialTokens: r.addSpecialTokens ?? true };
              const splits = tokenizer.splitContinuations(r.context, r.choices, special);
              return {
                contextIds: splits[0]?.contextIds ?? tokenizer.splitContinuation(r.context, "", special).contextIds,
                continuations: splits.map((s) => s.continuationIds),
                ...(r.perToken ? { perToken: true } : {}),
              };
            }),
            { batchSize, maxPositions, vocabSize, padId },
          ),
      ),
    tokenLogprobs: async (requests: readonly TokenLogprobsRequest[]): Promise<TokenLogprobsResult[]> => {
      const prompts = requests.map((r) => promptIds(r.prompt, r.addSpecialTokens));
      const ids = requests.map((r, i) => [...(prompts[i] as number[]), ...(r.after ?? [])]);
      const idsOf = new Map(requests.map((r, i) => [r, ids[i] as number[]]));
      // Every token after the first, scored as the continuation of the first: the same log-probabilities
      // score() gives a choice, with the most likely tokens at each position.
      const scored = await sparing(
        requests,
        (r) => refuseLong(r.prompt.length, r.after?.length ?? 0),
        (rest) =>
          score(
            decoder,
            rest.map((r) => {
              const all = idsOf.get(r) as number[];
              return { contextIds: all.slice(0, 1), continuations: [all.slice(1)], perToken: true, topLogprobs: r.top };
            }),
            { batchSize, maxPositions, vocabSize, padId },
          ),
      );
      return scored.map((s, i) =>
        s.ok
          ? textTokens(tokenizer, ids[i] as number[], (prompts[i] as number[]).length, s.scores[0]?.perToken ?? [])
          : s,
      );
    },
    classify: async () => {
      throw new ModelError(
        "MODEL_WRONG_KIND",
        `${dir} is a causal language model (${config.modelType}): it generates and scores text but cannot classify it`,
        dir,
        "use trustspec generate or score with this model; to classify, give a sequence-classification export (optimum-cli export onnx --task text-classification)",
      );
    },
    close: () => decoder.release(),
  };
}

/**
 * Runs `run` on the requests `refuse` lets through and puts the refusals back in their places: a
 * request refused by its text's length alone is never tokenised. The refusal is the same whichever
 * other requests share the call, so results do not depend on batching.
 */
async function sparing<R, T>(
  requests: readonly R[],
  refuse: (request: R) => TooLong | undefined,
  run: (rest: readonly R[]) => Promise<T[]>,
): Promise<(T | TooLong)[]> {
  const refused = requests.map(refuse);
  const done = await run(requests.filter((_, i) => refused[i] === undefined));
  let next = 0;
  return refused.map((r) => r ?? (done[next++] as T));
}
