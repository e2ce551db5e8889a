import { join, resolve } from "node:path";

/**
 * The preset's transformIgnorePatterns: Jest loads trustspec's own runtime (dist/, the reporter) as it
 * is, as it loads node_modules — it used to hash and cache a copy of each of its files for every suite —
 * while every spec is still transformed, wherever the project or trustspec is.
 */
const repo = resolve(__dirname, "..", "..");
const preset = require(join(repo, "jest-preset.js")) as { transformIgnorePatterns: string[]; transform: object };
const ignored = (file: string) => preset.transformIgnorePatterns.some((p) => new RegExp(p).test(file));

it("leaves trustspec's runtime and reporter untransformed, with Jest's own defaults", () => {
  expect(ignored(join(repo, "dist", "jest", "suite.js"))).toBe(true);
  expect(ignored(join(repo, "reporters", "scorecard.js"))).toBe(true);
  expect(ignored("/project/node_modules/trustspec/dist/jest/suite.js")).toBe(true);
  expect(ignored("/project/.pnp.cjs")).toBe(true);
});

it("transforms every spec, also one in a folder named like trustspec's", () => {
  for (const spec of [
    "/project/specs/mc1.trust.yaml",
    join(repo, "specs", "truthfulness", "mc1.trust.yaml"),
    `${join(repo, "dist")}-old/x.trust.yaml`,
  ]) {
    expect(ignored(spec)).toBe(false);
  }
});
