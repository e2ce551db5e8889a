import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A folder for one run's raw results, removed when the run is done with them. */
export interface ScratchDir {
  readonly dir: string;
  /** Removes the folder and everything in it; safe to call more than once. */
  remove(): void;
}

/**
 * Where a run keeps its raw model results when it must not keep them (`--no-cache`, or the cache
 * disabled): they hold whatever the models said, a privacy spec's planted secrets among them, so
 * they never go to the run directory (which stays, and holds only masked results). The folder is
 * the system temp folder's, owner-only (0700, and the cache writes its files 0600); the runner
 * removes it when the suites are done, and it goes on any exit of the process before that
 * (interrupted, an output pipe closed). Only a killed process (SIGKILL) leaves it behind.
 */
export function makeScratchDir(): ScratchDir {
  const dir = mkdtempSync(join(tmpdir(), "trustspec-results-"));
  const remove = (): void => {
    rmSync(dir, { recursive: true, force: true });
    process.off("exit", remove);
  };
  process.on("exit", remove);
  return { dir, remove };
}
