import { type BertClassifierOptions, buildBertClassifier, TINY_BERT } from "./bert";
import { type DecoderArchitecture, type ExportLayout, exportDecoder } from "./decoder-export";
import { Gpt2 } from "./gpt2";
import { Llama } from "./llama";
import type { BuiltFiles } from "./model-dir";
import { type BuiltTokenizer, buildTokenizer } from "./tokenizer-build";

/**
 * The architecture-faithful test models: random weights, real structure. Each is a complete
 * optimum-style directory (ONNX file(s), config.json, generation_config.json, tokenizer files),
 * deterministic from its seed. They carry no behaviour; the demo models with planted behaviour are
 * built elsewhere.
 */
export interface DecoderModelSpec {
  readonly family: "gpt2" | "llama";
  readonly layout: ExportLayout;
  /** "tiny" for tests; "bench" is a larger decoder for throughput measurements. */
  readonly size: "tiny" | "bench";
  readonly description: string;
}

export const TEST_DECODERS: Readonly<Record<string, DecoderModelSpec>> = {
  gpt2: { family: "gpt2", layout: "single", size: "tiny", description: "GPT-2 style, model.onnx with a KV cache" },
  "gpt2-no-cache": { family: "gpt2", layout: "no-cache", size: "tiny", description: "GPT-2 style, no KV cache" },
  "gpt2-split": {
    family: "gpt2",
    layout: "split",
    size: "tiny",
    description: "GPT-2 style, decoder_model.onnx + decoder_with_past_model.onnx",
  },
  "gpt2-merged": {
    family: "gpt2",
    layout: "merged",
    size: "tiny",
    description: "GPT-2 style, decoder_model_merged.onnx with use_cache_branch",
  },
  llama: { family: "llama", layout: "single", size: "tiny", description: "Llama style (RoPE, GQA), with a KV cache" },
  "llama-no-cache": { family: "llama", layout: "no-cache", size: "tiny", description: "Llama style, no KV cache" },
  "llama-split": { family: "llama", layout: "split", size: "tiny", description: "Llama style, split export" },
  "llama-merged": { family: "llama", layout: "merged", size: "tiny", description: "Llama style, merged export" },
  "llama-bench": {
    family: "llama",
    layout: "single",
    size: "bench",
    description: "a larger Llama-style decoder (~13 MB) for npm run bench",
  },
};

const SEED = 20250101;

/**
 * llama-bench's shape, apart from its vocabulary: the bench also builds it with a 151,936-token
 * vocabulary, as the forward step that sampling's cost is measured against.
 */
export const LLAMA_BENCH_SHAPE = {
  layers: 4,
  hidden: 256,
  heads: 8,
  kvHeads: 4,
  intermediate: 640,
  maxPositions: 512,
} as const;

/** GPT-2-family exports pad the logits to a multiple of 64, wider than the tokenizer (masked). */
const padTo = (n: number, multiple: number) => Math.ceil(n / multiple) * multiple;

function architecture(spec: DecoderModelSpec, tokenizer: BuiltTokenizer): DecoderArchitecture & { config(): object } {
  const bench = spec.size === "bench";
  const positions = spec.size === "tiny" ? 128 : 512;
  if (spec.family === "gpt2") {
    const eos = tokenizer.eosTokenId ?? 0;
    return new Gpt2({
      seed: SEED,
      vocabSize: padTo(tokenizer.vocabSize, 64),
      layers: bench ? 4 : 2,
      hidden: bench ? 256 : 64,
      heads: bench ? 8 : 4,
      maxPositions: positions,
      bosTokenId: tokenizer.bosTokenId ?? eos,
      eosTokenId: eos,
    });
  }
  return new Llama({
    seed: SEED + 1,
    vocabSize: tokenizer.vocabSize,
    ...(bench
      ? LLAMA_BENCH_SHAPE
      : { layers: 2, hidden: 64, heads: 4, kvHeads: 2, intermediate: 160, maxPositions: positions }),
    bosTokenId: tokenizer.bosTokenId ?? 1,
    eosTokenId: tokenizer.eosTokenId ?? 2,
  });
}

/** Builds one test decoder's directory contents. */
export function buildTestDecoder(name: string): BuiltFiles {
  const spec = TEST_DECODERS[name];
  if (!spec) throw new Error(`unknown test model "${name}" (known: ${Object.keys(TEST_DECODERS).join(", ")})`);
  const tokenizer = buildTokenizer(spec.family === "gpt2" ? "byte-bpe" : "sentencepiece-bpe", {
    size: spec.size === "tiny" ? 300 : 1500,
  });
  const arch = architecture(spec, tokenizer);
  const config = arch.config() as Record<string, unknown>;
  return {
    ...exportDecoder(arch, spec.layout),
    ...tokenizer.files,
    "config.json": config,
    "generation_config.json": { bos_token_id: config.bos_token_id, eos_token_id: config.eos_token_id },
  };
}

const CLASSIFIERS: Readonly<Record<string, { readonly description: string; readonly options: BertClassifierOptions }>> =
  {
    "bert-classifier": {
      description: "BERT-style sequence classifier, 3 labels, softmax, with token_type_ids",
      options: TINY_BERT,
    },
    "bert-classifier-multi-label": {
      description: "BERT-style classifier, 2 independent sigmoid labels, no token_type_ids (as DistilBERT exports)",
      options: {
        ...TINY_BERT,
        seed: TINY_BERT.seed + 1,
        labels: ["toxic", "insult"],
        problemType: "multi_label_classification",
        tokenTypeIds: false,
      },
    },
  };

/** Every model `trustspec models build-test` can build, by name. */
export const TEST_MODELS: Readonly<Record<string, { readonly description: string; build(): BuiltFiles }>> = {
  ...Object.fromEntries(
    Object.entries(TEST_DECODERS).map(([name, spec]) => [
      name,
      { description: spec.description, build: () => buildTestDecoder(name) },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(CLASSIFIERS).map(([name, c]) => [
      name,
      { description: c.description, build: () => buildBertClassifier(c.options) },
    ]),
  ),
};

export function buildTestModel(name: string): BuiltFiles {
  const model = TEST_MODELS[name];
  if (!model) throw new Error(`unknown test model "${name}" (known: ${Object.keys(TEST_MODELS).join(", ")})`);
  return model.build();
}
