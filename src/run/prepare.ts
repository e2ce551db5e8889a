import { join } from "node:path";
import { compileSpecFile } from "../compile/compile-spec-file";
import type { Plan } from "../compile/plan";
import { hasRegressionTest, probesOn, probeTestName, suiteName, testNames } from "../compile/test-names";
import { ModelError } from "../model/model-error";
import { diskFiles } from "../spec/file-access";
import { type ResolvedConfig, resolveConfig } from "../spec/load-config";
import { openCache } from "./cache";
import { type CallResult, callKey, planCalls } from "./calls";
import { modelFingerprint } from "./fingerprint";
import { type ModelSummary, runInference, SessionPool } from "./infer";
import { classifierJudge, judgeCalls } from "./judge-phase";
import { RUN_DIR_ENV, type RunManifest, writeManifest } from "./manifest";
import { runProbes } from "./probe-phase";
import { writeProbeRuns } from "./probe-results";
import type { Progress } from "./progress";
import { pruneRuns } from "./run-dirs";
import { type ModelOverride, planTargets, resolveOverride } from "./targets";

export interface RunSettings {
  readonly cwd: string;
  /** Where this run's manifest and per-item results go. */
  readonly runDir: string;
  /** `--model NAME|DIR`. */
  readonly model?: string;
  readonly datasetOverrides?: Readonly<Record<string, string>>;
  /** The config to compile every spec with (`trustspec run`'s); else each spec's nearest. */
  readonly configFile?: string;
  /** Ignore the persistent cache: every call runs, results go to the run directory. */
  readonly noCache?: boolean;
  /** Overrides the config's batch size. */
  readonly batchSize?: number;
  /** Jest's `-t`: only infer for suites with a selected test. */
  readonly testNamePattern?: string;
  /** The specs of a baseline scorecard (`--baseline FILE`): their models get the baseline gate's test. */
  readonly externalSpecs?: ReadonlySet<string>;
  readonly progress: Progress;
}

export interface PreparedRun {
  readonly manifest: RunManifest;
  /** The specs that compiled, and the `--model` in effect. */
  readonly plans: readonly Plan[];
  readonly override: ModelOverride | undefined;
  /** Whether the run inferred a spec's model (what -t selected, and the baselines they compare with). */
  readonly inferred: (plan: Plan, model: string) => boolean;
  readonly summaries: readonly ModelSummary[];
  /** Spec files that did not compile (their suites report why). */
  readonly broken: readonly string[];
  readonly seconds: number;
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
  for (const file of specFiles) {
    const compiled = compileSpecFile(file, {
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
    settings.model !== undefined ? resolveOverride(settings.model, config, settings.cwd) : undefined;
  const pattern = settings.testNamePattern ? new RegExp(settings.testNamePattern, "i") : undefined;

  // What -t selects, plus the baseline of every selected model that is compared with it.
  const work = plans.flatMap(({ plan }) => {
    const targets = planTargets(plan, override);
    const selected = targets.filter(
      (target) =>
        !pattern ||
        testNames(plan, target.name, settings.externalSpecs, override?.name).some((name) => pattern.test(name)),
    );
    const needed = targets.filter(
      (t) =>
        selected.includes(t) ||
        // A baseline scorecard replaces the in-run baseline: then it is needed only if selected itself.
        (!settings.externalSpecs &&
          t.name === plan.compare?.baseline &&
          selected.some((s) => hasRegressionTest(plan, s.name))),
    );
    return needed.map((target) => ({ specId: plan.specId, target, calls: planCalls(plan) }));
  });
  // Without a config, the cache is where the default config puts it (.trustspec/cache in the working
  // directory, beside the run directories), which is also where `trustspec cache info` looks.
  const cacheSettings = (config ?? resolveConfig(undefined, undefined, settings.cwd)).cache;
  const persistent = !settings.noCache && cacheSettings.enabled;
  const resultsDir = persistent ? cacheSettings.dir : join(settings.runDir, "results");
  const cache = openCache(resultsDir);
  const memo = join(resultsDir, "fingerprints.json");
  const base = {
    version: 1 as const,
    runDir: settings.runDir,
    resultsDir,
    ...(override ? { override } : {}),
  };
  let summaries: ModelSummary[] = [];
  let manifest: RunManifest;
  // One session per model for the whole inference phase: a model both datasets and probes use loads once.
  const pool = new SessionPool();
  const options = {
    cache,
    batchSize: settings.batchSize ?? config?.defaults.batchSize ?? 8,
    progress: settings.progress,
    fingerprintMemo: memo,
    pool,
  };
  try {
    summaries = await runInference(work, options);
    // Phase two: specs judged by an exported classifier send each kept output to it.
    const judgeWork = plans.flatMap(({ plan }) => {
      const judge = classifierJudge(plan);
      if (!judge) return [];
      return work
        .filter((w) => w.specId === plan.specId)
        .map((w) => {
          const fingerprint = summaries.find((m) => m.dir === w.target.dir)?.fingerprint as string;
          const results = w.calls.map((call) => cache.get<CallResult>(callKey(fingerprint, call)));
          const batchSize = plan.judge?.kind === "toxicity-classifier" ? plan.judge.batch_size : undefined;
          return { target: judge, calls: judgeCalls(plan, results), batchSize };
        });
    });
    // A judge's own batch_size, else the run's.
    for (const size of [...new Set(judgeWork.map((w) => w.batchSize))]) {
      await runInference(
        judgeWork.filter((w) => w.batchSize === size),
        { ...options, batchSize: size ?? options.batchSize },
      );
    }
    // Phase three: the probes -t selects, each through its model's batching and cache.
    const probeWork = plans.flatMap(({ plan }) =>
      planTargets(plan, override).flatMap((target) => {
        const probes = probesOn(plan, target.name, override?.name).filter(
          (p) => !pattern || pattern.test(`${suiteName(plan, target.name)} ${probeTestName(p)}`),
        );
        return probes.length > 0 ? [{ plan, target, probes }] : [];
      }),
    );
    const probed = await runProbes(probeWork, options);
    writeProbeRuns(settings.runDir, probed.runs);
    // Every phase's calls, per model.
    summaries = pool.summaries();
    // Suites of every selected model need its fingerprint, also those -t left without calls.
    const fingerprints: Record<string, string> = Object.fromEntries(summaries.map((m) => [m.dir, m.fingerprint]));
    for (const { plan } of plans) {
      for (const target of planTargets(plan, override)) {
        fingerprints[target.dir] ??= modelFingerprint(target.dir, { memoFile: memo });
      }
    }
    manifest = {
      ...base,
      fingerprints,
      inference: summaries.map(({ name, calls, unique, hits, misses, tokens, seconds }) => ({
        name,
        calls,
        unique,
        hits,
        misses,
        tokens,
        seconds,
      })),
      inferenceSeconds: (Date.now() - started) / 1000,
    };
  } catch (e) {
    if (!(e instanceof ModelError)) throw e;
    manifest = { ...base, fingerprints: {}, error: { message: e.message, code: e.code, file: e.file, hint: e.hint } };
  } finally {
    await pool.close();
  }
  writeManifest(manifest);
  pruneRuns(settings.runDir);
  process.env[RUN_DIR_ENV] = settings.runDir;
  const inferred = new Set(work.map((w) => `${w.specId}\u0000${w.target.name}`));
  return {
    manifest,
    plans: plans.map(({ plan }) => plan),
    override,
    inferred: (plan, model) => inferred.has(`${plan.specId}\u0000${model}`),
    summaries,
    broken,
    seconds: (Date.now() - started) / 1000,
  };
}
