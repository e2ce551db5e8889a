import type { Generate } from "../spec/schema-types.generated";
import type { GenerateSettings } from "./plan";

/** Defaults of `generate:` (docs/spec-reference.md, "generate"). */
const GENERATE_DEFAULTS = { samples: 1, max_tokens: 64, temperature: 0, top_k: 0, top_p: 1 } as const;

/** A `generate:` block with its defaults applied. */
export function generateSettings(generate: Generate): GenerateSettings {
  const g = { ...GENERATE_DEFAULTS, ...generate };
  return {
    samples: g.samples,
    maxTokens: g.max_tokens,
    temperature: g.temperature,
    topK: g.top_k,
    topP: g.top_p,
    stop: generate.stop ?? [],
    stopTokenIds: generate.stop_token_ids ?? [],
  };
}
