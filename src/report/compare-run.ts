import type { Plan } from "../compile/plan";
import { caseRecords } from "../metrics/case-records";
import type { RunManifest } from "../run/manifest";
import { modelKey } from "../run/model-key";
import { loadClassifierAnswers, loadResults } from "../run/results";
import { type ModelOverride, planTargets } from "../run/targets";
import { compareResults, type RunComparisons } from "./compare-results";
import type { ExternalBaseline } from "./scorecard";
import { type SuiteResult, suiteResult } from "./suite-result";

/**
 * The baseline gate of a run, computed once after its inference phase from the cached results (the
 * suites then only read the verdicts): see {@link compareResults}. `selected` leaves out models the
 * run did not select (-t); specs whose results cannot be read become failures.
 */
export function compareRun(
  plans: readonly Plan[],
  manifest: RunManifest,
  override: ModelOverride | undefined,
  /** Whether the run selected (and inferred) a spec's model; others are left out. */
  selected: (plan: Plan, model: string) => boolean = () => true,
  /** A baseline scorecard (`--baseline FILE`) that replaces each spec's compare.baseline. */
  external?: ExternalBaseline,
): RunComparisons {
  const externalSpecs = external ? new Set(external.results.map((r) => r.specId)) : undefined;
  const compared = (plan: Plan) => externalSpecs?.has(plan.specId) || plan.compare !== undefined;
  const results = plans.flatMap((plan) =>
    compared(plan)
      ? planTargets(plan, { override, external: externalSpecs, dtype: manifest.dtype })
          .filter((t) => t.role === "baseline" || selected(plan, t.name))
          .map((t): SuiteResult => {
            try {
              const records = caseRecords(plan, loadResults(plan, t, manifest), loadClassifierAnswers(plan, manifest));
              const skipped = records.filter((r) => r.skipped !== undefined).length;
              return suiteResult(
                plan,
                t.name,
                { ok: true, evaluation: { metrics: [], cases: records.length, skipped, records } },
                { fingerprint: manifest.fingerprints[modelKey(t)], dtype: t.dtype },
              );
            } catch (e) {
              return suiteResult(plan, t.name, { ok: false, error: e instanceof Error ? e.message : String(e) });
            }
          })
      : [],
  );
  return compareResults(results, external);
}
