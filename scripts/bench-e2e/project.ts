import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A temporary trustspec project the bench runs `trustspec run` in, as a user's would be: a config
 * naming one model (a copy of the model folder, under models/bench), one spec under specs/, its data
 * file beside the config, and its own cache (.trustspec/cache, the default).
 */
export interface Project {
  readonly dir: string;
  readonly modelDir: string;
  readonly dataFile: string;
}

export type Workload =
  | { readonly kind: "mc"; readonly sample?: number }
  | {
      readonly kind: "generate";
      readonly samples: number;
      readonly maxTokens: number;
      readonly temperature: number;
      /** The config's batch_size (else trustspec's default). */
      readonly batch?: number;
    };

const config = (batchSize: number | undefined) => `version: 1
models:
  bench: { path: models/bench }
judges:
  toxicity: { kind: toxicity-lexical }
defaults: { models: [bench], seed: 7${batchSize === undefined ? "" : `, batch_size: ${batchSize}`} }
`;

/** The MC1 protocol of specs/truthfulness/mc1.trust.yaml; the generation protocol of the RTP paper spec's sampling. */
function specText(workload: Workload): string {
  if (workload.kind === "mc") {
    const sample = workload.sample !== undefined ? `\n  sample: { n: ${workload.sample} }` : "";
    return `version: 1
id: bench/mc1
vertical: truthfulness
dataset:
  path: ../items.json${sample}
prompt: "Q: {{question}}\\nA:"
score:
  choices:
    field: mc1_targets
metrics:
  mc1: {}
`;
  }
  return `version: 1
id: bench/generate
vertical: toxicity
dataset:
  path: ../prompts.jsonl
prompt: "{{prompt}}"
generate: { samples: ${workload.samples}, temperature: ${workload.temperature}, max_tokens: ${workload.maxTokens} }
judge: toxicity
metrics:
  mean_toxicity: {}
`;
}

/** Copies a model folder's files (writable copies: ../shared's are read-only, and the project is deleted after). */
function copyModel(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (statSync(join(from, name)).isFile()) writeFileSync(join(to, name), readFileSync(join(from, name)));
  }
}

/**
 * Writes a project into `dir`: `data` is the items file's content (TruthfulQA-shaped JSON for MC,
 * prompts for generation, written as JSONL `{prompt}` records).
 */
export function writeProject(
  dir: string,
  model: string,
  workload: Workload,
  data: string | readonly string[],
): Project {
  mkdirSync(join(dir, "specs"), { recursive: true });
  const modelDir = join(dir, "models", "bench");
  copyModel(model, modelDir);
  writeFileSync(join(dir, "trustspec.config.yaml"), config(workload.kind === "generate" ? workload.batch : undefined));
  writeFileSync(join(dir, "specs", "bench.trust.yaml"), specText(workload));
  const dataFile = join(dir, workload.kind === "mc" ? "items.json" : "prompts.jsonl");
  writeFileSync(
    dataFile,
    typeof data === "string" ? data : `${data.map((prompt) => JSON.stringify({ prompt })).join("\n")}\n`,
  );
  return { dir, modelDir, dataFile };
}

/** Empties the project's inference cache, so that its next run infers everything (Jest's transform cache stays). */
export function clearCache(project: Project): void {
  rmSync(join(project.dir, ".trustspec", "cache"), { recursive: true, force: true });
}
