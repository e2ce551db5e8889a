import { readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Run directories are named `<ISO time>-<pid>`, so their names sort by age. */
const RUN_NAME = /^\d{4}-\d{2}-\d{2}T[\d-]+Z-\d+$/;

/** How many run directories a project keeps; older ones are removed when a run starts. */
export const KEEP_RUNS = 20;

/** A new run directory's path under `<root>/.trustspec/runs/`. */
export function newRunDir(root: string): string {
  return join(root, ".trustspec", "runs", `${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}`);
}

/** The run directories under `<root>/.trustspec/runs/`, newest first (none when there is no such folder). */
export function listRuns(root: string): string[] {
  const parent = join(root, ".trustspec", "runs");
  try {
    return readdirSync(parent, { withFileTypes: true })
      .filter((e) => e.isDirectory() && RUN_NAME.test(e.name))
      .map((e) => join(parent, e.name))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

/**
 * Removes the oldest run directories beside `runDir` so that at most `keep` remain with it; only
 * directories named like runs are ever touched.
 */
export function pruneRuns(runDir: string, keep = KEEP_RUNS): string[] {
  const parent = dirname(runDir);
  let names: string[];
  try {
    names = readdirSync(parent, { withFileTypes: true })
      .filter((e) => e.isDirectory() && RUN_NAME.test(e.name) && e.name !== basename(runDir))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
  const remove = names.slice(0, Math.max(0, names.length - (keep - 1)));
  for (const name of remove) rmSync(join(parent, name), { recursive: true, force: true });
  return remove;
}
