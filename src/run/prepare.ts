import { join } from "node:path";
import { type CompiledSpec, type CompileFileOptions, compileSpecFile } from "../compile/compile-spec-file";
import type { Plan } from "../compile/plan";
import { hasRegressionTest, probesOn, probeTestName, suiteName, testNames } from "../compile/test-names";
import { ModelError } from "../model/model-error";
import type { Dtype } from "../spec/dtype";
import { diskFiles } from "../spec/file-access";
import { type ResolvedConfig, resolveConfig } from "../spec/load-config";
import { openCache } from "./cache";
import { collectGarbage } from "./collect-garbage";
import { type ModelSummary, type ModelTarget, runInference, SessionPool } from "./infer";
import { classifierJudges, judgeCalls } from "./judge-phase";
import { RUN_DIR_ENV, type RunManifest, writeManifest } from "./manifest";
import { pauseMarkingTasks } from "./marking-tasks";
import { modelKey } from "./model-key";
import { runProbes } from "./probe-phase";
import { writeProbeRuns } from "./probe-results";
import type { Progress } from "./progress";
import { cachedResult } from "./result-shape";
import { pruneRuns } from "./run-dirs";
import { makeScratchDir, type ScratchDir } from "./scratch";
import { describeConversationFailure, targetCalls } from "./target-calls";
import { targetFingerprint } from "./target-fingerprint";
import { type ModelOverride, overrideConflict, planTargets, resolveOverride } from "./targets";

export interface RunSettings {
  readonly cwd: string;
  /** Where this run's manifest and per-item results go. */
  readonly runDir: string;
  /** `--model NAME|DIR`. */
  readonly model?: string;
  readonly datasetOverrides?: Readonly<Record<string, string>>;
  /** The config to compile every spec with (`trustspec run`'s); else each spec's nearest. */
  readonly configFile?: string;
  /** Ignore the persistent cache: every call runs, results go to a scratch folder the run removes. */
  readonly noCache?: boolean;
  /** Overrides the config's batch size. */
  readonly batchSize?: number;
  /** `--dtype`: every model runs this variant's files. */
  readonly dtype?: Dtype;
  /** Jest's `-t`: only infer for suites with a selected test. */
  readonly testNamePattern?: string;
  /** The specs of a baseline scorecard (`--baseline FILE`): their models get the baseline gate's test. */
  readonly externalSpecs?: ReadonlySet<string>;
  readonly progress: Progress;
  /** How a spec file is compiled (compileSpecFile, unless the caller keeps what it compiles). */
  readonly compile?: (file: string, options: CompileFileOptions) => CompiledSpec;
}

export interface PreparedRun {
  readonly manifest: RunManifest;
  /** The specs that compiled, and the `--model` in effect. */
  readonly plans: readonly Plan[];
  readonly override: ModelOverride | undefined;
  /** The baseline scorecard's specs (`--baseline FILE`), when there is one. */
  readonly external: ReadonlySet<string> | undefined;
  /** Whether the run inferred a spec's model (what -t selected, and the baselines they compare with). */
  readonly inferred: (plan: Plan, model: string) => boolean;
  readonly summaries: readonly ModelSummary[];
  /** Spec files that did not compile (their suites report why). */
  readonly broken: readonly string[];
  readonly seconds: number;
  /** Removes what the run must not keep (the raw results of a run without the cache): call when its suites are done. */
  readonly release: () => void;
}

/**
 * The run's inference phase, before any test runs: compile every selected spec, collect the model
 * calls of every (spec, model) pair that `-t` selects, and run them — each model loaded once, all
 * its calls batched together, answered from the cache when possible. The manifest it writes tells
 * the suites (in any worker) where the results are. A model that fails to load is recorded in the
 * manifest so every suite reports it, rather than crashing the run.
 */
export async function prepareRun(specFiles: readonly string[], settings: RunSettings): Promise<PreparedRun> {
  const started = Date.now();
  const plans: { plan: Plan; config: ResolvedConfig | undefined }[] = [];
  const broken: string[] = [];
  const compile = settings.compile ?? compileSpecFile;
  for (const file of specFiles) {
    const compiled = compile(file, {
      files: diskFiles,
      cwd: settings.cwd,
      ...(settings.configFile !== undefined ? { configFile: settings.configFile } : {}),
      ...(settings.model !== undefined ? { modelOverride: true } : {}),
      ...(settings.datasetOverrides ? { datasetOverrides: settings.datasetOverrides } : {}),
    });
    if (compiled.ok) plans.push({ plan: compiled.plan, config: compiled.config });
    else broken.push(file);
  }
  const config = plans[0]?.config;
  const override: ModelOverride | undefined =
    settings.model !== undefined ? resolveOverride(settings.model, config, settings.cwd, settings.dtype) : undefined;
  const external = settings.externalSpecs;
  const models = { override, external, dtype: settings.dtype };
  const pattern = settings.testNamePattern ? new RegExp(settings.testNamePattern, "i") : undefined;

  const refusedConversations: NonNullable<RunManifest["failedConversations"]>[number][] = [];
  // What -t selects, plus the baseline of every selected model that is compared with it.
  const work = plans.flatMap(({ plan }) => {
    const targets = planTargets(plan, models);
    const selected = targets.filter(
      (target) => !pattern || testNames(plan, target, external, override?.name).some((name) => pattern.test(name)),
    );
    const needed = targets.filter(
      (t) =>
        selected.includes(t) || (t.role === "baseline" && selected.some((s) => hasRegressionTest(plan, s, external))),
    );
    return needed.flatMap((target) => {
      const built = targetCalls(plan, target);
      if ("calls" in built) return [{ specId: plan.specId, target, calls: built.calls }];
      // The spec cannot run on this model (its conversations): only that suite fails.
      refusedConversations.push({
        specId: plan.specId,
        key: modelKey(target),
        code: built.failure.code,
        message: describeConversationFailure(plan, built.failure),
        ...(built.failure.file !== undefined ? { file: built.failure.file } : {}),
      });
      return [];
    });
  });
  // Without a config, the cache is where the default config puts it (.trustspec/cache in the working
  // directory, beside the run directories), which is also where `trustspec cache info` looks.
  const cacheSettings = (config ?? resolveConfig(undefined, undefined, settings.cwd)).cache;
  const persistent = !settings.noCache && cacheSettings.enabled;
  const cacheDir = persistent ? cacheSettings.dir : undefined;
  // Without the cache, raw results live only as long as the run's suites need them.
  const scratch = cacheDir === undefined ? makeScratchDir() : undefined;
  const resultsDir = cacheDir ?? (scratch as ScratchDir).dir;
  const cache = openCache(resultsDir);
  const memo = join(resultsDir, "fingerprints.json");
  const base = {
    version: 1 as const,
    runDir: settings.runDir,
    resultsDir,
    ...(override ? { override } : {}),
    ...(settings.dtype ? { dtype: settings.dtype } : {}),
  };
  let summaries: ModelSummary[] = [];
  let manifest: RunManifest;
  // A model that fails to load or run fails its own suites; the others go on.
  const failed = new Map<string, NonNullable<RunManifest["failedModels"]>[number]>();
  const onModelError = (target: ModelTarget, e: ModelError) => {
    if (!failed.has(modelKey(target))) {
      failed.set(modelKey(target), {
        name: target.name,
        dir: target.dir,
        key: modelKey(target),
        message: e.message,
        code: e.code,
        file: e.file,
        hint: e.hint,
      });
    }
  };
  const ok = (target: ModelTarget) => !failed.has(modelKey(target));
  // One session per model for the whole inference phase: a model both datasets and probes use loads once.
  const pool = new SessionPool();
  const options = {
    cache,
    batchSize: settings.batchSize ?? config?.defaults.batchSize ?? 8,
    progress: settings.progress,
    fingerprintMemo: memo,
    pool,
    onModelError,
  };
  const conflict = overrideConflict(
    plans.map(({ plan }) => ({ specId: plan.specId, baseline: plan.compare?.baseline })),
    override,
    external,
  );
  const resumeMarking = pauseMarkingTasks();
  try {
    if (conflict) {
      // The CLI refuses this before Jest starts; under plain Jest every suite reports it.
      manifest = { ...base, fingerprints: {}, error: { message: conflict, code: "MODEL_IS_BASELINE" } };
      return finish(manifest);
    }
    summaries = await runInference(work, options);
    // Phase two: specs judged by exported classifiers send each kept output to each of them.
    const judgeWork = plans.flatMap(({ plan }) =>
      classifierJudges(plan).flatMap(({ target: judge, batchSize }) =>
        work
          .filter((w) => w.specId === plan.specId && ok(w.target))
          .map((w) => {
            const fingerprint = summaries.find((m) => m.key === modelKey(w.target))?.fingerprint as string;
            const results = w.calls.map((call) => cachedResult(cache, fingerprint, call));
            return { target: judge, calls: judgeCalls(plan, results), batchSize };
          }),
      ),
    );
    // A judge's own batch_size, else the run's.
    for (const size of [...new Set(judgeWork.map((w) => w.batchSize))]) {
      await runInference(
        judgeWork.filter((w) => w.batchSize === size),
        { ...options, batchSize: size ?? options.batchSize },
      );
    }
    // Phase three: the probes -t selects, each through its model's batching and cache.
    const probeWork = plans.flatMap(({ plan }) =>
      planTargets(plan, models).flatMap((target) => {
        const probes = probesOn(plan, target, override?.name).filter(
          (p) => !pattern || pattern.test(`${suiteName(plan, target.name)} ${probeTestName(p)}`),
        );
        return probes.length > 0 && ok(target) ? [{ plan, target, probes }] : [];
      }),
    );
    const probed = await runProbes(probeWork, options);
    writeProbeRuns(settings.runDir, probed.runs);
    // Every phase's calls, per model.
    summaries = pool.summaries().filter((m) => !failed.has(m.key));
    // Suites of every selected model need its fingerprint, also those -t left without calls.
    const fingerprints: Record<string, string> = Object.fromEntries(summaries.map((m) => [m.key, m.fingerprint]));
    for (const { plan } of plans) {
      for (const target of planTargets(plan, models)) {
        if (!ok(target)) continue;
        try {
          fingerprints[modelKey(target)] ??= targetFingerprint(target, memo);
        } catch (e) {
          if (!(e instanceof ModelError)) throw e;
          onModelError(target, e);
        }
      }
    }
    manifest = {
      ...base,
      fingerprints,
      inference: summaries.map(({ name, calls, unique, hits, misses, tokens, uncounted, seconds, peakRssMb }) => ({
        name,
        calls,
        unique,
        hits,
        misses,
        tokens,
        ...(uncounted > 0 ? { uncounted } : {}),
        seconds,
        peakRssMb,
      })),
      inferenceSeconds: (Date.now() - started) / 1000,
      ...(failed.size > 0 ? { failedModels: [...failed.values()] } : {}),
      ...(refusedConversations.length > 0 ? { failedConversations: refusedConversations } : {}),
    };
  } catch (e) {
    if (!(e instanceof ModelError)) {
      scratch?.remove();
      throw e;
    }
    manifest = { ...base, fingerprints: {}, error: { message: e.message, code: e.code, file: e.file, hint: e.hint } };
  } finally {
    resumeMarking();
    await pool.close();
  }
  // What the models left (their outputs) goes before the suites run, rather than under them.
  if (summaries.some((m) => m.misses > 0)) collectGarbage();
  return finish(manifest);

  function finish(manifest: RunManifest): PreparedRun {
    writeManifest(manifest);
    pruneRuns(settings.runDir);
    process.env[RUN_DIR_ENV] = settings.runDir;
    const inferred = new Set(work.map((w) => `${w.specId}\u0000${w.target.name}`));
    return {
      manifest,
      plans: plans.map(({ plan }) => plan),
      override,
      external,
      inferred: (plan, model) => inferred.has(`${plan.specId}\u0000${model}`),
      summaries,
      broken,
      seconds: (Date.now() - started) / 1000,
      release: () => scratch?.remove(),
    };
  }
}
