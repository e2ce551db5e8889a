import { resolve } from "node:path";
import { BASELINE_ENV } from "../report/external-baseline";
import { RUN_DIR_ENV } from "../run/manifest";
import { CONFIG_ENV } from "../spec/config-env";

/**
 * Run settings travel from `trustspec run` (or a user's environment) to the Jest runner,
 * transformer and suites through environment variables, which every Jest worker inherits.
 */
export const ENV = {
  model: "TRUSTSPEC_MODEL",
  noCache: "TRUSTSPEC_NO_CACHE",
  datasets: "TRUSTSPEC_DATASETS",
  batchSize: "TRUSTSPEC_BATCH_SIZE",
  /** `--dtype`: every model runs this precision variant's files. */
  dtype: "TRUSTSPEC_DTYPE",
  runDir: RUN_DIR_ENV,
  quiet: "TRUSTSPEC_QUIET",
  /** A baseline scorecard.json (`--baseline FILE`) every model is compared with. */
  baseline: BASELINE_ENV,
  /** The config `trustspec run` validated with, so every spec compiles with it wherever the spec lives. */
  config: CONFIG_ENV,
} as const;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * TRUSTSPEC_DATASETS: a JSON object of SPEC_ID → dataset path (what --dataset SPEC_ID=PATH sets);
 * relative paths are relative to the working directory.
 */
export function datasetOverridesFromEnv(env: Env): Record<string, string> {
  const raw = env[ENV.datasets];
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return Object.fromEntries(
        Object.entries(parsed)
          .filter((e): e is [string, string] => typeof e[1] === "string")
          .map(([id, path]) => [id, resolve(path)]),
      );
    }
  } catch {
    // fall through
  }
  throw new Error(`${ENV.datasets} must be a JSON object of spec id → dataset path, got ${raw}`);
}

export function flag(env: Env, name: string): boolean {
  const v = env[name];
  return v !== undefined && v !== "" && v !== "0" && v.toLowerCase() !== "false";
}

/** How the transformer, the runner and the suites compile a spec: with the run's config, --model and datasets. */
export function compileSettingsFromEnv(env: Env): {
  datasetOverrides: Record<string, string>;
  configFile?: string;
  modelOverride: boolean;
} {
  const config = env[ENV.config];
  return {
    datasetOverrides: datasetOverridesFromEnv(env),
    ...(config ? { configFile: resolve(config) } : {}),
    modelOverride: Boolean(env[ENV.model]),
  };
}
