/**
 * Problems are data: a stable code, a message, where it is, and what to do.
 * Positions are offsets (string indices) into the file's text while problems are collected;
 * `src/spec/format-problems.ts` turns them into `file:line:col` at the edge.
 */

export const PROBLEM_CODES = [
  // reading files
  "FILE_NOT_FOUND",
  "FILE_UNREADABLE",
  "FILE_NOT_REGULAR",
  "FILE_TOO_LARGE",
  "FILE_NOT_UTF8",
  "FILE_UTF16",
  "FILE_CR_LINE_ENDINGS",
  "PATH_OUTSIDE_PROJECT",
  "NO_SPECS_FOUND",
  "SPEC_FILE_NAME",
  "TOO_MANY_PROBLEMS",
  // YAML syntax
  "YAML_EMPTY",
  "YAML_NOT_A_MAPPING",
  "YAML_TAB",
  "YAML_INDENT",
  "YAML_UNCLOSED",
  "YAML_DUPLICATE_KEY",
  "YAML_MULTIPLE_DOCUMENTS",
  "YAML_TAG",
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
  "TEMPLATE_ARGUMENTS",
  "TEMPLATE_UNSAFE_NAME",
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
  "METRIC_NEEDS_JUDGE",
  "JUDGE_MODULE_INVALID",
  "JSON_SCHEMA_INVALID",
  "BAD_THRESHOLD",
  "JUDGE_NOT_MEASURED",
  "JUDGE_ERROR_REFUSED",
  "MESSAGES_ORDER",
  // a spec's conversation on a configured model (checked against the model's chat template)
  "CHAT_TEMPLATE_MISSING",
  "NOT_A_CHAT_MODEL",
  "CHAT_TEMPLATE_INVALID",
  "CHAT_TEMPLATE_REFUSED",
  // a spec on a model behind a server that cannot answer it
  "REMOTE_CANNOT_SCORE",
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
  /**
   * Set when `file` is a data file (a dataset): its text is not the author's and may be anything,
   * so a code frame shows only a short excerpt of the one line, never whole lines or their neighbours.
   */
  readonly dataFile?: true;
  /** Set when the text at the position may be a secret (an API key written in the config): no code frame shows it. */
  readonly secret?: true;
  /** For TOO_MANY_PROBLEMS: how many problems of the file are not listed. */
  readonly omitted?: number;
}

/** Builds problems for one file, so callers do not repeat the file name; `dataFile` marks a dataset's. */
export function problemsFor(file: string, options: { dataFile?: boolean } = {}) {
  return (
    code: ProblemCode,
    message: string,
    where?: { start?: number; end?: number; hint?: string; severity?: Severity; secret?: boolean },
  ): Problem => ({
    code,
    severity: where?.severity ?? "error",
    message,
    file,
    ...(where?.hint !== undefined ? { hint: where.hint } : {}),
    ...(where?.start !== undefined ? { start: where.start } : {}),
    ...(where?.end !== undefined ? { end: where.end } : {}),
    ...(options.dataFile ? { dataFile: true as const } : {}),
    ...(where?.secret ? { secret: true as const } : {}),
  });
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** How many problems of one file are listed; the rest are summed up in one TOO_MANY_PROBLEMS. */
export const MAX_PROBLEMS_PER_FILE = 50;

/**
 * The first `max` problems of each file, in the order given, then — for a file with more — one
 * TOO_MANY_PROBLEMS saying how many are left out, placed at the first of them. Ten thousand unknown
 * keys are one mistake repeated; listing them all helps nobody and costs time.
 */
export function capPerFile(problems: readonly Problem[], max = MAX_PROBLEMS_PER_FILE): Problem[] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.file, (counts.get(p.file) ?? 0) + 1);
  if ([...counts.values()].every((n) => n <= max)) return [...problems];
  const listed = new Map<string, number>();
  const out: Problem[] = [];
  for (const p of problems) {
    const n = (listed.get(p.file) ?? 0) + 1;
    listed.set(p.file, n);
    if (n <= max) {
      out.push(p);
    } else if (n === max + 1) {
      const omitted = (counts.get(p.file) ?? 0) - max;
      const rest = problems.filter((q) => q.file === p.file).slice(max);
      out.push({
        ...problemsFor(p.file, { dataFile: p.dataFile === true })(
          "TOO_MANY_PROBLEMS",
          `${omitted} more ${omitted === 1 ? "problem" : "problems"} of this file ${omitted === 1 ? "is" : "are"} not listed (the first ${max} are)`,
          {
            ...(p.start !== undefined ? { start: p.start, end: p.start } : {}),
            severity: rest.some((q) => q.severity === "error") ? "error" : "warning",
            hint: "fix the problems listed and validate again to see the rest",
          },
        ),
        omitted,
      });
    }
  }
  return out;
}
