import type { ModelDriver } from "../model/driver";
import { loadModel } from "../model/load-model";
import { ModelError } from "../model/model-error";
import { openRemote } from "../model/remote/remote-driver";
import { paintFor } from "../report/paint";
import type { ModelTarget } from "../run/infer";
import { resolveOverride } from "../run/targets";
import { parseDtype } from "../spec/dtype";
import { diskFiles } from "../spec/file-access";
import { formatProblem } from "../spec/format-problems";
import { findConfig, loadConfig } from "../spec/load-config";
import { hasErrors } from "../spec/problem";
import { didYouMean } from "../spec/suggest";
import { unknownDtype } from "./dtype-arg";
import { type CliIO, EXIT } from "./io";

/**
 * `--model NAME|DIR`: the name of a model in the project's config (with its settings: dtype, chat,
 * execution provider; a model behind a server, kind: openai-completions or openai-chat), or a model
 * directory, of either kind (the command's request rejects a model of the wrong kind with MODEL_WRONG_KIND). An
 * argument that names neither is a usage error (exit 2, as in `trustspec run`); a model that does not
 * load is printed as `file: error CODE: message` with a hint, exit 3 (runtime error).
 */
async function openModel(
  arg: string,
  io: CliIO,
  command: string,
  dtypeName: string | undefined,
  load: OpenOptions,
): Promise<{ driver: ModelDriver; target: ModelTarget; configured: boolean } | number> {
  const dtype = dtypeName !== undefined ? parseDtype(dtypeName) : undefined;
  if (dtypeName !== undefined && dtype === undefined) {
    io.stderr(`trustspec ${command}: ${unknownDtype(dtypeName)}\n`);
    return EXIT.specError;
  }
  const configFile = findConfig(diskFiles, io.cwd);
  const loaded = configFile ? loadConfig(diskFiles, configFile) : undefined;
  // A broken config would otherwise read as "no configured model named NAME".
  if (loaded && hasErrors(loaded.problems)) {
    const paint = paintFor(io);
    for (const p of loaded.problems) io.stderr(`${formatProblem(p, loaded.sources, io.cwd, paint)}\n\n`);
    io.stderr(`trustspec ${command}: fix the config above; no model was opened\n`);
    return EXIT.specError;
  }
  const config = loaded?.config;
  // As `trustspec run --model` reads it, so a configured model keeps its settings (its chat template,
  // its dtype unless --dtype says otherwise).
  const resolved = resolveOverride(arg, config, io.cwd, dtype);
  const target = dtype !== undefined ? { ...resolved, dtype } : resolved;
  if (!diskFiles.isDirectory(target.dir) && !config?.models[arg]) {
    const names = Object.keys(config?.models ?? {});
    const hint =
      names.length > 0
        ? `${didYouMean(arg, names, "models in the config")}`
        : "give the directory of an optimum ONNX export (a causal LM, or a classifier for classify)";
    io.stderr(`trustspec ${command}: no model directory or configured model named "${arg}"\n  hint: ${hint}\n`);
    return EXIT.specError;
  }
  // A model behind a server opens without a request: its first call says whether the server answers.
  if (target.remote !== undefined) return { driver: openRemote(target.remote), target, configured: true };
  try {
    const options = {
      files: diskFiles,
      ...(load.batchSize !== undefined ? { batchSize: load.batchSize } : {}),
      ...(target.dtype !== undefined ? { dtype: target.dtype } : {}),
      ...(target.device !== undefined ? { device: target.device } : {}),
    };
    // Configured: the config names it (by name or by its folder), so target.name is that name.
    const configured = config?.models[target.name] !== undefined;
    return { driver: await loadModel(target.dir, options), target, configured };
  } catch (e) {
    return reportModelError(e, io, command);
  }
}

function reportModelError(e: unknown, io: CliIO, command: string): number {
  if (e instanceof ModelError) {
    io.stderr(`${e.file}: error ${e.code}: ${e.message}\n  hint: ${e.hint}\n`);
    return EXIT.runtimeError;
  }
  io.stderr(`trustspec ${command}: ${e instanceof Error ? e.message : String(e)}\n`);
  return EXIT.runtimeError;
}

/** `--dtype`, as every command that opens a model declares it (for parseCommand). */
export const DTYPE_OPTION = { dtype: { type: "string" } } as const;

/** How a command opens its model besides the dtype. */
export interface OpenOptions {
  /** Sequences per forward batch (default 8); results do not depend on it. */
  readonly batchSize?: number;
}

/**
 * Opens the model (the `dtype` variant's files when given: `--dtype`), runs `use` with it, and closes
 * it; load and run failures become exit 3 with the file and fix. `use` is told whether the model is
 * one the project's config names (`target.name` is then its name there).
 */
export async function withModel(
  arg: string,
  io: CliIO,
  command: string,
  use: (model: ModelDriver, target: ModelTarget, configured: boolean) => Promise<number>,
  dtype?: string,
  load: OpenOptions = {},
): Promise<number> {
  const opened = await openModel(arg, io, command, dtype, load);
  if (typeof opened === "number") return opened;
  try {
    return await use(opened.driver, opened.target, opened.configured);
  } catch (e) {
    return reportModelError(e, io, command);
  } finally {
    await opened.driver.close();
  }
}
