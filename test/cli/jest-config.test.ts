import { join } from "node:path";
import { jestConfig } from "../../src/cli/jest-config";

/**
 * The Jest configuration of `trustspec run`: the inference cache (a file per model call) and the rest of
 * .trustspec/ stay out of Jest's file map, which stats every file under its roots on every run — wherever
 * the config puts the cache, unless a selected spec is in it.
 */
const root = "/project";
const specs = [join(root, "specs", "mc1.trust.yaml")];

/** Whether Jest's file map leaves the path out (`<rootDir>` as Jest replaces it). */
function leftOut(config: Record<string, unknown>, path: string): boolean {
  const patterns = (config.modulePathIgnorePatterns as string[]).map((p) => p.replace("<rootDir>", root));
  return patterns.some((p) => new RegExp(p).test(path));
}

it("leaves .trustspec/ out of Jest's file map, and the specs and the project's other files in", () => {
  const config = jestConfig(root, specs, join(root, ".trustspec", "cache"));
  expect(leftOut(config, join(root, ".trustspec", "cache", "v1", "ab", `${"ab".repeat(32)}.json`))).toBe(true);
  expect(leftOut(config, join(root, ".trustspec", "runs", "r1", "manifest.json"))).toBe(true);
  for (const kept of [...specs, join(root, "data", "items.json"), join(root, "trustspec.json")]) {
    expect(leftOut(config, kept)).toBe(false);
  }
});

it("leaves out a cache the config puts elsewhere, unless a selected spec is in it", () => {
  const elsewhere = jestConfig(root, specs, join(root, "cache"));
  expect(leftOut(elsewhere, join(root, "cache", "v1", "ab", "x.json"))).toBe(true);
  expect(leftOut(elsewhere, join(root, "cached", "x.json"))).toBe(false);
  expect(leftOut(elsewhere, specs[0] as string)).toBe(false);
  const atRoot = jestConfig(root, specs, root);
  expect(leftOut(atRoot, specs[0] as string)).toBe(false);
});
