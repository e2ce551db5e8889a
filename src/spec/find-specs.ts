import { readdirSync } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";
import type { FileAccess } from "./file-access";

export const SPEC_SUFFIX = ".trust.yaml";

const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "coverage"]);

export interface FoundSpecs {
  /** Absolute spec paths, sorted, without duplicates. */
  readonly files: string[];
  /** Arguments that matched nothing. */
  readonly unmatched: string[];
}

/**
 * Expands the paths a user gives (files, directories searched for *.trust.yaml, or globs with
 * `*`, `**` and `?`) into spec files. A file named explicitly is taken whatever its name.
 */
export function findSpecs(args: readonly string[], cwd: string, files: FileAccess, list = listDir): FoundSpecs {
  const found = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of args) {
    let matched = 0;
    const take = (file: string) => {
      matched++;
      found.add(file);
    };
    const abs = resolve(cwd, arg);
    if (/[*?]/.test(arg)) {
      const pattern = globToRegExp(isAbsolute(arg) ? arg : join(cwd, arg));
      walk(resolve(cwd, staticPrefix(arg)), list, (f) => pattern.test(f) && take(f));
    } else if (files.isDirectory(abs)) {
      walk(abs, list, (f) => f.endsWith(SPEC_SUFFIX) && take(f));
    } else if (files.exists(abs)) {
      take(abs);
    }
    if (matched === 0) unmatched.push(arg);
  }
  return { files: [...found].sort(), unmatched };
}

function listDir(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((d) => ({ name: d.name, dir: d.isDirectory() }));
  } catch {
    return [];
  }
}

function walk(dir: string, list: typeof listDir, visit: (file: string) => unknown): void {
  for (const entry of list(dir)) {
    const path = join(dir, entry.name);
    if (entry.dir) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) walk(path, list, visit);
    } else visit(path);
  }
}

/** The directory part of a glob before its first wildcard. */
function staticPrefix(glob: string): string {
  const parts = glob.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (/[*?]/.test(part)) break;
    fixed.push(part);
  }
  return fixed.join(sep) || ".";
}

/** `**` matches any number of directories, `*` and `?` stay within one path segment. */
export function globToRegExp(glob: string): RegExp {
  const normalized = glob.split(sep).join("/");
  let re = "";
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charAt(i);
    if (c === "*" && normalized.charAt(i + 1) === "*") {
      const slash = normalized.charAt(i + 2) === "/";
      re += slash ? "(?:[^/]*/)*" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
