import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ProbeOutcome, reviveProbeOutcome } from "../probe/probe-outcome";
import { describeRunError, type RunManifest } from "./manifest";

/** What one probe of one spec found on one model, or why it could not run. */
export type ProbeRun = {
  readonly specId: string;
  readonly model: string;
  readonly probe: string;
} & ({ readonly ok: true; readonly outcome: ProbeOutcome } | { readonly ok: false; readonly error: string });

const FILE = "probes.json";

/** The run's probe results, written by the inference phase for the suites (in any worker) to assert. */
export function writeProbeRuns(runDir: string, runs: readonly ProbeRun[]): void {
  // NaN (a measure that is not a number) survives as null; the suites treat it as not a number.
  mkdirSync(runDir, { recursive: true });
  writeFileSync(join(runDir, FILE), `${JSON.stringify(runs, null, 2)}\n`);
}

export function readProbeRuns(runDir: string): ProbeRun[] | undefined {
  const file = join(runDir, FILE);
  if (!existsSync(file)) return undefined;
  const runs = JSON.parse(readFileSync(file, "utf8")) as ProbeRun[];
  return runs.map((r) => (r.ok ? { ...r, outcome: reviveProbeOutcome(r.outcome) } : r));
}

/** The run's probe results as last read: a suite asks once per probe and test, the file is written once per run. */
let read: { runDir: string; runs: ProbeRun[] | undefined } | undefined;

/** The result of one probe on one model, from the run that ran it (errors say why there is none). */
export function loadProbeRun(
  specId: string,
  model: string,
  probe: string,
  manifest: RunManifest | undefined,
): ProbeRun {
  if (!manifest) {
    throw new Error(
      "no trustspec run is in progress (TRUSTSPEC_RUN_DIR is not set): run specs with `trustspec run`, or with Jest using the trustspec preset, whose runner runs the probes first",
    );
  }
  if (manifest.error) throw new Error(`the run could not query the models: ${describeRunError(manifest.error)}`);
  read ??= { runDir: manifest.runDir, runs: readProbeRuns(manifest.runDir) };
  if (read.runDir !== manifest.runDir) read = { runDir: manifest.runDir, runs: readProbeRuns(manifest.runDir) };
  const found = read.runs?.find((r) => r.specId === specId && r.model === model && r.probe === probe);
  if (!found) {
    throw new Error(
      `internal: the run's inference phase did not run probe "${probe}" of ${specId} on ${model} (was it selected?)`,
    );
  }
  return found;
}
