import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What `trustspec run` says about its inference on stderr (src/cli/commands/run.ts). */
export interface RunSummary {
  /** Calls the run made: items × conditions of the spec. */
  readonly calls: number;
  readonly fromCache: number;
  /** Calls inferred (not from the cache). */
  readonly run: number;
  readonly tokens: number;
  readonly inferenceSeconds: number;
  readonly runDir: string;
}

export function readRunSummary(stderr: string): RunSummary {
  const calls = /^inference \S+: (\d+) calls, (\d+) from the cache, (\d+) run \((\d+) tokens/m.exec(stderr);
  const phase = /^inference phase ([\d.]+) s, whole run [\d.]+ s; results in (.+)$/m.exec(stderr);
  if (!calls || !phase) throw new Error(`trustspec run printed no inference summary:\n${stderr.slice(-2000)}`);
  const [, total, hits, misses, tokens] = calls.map(Number) as [number, number, number, number, number];
  return {
    calls: total,
    fromCache: hits,
    run: misses,
    tokens,
    inferenceSeconds: Number(phase[1]),
    runDir: (phase[2] as string).trim(),
  };
}

/**
 * The choice trustspec picked in each multiple-choice item and the log-likelihoods it gave every
 * choice, by item position, from the run's per-item records (items/*.jsonl in the run directory).
 */
export function readPicks(runDir: string): Map<number, { picked: number; correct: number; logprobs: number[] }> {
  const out = new Map<number, { picked: number; correct: number; logprobs: number[] }>();
  for (const file of readdirSync(join(runDir, "items")).filter((f) => f.endsWith(".jsonl"))) {
    for (const line of readFileSync(join(runDir, "items", file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const record = JSON.parse(line) as {
        item: string;
        choices: { logprob: number; picked: boolean; correct: boolean }[];
      };
      out.set(Number(record.item), {
        picked: record.choices.findIndex((c) => c.picked),
        correct: record.choices.findIndex((c) => c.correct),
        logprobs: record.choices.map((c) => c.logprob),
      });
    }
  }
  return out;
}
