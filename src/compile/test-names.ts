import type { Plan, PlanMetric } from "../compile/plan";

/**
 * Test names, stable across runs so CI history and `-t` filters work: one describe per spec and
 * model, one test per gated metric (and one that checks the measurement when nothing is gated).
 * The runner uses the same names to infer only for what `-t` selects.
 */
export function suiteName(plan: Plan, model: string): string {
  return `${plan.specId} [${model}]`;
}

export function metricTestName(metric: PlanMetric): string {
  const { min, max, gate } = metric.rule;
  const bound = gate === "point" ? "" : ` (${gate} bound)`;
  const limits = [min !== undefined ? `≥ ${min}` : undefined, max !== undefined ? `≤ ${max}` : undefined]
    .filter((s) => s !== undefined)
    .join(" and ");
  return `${metric.name} ${limits}${bound}`;
}

export const MEASURED_TEST = "measures every metric";

/** The baseline gate's test, in the suite of every model but the baseline. */
export function regressionTestName(compare: NonNullable<Plan["compare"]>): string {
  return `no regression against ${compare.baseline} (max_regression ${compare.maxRegression})`;
}

/** Whether a model's suite has the baseline gate's test. */
export function hasRegressionTest(plan: Plan, model: string): boolean {
  return plan.compare !== undefined && model !== plan.compare.baseline;
}

/** The names of the tests one plan defines for one model, as Jest joins them (describe + test). */
export function testNames(plan: Plan, model: string): string[] {
  const gated = plan.metrics.filter((m) => m.gated);
  const probes = plan.probes.map((p) => `probe: ${p.name}`);
  const regression = plan.compare && hasRegressionTest(plan, model) ? [regressionTestName(plan.compare)] : [];
  const tests =
    gated.length > 0 || probes.length > 0 || regression.length > 0
      ? [...gated.map(metricTestName), ...regression, ...probes]
      : [MEASURED_TEST];
  return tests.map((t) => `${suiteName(plan, model)} ${t}`);
}
