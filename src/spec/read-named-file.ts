import { dirname, relative, resolve } from "node:path";
import { report, type SpecContext } from "./check-context";
import { readText } from "./file-access";
import { confine, outsideProblem } from "./path-scope";
import { problemsFor } from "./problem";
import { type FileRole, readProblem } from "./read-problem";
import type { PathSegment } from "./yaml-locate";

/** How to read a file a spec names: where the name is, what the file is, and whose path it is. */
export interface NamedFile {
  /** The path as written in the spec, relative to the spec file. */
  readonly written: string;
  /** Where the path is written in the spec; problems about the file are reported there. */
  readonly at: readonly PathSegment[];
  readonly role: FileRole;
  /** A data file (dataset, names map, slot file): the size limit for data, and short excerpts only. */
  readonly data: boolean;
  /**
   * A path the person running trustspec gave instead (--dataset), relative to the current directory:
   * theirs, so not confined to the project; `via` says so in messages.
   */
  readonly override?: { readonly path: string; readonly via: string; readonly hint: string };
  /** A check of the resolved path before the file is read (it reports its own problem); false stops. */
  readonly beforeRead?: (file: string) => boolean;
}

/**
 * The one way checks read a file a spec names: resolve it, keep it inside the project (after links),
 * read it as a regular file within its size limit and as UTF-8, and report what goes wrong at the
 * spec key that names it (or, for a broken byte, at its place in the file). Undefined on any problem.
 */
export function readNamedFile(ctx: SpecContext, named: NamedFile): { file: string; text: string } | undefined {
  const file =
    named.override !== undefined
      ? resolve(ctx.cwd, named.override.path)
      : resolve(dirname(ctx.yaml.file), named.written);
  const via = named.override?.via ?? "";
  if (named.override === undefined && !isConfined(ctx, named.written, named.at)) return undefined;
  if (named.beforeRead !== undefined && !named.beforeRead(file)) return undefined;
  const maxBytes = named.data ? ctx.limits.dataBytes : ctx.limits.specBytes;
  const read = readText(ctx.files, file, { maxBytes });
  if ("text" in read) return { file, text: read.text };
  const role = named.override !== undefined ? { ...named.role, missingHint: named.override.hint } : named.role;
  const failed = readProblem(read, `${shownPath(ctx, file)}${via}`, role);
  if (failed.inFile !== undefined) {
    const { text, start, end } = failed.inFile;
    ctx.sources[file] = text;
    ctx.problems.push(
      problemsFor(file, { dataFile: named.data })(failed.code, failed.message, { start, end, hint: failed.hint }),
    );
  } else {
    report(ctx, failed.code, failed.message, named.at, { hint: failed.hint });
  }
  return undefined;
}

/**
 * Whether a path written in the spec (relative to it) stays inside the project after links are
 * followed; reports PATH_OUTSIDE_PROJECT at `at` when it does not. For paths read later, such as a
 * classifier judge's model directory, as much as for the files read here.
 */
export function isConfined(ctx: SpecContext, written: string, at: readonly PathSegment[]): boolean {
  const file = resolve(dirname(ctx.yaml.file), written);
  const confined = confine(ctx.scope, ctx.files, file);
  if (confined.inside) return true;
  const said = outsideProblem(ctx.scope, at.join("."), written, file, confined);
  report(ctx, "PATH_OUTSIDE_PROJECT", said.message, at, { hint: said.hint });
  return false;
}

/** A path as messages show it: relative to the current directory when it is below it. */
export function shownPath(ctx: SpecContext, file: string): string {
  const rel = relative(ctx.cwd, file);
  return rel.startsWith("..") ? file : rel;
}
