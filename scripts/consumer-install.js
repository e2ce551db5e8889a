#!/usr/bin/env node
/**
 * `node scripts/consumer-install.js`: installs trustspec in an empty project the way the README tells
 * users to, offline, and uses it there: `npm pack` (of the built dist/), an empty project whose
 * package.json declines onnxruntime-node's install script (`allowScripts`), the install, then
 * `trustspec --help` (its docs path must exist there), `init`, `validate`, `models build-demo`
 * (into models/base and models/candidate, the scaffold config's models) and `run`. Each step's exit
 * code is checked; `run` must end 0 (every gate passed) or 1 (a gate failed) with a scorecard written.
 *
 * Offline: no step reaches a registry. npm resolves version ranges from the registry's metadata,
 * which `npm ci` does not cache (only tarballs), so the project gets a lockfile that pins trustspec's
 * dependencies to the versions of our own package-lock.json (what `npm install trustspec` resolved to
 * when it was written) and installs with `npm ci --offline` from the cache `npm ci` filled. With the
 * install script allowed, onnxruntime-node would try to download CUDA binaries and fail here.
 *
 * Exit codes: 0 every step as expected, 1 a step failed (its output is printed), 2 dist/ is not built.
 */
const { spawnSync } = require("node:child_process");
const { createHash } = require("node:crypto");
const { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join, resolve } = require("node:path");

const repo = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(repo, "package.json"), "utf8"));
const started = Date.now();

if (!existsSync(join(repo, "dist", "cli", "main.js"))) {
  process.stderr.write("consumer-install: dist/ is not built; run `npm run build` first\n");
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "trustspec-consumer-"));
const project = join(work, "project");
mkdirSync(project);
// Without onnxruntime-node's own switch, so that the project's allowScripts is what keeps it offline.
const env = { ...process.env, NO_COLOR: "1", npm_config_audit: "false", npm_config_fund: "false" };
delete env.ONNXRUNTIME_NODE_INSTALL;
for (const key of Object.keys(env)) if (key.startsWith("TRUSTSPEC_")) delete env[key];

/** Runs one step; returns its output, or ends the check when its exit code is not an expected one. */
function step(name, command, args, { cwd = project, codes = [0] } = {}) {
  const t = Date.now();
  const r = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: 300_000 });
  const code = r.status ?? -1;
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  process.stdout.write(`consumer-install: ${name}: exit ${code} (${((Date.now() - t) / 1000).toFixed(1)} s)\n`);
  if (!codes.includes(code)) {
    process.stdout.write(`${output}${r.error ? `${r.error.message}\n` : ""}`);
    fail(`${name} exited ${code}; expected ${codes.join(" or ")}`);
  }
  return { code, output };
}

function fail(message) {
  process.stdout.write(`consumer-install: FAILED: ${message} (left in ${work})\n`);
  process.exit(1);
}

// 1. The package, as it would be published (dist/ as built; no prepare script).
const packed = step("npm pack", "npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], {
  cwd: repo,
});
const tarball = packed.output.trim().split("\n").at(-1);
const tarballPath = join(work, tarball);
if (!tarball || !existsSync(tarballPath)) fail(`npm pack wrote no tarball (said: ${packed.output.trim()})`);

// 2. An empty project that installs trustspec as the README says, and its lockfile (see above).
const spec = `file:../${tarball}`;
writeFileSync(
  join(project, "package.json"),
  `${JSON.stringify(
    {
      name: "trustspec-consumer",
      version: "1.0.0",
      private: true,
      devDependencies: { trustspec: spec },
      allowScripts: { "onnxruntime-node": false },
    },
    null,
    2,
  )}\n`,
);
const ours = JSON.parse(readFileSync(join(repo, "package-lock.json"), "utf8"));
const integrity = `sha512-${createHash("sha512").update(readFileSync(tarballPath)).digest("base64")}`;
const dependencies = Object.fromEntries(
  Object.entries(ours.packages).filter(([path, entry]) => path.startsWith("node_modules/") && !entry.dev),
);
writeFileSync(
  join(project, "package-lock.json"),
  `${JSON.stringify(
    {
      name: "trustspec-consumer",
      version: "1.0.0",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": { name: "trustspec-consumer", version: "1.0.0", devDependencies: { trustspec: spec } },
        "node_modules/trustspec": {
          version: pkg.version,
          resolved: spec,
          integrity,
          dev: true,
          license: pkg.license,
          dependencies: pkg.dependencies,
          bin: pkg.bin,
          engines: pkg.engines,
        },
        ...Object.fromEntries(Object.entries(dependencies).map(([path, entry]) => [path, { ...entry, dev: true }])),
      },
    },
    null,
    2,
  )}\n`,
);
step("npm ci --offline", "npm", ["ci", "--offline"]);
const installed = join(project, "node_modules", "trustspec", "package.json");
if (!existsSync(installed)) fail("node_modules/trustspec is missing after the install");

// 3. The CLI there: help, scaffold, validate, demo models as the scaffold's two models, run.
const trustspec = (args, codes) =>
  step(`trustspec ${args.join(" ")}`, "npx", ["--offline", "trustspec", ...args], { codes });
const help = trustspec(["--help"]);
const docs = /^Docs: (.+)$/m.exec(help.output)?.[1];
if (!docs || !existsSync(resolve(project, docs))) fail(`--help names docs at ${docs}, which does not exist there`);
trustspec(["init"]);
trustspec(["validate"]);
trustspec(["models", "build-demo", "--out", "models"]);
renameSync(join(project, "models", "demo-base"), join(project, "models", "base"));
renameSync(join(project, "models", "demo-aligned"), join(project, "models", "candidate"));
const run = trustspec(["run"], [0, 1]);
const scorecard = join(project, "reports", "scorecard.json");
if (!existsSync(scorecard)) fail("trustspec run wrote no reports/scorecard.json");
const card = JSON.parse(readFileSync(scorecard, "utf8"));
if ((run.code === 0) !== card.gate.pass)
  fail(`trustspec run exited ${run.code} but the scorecard's gate pass is ${card.gate.pass}`);

rmSync(work, { recursive: true, force: true });
process.stdout.write(
  `consumer-install: ok in ${((Date.now() - started) / 1000).toFixed(1)} s (trustspec run exited ${run.code}: ${card.gate.pass ? "every gate passed" : `${card.gate.failures.length} gate failures`})\n`,
);
