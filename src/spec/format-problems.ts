import { isAbsolute, relative } from "node:path";
import { lineWindow } from "./excerpt";
import type { Problem } from "./problem";
import { SourceText } from "./source-text";

/**
 * The line table of the text problems last pointed into, kept for the next: a spec with thousands
 * of problems must not rescan its text for each (that made validation quadratic). Problems come
 * grouped by file, so one entry is enough, and no large text is held beyond it.
 */
let last: { text: string; lines: SourceText } | undefined;

function linesOf(text: string): SourceText {
  if (last?.text !== text) last = { text, lines: new SourceText(text) };
  return last.lines;
}

/** Colours for terminal output; identity functions when colour is off. */
export interface Paint {
  readonly error: (s: string) => string;
  readonly warning: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly caret: (s: string) => string;
}

export const PLAIN: Paint = { error: (s) => s, warning: (s) => s, dim: (s) => s, bold: (s) => s, caret: (s) => s };

/** A problem with its position as the author sees it. */
export interface PositionedProblem {
  readonly file: string;
  readonly line?: number;
  readonly col?: number;
  readonly endLine?: number;
  readonly endCol?: number;
  readonly severity: Problem["severity"];
  readonly code: Problem["code"];
  readonly message: string;
  readonly hint?: string;
}

/** Turns offsets into 1-based lines and columns and makes paths relative to `cwd`. */
export function positionProblem(
  problem: Problem,
  sources: Readonly<Record<string, string>>,
  cwd: string,
): PositionedProblem {
  const text = sources[problem.file];
  const file = displayPath(problem.file, cwd);
  const base = {
    file,
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    ...(problem.hint !== undefined ? { hint: problem.hint } : {}),
  };
  if (text === undefined || problem.start === undefined) return base;
  const lines = linesOf(text);
  const start = lines.position(problem.start);
  const end = lines.position(Math.max(problem.start, problem.end ?? problem.start));
  return { ...base, line: start.line, col: start.col, endLine: end.line, endCol: end.col };
}

export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  return rel.startsWith("..") ? file : rel;
}

/**
 * `path:line:col: error CODE: message`, then the line with a caret under the problem and the one
 * before it for context, then the hint.
 */
export function formatProblem(
  problem: Problem,
  sources: Readonly<Record<string, string>>,
  cwd: string,
  paint: Paint = PLAIN,
): string {
  const p = positionProblem(problem, sources, cwd);
  const where = p.line !== undefined ? `${p.file}:${p.line}:${p.col}` : p.file;
  const severity = p.severity === "error" ? paint.error("error") : paint.warning("warning");
  const out = [`${paint.bold(where)}: ${severity} ${p.code}: ${p.message}`];
  const text = sources[problem.file];
  if (text !== undefined && p.line !== undefined && p.col !== undefined && !problem.secret) {
    const endCol = p.endLine === p.line ? (p.endCol ?? p.col) : undefined;
    out.push(
      ...(problem.dataFile
        ? excerptFrame(linesOf(text), p.line, p.col, endCol, paint)
        : codeFrame(linesOf(text), p.line, p.col, endCol, paint)),
    );
  }
  if (p.hint) out.push(`  ${paint.dim("hint:")} ${p.hint}`);
  return out.join("\n");
}

function codeFrame(text: SourceText, line: number, col: number, endCol: number | undefined, paint: Paint): string[] {
  const first = Math.max(1, line - 1);
  const width = String(line).length;
  const out: string[] = [];
  for (let n = first; n <= line && n <= text.lineCount; n++) {
    const content = visible(text.line(n));
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${content}`);
  }
  const shown = visible(text.line(line));
  const lead = visible(text.line(line).slice(0, col - 1)).length;
  const span = Math.max(1, Math.min((endCol ?? col + 1) - col, shown.length - lead));
  out.push(`  ${" ".repeat(width)} | ${" ".repeat(lead)}${paint.caret("^".repeat(span))}`);
  return out.map((l) => paint.dim(l.length > 200 ? `${l.slice(0, 197)}...` : l));
}

/**
 * A data file's frame: only the line the problem is on, cut to a short window around the column —
 * a data file may be anything (a dataset pointed at /etc/passwd, a record holding secrets).
 */
function excerptFrame(text: SourceText, line: number, col: number, endCol: number | undefined, paint: Paint): string[] {
  const whole = visible(text.line(line));
  const lead = visible(text.line(line).slice(0, col - 1)).length;
  const shown = lineWindow(whole, lead);
  const width = String(line).length;
  const span = Math.max(1, Math.min((endCol ?? col + 1) - col, shown.text.length - shown.lead));
  return [
    `> ${line} | ${shown.text}`,
    `  ${" ".repeat(width)} | ${" ".repeat(shown.lead)}${paint.caret("^".repeat(span))}`,
  ].map((l) => paint.dim(l));
}

/**
 * Tabs and other control characters shown as one visible mark each (→, ␍, ␛…), so carets line up and
 * no carriage return or escape sequence from a file acts on the terminal.
 */
function visible(line: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  return line.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === "\t" ? "→" : c === "\u007f" ? "␡" : String.fromCharCode(0x2400 + c.charCodeAt(0)),
  );
}

export function summarize(problems: readonly Problem[], specCount: number): string {
  const listed = problems.filter((p) => p.code !== "TOO_MANY_PROBLEMS");
  const errors = listed.filter((p) => p.severity === "error").length;
  const warnings = listed.length - errors;
  const omitted = problems.reduce((n, p) => n + (p.omitted ?? 0), 0);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  if (errors === 0 && warnings === 0 && omitted === 0) return `${plural(specCount, "spec")} valid`;
  const more = omitted > 0 ? ` (and ${plural(omitted, "more problem")} not listed)` : "";
  return `${plural(errors, "error")}, ${plural(warnings, "warning")}${more} in ${plural(specCount, "spec")} checked`;
}
