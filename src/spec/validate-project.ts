import { basename, dirname, relative, resolve } from "node:path";
import type { FileAccess } from "./file-access";
import { findSpecs, SPEC_SUFFIX } from "./find-specs";
import { CONFIG_FILE, findConfig, loadConfig, type ResolvedConfig, resolveConfig } from "./load-config";
import { type LoadedSpec, loadSpec } from "./load-spec";
import { type Problem, problemsFor } from "./problem";
import { SourceText } from "./source-text";
import { locate } from "./yaml-locate";

/** Problems about the command line itself carry this file name. */
export const COMMAND_LINE = "<command line>";

export interface ProjectOptions {
  /** Files, directories or globs; empty means the config's `specs` globs. */
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly files: FileAccess;
  /** An explicit config file; otherwise the nearest trustspec.config.yaml at or above cwd. */
  readonly configFile?: string;
  /** --dataset SPEC_ID=PATH overrides. */
  readonly datasetOverrides?: Readonly<Record<string, string>>;
  /** A --model is given: a spec that names no model (and has no config to name one) runs on it. */
  readonly modelOverride?: boolean;
}

export interface ProjectResult {
  readonly config: ResolvedConfig | undefined;
  /** Specs without errors. */
  readonly specs: LoadedSpec[];
  /** Every spec file looked at. */
  readonly specFiles: string[];
  readonly problems: Problem[];
  readonly sources: Record<string, string>;
}

/**
 * Validates a project in one pass: the config, every selected spec, and what only shows across
 * files (duplicate spec ids, --dataset overrides naming no spec).
 */
export function validateProject(options: ProjectOptions): ProjectResult {
  const problems: Problem[] = [];
  const sources: Record<string, string> = {};
  const configFile = options.configFile ?? findConfig(options.files, options.cwd) ?? configNearPaths(options);
  let config: ResolvedConfig | undefined;
  if (configFile !== undefined) {
    const loaded = loadConfig(options.files, configFile);
    problems.push(...loaded.problems);
    Object.assign(sources, loaded.sources);
    config = loaded.config;
  } else {
    config = undefined;
  }
  const configDir = config?.dir ?? resolveConfig(undefined, undefined, options.cwd).dir;
  const args = options.paths.length > 0 ? options.paths : (config?.specs ?? ["specs/**/*.trust.yaml"]);
  const base = options.paths.length > 0 ? options.cwd : configDir;
  const found = findSpecs(args, base, options.files);
  const cmd = problemsFor(COMMAND_LINE);
  for (const arg of found.unmatched) {
    problems.push(
      cmd("NO_SPECS_FOUND", `no spec files match ${arg}`, {
        hint: "give spec files, directories holding *.trust.yaml, or globs",
      }),
    );
  }

  const specs: LoadedSpec[] = [];
  const ids = new Map<string, { file: string; start: number }>();
  for (const file of found.files) {
    const result = loadSpec(file, {
      files: options.files,
      config,
      configInvalid: configFile !== undefined && config === undefined,
      cwd: options.cwd,
      // A config with errors still says where the project is: its paths stay confined to it.
      ...(configFile !== undefined ? { root: dirname(resolve(configFile)) } : {}),
      ...(options.datasetOverrides ? { datasetOverrides: options.datasetOverrides } : {}),
    });
    problems.push(...result.problems);
    Object.assign(sources, result.sources);
    const refused = [
      ...(file.endsWith(SPEC_SUFFIX) ? [] : [misnamed(file)]),
      ...(result.spec && !options.modelOverride && !(configFile !== undefined && config === undefined)
        ? runsOnNoModel(result.spec, config)
        : []),
    ];
    problems.push(...refused);
    if (result.spec && refused.length === 0) specs.push(result.spec);
    const written = idOf(result.sources[file]);
    if (written === undefined) continue;
    const { id, start } = written;
    const first = ids.get(id);
    if (first) {
      const line = new SourceText(sources[first.file] ?? "").position(first.start).line;
      problems.push(
        problemsFor(file)(
          "DUPLICATE_SPEC_ID",
          `spec id "${id}" is already used by ${relative(options.cwd, first.file)}:${line}`,
          {
            start,
            end: start + id.length,
            hint: "spec ids must be unique across the project: rename one of them",
          },
        ),
      );
    } else {
      ids.set(id, { file, start });
    }
  }
  for (const id of Object.keys(options.datasetOverrides ?? {})) {
    if (!ids.has(id) && found.files.length > 0) {
      problems.push(
        cmd("UNKNOWN_SPEC", `--dataset names the spec id "${id}", but no selected spec has that id`, {
          hint: `spec ids: ${[...ids.keys()].join(", ") || "none"}`,
        }),
      );
    }
  }
  return { config, specs, specFiles: found.files, problems, sources };
}

/**
 * A spec file not named *.trust.yaml: Jest's preset (and so `trustspec run`, which runs Jest) only
 * takes files named so, and `npx jest` would silently skip it; refusing it here keeps validate,
 * run and plain Jest agreeing on what a spec is.
 */
function misnamed(file: string): Problem {
  const name = basename(file);
  const renamed = `${name.replace(/\.ya?ml$/i, "")}${SPEC_SUFFIX}`;
  return problemsFor(file)("SPEC_FILE_NAME", `${name} is not named *${SPEC_SUFFIX}, so Jest would not run it`, {
    hint: `rename it to ${renamed}: trustspec run and npx jest (preset "trustspec") only run *${SPEC_SUFFIX} files`,
  });
}

/**
 * A spec that would run on no model: it names none (`models:`) and there is no config whose
 * `defaults.models` (or models) it could fall back on. Jest would end it with "Your test suite must
 * contain at least one test".
 */
function runsOnNoModel(loaded: LoadedSpec, config: ResolvedConfig | undefined): Problem[] {
  if (loaded.spec.models !== undefined || (config?.defaults.models.length ?? 0) > 0) return [];
  const at = locate(loaded.yaml, ["id"], "key");
  return [
    problemsFor(loaded.file)(
      "CONFIG_NOT_FOUND",
      `spec "${loaded.spec.id}" runs on no model: it names none and no ${CONFIG_FILE} was found to give defaults.models`,
      {
        start: at.start,
        end: at.end,
        hint: `create ${CONFIG_FILE} with your models (trustspec init writes one) and name them in the spec's models: or the config's defaults.models, or run it with --model DIR`,
      },
    ),
  ];
}

/**
 * When the current directory is outside any project, the config of the first path given: running
 * `trustspec validate ~/proj/specs` from elsewhere still finds ~/proj/trustspec.config.yaml.
 */
function configNearPaths(options: ProjectOptions): string | undefined {
  const first = options.paths.find((p) => !/[*?]/.test(p));
  if (first === undefined) return undefined;
  const abs = resolve(options.cwd, first);
  const dir = options.files.isDirectory(abs) ? abs : dirname(abs);
  return options.files.exists(dir) ? findConfig(options.files, dir) : undefined;
}

/** The spec's top-level id and its offset, read from the text so duplicates show even in specs with other errors. */
function idOf(text: string | undefined): { id: string; start: number } | undefined {
  const m = text === undefined ? null : /^id:[ \t]*(["']?)([^"'\s#]+)\1[ \t]*(?:#.*)?$/m.exec(text);
  if (!m || m[2] === undefined) return undefined;
  return { id: m[2], start: m.index + m[0].indexOf(m[2], 3) };
}
