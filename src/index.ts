/** The public API of trustspec: load and validate specs and configs. */
export { type CliIO, EXIT } from "./cli/io";
export { main } from "./cli/main";
export { type FileAccess, diskFiles, memoryFiles } from "./spec/file-access";
export { formatProblem, positionProblem, type PositionedProblem, summarize } from "./spec/format-problems";
export { CONFIG_FILE, findConfig, loadConfig, type ResolvedConfig, resolveConfig } from "./spec/load-config";
export { type LoadedSpec, type LoadOptions, loadSpec, type SpecResult } from "./spec/load-spec";
export { type Direction, type MetricInfo, metricCatalog, type MetricMode, type Vertical, VERTICALS } from "./spec/metric-catalog";
export type { Problem, ProblemCode, Severity } from "./spec/problem";
export type { Judge, MetricRule, Probe, TrustSpec, TrustspecConfig } from "./spec/schema-types.generated";
export { type ProjectOptions, type ProjectResult, validateProject } from "./spec/validate-project";
