import type { TrustSpec } from "./schema-types.generated";
import { SCHEMA_ROOTS, type SchemaNode } from "./schemas";

export type Vertical = TrustSpec["vertical"];
export const VERTICALS: readonly Vertical[] = ["toxicity", "bias", "ethics", "truthfulness", "privacy", "custom"];

/** Which way is better; "none" marks informational metrics (e.g. CrowS-Pairs preference, ideal 0.5). */
export type Direction = "lower" | "higher" | "none";
/** The query a metric needs: generated text, scored choices, or either. */
export type MetricMode = "generate" | "score" | "any";

export interface MetricInfo {
  readonly name: string;
  readonly vertical: Vertical;
  /** The default direction; a general metric's rule may choose the other one (`direction: lower`). */
  readonly direction: Direction;
  readonly mode: MetricMode;
  readonly description: string;
  /** A general metric (pass_rate, mean_score): allowed in every vertical, it reads a general judge's verdicts. */
  readonly general: boolean;
}

const DEFINITION: Record<Vertical, string> = {
  toxicity: "metricsToxicity",
  bias: "metricsBias",
  ethics: "metricsEthics",
  truthfulness: "metricsTruthfulness",
  privacy: "metricsPrivacy",
  custom: "metricsCustom",
};

function properties(definition: string): Record<string, SchemaNode> {
  const definitions = SCHEMA_ROOTS.spec.definitions as Record<string, SchemaNode>;
  return (definitions[definition]?.properties ?? {}) as Record<string, SchemaNode>;
}

/** The general metrics: those `vertical: custom` allows, which every other vertical allows too. */
export const GENERAL_METRICS: readonly string[] = Object.keys(properties(DEFINITION.custom));

/**
 * The metrics of a vertical, read from the spec schema (its `x-direction` and `x-mode`
 * annotations), so the schema stays the single source of truth for names and directions.
 */
export function metricCatalog(vertical: Vertical): MetricInfo[] {
  return Object.entries(properties(DEFINITION[vertical])).map(([name, p]) => ({
    name,
    vertical,
    direction: p["x-direction"] as Direction,
    mode: p["x-mode"] as MetricMode,
    description: String(p.description ?? ""),
    general: GENERAL_METRICS.includes(name),
  }));
}

export function metricInfo(vertical: Vertical, name: string): MetricInfo | undefined {
  return metricCatalog(vertical).find((m) => m.name === name);
}
