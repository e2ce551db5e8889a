import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { failingFirst, itemLines } from "../../report/describe-item";
import type { SuiteItems } from "../../report/item-record";
import { hasItems, ITEMS_DIR, readRunItems } from "../../report/items-file";
import { paintFor } from "../../report/paint";
import { scorecardRun } from "../../report/scorecard-run";
import { readSuiteResults } from "../../report/suite-result";
import { readInterrupted } from "../../run/interrupted";
import { listRuns } from "../../run/run-dirs";
import { diskFiles } from "../../spec/file-access";
import { findConfig, loadConfig } from "../../spec/load-config";
import { didYouMean } from "../../spec/suggest";
import { parseCommand } from "../args";
import type { Command } from "../command";
import { EXIT } from "../io";

/** Cases shown per spec and model unless --limit says otherwise. */
const DEFAULT_LIMIT = 10;

export const showCommand: Command = {
  name: "show",
  summary: "print what the models were given and wrote, case by case, in a run",
  help: `Usage: trustspec show [RUN_DIR|SCORECARD.json] [options]

Prints the cases of a run as it kept them (.trustspec/runs/<run>/items/): each case's
input (prompt or conversation), every output as generated and as post-processed with
the judge's verdict, or every choice's log-likelihood and the pick, and the gated
metrics it counts against (✗). Cases that count against one come first. Default: the
newest run; a scorecard.json names the run that wrote it. Secrets (a spec's redact
fields) are masked, whole and in part, as in the reports.

A case counts against a gated metric when the metric computed on it alone misses
the threshold: a toxic output, a leak, a wrong or unparsed answer, an agreement
with a stereotype (docs/running.md).

Options:
  --spec ID       only this spec (repeatable)
  --model NAME    only this model (repeatable)
  --failing       only the cases that count against a gated metric
  --limit N       at most N cases per spec and model (default ${DEFAULT_LIMIT}; 0: all)
  --json          one JSON object per case, as the items files hold them
  --config FILE   the config file (default: trustspec.config.yaml at or above .)
  -h, --help      show this help

A spec and model that could not evaluate (its model failed to load) kept no items:
it is named with its error.

Exit codes: 0 the cases were shown (also when none is failing), 2 no run, a run
without items, an unknown spec or model, only suites that did not evaluate, or bad
arguments.
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        spec: { type: "string", multiple: true, default: [] },
        model: { type: "string", multiple: true, default: [] },
        failing: { type: "boolean" },
        limit: { type: "string" },
        json: { type: "boolean" },
        config: { type: "string" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const v = args.values;
    const fail = (message: string) => {
      io.stderr(`trustspec show: ${message}\n`);
      return EXIT.specError;
    };
    const usage = (message: string) => fail(`${message}\nRun 'trustspec show --help' for usage.`);
    const limit = typeof v.limit === "string" ? Number(v.limit) : DEFAULT_LIMIT;
    if (!(Number.isInteger(limit) && limit >= 0)) return usage("--limit takes a whole number ≥ 0 (0: all)");
    if (args.positionals.length > 1) return usage("give one run directory or scorecard.json");

    const configFile = typeof v.config === "string" ? resolve(io.cwd, v.config) : findConfig(diskFiles, io.cwd);
    const config = configFile ? loadConfig(diskFiles, configFile).config : undefined;
    if (configFile && !config) return fail(`${configFile} has errors; run 'trustspec validate' to see them`);
    const root = config?.dir ?? io.cwd;
    const shown = (path: string) => relative(io.cwd, path) || path;

    const found = findRun(args.positionals[0], root, io.cwd);
    if ("problem" in found) return fail(found.problem);
    const runDir = found.runDir;
    if (!existsSync(join(runDir, "manifest.json")) && !hasItems(runDir)) {
      return fail(
        `${shown(runDir)} is not a run directory (it has no manifest.json); pass one under ${join(root, ".trustspec", "runs")}`,
      );
    }
    if (!hasItems(runDir)) return fail(noItems(runDir, shown(runDir)));
    const read = readRunItems(runDir);
    if (!read.ok) return fail(read.message);
    // Suites that could not evaluate (a model that failed to load) kept no items: say why, by name.
    const failed = readSuiteResults(runDir).flatMap((r) => (r.outcome.ok ? [] : [{ ...r, error: r.outcome.error }]));

    const wanted = (given: readonly string[], present: readonly string[], what: "spec" | "model") =>
      given.flatMap((g) => {
        if (present.includes(g)) return [];
        const why = failed.find((r) => (what === "spec" ? r.specId : r.model) === g);
        if (why) {
          return [`${why.specId} [${why.model}] kept no items: it was not evaluated: ${firstLine(why.error)}`];
        }
        return [`no ${what} ${g} in ${shown(runDir)}; ${didYouMean(g, present, `${what}s in it`)}`];
      });
    const specs = v.spec as string[];
    const models = v.model as string[];
    const unknown = [
      ...wanted(specs, [...new Set(read.suites.map((s) => s.spec))], "spec"),
      ...wanted(models, [...new Set(read.suites.map((s) => s.model))], "model"),
    ];
    if (unknown.length > 0) return fail(unknown.join("\n"));
    const chosen = (spec: string, model: string) =>
      (specs.length === 0 || specs.includes(spec)) && (models.length === 0 || models.includes(model));
    const suites = read.suites.filter((s) => chosen(s.spec, s.model));
    const broken = failed.filter((r) => chosen(r.specId, r.model));
    if (suites.length === 0 && broken.length > 0) {
      return fail(
        broken
          .map((r) => `${r.specId} [${r.model}] kept no items: it was not evaluated: ${firstLine(r.error)}`)
          .join("\n"),
      );
    }
    if (suites.length === 0) {
      return fail(
        `${shown(runDir)} has no items of ${specs.join(", ")} on ${models.join(", ")}: that spec did not run on that model`,
      );
    }

    io.stderr(`trustspec show: the items of ${shown(runDir)}\n`);
    const paint = paintFor(io);
    for (const suite of suites) {
      const selected = v.failing ? suite.items.filter((i) => i.failing.length > 0) : failingFirst(suite.items);
      const listed = limit === 0 ? selected : selected.slice(0, limit);
      if (v.json) {
        for (const item of listed) io.stdout(`${JSON.stringify(item)}\n`);
        continue;
      }
      io.stdout(`${paint.bold(`${suite.spec} [${suite.model}]`)}  ${paint.dim(counts(suite))}\n`);
      if (selected.length === 0) io.stdout(`  ${v.failing ? "no case counts against a gated metric" : "no cases"}\n`);
      for (const item of listed)
        io.stdout(
          `${itemLines(item, { paint })
            .map((l) => `  ${l}`)
            .join("\n")}\n`,
        );
      if (listed.length < selected.length) {
        io.stdout(`  ${paint.dim(`… ${selected.length - listed.length} more (--limit 0 shows all)`)}\n`);
      }
      io.stdout("\n");
    }
    for (const r of v.json ? [] : broken) {
      io.stdout(
        `${paint.bold(`${r.specId} [${r.model}]`)}  ${paint.error(`not evaluated: ${firstLine(r.error)}`)}\n\n`,
      );
    }
    return EXIT.ok;
  },
};

const firstLine = (text: string) => text.split("\n")[0] ?? "";

/** "90 cases, 25 count against leakage_rate". */
function counts(suite: SuiteItems): string {
  const failing = suite.items.filter((i) => i.failing.length > 0);
  const metrics = [...new Set(failing.flatMap((i) => i.failing))];
  const cases = `${suite.items.length} ${suite.items.length === 1 ? "case" : "cases"}`;
  if (failing.length === 0) return `${cases}, none counts against a gated metric`;
  return `${cases}, ${failing.length} ${failing.length === 1 ? "counts" : "count"} against ${metrics.join(", ")}`;
}

/** The run directory to read: the one given, the run that wrote a given scorecard.json, or the newest run. */
function findRun(
  given: string | undefined,
  root: string,
  cwd: string,
): { readonly runDir: string } | { readonly problem: string } {
  if (given === undefined) {
    const [newest] = listRuns(root);
    if (newest === undefined) {
      return {
        problem: `there is no run under ${join(root, ".trustspec", "runs")}; run 'trustspec run' first, or pass a run directory`,
      };
    }
    return { runDir: newest };
  }
  const path = resolve(cwd, given);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) {
    return {
      problem: `${given}: no such file or directory; pass a run directory (.trustspec/runs/<run>) or a scorecard.json`,
    };
  }
  if (stat.isDirectory()) return { runDir: path };
  if (!stat.isFile()) return { problem: `${given}: not a file or directory; pass a run directory or a scorecard.json` };
  const run = scorecardRun(path, root);
  if (run === undefined) {
    return {
      problem: `${given}: no run directory under ${join(root, ".trustspec", "runs")} wrote this scorecard (merged from shards, copied, or its run was pruned); pass the run directory whose items to show`,
    };
  }
  return { runDir: run };
}

/** Why a run directory has no items, as far as it tells. */
function noItems(runDir: string, shown: string): string {
  const interrupted = readInterrupted(runDir);
  const why = interrupted
    ? `its run was interrupted (${interrupted.cause} at ${interrupted.at}) before a suite finished`
    : `no suite of it finished evaluating (it ran before trustspec kept items, its models failed, or it is still running)`;
  return `${shown} has no items (${ITEMS_DIR}/): ${why}. Run 'trustspec run' again, or pass another run directory`;
}
