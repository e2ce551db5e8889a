import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { buildScorecard } from "../../report/build-scorecard";
import { formatTerminal } from "../../report/format-terminal";
import { githubAnnotations } from "../../report/github";
import type { SuiteItems } from "../../report/item-record";
import { readRunItems } from "../../report/items-file";
import { mergeScorecards } from "../../report/merge-scorecards";
import { paintFor } from "../../report/paint";
import { readScorecard, readScorecardResults } from "../../report/read-scorecard";
import type { Scorecard } from "../../report/scorecard";
import { scorecardRun } from "../../report/scorecard-run";
import { appendStepSummary, writeReports } from "../../report/write-reports";
import { readInterrupted } from "../../run/interrupted";
import { listRuns } from "../../run/run-dirs";
import { diskFiles } from "../../spec/file-access";
import { ALL_REPORT_FORMATS, findConfig, loadConfig, type ReportFormat } from "../../spec/load-config";
import { version } from "../../version";
import { parseCommand } from "../args";
import type { Command } from "../command";
import { EXIT } from "../io";

export const reportCommand: Command = {
  name: "report",
  summary: "re-render a scorecard, or merge the scorecards of sharded runs",
  help: `Usage: trustspec report [SCORECARD.json...] [options]

Renders a trust scorecard again in every format — terminal summary, scorecard.json,
scorecard.md, scorecard.html, junit.xml — from a scorecard.json that a run wrote
(default: the newest run's, under .trustspec/runs/; none when the newest run was
interrupted or wrote none, rather than an older run's). Given several (the scorecards
of \`trustspec run --shard 1/N\` … \`N/N\`), it merges them first: thresholds,
baseline comparisons (Holm-corrected across all of them) and the radar are then
those of the whole run. The exit code is the merged gate's. The Markdown's failing
cases and the HTML's tables of cases come from the run that wrote the scorecard, when
it is still under .trustspec/runs/ (trustspec show prints them).

Options:
  --out DIR        where to write (default: the config's reports.dir, else reports/)
  --baseline FILE  compare every model with this scorecard's results (e.g. the last
                   release's) in place of each spec's compare.baseline
  --format F       a format to write: terminal, json, md, html, junit (repeatable;
                   default: the config's reports.formats, else all)
  --config FILE    the config file (default: trustspec.config.yaml at or above .)
  -h, --help       show this help

Under GitHub Actions it annotates each failed gate at its spec line and appends the
Markdown scorecard to the job summary ($GITHUB_STEP_SUMMARY).

Exit codes: 0 the gate passed, 1 it failed, 2 a scorecard cannot be read (or the
newest run has none) or bad arguments.
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        out: { type: "string" },
        baseline: { type: "string" },
        format: { type: "string", multiple: true, default: [] },
        config: { type: "string" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const v = args.values;
    const fail = (message: string) => {
      io.stderr(`trustspec report: ${message}\n`);
      return EXIT.specError;
    };
    const formats = v.format as string[];
    const unknown = formats.filter((f) => !ALL_REPORT_FORMATS.includes(f as ReportFormat));
    if (unknown.length > 0) {
      return fail(
        `unknown format ${unknown.map((f) => `"${f}"`).join(", ")}; formats: ${ALL_REPORT_FORMATS.join(", ")}`,
      );
    }
    const configFile = typeof v.config === "string" ? resolve(io.cwd, v.config) : findConfig(diskFiles, io.cwd);
    const config = configFile ? loadConfig(diskFiles, configFile).config : undefined;
    if (configFile && !config) return fail(`${configFile} has errors; run 'trustspec validate' to see them`);
    const root = config?.dir ?? io.cwd;

    const paths = args.positionals.map((p) => resolve(io.cwd, p));
    if (paths.length === 0) {
      const newest = newestRunScorecard(root, io.cwd);
      if ("problem" in newest) return fail(newest.problem);
      paths.push(newest.path);
    }
    const cards: Scorecard[] = [];
    for (const path of paths) {
      const read = readScorecard(path);
      if (!read.ok) return fail(read.message);
      cards.push(read.card);
    }
    // Say which scorecard this is: a re-rendered one must not pass for the current run's.
    const shown = (path: string) => relative(io.cwd, path) || path;
    io.stderr(
      cards.length === 1
        ? `trustspec report: the scorecard of ${shown(paths[0] as string)}, written ${(cards[0] as Scorecard).created}\n`
        : `trustspec report: merging the ${cards.length} scorecards of ${paths.map(shown).join(", ")}\n`,
    );
    let card: Scorecard;
    try {
      card =
        cards.length === 1
          ? (cards[0] as Scorecard)
          : mergeScorecards(cards, { created: new Date().toISOString(), version: version() });
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
    if (typeof v.baseline === "string") {
      const read = readScorecardResults(resolve(io.cwd, v.baseline));
      if (!read.ok) return fail(`--baseline ${read.message}`);
      card = buildScorecard(card.results, {
        root: "",
        files: new Map(card.specs.map((s) => [s.id, s.file])),
        created: card.created,
        version: card.generator.version,
        sources: card.sources,
        baseline: { source: v.baseline, results: read.results },
      });
    }
    const items = runItems(paths, root);
    const chosen = formats.length > 0 ? (formats as ReportFormat[]) : (config?.reports.formats ?? ALL_REPORT_FORMATS);
    const out = typeof v.out === "string" ? resolve(io.cwd, v.out) : (config?.reports.dir ?? join(root, "reports"));
    const written = writeReports(card, out, chosen, items).map((p) => relative(io.cwd, p) || p);
    if (chosen.includes("terminal")) io.stdout(formatTerminal(card, paintFor(io), written));
    else for (const p of written) io.stdout(`wrote ${p}\n`);
    if (io.env.GITHUB_ACTIONS === "true")
      io.stdout(githubAnnotations(card, { root, workspace: io.env.GITHUB_WORKSPACE }));
    appendStepSummary(card, io.env, items);
    return card.gate.pass ? EXIT.ok : EXIT.gateFailed;
  },
};

/**
 * The items of the runs the scorecards came from (the Markdown's failing items, the HTML's tables):
 * none for a scorecard of no run at hand, each spec and model once.
 */
function runItems(paths: readonly string[], root: string): SuiteItems[] {
  const out: SuiteItems[] = [];
  for (const path of paths) {
    const run = scorecardRun(path, root);
    const read = run !== undefined ? readRunItems(run) : undefined;
    for (const suite of read?.ok ? read.suites : []) {
      if (!out.some((s) => s.spec === suite.spec && s.model === suite.model)) out.push(suite);
    }
  }
  return out;
}

/**
 * The newest run's scorecard.json — never an older run's when the newest has none (interrupted,
 * failed before its report, killed, or still running): that one would pass for the current result.
 */
function newestRunScorecard(root: string, cwd: string): { readonly path: string } | { readonly problem: string } {
  const [newest] = listRuns(root);
  if (newest === undefined) {
    return {
      problem: `no scorecard given and there is no run under ${join(root, ".trustspec", "runs")}; run 'trustspec run' first, or pass a scorecard.json`,
    };
  }
  const path = join(newest, "scorecard.json");
  if (existsSync(path)) return { path };
  const run = relative(cwd, newest) || newest;
  const interrupted = readInterrupted(newest);
  const what = interrupted
    ? `was interrupted (${interrupted.cause} at ${interrupted.at}) before it wrote a scorecard`
    : "has no scorecard: it failed before its report, was killed, or is still running";
  return {
    problem: `the newest run, ${run}, ${what}; an older run's scorecard is not shown in its place. Run 'trustspec run' again, or pass a scorecard.json to render that one`,
  };
}
