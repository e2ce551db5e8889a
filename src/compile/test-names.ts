import type { Plan, PlanMetric, PlanProbe } from "../compile/plan";

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

/** The baseline gate's test: against the spec's in-run baseline, or against a baseline scorecard. */
export function regressionTestName(compare: Plan["compare"], external?: ReadonlySet<string>): string {
  if (external) return "no regression against the baseline scorecard";
  return `no regression against ${compare?.baseline} (max_regression ${compare?.maxRegression})`;
}

/**
 * Whether a model's suite has the baseline gate's test: every model but the spec's baseline when the
 * spec compares in-run; with a baseline scorecard (`--baseline FILE`, `external` holding the ids of its
 * specs), every model of a spec the scorecard has.
 */
export function hasRegressionTest(plan: Plan, model: string, external?: ReadonlySet<string>): boolean {
  if (external) return external.has(plan.specId);
  return plan.compare !== undefined && model !== plan.compare.baseline;
}

/**
 * The probes that run on a model: those naming it (or naming no models), and every probe on the
 * model under test of `--model` (`override`), which stands in for the spec's models.
 */
export function probesOn(plan: Plan, model: string, override?: string): PlanProbe[] {
  return plan.probes.filter((p) => model === override || p.models === undefined || p.models.includes(model));
}

export function probeTestName(probe: PlanProbe): string {
  return `probe: ${probe.name}`;
}

/** The names of the tests one plan defines for one model, as Jest joins them (describe + test). */
export function testNames(plan: Plan, model: string, external?: ReadonlySet<string>, override?: string): string[] {
  const gated = plan.metrics.filter((m) => m.gated);
  const probes = probesOn(plan, model, override).map(probeTestName);
  const regression = hasRegressionTest(plan, model, external) ? [regressionTestName(plan.compare, external)] : [];
  const tests =
    gated.length > 0 || probes.length > 0 || regression.length > 0
      ? [...gated.map(metricTestName), ...regression, ...probes]
      : [MEASURED_TEST];
  return tests.map((t) => `${suiteName(plan, model)} ${t}`);
}
