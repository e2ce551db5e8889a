/**
 * The statistics every metric and gate uses, in one import: interval estimates (Wilson for
 * proportions, seeded percentile bootstrap for means and other statistics), threshold gates, and the
 * baseline comparison's paired test and multiple-comparison correction. All pure and deterministic.
 */
export type { BootstrapOptions } from "./bootstrap";
export { bootstrap, bootstrapMean, mean, quantile7 } from "./bootstrap";
export type { Estimate } from "./estimate";
export type { GateRule, GateValue, GateVerdict } from "./gate";
export { applyGate } from "./gate";
export type { HolmResult } from "./holm";
export { holm } from "./holm";
export { mcnemarExact } from "./mcnemar";
export { normalQuantile, zForConfidence } from "./normal-quantile";
export { wilson } from "./wilson";
