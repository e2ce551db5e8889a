import { resolve } from "node:path";
import type { Config } from "@jest/types";
import TestRunner from "jest-runner";
import { writeComparisons } from "../report/compare-results";
import { compareRun } from "../report/compare-run";
import { baselineFromEnv } from "../report/external-baseline";
import { type PreparedRun, prepareRun } from "../run/prepare";
import { createProgress } from "../run/progress";
import { newRunDir } from "../run/run-dirs";
import { parseDtype } from "../spec/dtype";
import { SPEC_SUFFIX } from "../spec/find-specs";
import { compileForRun, forgetCompiledSpecs } from "./compiled-specs";
import { compileSettingsFromEnv, ENV, flag } from "./env";
import { protectJestCache } from "./jest-cache";
import { shareCompiledCode } from "./shared-compile";
import { testNamePatternError } from "./test-name-pattern";

type RunTests = TestRunner["runTests"];

/**
 * The trustspec Jest runner: before Jest starts any test file, it runs the inference of every
 * selected spec (the files Jest hands it, after path filters and --shard; only suites `-t`
 * selects) in this process — outside every test realm, each model loaded once, all calls batched
 * and cached — and the baseline comparisons of the whole run, then lets Jest's own runner execute
 * the suites, which only read results. A run without the cache keeps its raw results only until
 * the suites are done.
 */
export default class TrustspecRunner extends TestRunner {
  private readonly config: Config.GlobalConfig;

  constructor(globalConfig: Config.GlobalConfig, context: ConstructorParameters<typeof TestRunner>[1]) {
    super(globalConfig, context);
    this.config = globalConfig;
  }

  override async runTests(...args: Parameters<RunTests>): ReturnType<RunTests> {
    const [tests] = args;
    protectJestCache(tests.map((t) => t.context.config.cacheDirectory));
    const specs = tests.map((t) => t.path).filter((p) => p.endsWith(SPEC_SUFFIX));
    try {
      const prepared = specs.length > 0 ? await this.prepare(specs) : undefined;
      // In band, the test files run in this process: each compiles its modules once for all (shared-compile.ts).
      const unshare = shareCompiledCode();
      try {
        return await super.runTests(...args);
      } finally {
        unshare();
        prepared?.release();
      }
    } finally {
      forgetCompiledSpecs();
    }
  }

  /** The inference phase and the baseline comparisons of the selected specs. */
  private async prepare(specs: readonly string[]): Promise<PreparedRun> {
    const badPattern = this.config.testNamePattern ? testNamePatternError(this.config.testNamePattern) : undefined;
    if (badPattern !== undefined) {
      // Jest prints the message; a stack of trustspec's frames would only hide it.
      const error = new Error(`trustspec: ${badPattern}`);
      error.stack = error.message;
      throw error;
    }
    const env = process.env;
    const cwd = process.cwd();
    const runDir = env[ENV.runDir] ? resolve(env[ENV.runDir] as string) : newRunDir(this.config.rootDir);
    const batch = env[ENV.batchSize] ? Number(env[ENV.batchSize]) : undefined;
    const dtype = env[ENV.dtype] ? parseDtype(env[ENV.dtype] as string) : undefined;
    const external = baselineFromEnv(env);
    const externalSpecs = external ? new Set(external.results.map((r) => r.specId)) : undefined;
    const prepared = await prepareRun(specs, {
      cwd,
      runDir,
      ...(env[ENV.model] ? { model: env[ENV.model] as string } : {}),
      ...compileSettingsFromEnv(env),
      noCache: flag(env, ENV.noCache),
      ...(batch !== undefined && Number.isInteger(batch) && batch > 0 ? { batchSize: batch } : {}),
      ...(dtype !== undefined ? { dtype } : {}),
      ...(this.config.testNamePattern ? { testNamePattern: this.config.testNamePattern } : {}),
      ...(externalSpecs ? { externalSpecs } : {}),
      // Kept for the transformer, which in band runs in this process: each spec compiles once per run.
      compile: compileForRun,
      progress: createProgress(
        {
          write: (t) => process.stderr.write(t),
          isTTY: process.stderr.isTTY === true,
          columns: process.stderr.columns,
        },
        { quiet: flag(env, ENV.quiet) },
      ),
    });
    try {
      // The baseline gate needs every compared model's results at once, across specs (Holm's family).
      if (!prepared.manifest.error) {
        const { plans, manifest, override, inferred } = prepared;
        writeComparisons(runDir, compareRun(plans, manifest, override, inferred, external));
      }
    } catch (e) {
      prepared.release();
      throw e;
    }
    return prepared;
  }
}
