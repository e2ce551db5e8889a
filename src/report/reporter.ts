import { join, relative, resolve } from "node:path";
import type { AggregatedResult, Reporter, TestContext } from "@jest/reporters";
import type { Config } from "@jest/types";

import { RUN_DIR_ENV } from "../run/manifest";
import { diskFiles } from "../spec/file-access";
import { ALL_REPORT_FORMATS, CONFIG_ENV, findConfig, loadConfig, type ReportFormat } from "../spec/load-config";
import { version } from "../version";
import { buildScorecard } from "./build-scorecard";
import { baselineFromEnv } from "./external-baseline";
import { formatTerminal } from "./format-terminal";
import { githubAnnotations } from "./github";
import { readRunItems } from "./items-file";
import { paintFor } from "./paint";
import { readSuiteResults } from "./suite-result";
import { appendStepSummary, writeReports } from "./write-reports";

/** Reporter options in jest.config (`["trustspec/reporters/scorecard", { dir, formats }]`): override the config's `reports`. */
export interface ScorecardReporterOptions {
  readonly dir?: string;
  readonly formats?: readonly ReportFormat[];
}

/**
 * The trustspec Jest reporter: when the run ends, it builds the scorecard from the suites' results,
 * writes it in every configured format (reports/ by default: scorecard.json, .md, .html, junit.xml,
 * and a copy of the JSON in the run directory for `trustspec report`) with the items the suites kept
 * (the Markdown's failing items, the HTML's tables), prints the terminal summary,
 * and under GitHub Actions annotates each failed gate at its spec line and appends the Markdown to the
 * job summary. The gate itself is the suites' tests, so Jest's exit code already obeys it.
 */
export default class ScorecardReporter implements Pick<Reporter, "onRunComplete" | "getLastError"> {
  private error: Error | undefined;

  constructor(
    private readonly globalConfig: Config.GlobalConfig,
    private readonly options: ScorecardReporterOptions = {},
  ) {}

  onRunComplete(_contexts: Set<TestContext>, _results: AggregatedResult): void {
    const runDir = process.env[RUN_DIR_ENV];
    if (!runDir) return; // not a trustspec run (no spec was selected)
    const results = readSuiteResults(runDir);
    if (results.length === 0) return;
    try {
      const root = this.globalConfig.rootDir;
      const configFile = process.env[CONFIG_ENV] ? resolve(process.env[CONFIG_ENV]) : findConfig(diskFiles, root);
      const config = configFile ? loadConfig(diskFiles, configFile).config : undefined;
      const dir = this.options.dir ? resolve(root, this.options.dir) : (config?.reports.dir ?? join(root, "reports"));
      const formats = this.options.formats ?? config?.reports.formats ?? ALL_REPORT_FORMATS;
      const baseline = baselineFromEnv(process.env);
      const card = buildScorecard(results, {
        root: config?.dir ?? root,
        created: new Date().toISOString(),
        version: version(),
        ...(baseline ? { baseline } : {}),
      });
      writeReports(card, runDir, ["json"]);
      const items = readRunItems(runDir);
      if (!items.ok) process.stderr.write(`trustspec: the reports show no items: ${items.message}\n`);
      const shown = items.ok ? items.suites : [];
      const written = writeReports(card, dir, formats, shown).map((p) => relative(process.cwd(), p) || p);
      const env = process.env;
      if (formats.includes("terminal")) {
        const paint = paintFor({ env, isTTY: process.stderr.isTTY === true });
        process.stderr.write(formatTerminal(card, paint, written));
      }
      if (env.GITHUB_ACTIONS === "true") {
        process.stdout.write(githubAnnotations(card, { root: config?.dir ?? root, workspace: env.GITHUB_WORKSPACE }));
      }
      appendStepSummary(card, env, shown);
    } catch (e) {
      this.error = e instanceof Error ? e : new Error(String(e));
      process.stderr.write(`trustspec: the scorecard could not be written: ${this.error.message}\n`);
    }
  }

  getLastError(): Error | undefined {
    return this.error;
  }
}
