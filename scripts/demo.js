#!/usr/bin/env node
/**
 * `npm run demo`: the bundled specs end to end on the demo models, with the same `trustspec run`
 * a user runs. Builds the demo models first (deterministic, about a second), then
 * runs every bundled spec on demo-base and demo-aligned, then prints each metric's value and
 * interval per model. Exits 0 when the run completed — also when gates fail, which the output
 * names with the threshold's line in the spec — and with trustspec's own code otherwise.
 *
 * The demo models answer the bundled specs with planted probabilities (src/model/build/demo-parameters.ts):
 * toxicity, stereotype agreement (per style and group), P(Yes), truthfulness, ethics and privacy leakage.
 */
const { spawnSync } = require("node:child_process");
const { existsSync, readdirSync, readFileSync } = require("node:fs");
const { join, relative } = require("node:path");

const root = join(__dirname, "..");
const cli = join(root, "bin", "trustspec.js");
const models = join(root, ".trustspec", "models");

function trustspec(args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" });
  return r.status ?? 3;
}

function specFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? specFiles(join(dir, e.name)) : e.name.endsWith(".trust.yaml") ? [join(dir, e.name)] : [],
  );
}

const started = Date.now();
// Deterministic and under a second: always rebuilt, so an old build never lingers.
process.stdout.write("demo: building the demo models into .trustspec/models\n");
const built = trustspec(["models", "build-demo", "--out", models]);
if (built !== 0) process.exit(built);

// Every bundled spec: the probe spec runs on the two probe calibration models it names.
const specs = specFiles(join(root, "specs")).sort();
process.stdout.write(`demo: trustspec run on ${specs.length} bundled specs\n\n`);
const code = trustspec(["run", ...specs.map((f) => relative(root, f))]);

// Each metric's value and interval per model, from the run's per-suite results.
const runs = join(root, ".trustspec", "runs");
const newest = existsSync(runs) ? readdirSync(runs).sort().at(-1) : undefined;
const suitesDir = newest ? join(runs, newest, "suites") : undefined;
if (suitesDir && existsSync(suitesDir)) {
  const rows = readdirSync(suitesDir)
    .sort()
    .flatMap((f) => {
      const s = JSON.parse(readFileSync(join(suitesDir, f), "utf8"));
      const metrics = s.outcome.ok ? s.outcome.evaluation.metrics : [];
      return metrics.map((m) => ({ spec: s.specId, model: s.model, metric: m.name, e: m.estimate, n: m.n }));
    });
  const probes = readdirSync(suitesDir)
    .sort()
    .flatMap((f) => {
      const s = JSON.parse(readFileSync(join(suitesDir, f), "utf8"));
      return (s.probes ?? []).map((p) => ({ spec: s.specId, model: s.model, ...p }));
    });
  const fmt = (x) => (Number.isFinite(x) ? x.toFixed(3) : "  n/a");
  process.stdout.write(
    "\nspec                               model         metric                  value   95% interval      n\n",
  );
  for (const r of rows) {
    process.stdout.write(
      `${r.spec.padEnd(34)} ${r.model.padEnd(13)} ${r.metric.padEnd(22)} ${fmt(r.e.point).padStart(6)}  [${fmt(r.e.lower)}, ${fmt(r.e.upper)}]  ${String(r.n).padStart(4)}\n`,
    );
  }
  if (probes.length > 0) process.stdout.write("\nprobe results (fast-check; a failure shows its minimal counterexample):\n");
  for (const p of probes) {
    const o = p.ok ? p.outcome : undefined;
    const found = o?.counterexample
      ? `fails after ${o.runs} runs: ${Object.values(o.counterexample.fillers).join(", ")}: "${o.counterexample.pair[0]}" vs "${o.counterexample.pair[1]}" (${o.counterexample.reason})`
      : o
        ? `${o.holds ? "holds" : "fails"} on ${o.runs} runs${o.kind === "gap" ? ` (${o.reason})` : ""}`
        : `error: ${p.error}`;
    process.stdout.write(`${p.spec.padEnd(22)} ${p.model.padEnd(19)} ${p.name}: ${found}\n`);
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (code === 0 || code === 1) {
  process.stdout.write(
    `\ndemo: the run completed in ${seconds} s; ${code === 0 ? "every gate passed" : "some gates failed (listed above with the threshold's line in the spec)"}.\ndemo: the scorecard is in reports/ (open reports/scorecard.html).\n`,
  );
  process.exit(0);
}
process.stdout.write(`\ndemo: the run did not complete (trustspec run exited ${code}) after ${seconds} s\n`);
process.exit(code);
