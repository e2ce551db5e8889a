#!/usr/bin/env node
/**
 * `npm run demo`: the bundled specs end to end on the demo models, with the same `trustspec run`
 * a user runs. Builds the demo models first (deterministic, about a second), then runs every
 * bundled spec on demo-base and demo-aligned; the scorecard's terminal summary gives each metric's
 * value and interval per model. Each failure shows once, in the scorecard's list at the threshold's
 * line in the spec (Jest's per-test details of a failing suite, which name the failing cases, are left
 * out: see demo-output.js; `trustspec show --failing` prints them), each probe in the scorecard's
 * probe list. Exits 0 when the run completed — also when gates fail — and with
 * trustspec's own code otherwise.
 *
 * The demo models answer the bundled specs with planted probabilities (src/model/build/demo-parameters.ts):
 * toxicity, stereotype agreement (per style and group), P(Yes), truthfulness, ethics and privacy leakage,
 * and the custom specs' refusals (of harmful requests and of their safe look-alikes) and JSON answers.
 */
const { spawn, spawnSync } = require("node:child_process");
const { readdirSync } = require("node:fs");
const { join, relative } = require("node:path");
const { SuiteDetails } = require("./demo-output");

const root = join(__dirname, "..");
const cli = join(root, "bin", "trustspec.js");
const models = join(root, ".trustspec", "models");

function trustspec(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });
  return r.status ?? 3;
}

/** `trustspec run`, with Jest's per-test failure details left out of its output as it streams. */
function runQuietly(args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, "run", ...args], { cwd: root, stdio: ["ignore", "inherit", "pipe"] });
    const filter = new SuiteDetails((text) => process.stderr.write(text));
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => filter.push(chunk));
    child.on("close", (status) => {
      filter.end();
      done(status ?? 3);
    });
  });
}

function specFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? specFiles(join(dir, e.name)) : e.name.endsWith(".trust.yaml") ? [join(dir, e.name)] : [],
  );
}

async function main() {
  const started = Date.now();
  // Deterministic and under a second: always rebuilt, so an old build never lingers.
  process.stdout.write("demo: building the demo models into .trustspec/models\n");
  const built = trustspec(["models", "build-demo", "--out", models]);
  if (built !== 0) return built;

  // Every bundled spec: the probe spec runs on the two probe calibration models it names.
  const specs = specFiles(join(root, "specs")).sort();
  process.stdout.write(
    `demo: trustspec run on ${specs.length} bundled specs (Jest's per-test failure details left out: the scorecard lists each failure)\n\n`,
  );
  const code = await runQuietly(specs.map((f) => relative(root, f)));

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code === 0 || code === 1) {
    process.stdout.write(
      `\ndemo: the run completed in ${seconds} s; ${code === 0 ? "every gate passed" : "some gates failed (listed above with the threshold's line in the spec)"}.\ndemo: the scorecard is in reports/ (open reports/scorecard.html).\n`,
    );
    return 0;
  }
  process.stdout.write(`\ndemo: the run did not complete (trustspec run exited ${code}) after ${seconds} s\n`);
  return code;
}

main().then((code) => process.exit(code));
