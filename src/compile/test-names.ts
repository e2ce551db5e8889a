import type { Plan, PlanMetric, PlanProbe } from "./plan";
import type { TargetRole } from "./roles";

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
  const bound = qualifier(gate, metric.judgeError !== undefined);
  const limits = [min !== undefined ? `≥ ${min}` : undefined, max !== undefined ? `≤ ${max}` : undefined]
    .filter((s) => s !== undefined)
    .join(" and ");
  return `${metric.name} ${limits}${bound}`;
}

/** What a threshold compares besides the point: " (upper bound)", " (corrected)", " (upper bound, corrected)". */
export function qualifier(gate: "point" | "upper" | "lower", corrected: boolean): string {
  const parts = [...(gate === "point" ? [] : [`${gate} bound`]), ...(corrected ? ["corrected"] : [])];
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

export const MEASURED_TEST = "measures every metric";

/** The baseline's one test beside a candidate: its thresholds are context, not the release's gate. */
export const BASELINE_TEST = "measures every metric (baseline: thresholds not gated)";

/** A model of a plan in a run, and what it is to the spec. */
export interface NamedTarget {
  readonly name: string;
  readonly role: TargetRole;
}

/** The baseline gate's test: against the spec's in-run baseline, or against a baseline scorecard. */
export function regressionTestName(plan: Plan, external?: ReadonlySet<string>): string {
  if (external?.has(plan.specId)) return "no regression against the baseline scorecard";
  return `no regression against ${plan.compare?.baseline} (max_regression ${plan.compare?.maxRegression})`;
}

/**
 * Whether a model's suite has the baseline gate's test: every model but the spec's baseline when the
 * spec compares in-run; with a baseline scorecard (`--baseline FILE`, `external` holding the ids of its
 * specs), every model of a spec the scorecard has.
 */
export function hasRegressionTest(plan: Plan, target: NamedTarget, external?: ReadonlySet<string>): boolean {
  if (target.role !== "candidate") return false;
  if (external?.has(plan.specId)) return true;
  return plan.compare !== undefined && target.name !== plan.compare.baseline;
}

/**
 * The probes that run on a model: those naming it (or naming no models), and every probe on the
 * model under test of `--model` (`override`), which stands in for the spec's models; none on a
 * baseline beside a candidate (its properties are not the release's).
 */
export function probesOn(plan: Plan, target: NamedTarget, override?: string): PlanProbe[] {
  if (target.role !== "candidate") return [];
  const model = target.name;
  return plan.probes.filter((p) => model === override || p.models === undefined || p.models.includes(model));
}

export function probeTestName(probe: PlanProbe): string {
  return `probe: ${probe.name}`;
}

/** The names of the tests one plan defines for one model, as Jest joins them (describe + test). */
export function testNames(
  plan: Plan,
  target: NamedTarget,
  external?: ReadonlySet<string>,
  override?: string,
): string[] {
  return suiteTests(plan, target, external, override).map((t) => `${suiteName(plan, target.name)} ${t}`);
}

/** The tests of one spec × model suite, in order: gated metrics, the baseline gate, probes. */
export function suiteTests(
  plan: Plan,
  target: NamedTarget,
  external?: ReadonlySet<string>,
  override?: string,
): string[] {
  if (target.role === "baseline") return [BASELINE_TEST];
  const gated = plan.metrics.filter((m) => m.gated);
  const probes = probesOn(plan, target, override).map(probeTestName);
  const regression = hasRegressionTest(plan, target, external) ? [regressionTestName(plan, external)] : [];
  return gated.length > 0 || probes.length > 0 || regression.length > 0
    ? [...gated.map(metricTestName), ...regression, ...probes]
    : [MEASURED_TEST];
}
