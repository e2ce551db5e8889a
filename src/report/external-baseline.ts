import { relative, resolve } from "node:path";
import type { ExternalBaseline } from "./scorecard";

/** Names the baseline scorecard (`trustspec run --baseline FILE`) for the runner, suites and reporter. */
export const BASELINE_ENV = "TRUSTSPEC_BASELINE";

/**
 * The baseline scorecard a run compares every model with, read and validated; a file that cannot be
 * read is an error naming it (trustspec run checks it before Jest starts).
 */
export function baselineFromEnv(env: Readonly<Record<string, string | undefined>>): ExternalBaseline | undefined {
  const path = env[BASELINE_ENV];
  if (!path) return undefined;
  // The scorecard reader (and its schema) loads only for a run that has a baseline scorecard.
  const { readScorecardResults } = require("./read-scorecard") as typeof import("./read-scorecard");
  const read = readScorecardResults(resolve(path));
  if (!read.ok) throw new Error(`${BASELINE_ENV}: ${read.message}`);
  // Shown in reports: relative to where the run started, as a user would have typed it.
  return { source: relative(process.cwd(), resolve(path)) || path, results: read.results };
}
