import { join } from "node:path";
import type { FileAccess } from "../spec/file-access";
import { readConfigJson, readJsonObject } from "./json-file";
import { ModelError } from "./model-error";

/** What the rest of the model layer needs from config.json (and generation_config.json). */
export interface ModelConfig {
  readonly modelType: string;
  readonly layers: number;
  readonly heads: number;
  /** Key/value heads: fewer than `heads` under grouped-query attention. */
  readonly kvHeads: number;
  readonly headDim: number;
  readonly vocabSize: number;
  /** Positions the model can attend to (prompt + new tokens). */
  readonly maxPositions: number | undefined;
  readonly bosTokenId: number | undefined;
  /** Every id that ends generation (config.json and generation_config.json may list several). */
  readonly eosTokenIds: readonly number[];
}

/** Field names differ by architecture (GPT-2: n_layer, n_head, n_positions; Llama: num_hidden_layers…). */
const ALIASES = {
  layers: ["num_hidden_layers", "n_layer", "num_layers"],
  heads: ["num_attention_heads", "n_head", "num_heads"],
  kvHeads: ["num_key_value_heads", "multi_query_group_num"],
  hidden: ["hidden_size", "n_embd", "d_model"],
  vocab: ["vocab_size", "padded_vocab_size"],
  positions: ["max_position_embeddings", "n_positions", "n_ctx", "seq_length"],
} as const;

function pick(config: Record<string, unknown>, names: readonly string[]): number | undefined {
  for (const name of names) {
    const v = config[name];
    if (typeof v === "number" && Number.isFinite(v)) return v;
  }
  return undefined;
}

function ids(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === "number");
  return [];
}

/** Reads config.json (required) and generation_config.json (optional) of a model directory. */
export function readModelConfig(dir: string, files: FileAccess): ModelConfig {
  const { path, config } = readConfigJson(dir, files);
  const generation = readJsonObject(files, join(dir, "generation_config.json"), "MODEL_CONFIG_INVALID") ?? {};
  const layers = pick(config, ALIASES.layers);
  const heads = pick(config, ALIASES.heads);
  const hidden = pick(config, ALIASES.hidden);
  const vocabSize = pick(config, ALIASES.vocab);
  const missing = [
    layers === undefined ? "num_hidden_layers" : undefined,
    heads === undefined ? "num_attention_heads" : undefined,
    vocabSize === undefined ? "vocab_size" : undefined,
  ].filter((m): m is string => m !== undefined);
  if (layers === undefined || heads === undefined || vocabSize === undefined || missing.length > 0) {
    throw new ModelError(
      "MODEL_CONFIG_INVALID",
      `config.json does not say the model's ${missing.join(", ")}`,
      path,
      "use the config.json that the export wrote for this model",
    );
  }
  const headDim = pick(config, ["head_dim"]) ?? (hidden !== undefined ? hidden / heads : undefined);
  if (headDim === undefined || !Number.isInteger(headDim)) {
    throw new ModelError(
      "MODEL_CONFIG_INVALID",
      "config.json gives neither head_dim nor a hidden size divisible by the number of heads",
      path,
      "use the config.json that the export wrote for this model",
    );
  }
  const eos = [...new Set([...ids(config.eos_token_id), ...ids(generation.eos_token_id)])];
  const bos = ids(generation.bos_token_id)[0] ?? ids(config.bos_token_id)[0];
  return {
    modelType: typeof config.model_type === "string" ? config.model_type : "unknown",
    layers,
    heads,
    kvHeads: pick(config, ALIASES.kvHeads) ?? heads,
    headDim,
    vocabSize,
    maxPositions: pick(config, ALIASES.positions),
    bosTokenId: bos,
    eosTokenIds: eos,
  };
}
