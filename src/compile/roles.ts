/**
 * What a model is to a spec in a run. A `candidate` is gated: its thresholds, its probes and its
 * comparison with the baseline decide the exit code. The `baseline` — the spec's `compare.baseline`
 * beside another model of the spec — is measured and reported as context: its own threshold misses
 * are not the release's failures, and it is not compared with anything. A spec's only model is always
 * a candidate, whatever its name.
 */
export type TargetRole = "candidate" | "baseline";

export function roleOf(model: string, baseline: string | undefined, models: readonly string[]): TargetRole {
  return model === baseline && models.some((m) => m !== baseline) ? "baseline" : "candidate";
}
