import { dirname, isAbsolute, join, relative, sep } from "node:path";

/**
 * Jest's configuration for a run: the preset, rooted at the project, with the folder of every
 * selected spec outside it as a further root (Jest only runs test files under its roots). The
 * inference cache, wherever the config puts it, is left out of Jest's file map as the preset leaves
 * out .trustspec/: it holds a file per model call, which Jest would otherwise stat on every run.
 */
export function jestConfig(
  rootDir: string,
  specs: readonly string[],
  cacheDir: string | undefined,
): Record<string, unknown> {
  const preset = require(join(__dirname, "..", "..", "jest-preset.js")) as Record<string, unknown>;
  const inside = (dir: string, file: string) =>
    !relative(dir, file).startsWith("..") && !isAbsolute(relative(dir, file));
  const roots = [rootDir];
  for (const spec of specs) {
    if (!roots.some((r) => inside(r, spec))) roots.push(dirname(spec));
  }
  const ignored = [...((preset.modulePathIgnorePatterns as string[] | undefined) ?? [])];
  // Unless a spec is in it (a cache at the project's root, say), where Jest must still find the spec.
  if (cacheDir !== undefined && !specs.some((spec) => inside(cacheDir, spec))) {
    ignored.push(`${cacheDir}${sep}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  }
  return {
    ...preset,
    rootDir,
    roots,
    testPathIgnorePatterns: ["/node_modules/", "/\\.trustspec/"],
    modulePathIgnorePatterns: ignored,
  };
}
