import { dirname, join, resolve } from "node:path";
import { checkJudgeTree, type JudgeSite } from "./check-judges";
import { remoteModelProblems } from "./check-remote-models";
import { type Device, deviceOf } from "./device";
import { type Dtype, parseDtype } from "./dtype";
import { DEFAULT_LIMITS, type FileAccess, type FileLimits, readText } from "./file-access";
import { confine, outsideProblem, pathScope } from "./path-scope";
import { capPerFile, type Problem, problemsFor } from "./problem";
import { readProblem } from "./read-problem";
import {
  isRemoteKind,
  looksLikeSecret,
  normaliseBaseUrl,
  REMOTE_DEFAULTS,
  type RemoteModel,
  remoteLabel,
} from "./remote-model";
import { schemaProblems } from "./schema-errors";
import type { Judge, TrustspecConfig } from "./schema-types.generated";
import { didYouMean } from "./suggest";
import { parseYamlMapping } from "./yaml-document";
import { locate } from "./yaml-locate";

export const CONFIG_FILE = "trustspec.config.yaml";
export { CONFIG_ENV } from "./config-env";

export type ReportFormat = "terminal" | "json" | "md" | "html" | "junit";

/** The config with every default applied and every path absolute: nothing downstream re-applies defaults. */
export interface ResolvedConfig {
  /** Absolute path of the config file, or undefined when the project has none. */
  readonly file: string | undefined;
  /** Directory that relative paths in the config are resolved against. */
  readonly dir: string;
  readonly models: Readonly<
    Record<
      string,
      {
        /** The model's folder; for a model behind a server, its endpoint label (remote-model.ts), never a folder. */
        readonly path: string;
        readonly kind: "onnx-causal-lm" | RemoteModel["kind"];
        /** Where a model behind a server is and how to reach it (kind: openai-completions or openai-chat). */
        readonly remote?: RemoteModel;
        readonly threads?: number;
        /** `execution_provider: cuda` and `device_id:`; absent: the CPU. */
        readonly device?: Device;
        readonly maxLength?: number;
        /** Absent: `chat: auto`. */
        readonly chat?: ModelChat;
        /** `system: merge`. */
        readonly mergeSystem?: true;
        /** `dtype:`, its alias resolved (quantized → q8). */
        readonly dtype?: Dtype;
      }
    >
  >;
  readonly judges: Readonly<Record<string, Judge>>;
  readonly defaults: {
    readonly models: readonly string[];
    readonly seed: number;
    readonly batchSize: number;
    readonly confidence: number;
    readonly bootstrapSamples: number;
    readonly maxRegression: number;
  };
  readonly specs: readonly string[];
  readonly cache: { readonly dir: string; readonly enabled: boolean };
  readonly reports: { readonly dir: string; readonly formats: readonly ReportFormat[] };
  /** Absolute directories beyond `dir` that specs and the config may read from. */
  readonly allowPaths: readonly string[];
  readonly limits: FileLimits;
}

/**
 * How a model takes a spec's conversation (`chat:` on a model in the config): through its own chat
 * template when it has one (`auto`, the default, which is never written out), `required` to have one
 * (`chat: true`, or a template file of the user's), or not at all (`chat: false`).
 */
export interface ModelChat {
  readonly mode: "auto" | "required" | "off";
  /** A template file used instead of the model's own (absolute). */
  readonly template?: string;
}

export const ALL_REPORT_FORMATS: readonly ReportFormat[] = ["terminal", "json", "md", "html", "junit"];

/** The nearest trustspec.config.yaml at or above `startDir`. */
export function findConfig(files: FileAccess, startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (files.exists(candidate) && !files.isDirectory(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface ConfigResult {
  readonly config: ResolvedConfig | undefined;
  readonly problems: Problem[];
  /** File texts the problems point into, for code frames. */
  readonly sources: Record<string, string>;
}

/** Loads and validates a config file; `config` is set only when it has no errors. */
export function loadConfig(files: FileAccess, file: string): ConfigResult {
  const problem = problemsFor(file);
  const read = readText(files, file, { maxBytes: DEFAULT_LIMITS.specBytes });
  if (!("text" in read)) {
    const failed = readProblem(read, file, {
      noun: "config file",
      limitKey: "limits.spec_file_mb",
      missingCode: "CONFIG_NOT_FOUND",
      missingHint: "check the --config path",
    });
    if (failed.inFile) {
      const { text, start, end } = failed.inFile;
      return {
        config: undefined,
        problems: [problem(failed.code, failed.message, { start, end, hint: failed.hint })],
        sources: { [file]: text },
      };
    }
    return { config: undefined, problems: [problem(failed.code, failed.message, { hint: failed.hint })], sources: {} };
  }
  const parsed = parseYamlMapping(file, read.text);
  // Code frames show the config's lines: never an API key written into it, whatever the error.
  const sources = { [file]: parsed.ok ? maskKeys(read.text, parsed.data) : read.text };
  if (!parsed.ok) return { config: undefined, problems: parsed.problems, sources };
  const problems = schemaProblems("config", parsed.data, parsed.yaml);
  if (problems.length > 0) return { config: undefined, problems: capPerFile(problems), sources };
  const raw = parsed.data as unknown as TrustspecConfig;
  remoteModelProblems(raw.models, parsed.yaml, (code, message, where, hint, secret) =>
    problems.push(problem(code, message, { ...where, hint, ...(secret ? { secret } : {}) })),
  );
  const names = Object.keys(raw.models);
  (raw.defaults?.models ?? []).forEach((name, i) => {
    if (!raw.models[name]) {
      const where = locate(parsed.yaml, ["defaults", "models", i]);
      problems.push(
        problem("UNKNOWN_MODEL", `defaults.models names "${name}", which is not a model of this config`, {
          ...where,
          hint: didYouMean(name, names, "models"),
        }),
      );
    }
  });
  const config = resolveConfig(raw, file);
  // The model and judge directories the config names are read by every run: they stay in the project too.
  const scope = pathScope(files, config.dir, config.allowPaths, "config");
  const checkPath = (written: string, path: (string | number)[]) => {
    const absolute = resolve(config.dir, written);
    const confined = confine(scope, files, absolute);
    if (confined.inside) return;
    const said = outsideProblem(scope, path.join("."), written, absolute, confined);
    problems.push(problem("PATH_OUTSIDE_PROJECT", said.message, { ...locate(parsed.yaml, path), hint: said.hint }));
  };
  for (const [name, model] of Object.entries(raw.models)) {
    if (model.path !== undefined && !isRemoteKind(model.kind)) checkPath(model.path, ["models", name, "path"]);
  }
  // The judges' own checks (patterns, schemas, module files, paths), reported here rather than in every spec.
  const site: JudgeSite = {
    report: (code, message, path, hint) =>
      problems.push(problem(code, message, { ...locate(parsed.yaml, path), hint })),
    confined: (written, path) => {
      const before = problems.length;
      checkPath(written, [...path] as (string | number)[]);
      return problems.length === before;
    },
    read: (written, path, role) => {
      const absolute = resolve(config.dir, written);
      const got = readText(files, absolute, { maxBytes: config.limits.specBytes });
      if ("text" in got) return { file: absolute, text: got.text };
      const failed = readProblem(got, written, role);
      problems.push(problem(failed.code, failed.message, { ...locate(parsed.yaml, path), hint: failed.hint }));
      return undefined;
    },
    reportInFile: (inFile, text, code, message, start, hint) => {
      sources[inFile] = text;
      problems.push(problemsFor(inFile)(code, message, { start, end: start + 1, hint }));
    },
  };
  for (const [name, judge] of Object.entries(raw.judges ?? {})) checkJudgeTree(site, judge, ["judges", name]);
  if (problems.length > 0) return { config: undefined, problems, sources };
  return { config, problems: [], sources };
}

/** Applies defaults and resolves paths against the config's directory. */
export function resolveConfig(
  raw: TrustspecConfig | undefined,
  file: string | undefined,
  cwd = process.cwd(),
): ResolvedConfig {
  const dir = file ? dirname(resolve(file)) : resolve(cwd);
  const models = Object.fromEntries(
    Object.entries(raw?.models ?? {}).map(([name, m]) => {
      const remote = remoteOf(m);
      if (remote !== undefined) {
        return [
          name,
          {
            path: remoteLabel(remote),
            kind: remote.kind,
            remote,
            ...chatSettings(m.chat, dir),
            ...(m.system === "merge" ? { mergeSystem: true as const } : {}),
          },
        ];
      }
      return [
        name,
        {
          path: resolve(dir, m.path ?? ""),
          kind: "onnx-causal-lm" as const,
          ...(m.threads !== undefined ? { threads: m.threads } : {}),
          ...(m.execution_provider === "cuda" ? { device: deviceOf(m) } : {}),
          ...(m.max_length !== undefined ? { maxLength: m.max_length } : {}),
          ...chatSettings(m.chat, dir),
          ...(m.system === "merge" ? { mergeSystem: true as const } : {}),
          ...(m.dtype !== undefined ? { dtype: parseDtype(m.dtype) ?? "fp32" } : {}),
        },
      ];
    }),
  );
  const d = raw?.defaults ?? {};
  return {
    file: file ? resolve(file) : undefined,
    dir,
    models,
    judges: raw?.judges ?? {},
    defaults: {
      models: d.models ?? Object.keys(models),
      seed: d.seed ?? 0,
      batchSize: d.batch_size ?? 8,
      confidence: d.confidence ?? 0.95,
      bootstrapSamples: d.bootstrap_samples ?? 2000,
      maxRegression: d.max_regression ?? 0,
    },
    specs: raw?.specs ?? ["specs/**/*.trust.yaml"],
    cache: { dir: resolve(dir, raw?.cache?.dir ?? ".trustspec/cache"), enabled: raw?.cache?.enabled ?? true },
    reports: {
      dir: resolve(dir, raw?.reports?.dir ?? "reports"),
      formats: raw?.reports?.formats ?? ALL_REPORT_FORMATS,
    },
    allowPaths: (raw?.allow_paths ?? []).map((p) => resolve(dir, p)),
    limits: {
      specBytes: megabytes(raw?.limits?.spec_file_mb) ?? DEFAULT_LIMITS.specBytes,
      dataBytes: megabytes(raw?.limits?.data_file_mb) ?? DEFAULT_LIMITS.dataBytes,
    },
  };
}

/** A model behind a server, its defaults applied; undefined for an ONNX model. */
function remoteOf(m: TrustspecConfig["models"][string]): RemoteModel | undefined {
  if (!isRemoteKind(m.kind)) return undefined;
  return {
    kind: m.kind,
    baseUrl: normaliseBaseUrl(m.base_url ?? ""),
    model: m.model ?? "",
    ...(m.api_key_env !== undefined ? { apiKeyEnv: m.api_key_env } : {}),
    maxConcurrency: m.max_concurrency ?? REMOTE_DEFAULTS.maxConcurrency,
    timeoutS: m.timeout_s ?? REMOTE_DEFAULTS.timeoutS,
    maxRetries: m.max_retries ?? REMOTE_DEFAULTS.maxRetries,
    ...(m.revision !== undefined ? { revision: m.revision } : {}),
  };
}

/** The resolved `chat:` of a model: nothing for auto, else its mode and template file. */
function chatSettings(chat: boolean | string | undefined, dir: string): { chat?: ModelChat } {
  if (chat === undefined || chat === "auto") return {};
  if (chat === true) return { chat: { mode: "required" } };
  if (chat === false) return { chat: { mode: "off" } };
  return { chat: { mode: "required", template: resolve(dir, chat) } };
}

function megabytes(mb: number | undefined): number | undefined {
  return mb === undefined ? undefined : Math.floor(mb * 1024 * 1024);
}

/**
 * The config's text with every `api_key_env` value that looks like a key (not a variable's name)
 * starred out, the same length so positions hold: the text is what code frames print.
 */
function maskKeys(text: string, data: Record<string, unknown>): string {
  const models = data.models;
  if (models === null || typeof models !== "object") return text;
  let masked = text;
  for (const model of Object.values(models as Record<string, unknown>)) {
    const env =
      model !== null && typeof model === "object" ? (model as { api_key_env?: unknown }).api_key_env : undefined;
    if (typeof env === "string" && env !== "" && looksLikeSecret(env))
      masked = masked.split(env).join("*".repeat(env.length));
  }
  return masked;
}
