#!/usr/bin/env node

// Thin entry: all behaviour lives in src/cli (compiled to dist/ by `npm run build`, which `npm ci` runs).
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const main = join(__dirname, "..", "dist", "cli", "main.js");
if (!existsSync(main)) {
  process.stderr.write("trustspec is not built yet: run `npm run build` (npm ci does it for you).\n");
  process.exit(3);
}

/** A dependency that did not install (the build is there): name it, not the build. */
function failed(e) {
  const missing = e && e.code === "MODULE_NOT_FOUND" && /Cannot find module '([^']+)'/.exec(String(e.message));
  if (!missing) throw e;
  process.stderr.write(
    `trustspec cannot load its dependency ${missing[1]}: reinstall trustspec (npm install, or npm ci in a clone).\n`,
  );
  process.exit(3);
}

// Before anything else loads: the modules below then compile from V8's cached code (src/cli/compile-cache.ts).
const compileCache = join(__dirname, "..", "dist", "cli", "compile-cache.js");
if (existsSync(compileCache)) require(compileCache).enableCompileCache(process.cwd());

let cli;
try {
  cli = require(main);
} catch (e) {
  failed(e);
}
// Commands load when they run: a dependency missing below one shows here.
cli.main(process.argv.slice(2), require("../dist/cli/io.js").processIO()).then((code) => {
  process.exitCode = code;
  // The command is done: end once its output is written, not when the last timer fires (Jest's
  // reporters leave one behind, up to 0.1 s). A closed pipe's error ends it with 141 (src/cli/interrupts.ts).
  process.stdout.write("", (e) => e || process.stderr.write("", (f) => f || process.exit(code)));
}, failed);
