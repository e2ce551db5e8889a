/** The public API of trustspec: load and validate specs and configs. */
export { type CliIO, EXIT } from "./cli/io";
export { main } from "./cli/main";
export { diskFiles, type FileAccess, memoryFiles } from "./spec/file-access";
export { formatProblem, type PositionedProblem, positionProblem, summarize } from "./spec/format-problems";
export { CONFIG_FILE, findConfig, loadConfig, type ResolvedConfig, resolveConfig } from "./spec/load-config";
export { type LoadedSpec, type LoadOptions, loadSpec, type SpecResult } from "./spec/load-spec";
export {
  type Direction,
  type MetricInfo,
  type MetricMode,
  metricCatalog,
  VERTICALS,
  type Vertical,
} from "./spec/metric-catalog";
export type { Problem, ProblemCode, Severity } from "./spec/problem";
export type { Judge, MetricRule, Probe, TrustSpec, TrustspecConfig } from "./spec/schema-types.generated";
export { type ProjectOptions, type ProjectResult, validateProject } from "./spec/validate-project";
