/**
 * The trustspec Jest preset: `preset: "trustspec"` in a project's jest.config makes Jest run
 * `*.trust.yaml` specs directly. The runner does the inference of every selected spec first (one
 * model load per run, batched, cached); the transformer turns each spec into a suite that asserts
 * its gates. See docs/running.md.
 */
const { join, sep } = require("node:path");

module.exports = {
  testMatch: ["**/*.trust.yaml"],
  moduleFileExtensions: ["js", "json", "yaml"],
  transform: { "\\.trust\\.yaml$": join(__dirname, "dist", "jest", "transform.js") },
  // trustspec's own runtime is plain JavaScript: Jest loads it as it is, as it loads node_modules (where
  // an installed trustspec is anyway), instead of hashing and caching a copy of each file for every suite.
  transformIgnorePatterns: [
    "/node_modules/",
    "\\.pnp\\.[^\\/]+$",
    pathPattern(join(__dirname, "dist") + sep),
    pathPattern(join(__dirname, "reporters") + sep),
  ],
  // What runs leave in the project's .trustspec/ (the inference cache: a file per model call; the run
  // directories) is no module of any test: Jest's file map would stat every one of them on every run.
  modulePathIgnorePatterns: ["<rootDir>/\\.trustspec/"],
  runner: join(__dirname, "dist", "jest", "runner.js"),
  // Spec files run on trustspec's own framework (describe, test, beforeAll, afterAll), not jest-circus.
  testRunner: join(__dirname, "dist", "jest", "test-framework.js"),
  // Jest's own report, then the trust scorecard (terminal, JSON, Markdown, HTML, JUnit).
  reporters: ["default", join(__dirname, "reporters", "scorecard.js")],
  testEnvironment: "node",
  // Jest caches each transformed spec, rendered prompts included: in the project's private .trustspec/
  // (the runner makes it owner-only), not the system temp folder, where Jest's default is world-readable.
  cacheDirectory: `<rootDir>/${require("./dist/jest/jest-cache.js").JEST_CACHE}`,
  // Suites only read cached results, but a first cold run of a large spec may judge many outputs.
  testTimeout: 120000,
};

/** A path as a regular expression that matches exactly it. */
function pathPattern(path) {
  return path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
