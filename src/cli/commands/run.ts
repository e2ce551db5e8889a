import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { AggregatedResult } from "@jest/test-result";
import { runCLI } from "jest";
import type { Plan } from "../../compile/plan";
import { forgetCompiledSpecs, keepCompiledSpecs } from "../../jest/compiled-specs";
import { compileSettingsFromEnv, ENV } from "../../jest/env";
import { testNamePatternError } from "../../jest/test-name-pattern";
import { checkModelFiles } from "../../model/check-model-files";
import type { ModelKind } from "../../model/driver";
import type { ModelError } from "../../model/model-error";
import { isSilent } from "../../report/coverage-notes";
import { paintFor } from "../../report/paint";
import { readRunScorecard, readScorecardResults } from "../../report/read-scorecard";
import { classifierJudges } from "../../run/judge-phase";
import { describeRunError, readManifest } from "../../run/manifest";
import { modelKey } from "../../run/model-key";
import { newRunDir } from "../../run/run-dirs";
import { overrideConflict, planTargets, type RunModels, resolveOverride } from "../../run/targets";
import { type Dtype, parseDtype } from "../../spec/dtype";
import { diskFiles } from "../../spec/file-access";
import { displayPath, formatProblem } from "../../spec/format-problems";
import { hasErrors } from "../../spec/problem";
import { didYouMean } from "../../spec/suggest";
import { parseCommand, parseDatasetOverrides } from "../args";
import { conversationProblems } from "../check-chat";
import { checkProject } from "../check-project";
import { remoteScoreProblems } from "../check-remote";
import type { Command } from "../command";
import { withDocsPaths } from "../docs-path";
import { unknownDtype } from "../dtype-arg";
import { guardRun } from "../guard-run";
import { type CliIO, EXIT } from "../io";
import { jestConfig } from "../jest-config";

export const runCommand: Command = {
  name: "run",
  summary: "run trust specs on the models and gate on their thresholds",
  help: `Usage: trustspec run [paths|globs] [options]

Runs the selected specs (default: the config's specs) with Jest: first the inference
of every spec — each model loaded once, all calls batched and cached — then one
suite per spec and model with one test per gated metric and per probe.

Options:
  --model NAME|DIR        the model under test: replaces each spec's models except
                          its compare baseline (a folder is named by its path,
                          never by its base name; the baseline itself is refused)
  --baseline FILE         a scorecard.json of an earlier run (e.g. the last release):
                          each candidate is compared with its released model, in
                          place of each spec's compare.baseline (docs/scorecard.md)
  --dataset ID=PATH       point spec ID at another dataset file (repeatable)
  --no-cache              ignore the inference cache (raw results are kept in an
                          owner-only temp folder until the run ends)
  --batch-size N          sequences per forward batch (results do not depend on it)
  --dtype NAME            run every model's NAME files, e.g. q4 → model_q4.onnx (the
                          baseline too, so both are compared at one precision):
                          fp32 fp16 q4 q4f16 int8 uint8 q8|quantized bnb4; default:
                          each model's dtype: in the config, else fp32 (model.onnx)
  -t, --test-name-pattern REGEX
                          run only the tests whose name matches (as jest -t)
  --shard I/N             run the I-th of N shards, 1 ≤ I ≤ N ≤ the spec files (as jest --shard)
  --workers N             Jest workers (default: Jest's choice)
  --config FILE           the config file (default: trustspec.config.yaml at or above .)
  -h, --help              show this help

Before Jest starts, the folder of every model the specs use is checked: one that is
missing or holds no model stops the run with its error code and fix.

What each model was given and wrote, case by case, is kept (masked) in the run's
directory: trustspec show prints it, and a failing gate's message names three cases.

Exit codes: 0 every gate ran and passed, 1 a gate failed, 2 a spec, config or usage
error, 3 a runtime error (e.g. a model folder that is missing or fails to load).
Not gate codes: 130, 143 or 129 when interrupted (SIGINT, SIGTERM, SIGHUP), which
removes the previous run's reports rather than leave them as this run's; 141 when
the output pipe closes (e.g. | head).
Plain \`npx jest\` works too with preset: "trustspec" in jest.config (docs/running.md).
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        model: { type: "string" },
        baseline: { type: "string" },
        dataset: { type: "string", multiple: true, default: [] },
        "no-cache": { type: "boolean" },
        "batch-size": { type: "string" },
        dtype: { type: "string" },
        "test-name-pattern": { type: "string", short: "t" },
        shard: { type: "string" },
        workers: { type: "string" },
        config: { type: "string" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const v = args.values;
    const usage = (message: string) => {
      io.stderr(`trustspec run: ${message}\nRun 'trustspec run --help' for usage.\n`);
      return EXIT.specError;
    };
    const overrides = parseDatasetOverrides(v.dataset as string[]);
    if ("error" in overrides) return usage(overrides.error);
    const batch = typeof v["batch-size"] === "string" ? Number(v["batch-size"]) : undefined;
    if (batch !== undefined && !(Number.isInteger(batch) && batch > 0))
      return usage("--batch-size takes a whole number ≥ 1");
    const dtype = typeof v.dtype === "string" ? parseDtype(v.dtype) : undefined;
    if (typeof v.dtype === "string" && dtype === undefined) return usage(unknownDtype(v.dtype));
    const workers = typeof v.workers === "string" ? Number(v.workers) : undefined;
    if (workers !== undefined && !(Number.isInteger(workers) && workers > 0))
      return usage("--workers takes a whole number ≥ 1");
    if (typeof v.shard === "string") {
      const shard = shardError(v.shard);
      if (shard !== undefined) return usage(shard);
    }
    if (typeof v["test-name-pattern"] === "string") {
      const pattern = testNamePatternError(v["test-name-pattern"]);
      if (pattern !== undefined) return usage(pattern);
    }

    // Validate everything first: spec and config errors end the run before any model loads.
    const project = checkProject({
      paths: args.positionals,
      cwd: io.cwd,
      files: diskFiles,
      ...(typeof v.config === "string" ? { configFile: resolve(io.cwd, v.config) } : {}),
      datasetOverrides: overrides.overrides,
      modelOverride: typeof v.model === "string",
    });
    const paint = paintFor(io);
    // The run checks the folders of the models it uses itself, below, as errors.
    const shown = project.problems.filter((p) => p.code !== "MODEL_DIR_NOT_FOUND");
    for (const p of shown) io.stderr(`${formatProblem(p, project.sources, io.cwd, paint)}\n\n`);
    if (hasErrors(project.problems)) {
      io.stderr("trustspec run: fix the problems above; no model was run\n");
      return EXIT.specError;
    }
    const emptyShard = typeof v.shard === "string" ? emptyShardError(v.shard, project.specs.length) : undefined;
    if (emptyShard !== undefined) return usage(emptyShard);
    if (typeof v.model === "string" && !project.config?.models[v.model] && !existsSync(resolve(io.cwd, v.model))) {
      const names = Object.keys(project.config?.models ?? {});
      io.stderr(
        `trustspec run: --model ${v.model} is neither a model in the config (${names.join(", ") || "none"}) nor a directory\n` +
          `  hint: ${names.length > 0 ? `${didYouMean(v.model, names, "models in the config")}; or ` : ""}give the directory of an ONNX export\n`,
      );
      return EXIT.specError;
    }
    let externalSpecs: Set<string> | undefined;
    if (typeof v.baseline === "string") {
      const read = readScorecardResults(resolve(io.cwd, v.baseline));
      if (!read.ok) {
        io.stderr(`trustspec run: --baseline ${read.message}\n`);
        return EXIT.specError;
      }
      externalSpecs = new Set(read.results.map((r) => r.specId));
    }
    if (typeof v.model === "string") {
      const conflict = overrideConflict(
        project.specs.map((s) => ({ specId: s.spec.id, baseline: s.spec.compare?.baseline })),
        resolveOverride(v.model, project.config, io.cwd, dtype),
        externalSpecs,
      );
      if (conflict) return usage(conflict);
      // The model given takes the specs' conversations (validation checked the configured models).
      const given = resolveOverride(v.model, project.config, io.cwd, dtype);
      const givenOf = (plan: Plan) =>
        planTargets(plan, { override: given, external: externalSpecs }).filter((t) => t.name === given.name);
      const chats = [
        ...conversationProblems(project.plans, givenOf, project.sources, diskFiles),
        ...remoteScoreProblems(project.plans, givenOf, project.sources, given.name),
      ];
      if (chats.length > 0) {
        for (const p of chats) io.stderr(`${formatProblem(p, project.sources, io.cwd, paint)}\n\n`);
        io.stderr("trustspec run: fix the problems above; no model was run\n");
        return EXIT.specError;
      }
    }
    // Usage and spec errors (2) are all reported above; what is left is whether the models can run (3).
    // With -t the runner infers only what the pattern selects, and reports a model it cannot open itself.
    if (typeof v["test-name-pattern"] !== "string") {
      const override =
        typeof v.model === "string" ? resolveOverride(v.model, project.config, io.cwd, dtype) : undefined;
      const broken = modelProblems(project.plans, { override, external: externalSpecs, dtype });
      if (broken.length > 0) {
        for (const e of broken) {
          io.stderr(`${displayPath(e.file, io.cwd)}: error ${e.code}: ${e.message}\n  hint: ${e.hint}\n\n`);
        }
        io.stderr("trustspec run: fix the models above; no model was run\n");
        if (broken.some((e) => e.code === "MODEL_DIR_NOT_FOUND")) io.stderr(`${withDocsPaths(FIRST_MODELS, io.cwd)}\n`);
        return EXIT.runtimeError;
      }
    }
    const root = project.config?.dir ?? io.cwd;
    const runDir = newRunDir(root);
    const env: Record<string, string> = {
      [ENV.runDir]: runDir,
      // Every spec compiles with the config validated here, also a spec outside the config's folder.
      ...(project.config?.file !== undefined ? { [ENV.config]: project.config.file } : {}),
      // Absolute, so the runner and transformer read the same files whatever their working directory.
      [ENV.datasets]: JSON.stringify(
        Object.fromEntries(Object.entries(overrides.overrides).map(([id, path]) => [id, resolve(io.cwd, path)])),
      ),
      ...(typeof v.model === "string" ? { [ENV.model]: v.model } : {}),
      ...(typeof v.baseline === "string" ? { [ENV.baseline]: resolve(io.cwd, v.baseline) } : {}),
      ...(v["no-cache"] ? { [ENV.noCache]: "1" } : {}),
      ...(batch !== undefined ? { [ENV.batchSize]: String(batch) } : {}),
      ...(dtype !== undefined ? { [ENV.dtype]: dtype } : {}),
    };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    // The plans validated above are the ones the runner and transformer would compile (Jest runs in
    // this process, compiling with the settings just put in the environment): kept, none is compiled
    // again. Their working directory must be this one, which the keys hold.
    if (resolve(io.cwd) === process.cwd()) {
      keepCompiledSpecs(project.plans, project.config, {
        files: diskFiles,
        cwd: process.cwd(),
        ...compileSettingsFromEnv(process.env),
      });
    }
    let results: AggregatedResult;
    const started = Date.now();
    const unguard = guardRun(io, { root, runDir, reportsDir: project.config?.reports.dir ?? join(root, "reports") });
    try {
      ({ results } = await runCLI(
        {
          _: project.specs.map((s) => s.file),
          $0: "trustspec",
          config: JSON.stringify(
            jestConfig(
              root,
              project.specs.map((spec) => spec.file),
              project.config?.cache.dir,
            ),
          ),
          runTestsByPath: true,
          watchman: false,
          ...(typeof v["test-name-pattern"] === "string" ? { testNamePattern: v["test-name-pattern"] } : {}),
          ...(typeof v.shard === "string" ? { shard: v.shard } : {}),
          ...(workers !== undefined ? { maxWorkers: workers } : {}),
        },
        // The working directory as the one project: Jest then takes the JSON config above as the global
        // one too. Any other directory made it read that config again as a project's, and warn that
        // "reporters" is not supported in an individual project configuration.
        [process.cwd()],
      ));
    } finally {
      forgetCompiledSpecs();
      unguard();
      for (const [k, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[k];
        else process.env[k] = value;
      }
    }
    const manifest = readManifest(runDir);
    if (manifest?.inference) {
      // A model with nothing to infer (a probe-only spec's dataset phase) says nothing.
      for (const m of manifest.inference.filter((x) => x.calls > 0)) {
        io.stderr(
          `inference ${m.name}: ${m.unique} calls, ${m.hits} from the cache, ${m.misses} run (${tokenCount(m)}, ${m.seconds.toFixed(1)} s${m.peakRssMb ? `, process peak RSS so far ${m.peakRssMb} MB` : ""})\n`,
        );
      }
      io.stderr(
        `inference phase ${(manifest.inferenceSeconds ?? 0).toFixed(1)} s, whole run ${((Date.now() - started) / 1000).toFixed(1)} s; results in ${runDir}\n`,
      );
    }
    if (manifest?.error) {
      io.stderr(`trustspec run: the models could not be run: ${describeRunError(manifest.error)}\n`);
      return EXIT.runtimeError;
    }
    for (const failed of manifest?.failedModels ?? []) {
      io.stderr(`trustspec run: the model ${failed.name} could not be run: ${describeRunError(failed)}\n`);
    }
    if ((manifest?.failedModels ?? []).length > 0) return EXIT.runtimeError;
    warnSilence(runDir, io);
    return verdict(results);
  },
};

/** For a new project whose models are not there yet: how to get a first result. */
const FIRST_MODELS =
  "To try trustspec before your own exports are ready: `trustspec models build-demo` builds two small demo models into .trustspec/models/ (demo-base, demo-aligned); point the config's models at them (docs/models.md).";

/**
 * A shard with no spec file: Jest splits n files into N shards of ⌊n/N⌋ or ⌈n/N⌉, so shard I is empty
 * exactly when I > n. Jest would say "No tests found, exiting with code 1" — a failed gate's code — and
 * write no scorecard for the merge.
 */
function emptyShardError(value: string, specs: number): string | undefined {
  const [i, n] = value.split("/").map(Number) as [number, number];
  if (i <= specs) return undefined;
  return `--shard ${value} selects none of the ${specs} spec file${specs === 1 ? "" : "s"}: a run splits into at most as many shards as it has spec files (N ≤ ${specs}${n > specs ? `, not ${n}` : ""})`;
}

/** `--shard I/N` needs whole numbers with 1 ≤ I ≤ N (Jest's own check ended as an internal error). */
function shardError(value: string): string | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m) return `--shard takes I/N, e.g. 1/2, not "${value}"`;
  const [i, n] = [Number(m[1]), Number(m[2])];
  if (n < 1 || i < 1 || i > n)
    return `--shard ${value}: I must be from 1 to N (shards are counted from 1), e.g. 1/${Math.max(n, 2)}`;
  return undefined;
}

/**
 * Every model folder the run would open, checked before Jest starts: the spec's models (or --model
 * in their place, keeping a compare baseline) and classifier judges. Each problem is the ModelError
 * loading would give (MODEL_DIR_NOT_FOUND, MODEL_ONNX_MISSING, MODEL_CONFIG_*), with its fix.
 */
function modelProblems(plans: readonly Plan[], models: RunModels): ModelError[] {
  const found = new Map<string, { dir: string; kind: ModelKind; dtype: Dtype | undefined }>();
  for (const plan of plans) {
    // A server's model has no files here; its server answers for it when the run asks.
    for (const t of planTargets(plan, models)) {
      if (t.remote === undefined) found.set(modelKey(t), { dir: t.dir, kind: "causal-lm", dtype: t.dtype });
    }
    for (const { target: judge } of classifierJudges(plan))
      found.set(modelKey(judge), { dir: judge.dir, kind: "classifier", dtype: judge.dtype });
  }
  return [...found.values()].flatMap(({ dir, kind, dtype }) => checkModelFiles(dir, kind, diskFiles, dtype));
}

/** A spec × model none of whose outputs gave an answer reads as a result; say on the console that it is silence. */
function warnSilence(runDir: string, io: CliIO): void {
  const card = readRunScorecard(join(runDir, "scorecard.json"));
  for (const spec of card?.specs ?? []) {
    for (const m of spec.models.filter(isSilent)) {
      io.stderr(
        `trustspec run: warning: ${spec.id} [${m.model}]: no output gave an answer (all dropped, unparsed or no response); its metrics measure silence, not the model\n`,
      );
    }
  }
}

/** 0 when every test passed, 1 when only gates failed, 3 when a suite failed for another reason. */
function verdict(results: AggregatedResult): number {
  if (results.success && results.numFailedTests === 0 && results.numRuntimeErrorTestSuites === 0) return EXIT.ok;
  const failures = results.testResults.flatMap((file) =>
    file.testExecError ? [file.testExecError.message] : file.testResults.flatMap((t) => t.failureMessages),
  );
  return failures.length > 0 && failures.every((m) => m.includes("TrustGateFailure"))
    ? EXIT.gateFailed
    : EXIT.runtimeError;
}

/** A model's tokens for the run summary; samples a server gave no count for are said, not counted as 0. */
function tokenCount(m: { readonly tokens: number; readonly uncounted?: number }): string {
  if (m.uncounted === undefined || m.uncounted === 0) return `${m.tokens} tokens`;
  const samples = `${m.uncounted} ${m.uncounted === 1 ? "sample" : "samples"}`;
  return `${m.tokens} tokens counted, ${samples} the server gave no count for`;
}
