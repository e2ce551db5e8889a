/**
 * Problems are data: a stable code, a message, where it is, and what to do.
 * Positions are offsets (string indices) into the file's text while problems are collected;
 * `src/spec/format-problems.ts` turns them into `file:line:col` at the edge.
 */

export const PROBLEM_CODES = [
  // reading files
  "FILE_NOT_FOUND",
  "FILE_UNREADABLE",
  "NO_SPECS_FOUND",
  "SPEC_FILE_NAME",
  // YAML syntax
  "YAML_EMPTY",
  "YAML_NOT_A_MAPPING",
  "YAML_TAB",
  "YAML_INDENT",
  "YAML_UNCLOSED",
  "YAML_DUPLICATE_KEY",
  "YAML_MULTIPLE_DOCUMENTS",
  "YAML_SYNTAX",
  // schema
  "UNSUPPORTED_VERSION",
  "UNKNOWN_KEY",
  "MISSING_KEY",
  "WRONG_TYPE",
  "BAD_VALUE",
  "OUT_OF_RANGE",
  "BAD_FORMAT",
  "CONFLICTING_KEYS",
  "TOO_FEW",
  "DUPLICATE_VALUE",
  // templates
  "TEMPLATE_SYNTAX",
  "TEMPLATE_UNKNOWN_VARIABLE",
  "TEMPLATE_UNKNOWN_HELPER",
  "TEMPLATE_UNKNOWN_PARTIAL",
  // datasets
  "DATASET_NOT_FOUND",
  "DATASET_FORMAT",
  "DATASET_PARSE",
  "DATASET_MISSING_FIELD",
  "DATASET_BAD_VALUE",
  "DATASET_EMPTY",
  // cross references and meaning
  "CONFIG_NOT_FOUND",
  "UNKNOWN_MODEL",
  "UNKNOWN_JUDGE",
  "UNKNOWN_FIELD",
  "DUPLICATE_SPEC_ID",
  "UNKNOWN_SPEC",
  "INCOMPLETE_SPEC",
  "METRIC_NEEDS_MODE",
  "JUDGE_NOT_FOR_VERTICAL",
  "BAD_THRESHOLD",
  // warnings about what a run will meet
  "MODEL_DIR_NOT_FOUND",
  "GATE_CANNOT_PASS",
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type Severity = "error" | "warning";

/** A problem found in a file; `start`/`end` are offsets into that file's text. */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  readonly message: string;
  /** What to do about it, in one line. */
  readonly hint?: string;
  /** Path of the file the problem is in, as given to the loader. */
  readonly file: string;
  /** Offset of the first character the problem is about; absent when it is about the whole file. */
  readonly start?: number;
  /** Offset just past the last character the problem is about. */
  readonly end?: number;
}

/** Builds problems for one file, so callers do not repeat the file name. */
export function problemsFor(file: string) {
  return (
    code: ProblemCode,
    message: string,
    where?: { start?: number; end?: number; hint?: string; severity?: Severity },
  ): Problem => ({
    code,
    severity: where?.severity ?? "error",
    message,
    file,
    ...(where?.hint !== undefined ? { hint: where.hint } : {}),
    ...(where?.start !== undefined ? { start: where.start } : {}),
    ...(where?.end !== undefined ? { end: where.end } : {}),
  });
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
