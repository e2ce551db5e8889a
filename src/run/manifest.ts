import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanModel } from "../compile/plan";
import type { Dtype } from "../spec/dtype";

/**
 * What the runner's inference phase leaves for the test suites (which may run in other worker
 * processes): where the results are, each model's fingerprint, and the settings of the run. Found
 * through the TRUSTSPEC_RUN_DIR environment variable, which workers inherit.
 */
export const RUN_DIR_ENV = "TRUSTSPEC_RUN_DIR";

export interface RunManifest {
  readonly version: 1;
  readonly runDir: string;
  /** The inference cache (or, with --no-cache, a scratch folder the run removes when its suites are done). */
  readonly resultsDir: string;
  /** By model key (its folder, and `#dtype` for a variant other than fp32: model-key.ts): its fingerprint. */
  readonly fingerprints: Readonly<Record<string, string>>;
  /** `--model` in effect, if any, with its config settings. */
  readonly override?: PlanModel;
  /** `--dtype` in effect, if any: every model runs this variant. */
  readonly dtype?: Dtype;
  /** Specs whose conversations a model cannot take (no chat template, or one that refuses them): only those suites fail. */
  readonly failedConversations?: readonly (RunError & { readonly specId: string; readonly key: string })[];
  /** Per model: calls, cache hits and misses, tokens and time of the inference phase. */
  readonly inference?: readonly {
    readonly name: string;
    readonly calls: number;
    readonly unique: number;
    readonly hits: number;
    readonly misses: number;
    readonly tokens: number;
    /** Samples a server gave no token count for (left out of `tokens`); absent: none. */
    readonly uncounted?: number;
    readonly seconds: number;
    /** The process's peak RSS in MB when the model's calls were done (0: none ran). */
    readonly peakRssMb?: number;
  }[];
  /** Seconds the whole inference phase took (compiling, hashing, loading, running). */
  readonly inferenceSeconds?: number;
  /** Set when the run could not infer at all: every suite fails with it. */
  readonly error?: RunError;
  /**
   * Models that failed to load or run, each with its error: only their suites fail with it (a broken
   * candidate is not the baseline's failure); the other models' inference went on.
   */
  readonly failedModels?: readonly (RunError & { readonly name: string; readonly dir: string; readonly key: string })[];
}

export interface RunError {
  readonly message: string;
  readonly code?: string;
  readonly file?: string;
  readonly hint?: string;
}

export function writeManifest(manifest: RunManifest): void {
  mkdirSync(manifest.runDir, { recursive: true });
  const path = join(manifest.runDir, "manifest.json");
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(temp, path);
}

export function readManifest(runDir: string): RunManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(runDir, "manifest.json"), "utf8")) as RunManifest;
  } catch {
    return undefined;
  }
}

/**
 * A failed run's error as readers see it: the message, then where (the file, or the server of a
 * model behind one, whose errors carry its base URL) and the fix when known.
 */
export function describeRunError(error: RunError): string {
  const where = error.file ? `\n  ${/^https?:\/\//i.test(error.file) ? "server" : "file"}: ${error.file}` : "";
  return `${error.message}${where}${error.hint ? `\n  hint: ${error.hint}` : ""}`;
}

/**
 * Why a model's results (by its key: model-key.ts) cannot be read: the run's own error, or the model's failure to load or run;
 * undefined when nothing stands in the way.
 */
export function modelFailure(manifest: RunManifest, key: string): string | undefined {
  if (manifest.error) return `the run could not query the models: ${describeRunError(manifest.error)}`;
  const failed = manifest.failedModels?.find((f) => f.key === key);
  return failed ? `the model ${failed.name} could not be run: ${describeRunError(failed)}` : undefined;
}
