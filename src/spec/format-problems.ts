import { isAbsolute, relative } from "node:path";
import type { Problem } from "./problem";
import { SourceText } from "./source-text";

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
  const lines = new SourceText(text);
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
  if (text !== undefined && p.line !== undefined && p.col !== undefined) {
    out.push(
      ...codeFrame(new SourceText(text), p.line, p.col, p.endLine === p.line ? (p.endCol ?? p.col) : undefined, paint),
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

/** Tabs shown as one visible mark so carets line up and tab problems can be seen. */
function visible(line: string): string {
  return line.replace(/\t/g, "→");
}

export function summarize(problems: readonly Problem[], specCount: number): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  if (errors === 0 && warnings === 0) return `${plural(specCount, "spec")} valid`;
  return `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(specCount, "spec")} checked`;
}
