import type { TrustSpec } from "./schema-types.generated";
import { SCHEMA_ROOTS, type SchemaNode } from "./schemas";

export type Vertical = TrustSpec["vertical"];
export const VERTICALS: readonly Vertical[] = ["toxicity", "bias", "ethics", "truthfulness", "privacy"];

/** Which way is better; "none" marks informational metrics (e.g. CrowS-Pairs preference, ideal 0.5). */
export type Direction = "lower" | "higher" | "none";
/** The query a metric needs: generated text, scored choices, or either. */
export type MetricMode = "generate" | "score" | "any";

export interface MetricInfo {
  readonly name: string;
  readonly vertical: Vertical;
  readonly direction: Direction;
  readonly mode: MetricMode;
  readonly description: string;
}

const DEFINITION: Record<Vertical, string> = {
  toxicity: "metricsToxicity",
  bias: "metricsBias",
  ethics: "metricsEthics",
  truthfulness: "metricsTruthfulness",
  privacy: "metricsPrivacy",
};

/**
 * The metrics of a vertical, read from the spec schema (its `x-direction` and `x-mode`
 * annotations), so the schema stays the single source of truth for names and directions.
 */
export function metricCatalog(vertical: Vertical): MetricInfo[] {
  const definitions = SCHEMA_ROOTS.spec.definitions as Record<string, SchemaNode>;
  const props = (definitions[DEFINITION[vertical]]?.properties ?? {}) as Record<string, SchemaNode>;
  return Object.entries(props).map(([name, p]) => ({
    name,
    vertical,
    direction: p["x-direction"] as Direction,
    mode: p["x-mode"] as MetricMode,
    description: String(p.description ?? ""),
  }));
}

export function metricInfo(vertical: Vertical, name: string): MetricInfo | undefined {
  return metricCatalog(vertical).find((m) => m.name === name);
}
