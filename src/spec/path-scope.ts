import { isAbsolute, relative, resolve, sep } from "node:path";
import type { FileAccess } from "./file-access";

/**
 * Where the paths a spec or config names may lead. A spec from a pull request must not read
 * /etc/passwd or ~/.ssh into an error message or a scorecard, so every such path must resolve —
 * after following symbolic links — inside the project root or a directory the config allows.
 * Paths the person running trustspec gives (--dataset, --model, --baseline) are theirs and are
 * not confined.
 */
export interface PathScope {
  /** Real path of the project root: the directory of the config in effect, else the spec's own. */
  readonly root: string;
  /** Real paths of the config's `allow_paths`. */
  readonly allowed: readonly string[];
  /** Whether the root is the config's directory, or the spec's own for want of a config. */
  readonly rootOf: "config" | "spec";
}

export function pathScope(
  files: FileAccess,
  root: string,
  allowed: readonly string[],
  rootOf: "config" | "spec",
): PathScope {
  const real = (p: string) => files.realpath?.(p) ?? resolve(p);
  return { root: real(root), allowed: allowed.map(real), rootOf };
}

/** The verdict on one path: its real location, and whether the scope holds it. */
export interface Confined {
  readonly inside: boolean;
  /** The path with symbolic links followed. */
  readonly real: string;
}

export function confine(scope: PathScope, files: FileAccess, path: string): Confined {
  const real = files.realpath?.(path) ?? resolve(path);
  return { inside: [scope.root, ...scope.allowed].some((dir) => within(dir, real)), real };
}

function within(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${sep}`));
}

/**
 * The message and hint of PATH_OUTSIDE_PROJECT for the path written as `written` under `key`, which
 * resolves to `absolute` before links are followed.
 */
export function outsideProblem(
  scope: PathScope,
  key: string,
  written: string,
  absolute: string,
  confined: Confined,
): { message: string; hint: string } {
  const leads =
    confined.real !== absolute
      ? ` leads through a symbolic link to ${confined.real},`
      : written !== confined.real
        ? ` leads to ${confined.real},`
        : " is";
  const root =
    scope.rootOf === "config"
      ? `the project root ${scope.root} (the directory of trustspec.config.yaml)`
      : `the spec's directory ${scope.root} (no trustspec.config.yaml was found)`;
  return {
    message: `${key} "${written}"${leads} outside ${root}`,
    hint:
      scope.rootOf === "config"
        ? "move the file into the project, or list its directory under allow_paths: in trustspec.config.yaml"
        : "move the file next to the spec, or create a trustspec.config.yaml at the project root (its directory becomes the root; allow_paths: lists directories beyond it)",
  };
}
