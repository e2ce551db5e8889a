import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import type { Plan, PlanMetric, PlanPosition } from "../compile/plan";
import { MEASURED_TEST, metricTestName, suiteName } from "../compile/test-names";
import { type Evaluation, evaluatePlan } from "../metrics/evaluate";
import { applyGate } from "../metrics/gate";
import { openCache } from "../run/cache";
import { type CallResult, callKey, planCalls } from "../run/calls";
import { describeRunError, RUN_DIR_ENV, type RunManifest, readManifest } from "../run/manifest";
import { planTargets } from "../run/targets";

/**
 * The runtime of a compiled spec module. The runner's inference phase has already put every model
 * result in the cache; a suite only reads them, judges, computes the metrics and asserts the gates —
 * so it is fast, and identical in any worker and under --shard.
 */
export function defineTrustSuite(plan: Plan): void {
  const runDir = process.env[RUN_DIR_ENV];
  const manifest = runDir ? readManifest(runDir) : undefined;
  for (const target of planTargets(plan, manifest?.override)) {
    describe(suiteName(plan, target.name), () => {
      let evaluation: Evaluation | undefined;
      let failure: Error | undefined;
      beforeAll(() => {
        try {
          evaluation = evaluatePlan(plan, loadResults(plan, target.dir, manifest));
        } catch (e) {
          failure = e instanceof Error ? e : new Error(String(e));
        }
      });
      afterAll(() => {
        if (evaluation && manifest) writeRecords(manifest, plan, target.name, evaluation);
      });
      const gated = plan.metrics.filter((m) => m.gated);
      for (const metric of gated) {
        test(metricTestName(metric), () => {
          const value = measured(evaluation, failure).metrics.find((m) => m.name === metric.name);
          if (!value) throw atSpec(plan, metric.at, metric.name, `the metric ${metric.name} was not computed`);
          const failed: string[] = [];
          const verdict = applyGate(value.estimate, metric.rule, plan.confidence);
          if (!verdict.pass) failed.push(gateMessage(metric, verdict.reason, value.n));
          // each: every group_by cell must pass on its own interval too.
          for (const cell of metric.rule.each ? value.cells : []) {
            const v = applyGate(cell.estimate, metric.rule, plan.confidence);
            if (!v.pass) failed.push(`${metric.name} [${cell.dimension} = ${cell.value}]: ${v.reason} (n = ${cell.n})`);
          }
          if (failed.length > 0) throw atSpec(plan, metric.at, metric.name, failed.join("\n"));
        });
      }
      for (const probe of plan.probes) {
        test(`probe: ${probe.name}`, () => {
          throw new Error(
            `probe "${probe.name}" was not run: property-based probes need the probe runner, which this version of trustspec does not have yet`,
          );
        });
      }
      if (gated.length === 0 && plan.probes.length === 0) {
        test(MEASURED_TEST, () => {
          measured(evaluation, failure);
        });
      }
    });
  }
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

/** Every case's result for one model, from where the run's inference phase stored it. */
function loadResults(plan: Plan, dir: string, manifest: RunManifest | undefined): (CallResult | undefined)[] {
  if (!manifest) {
    throw new Error(
      "no trustspec run is in progress (TRUSTSPEC_RUN_DIR is not set): run specs with `trustspec run`, or with Jest using the trustspec preset (preset: 'trustspec'), whose runner does the inference first",
    );
  }
  if (manifest.error) throw new Error(`the run could not query the models: ${describeRunError(manifest.error)}`);
  const fingerprint = manifest.fingerprints[dir];
  if (fingerprint === undefined) throw new Error(`internal: the run has no fingerprint for ${dir}`);
  const cache = openCache(manifest.resultsDir);
  const calls = planCalls(plan);
  const results = calls.map((call) => cache.get<CallResult>(callKey(fingerprint, call)));
  const missing = results.filter((r) => r === undefined).length;
  if (missing > 0) {
    throw new Error(
      `${missing} of ${calls.length} model results are missing for ${plan.specId} on ${dir}: the run's inference phase did not cover this spec (was it selected, and did the cache get cleared mid-run?)`,
    );
  }
  return results;
}

/** The suite's metric values and per-case records, for the reporter. */
function writeRecords(manifest: RunManifest, plan: Plan, model: string, evaluation: Evaluation): void {
  const dir = join(manifest.runDir, "suites");
  mkdirSync(dir, { recursive: true });
  const name = `${plan.specId}__${model}`.replace(/[^A-Za-z0-9._-]+/g, "_");
  writeFileSync(
    join(dir, `${name}.json`),
    `${JSON.stringify({ specId: plan.specId, file: plan.file, model, ...evaluation }, null, 2)}\n`,
  );
}
