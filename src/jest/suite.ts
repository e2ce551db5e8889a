import { relative } from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { Plan, PlanMetric, PlanPosition, PlanProbe } from "../compile/plan";
import {
  BASELINE_TEST,
  hasRegressionTest,
  MEASURED_TEST,
  metricTestName,
  probesOn,
  probeTestName,
  regressionTestName,
  suiteName,
} from "../compile/test-names";
import { type Evaluation, evaluatePlan } from "../metrics/evaluate";
import { applyMetricGate } from "../metrics/gate";
import { describeProbeOutcome, replayCommand } from "../probe/describe-probe";
import { buildItems } from "../report/build-items";
import { describeComparison, readComparisons } from "../report/compare-results";
import { failingItemsText } from "../report/describe-item";
import type { ItemRecord } from "../report/item-record";
import { writeSuiteItems } from "../report/items-file";
import { maskCellValue } from "../report/mask";
import { type SuiteProbe, suiteResult, writeSuiteResult } from "../report/suite-result";
import { conversationSettings } from "../run/conversations";
import { modelFailure, RUN_DIR_ENV, type RunManifest, readManifest } from "../run/manifest";
import { modelKey } from "../run/model-key";
import { loadProbeRun } from "../run/probe-results";
import { isSuiteFailure, loadClassifierAnswers, loadResults, suiteFailure } from "../run/results";
import { planTargets, type RunTarget } from "../run/targets";
import { diskFiles } from "../spec/file-access";
import { compileSettingsFromEnv } from "./env";

/**
 * The runtime of a compiled spec module. The runner's inference phase has already put every model
 * result in the cache; a suite only reads them, judges, computes the metrics and asserts the gates —
 * so it is fast, and identical in any worker and under --shard.
 */
export function defineTrustSuite(plan: Plan): void {
  const runDir = process.env[RUN_DIR_ENV];
  const manifest = runDir ? readManifest(runDir) : undefined;
  // The run's baseline comparisons (written before any suite runs); with a baseline scorecard, the
  // specs it has get the gate's test.
  const run = manifest ? readComparisons(manifest.runDir) : undefined;
  const external = run?.external ? new Set(run.external.specs) : undefined;
  const targets = planTargets(plan, { override: manifest?.override, external, dtype: manifest?.dtype });
  // The models whose suites wrote their results (those -t selected a test of).
  const written = new Set<string>();
  for (const target of targets) {
    describe(suiteName(plan, target.name), () => {
      let evaluation: Evaluation | undefined;
      // What the model was given and wrote, masked: kept in the run directory and named by failing gates.
      let items: ItemRecord[] | undefined;
      let failure: Error | undefined;
      // A model that could not run fails every test of its own suites, as a runtime error, never as a gate.
      const unavailable = manifest ? modelFailure(manifest, modelKey(target)) : undefined;
      // Why the suite cannot be measured is the same for each of its tests: in full once, then in a line.
      let toldWhy = false;
      const cannotMeasure = (error: Error): never => {
        if (toldWhy && isSuiteFailure(error)) throw suiteFailure(`${firstLine(error.message)} (in full above)`);
        toldWhy = true;
        throw error;
      };
      const measuredHere = (): Evaluation => {
        if (failure) cannotMeasure(failure);
        return measured(evaluation, undefined);
      };
      beforeAll(() => {
        ({ evaluation, items, failure } = measureSuite(plan, target, manifest));
      });
      const override = manifest?.override;
      const probes = probesOn(plan, target, override?.name);
      const replayFor = (probe: PlanProbe) => {
        // A directory given to --model is replayed by its path; a server's model by its config name.
        const model =
          override?.name === target.name && override.remote === undefined
            ? relative(process.cwd(), override.dir) || "."
            : target.name;
        const spec = relative(process.cwd(), plan.file) || plan.file;
        return (path?: string) =>
          replayCommand({ spec, probe: probe.name, model, seed: probe.seed, ...(path !== undefined ? { path } : {}) });
      };
      afterAll(() => {
        if (!manifest) return;
        const ran = probes.map((probe): SuiteProbe => {
          const head = { name: probe.name, at: probe.at, replay: replayFor(probe)() };
          if (unavailable) return { ...head, ok: false, error: unavailable };
          try {
            const run = loadProbeRun(plan.specId, target.name, probe.name, manifest);
            return run.ok ? { ...head, ok: true, outcome: run.outcome } : { ...head, ok: false, error: run.error };
          } catch (e) {
            return { ...head, ok: false, error: e instanceof Error ? e.message : String(e) };
          }
        });
        writeMeasured(plan, target, manifest, { evaluation, items, failure }, ran);
        written.add(target.name);
      });
      if (target.role === "baseline") {
        // Context for the candidates: measured and reported, its thresholds not the release's gate.
        test(BASELINE_TEST, () => {
          measuredHere();
        });
        return;
      }
      const gated = plan.metrics.filter((m) => m.gated);
      for (const metric of gated) {
        test(metricTestName(metric), () => {
          const value = measuredHere().metrics.find((m) => m.name === metric.name);
          if (!value) throw atSpec(plan, metric.at, metric.name, `the metric ${metric.name} was not computed`);
          const failed: string[] = [];
          const verdict = applyMetricGate(value, metric.rule, plan.confidence);
          if (!verdict.pass) failed.push(gateMessage(metric, verdict.reason, value.n));
          // each: every group_by cell must pass on its own interval too.
          for (const cell of metric.rule.each ? value.cells : []) {
            const v = applyMetricGate(cell, metric.rule, plan.confidence);
            if (!v.pass) {
              // A cell of a redacted field is named by its mask, never by its value.
              const shown = maskCellValue(cell.dimension, cell.value, plan.redact);
              failed.push(`${metric.name} [${cell.dimension} = ${shown}]: ${v.reason} (n = ${cell.n})`);
            }
          }
          if (failed.length > 0) {
            const named = items ? ["", failingItemsText(items, metric.name, plan.specId, target.name)] : [];
            throw atSpec(plan, metric.at, metric.name, [...failed, ...named].join("\n"));
          }
        });
      }
      const compare = plan.compare;
      if (hasRegressionTest(plan, target, external)) {
        const against = external?.has(plan.specId) ? "the baseline scorecard" : (compare?.baseline ?? "");
        const where = compare?.at ?? plan.metrics[0]?.at ?? { line: 1, col: 1 };
        test(regressionTestName(plan, external), () => {
          measuredHere();
          if (!run) throw new Error("internal: the run's inference phase wrote no baseline comparisons");
          const mine = <T extends { specId: string; model: string }>(list: readonly T[]) =>
            list.filter((c) => c.specId === plan.specId && c.model === target.name);
          const [failed] = mine(run.failures);
          if (failed) {
            throw atSpec(plan, where, "compare", `cannot compare with ${against}: ${failed.message}`);
          }
          const regressed = mine(run.comparisons).filter((c) => c.regressed);
          const [first] = regressed;
          if (first) {
            const lines = regressed.map(describeComparison).join("\n");
            throw atSpec(plan, first.at, first.metric, `regressed against ${against}:\n${lines}`);
          }
        });
      }
      for (const probe of probes) {
        test(probeTestName(probe), () => {
          if (unavailable) cannotMeasure(suiteFailure(unavailable));
          const run = loadProbeRun(plan.specId, target.name, probe.name, manifest);
          if (!run.ok) throw atSpec(plan, probe.at, "probe", run.error);
          if (run.outcome.holds) return;
          throw atSpec(plan, probe.at, "probe", describeProbeOutcome(run.outcome, replayFor(probe)).join("\n"));
        });
      }
      if (gated.length === 0 && probes.length === 0 && !hasRegressionTest(plan, target, external)) {
        test(MEASURED_TEST, () => {
          measuredHere();
        });
      }
    });
  }
  // A baseline whose own suite -t left out is still measured when a selected suite has the baseline
  // gate (the rule by which the runner inferred it): the scorecard gates those candidates against its
  // results, as their suites did.
  if (manifest && plan.compare && !external?.has(plan.specId)) {
    afterAll(() => {
      if (!targets.some((t) => written.has(t.name) && hasRegressionTest(plan, t, external))) return;
      for (const target of targets.filter((t) => t.role === "baseline" && !written.has(t.name))) {
        writeMeasured(plan, target, manifest, measureSuite(plan, target, manifest), []);
      }
    });
  }
}

interface Measured {
  readonly evaluation?: Evaluation;
  /** What the model was given and wrote, masked: kept in the run directory and named by failing gates. */
  readonly items?: ItemRecord[];
  readonly failure?: Error;
}

/** A suite's model measured from the run's results: its evaluation and items, or why it cannot be. */
function measureSuite(plan: Plan, target: RunTarget, manifest: RunManifest | undefined): Measured {
  try {
    const results = loadResults(plan, target, manifest);
    const evaluation = evaluatePlan(plan, results, loadClassifierAnswers(plan, manifest));
    return { evaluation, items: buildItems(plan, target.name, results, evaluation) };
  } catch (e) {
    return { failure: e instanceof Error ? e : new Error(String(e)) };
  }
}

/** Writes what a suite measured (its items and its result) into the run directory. */
function writeMeasured(
  plan: Plan,
  target: RunTarget,
  manifest: RunManifest,
  { evaluation, items, failure }: Measured,
  probes: readonly SuiteProbe[],
): void {
  const outcome = evaluation
    ? { ok: true as const, evaluation }
    : { ok: false as const, error: failure?.message ?? "the suite was not evaluated" };
  if (items) writeSuiteItems(manifest.runDir, { spec: plan.specId, model: target.name, items });
  writeSuiteResult(
    manifest.runDir,
    suiteResult(plan, target.name, outcome, {
      probes,
      fingerprint: manifest.fingerprints[modelKey(target)],
      chat: conversationSettings(plan, target),
      dtype: target.dtype,
    }),
  );
}

/**
 * A spec with secrets: its plan (prompts holding every planted value) is compiled here, in memory,
 * when the suite runs, so it is never in a written file; `shown` is the plan with the secrets masked
 * that the module carries to be read, and is not used.
 */
export function defineSecretSuite(specFile: string, _shown: Plan): void {
  // The spec layer (yaml, handlebars, the schemas) loads into the test realm only for these suites.
  const { compileSpecFile } = require("../compile/compile-spec-file") as typeof import("../compile/compile-spec-file");
  const compiled = compileSpecFile(specFile, {
    files: diskFiles,
    cwd: process.cwd(),
    ...compileSettingsFromEnv(process.env),
  });
  if (compiled.ok) defineTrustSuite(compiled.plan);
  else defineBrokenSuite(specFile, compiled.message);
}

/** A spec that does not compile: one failing test carrying its positioned problems. */
export function defineBrokenSuite(specFile: string, message: string): void {
  test(`spec ${relative(process.cwd(), specFile) || specFile}`, () => {
    const error = new Error(`the spec has errors:\n\n${message}`);
    error.name = "TrustSpecError";
    error.stack = `${error.name}: ${error.message}`;
    throw error;
  });
}

function measured(evaluation: Evaluation | undefined, failure: Error | undefined): Evaluation {
  if (failure) throw failure;
  if (!evaluation) throw new Error("internal: the suite was not evaluated");
  return evaluation;
}

function gateMessage(metric: PlanMetric, reason: string, n: number): string {
  return `${metric.name}: ${reason} (n = ${n})`;
}

/**
 * An error whose only stack frame is the metric's line in the spec, so Jest prints the spec's
 * code frame at the threshold that failed.
 */
function atSpec(plan: Plan, at: PlanPosition, name: string, message: string): Error {
  const error = new Error(message);
  error.name = "TrustGateFailure";
  error.stack = `${error.name}: ${message}\n    at ${name} (${plan.file}:${at.line}:${at.col})`;
  return error;
}

function firstLine(message: string): string {
  return message.split("\n", 1)[0] ?? message;
}
