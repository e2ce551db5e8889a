import { appendFileSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportFormat } from "../spec/load-config";
import { formatHtml } from "./format-html";
import { formatJunit } from "./format-junit";
import { formatMarkdown } from "./format-markdown";
import type { SuiteItems } from "./item-record";
import type { Scorecard } from "./scorecard";

/** The file each written format goes to, inside the reports directory. */
export const REPORT_FILES: Readonly<Record<Exclude<ReportFormat, "terminal">, string>> = {
  json: "scorecard.json",
  md: "scorecard.md",
  html: "scorecard.html",
  junit: "junit.xml",
};

/** Each format from the scorecard and the run's items (masked), which the Markdown and HTML show. */
const RENDER: Readonly<Record<keyof typeof REPORT_FILES, (card: Scorecard, items: readonly SuiteItems[]) => string>> = {
  json: (card) => `${JSON.stringify(card, null, 2)}\n`,
  md: formatMarkdown,
  html: formatHtml,
  junit: formatJunit,
};

/**
 * Writes the scorecard in each file format asked for (the terminal summary is the caller's), each
 * file replaced atomically so a reader never sees half a report. Returns the paths written. `items`
 * are the run's (run directory's items files), when at hand: the Markdown lists failing ones and the
 * HTML has a table of them per spec.
 */
export function writeReports(
  card: Scorecard,
  dir: string,
  formats: readonly ReportFormat[],
  items: readonly SuiteItems[] = [],
): string[] {
  mkdirSync(dir, { recursive: true });
  return formats.flatMap((format) => {
    if (format === "terminal") return [];
    const path = join(dir, REPORT_FILES[format]);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, RENDER[format](card, items));
    renameSync(temporary, path);
    return [path];
  });
}

/**
 * Removes the report files in `dir` written before `before` (ms since the epoch) — a run that ends
 * without its scorecard must not leave the previous run's in place to be taken for its own — and a
 * half-written one this process left. Other files in `dir` stay. Returns the paths removed.
 */
export function removeStaleReports(dir: string, before: number): string[] {
  return Object.values(REPORT_FILES).flatMap((name) => {
    const path = join(dir, name);
    rmSync(`${path}.${process.pid}.tmp`, { force: true });
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.mtimeMs >= before) return [];
    rmSync(path, { force: true });
    return [path];
  });
}

/** Appends the Markdown scorecard to GitHub's job summary when the workflow provides one. */
export function appendStepSummary(
  card: Scorecard,
  env: Readonly<Record<string, string | undefined>>,
  items: readonly SuiteItems[] = [],
): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, `${formatMarkdown(card, items)}\n`);
}
