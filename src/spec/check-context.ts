import type { FileAccess, FileLimits } from "./file-access";
import type { ResolvedConfig } from "./load-config";
import type { PathScope } from "./path-scope";
import type { Problem, ProblemCode, Severity } from "./problem";
import { problemsFor } from "./problem";
import type { YamlFile } from "./yaml-document";
import { locate, type PathSegment } from "./yaml-locate";

/** What every semantic check of one spec file gets: the file, its raw data, and the project around it. */
export interface SpecContext {
  readonly yaml: YamlFile;
  /** The parsed spec. It may not match the schema: checks guard the shapes they read. */
  readonly data: Record<string, unknown>;
  readonly files: FileAccess;
  /** The project config, or undefined when none was found or it has errors. */
  readonly config: ResolvedConfig | undefined;
  /** True when a config exists but has errors: they are reported there, so names are not checked. */
  readonly configInvalid: boolean;
  /** Dataset paths from the command line, by spec id; relative to `cwd`. */
  readonly datasetOverrides: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** Where the files the spec names may be. */
  readonly scope: PathScope;
  readonly limits: FileLimits;
  /** Texts of other files problems point into (datasets, partials), for code frames. */
  readonly sources: Record<string, string>;
  readonly problems: Problem[];
}

/** Adds a problem positioned at a path of the spec (its value, or its key with `at: "key"`). */
export function report(
  ctx: SpecContext,
  code: ProblemCode,
  message: string,
  path: readonly PathSegment[],
  opts: { hint?: string; at?: "key" | "value"; severity?: Severity } = {},
): void {
  const where = locate(ctx.yaml, path, opts.at ?? "value");
  ctx.problems.push(
    problemsFor(ctx.yaml.file)(code, message, {
      start: where.start,
      end: where.end,
      ...(opts.hint !== undefined ? { hint: opts.hint } : {}),
      ...(opts.severity !== undefined ? { severity: opts.severity } : {}),
    }),
  );
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function asString(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function asStringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}
