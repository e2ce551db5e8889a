/**
 * The module a failed `require` could not find (a dependency that did not install), else undefined.
 * Commands and their heavy dependencies load when used, so a partial install shows here, not at start.
 */
export function missingDependency(e: unknown): string | undefined {
  const error = e as { code?: unknown; message?: unknown } | null;
  if (error?.code !== "MODULE_NOT_FOUND") return undefined;
  return /Cannot find module '([^']+)'/.exec(String(error.message))?.[1];
}

/** What the user reads about it: the same words as bin/trustspec.js, which checks the CLI's own modules. */
export function missingDependencyMessage(name: string): string {
  return `trustspec cannot load its dependency ${name}: reinstall trustspec (npm install, or npm ci in a clone).\n`;
}
