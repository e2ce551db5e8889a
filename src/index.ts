/** The public API of trustspec: load and validate specs and configs; the types a module judge implements. */
export { type CliIO, EXIT } from "./cli/io";
export { main } from "./cli/main";
export { diskFiles, type FileAccess, memoryFiles } from "./spec/file-access";
export { formatProblem, type PositionedProblem, positionProblem, summarize } from "./spec/format-problems";
export type {
  JudgeFunction,
  JudgeItem,
  JudgeResult,
} from "./spec/judge-module";
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
export type {
  GeneralJudge,
  Judge,
  JudgeMeasured,
  Probe,
  TrustSpec,
  TrustspecConfig,
} from "./spec/schema-types.generated";

import type { PassRateRule } from "./spec/schema-types.generated";

/** A metric's rule as a spec writes it (direction only on a general metric, judge_error only on a share of the judge's decisions). */
export type GeneralMetricRule = PassRateRule;

/** A vertical metric's rule: a general metric's without the direction, which vertical metrics fix. */
export type MetricRule = Omit<GeneralMetricRule, "direction">;
export { type ProjectOptions, type ProjectResult, validateProject } from "./spec/validate-project";
