import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import { listRuns } from "../run/run-dirs";

/**
 * The run directory a scorecard.json came from, where its items are: the file's own folder when that
 * is a run directory, else the run under `<root>/.trustspec/runs/` whose scorecard.json was written at
 * the same moment (a run writes one scorecard to its directory and to reports/, with one `created`).
 * Undefined for a scorecard of no run at hand — merged from shards, or copied from another machine.
 */
export function scorecardRun(path: string, root: string): string | undefined {
  const own = dirname(path);
  if (existsSync(join(own, "manifest.json"))) return own;
  const created = createdOf(path);
  if (created === undefined) return undefined;
  return listRuns(root).find((run) => createdOf(join(run, "scorecard.json")) === created);
}

/** A scorecard's `created`, read from the top of the file (it comes third), without parsing the whole. */
function createdOf(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const head = Buffer.alloc(1024);
    const read = readSync(fd, head, 0, head.length, 0);
    return /"created":\s*"([^"]+)"/.exec(head.subarray(0, read).toString("utf8"))?.[1];
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
