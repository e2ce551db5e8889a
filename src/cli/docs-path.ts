import { isAbsolute, join, relative, resolve } from "node:path";

/** The package's own docs folder: this file is in dist/cli/ (src/cli/ under ts-node), two below the package root. */
const DOCS = resolve(__dirname, "..", "..", "docs");

/**
 * A page of the package's docs as a path that opens where the CLI runs: relative to `cwd` when the
 * docs are at or below it (docs/… in this repository, node_modules/trustspec/docs/… in a project
 * that installed trustspec), else absolute (a global install, or a subfolder of the project).
 */
export function docsPath(page: string, cwd: string): string {
  const path = join(DOCS, page);
  const fromCwd = relative(cwd, path);
  return fromCwd.startsWith("..") || isAbsolute(fromCwd) ? path : fromCwd;
}

/** A help text with each docs/… page it names given as {@link docsPath}. */
export function withDocsPaths(text: string, cwd: string): string {
  return text.replace(/\bdocs\/([\w./-]*\w)/g, (_, page: string) => docsPath(page, cwd));
}
