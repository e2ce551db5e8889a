import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { removeStaleReports } from "../report/write-reports";
import { markInterrupted } from "../run/interrupted";
import { listRuns } from "../run/run-dirs";
import type { CliIO } from "./io";

export interface GuardedRun {
  /** The project root (its `.trustspec/runs/` holds the run directories). */
  readonly root: string;
  readonly runDir: string;
  /** Where the run's reporter writes the scorecard files. */
  readonly reportsDir: string;
}

/**
 * Watches a `trustspec run` for an interruption (Ctrl-C, SIGTERM, SIGHUP, a closed output pipe). An
 * interrupted run writes no scorecard, and the previous run's reports, left in place, were taken for
 * its own — `trustspec report` re-rendered them as current. So the interruption is noted in the run
 * directory (which `trustspec report` then refuses to look past), the report files older than this
 * run are removed, and the run says so before the process exits (130, 143, 129; 141 quietly for a
 * closed pipe). Returns the function that ends the watch: call it when the run has written its reports.
 */
export function guardRun(io: CliIO, run: GuardedRun): () => void {
  const started = Date.now();
  const unwatch = io.onInterrupt?.((why) => {
    const say = (text: string) => {
      if (why.cause !== "EPIPE") io.stderr(text);
    };
    // Report files older than this run are stale even when it got as far as writing some of its own.
    const removed = removeStaleReports(run.reportsDir, started);
    if (existsSync(join(run.runDir, "scorecard.json"))) {
      say(`\ntrustspec run: interrupted (${why.cause}) after the scorecard was written\n`);
      return;
    }
    markInterrupted(run.runDir, why.cause);
    say(`\ntrustspec run: interrupted (${why.cause}); no scorecard was written\n`);
    if (removed.length === 0) return;
    const previous = listRuns(run.root)
      .map((dir) => join(dir, "scorecard.json"))
      .find((path) => existsSync(path));
    const shown = (path: string) => relative(io.cwd, path) || path;
    say(
      `  the previous run's reports were removed from ${shown(run.reportsDir)}/ so they are not taken for this run's${
        previous
          ? `;\n  its scorecard stays in ${shown(previous)} ('trustspec report ${shown(previous)}' renders it)`
          : ""
      }\n`,
    );
  });
  return unwatch ?? (() => {});
}
