import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import { diskFiles, readText } from "../spec/file-access";
import { jsonSyntaxError, lineColumnAt } from "../spec/json-syntax";
import { failureReason } from "../spec/read-problem";
import { AJV_OPTIONS } from "../spec/schemas";
import { buildScorecard } from "./build-scorecard";
import { SCORECARD_VERSION, type Scorecard } from "./scorecard";
import { reviveSuiteResult, type SuiteResult } from "./suite-result";

export type ReadScorecard =
  | { readonly ok: true; readonly card: Scorecard }
  | { readonly ok: false; readonly message: string };

let validator: ValidateFunction | undefined;

/** The validator of schema/scorecard.schema.json (strict, as the spec schemas), compiled once. */
export function scorecardValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(join(__dirname, "..", "..", "schema", "scorecard.schema.json"), "utf8"));
  // ajv loads here, for a scorecard from elsewhere: a run reads back only its own (readRunScorecard).
  const { default: Ajv } = require("ajv") as typeof import("ajv");
  const ajv = new Ajv(AJV_OPTIONS);
  // ajv has no built-in formats (ajv-formats is not a dependency): RFC 3339 date-times, as toISOString writes.
  ajv.addFormat("date-time", /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  validator = ajv.compile(schema);
  return validator;
}

/**
 * Reads a scorecard.json written by trustspec: checks that it is JSON, of a version this trustspec
 * reads, and valid against the scorecard schema; each problem names the file and, for bad JSON, the
 * line and column. The scorecard is rebuilt from its suite results (NaN and dropped outputs, which
 * JSON cannot hold, restored).
 */
export function readScorecard(path: string): ReadScorecard {
  const read = readValidated(path);
  if (!read.ok) return read;
  // Everything but the results is derived from them: rebuilding restores what JSON cannot hold (NaN)
  // and guarantees a hand-edited file cannot show a verdict its results do not support.
  const { card } = read;
  const rebuilt = buildScorecard(card.results.map(reviveSuiteResult), {
    root: "",
    files: new Map(card.specs.map((s) => [s.id, s.file])),
    created: card.created,
    version: card.generator.version,
    sources: card.sources,
    ...(card.baseline
      ? { baseline: { source: card.baseline.source, results: card.baseline.results.map(reviveSuiteResult) } }
      : {}),
  });
  return { ok: true, card: rebuilt };
}

/**
 * The scorecard this run's reporter wrote moments ago, in this process, as JSON gave it back (NaN as
 * null); undefined when there is none (the reporter could not write it) or it is not of this version.
 * A scorecard from elsewhere gets readScorecard's checks and rebuild; this one was built from the
 * run's own results, and compiling the scorecard schema to check it cost every run about 0.2 s.
 */
export function readRunScorecard(path: string): Scorecard | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
  const card = data as Scorecard | null;
  return card?.version === SCORECARD_VERSION && Array.isArray(card.specs) ? card : undefined;
}

/**
 * Only the suite results of a scorecard, checked as {@link readScorecard} checks them: what a baseline
 * scorecard contributes. Nothing is rebuilt (a rebuild would redo its own comparisons for nothing).
 */
export function readScorecardResults(
  path: string,
): { readonly ok: true; readonly results: readonly SuiteResult[] } | { readonly ok: false; readonly message: string } {
  const read = readValidated(path);
  return read.ok ? { ok: true, results: read.card.results.map(reviveSuiteResult) } : read;
}

/** The file's scorecard as JSON gave it back (NaN as null), after the checks; or why it is not one. */
function readValidated(path: string): ReadScorecard {
  if (!existsSync(path)) {
    return {
      ok: false,
      message: `${path}: no such file; pass a scorecard.json that trustspec run wrote (reports/scorecard.json, or scorecard.json in a run directory under .trustspec/runs/)`,
    };
  }
  // Through file-access, as every reader: a FIFO or /dev/zero given as --baseline is refused, not read.
  const read = readText(diskFiles, path);
  if (!("text" in read)) return { ok: false, message: `${path}: ${failureReason(read)}` };
  const text = read.text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const syntax = jsonSyntaxError(text);
    const where = syntax ? lineColumnAt(text, syntax.offset) : undefined;
    const reason = syntax?.message ?? (e instanceof Error ? e.message : String(e));
    return {
      ok: false,
      message: `${path}${where ? `:${where.line}:${where.column}` : ""}: not valid JSON: ${reason}; is it a scorecard.json that trustspec wrote?`,
    };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (version !== SCORECARD_VERSION) {
    return {
      ok: false,
      message: `${path}: scorecard version ${JSON.stringify(version)}; this trustspec reads version ${SCORECARD_VERSION} (re-run the specs, or use the trustspec that wrote it)`,
    };
  }
  const check = scorecardValidator();
  if (!check(data)) {
    const problems = (check.errors ?? [])
      .slice(0, 3)
      .map((e) => `${e.instancePath || "/"} ${e.message ?? "is invalid"}`)
      .join("; ");
    return { ok: false, message: `${path}: not a valid trustspec scorecard: ${problems}` };
  }
  return { ok: true, card: data as Scorecard };
}
