#!/usr/bin/env node

// Thin entry: all behaviour lives in src/cli (compiled to dist/ by `npm run build`, which `npm ci` runs).
let cli;
try {
  cli = require("../dist/cli/main.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("dist/cli/main")) {
    process.stderr.write("trustspec is not built yet: run `npm run build` (npm ci does it for you).\n");
    process.exit(3);
  }
  throw e;
}
cli.main(process.argv.slice(2), require("../dist/cli/io.js").processIO()).then((code) => {
  process.exitCode = code;
});
