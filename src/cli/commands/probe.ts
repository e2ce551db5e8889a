import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { compileSpecFile } from "../../compile/compile-spec-file";
import type { PlanProbe } from "../../compile/plan";
import { probesOn } from "../../compile/test-names";
import { ModelError } from "../../model/model-error";
import { describeProbeOutcome, replayCommand } from "../../probe/describe-probe";
import { openCache } from "../../run/cache";
import type { ModelTarget } from "../../run/infer";
import { probeModel } from "../../run/probe-phase";
import { planTargets, resolveOverride } from "../../run/targets";
import { diskFiles } from "../../spec/file-access";
import { formatProblem } from "../../spec/format-problems";
import { parseCommand } from "../args";
import { remoteScoreProblems } from "../check-remote";
import type { Command } from "../command";
import { EXIT } from "../io";

export const probeCommand: Command = {
  name: "probe",
  summary: "run a spec's bias probes directly, or replay one counterexample",
  help: `Usage: trustspec probe SPEC [--probe NAME] [--model NAME|DIR] [--seed N] [--path P] [options]

Runs the property-based probes of one spec (outside Jest) on its models and prints what
each found: the runs it held on, or the minimal counterexample it shrank to, with every
measure. A failing probe in \`trustspec run\` prints the command that replays it:
  trustspec probe specs/bias/occupation-probe.trust.yaml --probe 'agreement does not depend on the group' \\
    --model demo-probe-biased --seed 7 --path 13:3
With --path, exactly that case is measured again (fast-check's replay path with the seed),
through the same inference cache, so it prints the same values.

Options:
  --probe NAME       run only this probe (default: every probe of the spec)
  --model NAME|DIR   the model to probe (default: the probe's models from the spec)
  --seed N           fast-check seed (default: the probe's seed)
  --path P           replay the case at this fast-check path (needs one probe)
  --runs N           fast-check runs (default: the probe's runs)
  --batch-size N     sequences per forward batch (results do not depend on it)
  --no-cache         ignore the inference cache
  --json             print the outcomes as JSON
  -h, --help         show this help

Exit codes: 0 every probe held, 1 a probe failed, 2 bad arguments or spec errors,
3 a runtime error (a model that fails to load, a rendering that does not fit).
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        probe: { type: "string" },
        model: { type: "string" },
        seed: { type: "string" },
        path: { type: "string" },
        runs: { type: "string" },
        "batch-size": { type: "string" },
        "no-cache": { type: "boolean" },
        json: { type: "boolean" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const v = args.values;
    const usage = (message: string) => {
      io.stderr(`trustspec probe: ${message}\nRun 'trustspec probe --help' for usage.\n`);
      return EXIT.specError;
    };
    if (args.positionals.length !== 1) return usage("give exactly one spec file");
    const whole = (name: string, min: number): number | undefined | string => {
      const raw = v[name];
      if (typeof raw !== "string") return undefined;
      const n = Number(raw);
      return Number.isInteger(n) && n >= min && n <= 4294967295 ? n : `--${name} takes a whole number ≥ ${min}`;
    };
    const seed = whole("seed", 0);
    const runs = whole("runs", 1);
    const batch = whole("batch-size", 1);
    for (const x of [seed, runs, batch]) if (typeof x === "string") return usage(x);
    const path = typeof v.path === "string" ? v.path : undefined;
    if (path !== undefined && !/^\d+(:\d+)*$/.test(path)) {
      return usage(`--path ${path} is not a fast-check path (numbers separated by ":", e.g. 13:3)`);
    }

    const compiled = compileSpecFile(args.positionals[0] as string, {
      files: diskFiles,
      cwd: io.cwd,
      modelOverride: typeof v.model === "string",
    });
    if (!compiled.ok) {
      io.stderr(`${compiled.message}\n\ntrustspec probe: fix the problems above; no model was run\n`);
      return EXIT.specError;
    }
    const { plan, config } = compiled;
    if (plan.probes.length === 0) return usage(`${plan.specId} has no probes`);
    const selected = typeof v.probe === "string" ? plan.probes.filter((p) => p.name === v.probe) : plan.probes;
    if (selected.length === 0) {
      return usage(
        `${plan.specId} has no probe named "${v.probe}"; its probes: ${plan.probes.map((p) => `"${p.name}"`).join(", ")}`,
      );
    }
    if (path !== undefined && selected.length !== 1)
      return usage("--path replays one case: name its probe with --probe");
    const override = typeof v.model === "string" ? resolveOverride(v.model, config, io.cwd) : undefined;
    if (override && override.remote === undefined && !diskFiles.isDirectory(override.dir)) {
      return usage(
        `--model ${v.model} is neither a model in the config (${Object.keys(config?.models ?? {}).join(", ") || "none"}) nor a directory`,
      );
    }
    const adjusted = (p: PlanProbe): PlanProbe => ({
      ...p,
      ...(typeof seed === "number" ? { seed } : {}),
      ...(typeof runs === "number" ? { runs } : {}),
    });
    const targets: { target: ModelTarget; probes: PlanProbe[] }[] = (
      override
        ? [override.remote !== undefined ? override : ({ name: override.name, dir: override.dir } as ModelTarget)]
        : planTargets(plan)
    )
      .map((target) => ({
        target,
        probes: (override
          ? selected
          : selected.filter((p) => probesOn(plan, { name: target.name, role: "candidate" }).includes(p))
        ).map(adjusted),
      }))
      .filter((t) => t.probes.length > 0);
    // A probe that scores cannot run on a chat endpoint: said at its measure, as validate says it.
    const source = (() => {
      try {
        return { [plan.file]: diskFiles.read(plan.file) };
      } catch {
        return {};
      }
    })();
    const cannotScore = remoteScoreProblems(
      [{ ...plan, query: undefined, probes: selected }],
      () => targets.map((t) => t.target),
      source,
      override?.name,
    );
    if (cannotScore.length > 0) {
      for (const p of cannotScore) io.stderr(`${formatProblem(p, source, io.cwd)}\n\n`);
      io.stderr("trustspec probe: fix the problems above; no model was run\n");
      return EXIT.specError;
    }

    const scratch =
      v["no-cache"] || config?.cache.enabled === false ? mkdtempSync(join(tmpdir(), "trustspec-probe-")) : undefined;
    const cacheDir = scratch ?? config?.cache.dir ?? join(io.cwd, ".trustspec", "cache");
    const options = {
      cache: openCache(cacheDir),
      batchSize: typeof batch === "number" ? batch : (config?.defaults.batchSize ?? 8),
      progress: { start: () => {}, advance: () => {}, finish: () => {} },
      fingerprintMemo: join(cacheDir, "fingerprints.json"),
    };
    const spec = relative(io.cwd, plan.file) || plan.file;
    let failed = false;
    let broken = false;
    const json: unknown[] = [];
    try {
      for (const { target, probes } of targets) {
        const model = override && v.model !== undefined ? (v.model as string) : target.name;
        const done = await probeModel(
          target,
          probes.map((probe) => ({ probe })),
          options,
          path,
        );
        done.results.forEach((r, i) => {
          const probe = probes[i] as PlanProbe;
          if ("error" in r) {
            broken = true;
            json.push({ model: target.name, probe: probe.name, error: r.error });
            if (!v.json) io.stderr(`${target.name}: probe "${probe.name}": ${r.error}\n`);
            return;
          }
          failed ||= !r.outcome.holds;
          json.push({ model: target.name, ...r.outcome });
          if (v.json) return;
          const replay = (p: string) => replayCommand({ spec, probe: probe.name, model, seed: probe.seed, path: p });
          const lines = describeProbeOutcome(r.outcome, replay);
          io.stdout(`${r.outcome.holds ? "✓" : "✗"} [${target.name}] ${lines.join("\n  ")}\n`);
        });
      }
    } catch (e) {
      if (e instanceof ModelError) {
        io.stderr(`${e.file}: error ${e.code}: ${e.message}\n  hint: ${e.hint}\n`);
        return EXIT.runtimeError;
      }
      throw e;
    } finally {
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
    if (v.json) io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return broken ? EXIT.runtimeError : failed ? EXIT.gateFailed : EXIT.ok;
  },
};
