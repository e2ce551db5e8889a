import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A run directory's note that its run was interrupted before its scorecard. */
export interface RunInterruption {
  /** The signal (SIGINT, SIGTERM, SIGHUP) or EPIPE (its output pipe closed). */
  readonly cause: string;
  /** When, as an ISO time. */
  readonly at: string;
}

const FILE = "interrupted.json";

/** Notes in the run directory that the run was interrupted, so readers do not look past it for an older scorecard. */
export function markInterrupted(runDir: string, cause: string, at = new Date()): void {
  mkdirSync(runDir, { recursive: true });
  const note: RunInterruption = { cause, at: at.toISOString() };
  writeFileSync(join(runDir, FILE), `${JSON.stringify(note)}\n`);
}

/** The run directory's interruption note, if its run was interrupted (and the note is readable). */
export function readInterrupted(runDir: string): RunInterruption | undefined {
  try {
    const note = JSON.parse(readFileSync(join(runDir, FILE), "utf8")) as Partial<RunInterruption> | null;
    return typeof note?.cause === "string" && typeof note.at === "string"
      ? { cause: note.cause, at: note.at }
      : undefined;
  } catch {
    return undefined;
  }
}
