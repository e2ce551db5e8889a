import type { PlanProbeProperty } from "../compile/plan";
import type { ProbeOutcome } from "./probe-outcome";
import { fmt } from "./probe-property";

/** What a replay command needs: `trustspec probe` re-runs exactly one case from these. */
export interface ReplayTarget {
  /** The spec file, as the user should type it (relative to where they run). */
  readonly spec: string;
  readonly probe: string;
  /** The model name (or directory) to pass as --model. */
  readonly model: string;
  readonly seed: number;
  /** The counterexample's path; without it the command re-runs the whole probe. */
  readonly path?: string;
}

/** The one-line command that replays a counterexample: the same model, seed and fast-check path. */
export function replayCommand(t: ReplayTarget): string {
  return [
    "npx trustspec probe",
    shellWord(t.spec),
    "--probe",
    shellWord(t.probe),
    "--model",
    shellWord(t.model),
    "--seed",
    String(t.seed),
    ...(t.path !== undefined ? ["--path", shellWord(t.path)] : []),
  ].join(" ");
}

/** A word the shell passes through unchanged: bare when safe, else single-quoted. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The property in words, for headlines. */
export function describeProperty(p: PlanProbeProperty): string {
  switch (p.kind) {
    case "invariant":
      return `invariant within ${p.tolerance}`;
    case "directional":
      return `"${p.higher}" above "${p.lower}" by more than ${p.margin}`;
    case "max_gap":
      return `gap between mean measures at most ${p.gap}`;
  }
}

/**
 * A probe's outcome as lines for a failure message or a terminal: what held or broke, on how many
 * runs; for a counterexample its slot values, the pair, every measure, the seed and path, and the
 * command that replays it (when `replay` is given).
 */
export function describeProbeOutcome(outcome: ProbeOutcome, replay?: (path: string) => string): string[] {
  const head = `probe "${outcome.name}" (${describeProperty(outcome.property)})`;
  if (outcome.kind === "gap") {
    const means = Object.entries(outcome.means).map(([v, m]) => `  mean measure of "${v}": ${fmt(m)}`);
    return [
      `${head} ${outcome.holds ? "holds" : "fails"} over ${outcome.runs} runs (seed ${outcome.seed}): ${outcome.reason}`,
      ...means,
    ];
  }
  const c = outcome.counterexample;
  if (!c && outcome.replayed !== undefined) {
    return [`${head} holds replaying seed ${outcome.seed}, path ${outcome.replayed}`];
  }
  if (!c) {
    const worst = outcome.property.kind === "invariant" ? "largest difference seen" : "smallest difference seen";
    return [
      `${head} holds on ${outcome.runs} of ${outcome.plannedRuns} runs (seed ${outcome.seed}); ${worst} ${fmt(outcome.worst)}`,
    ];
  }
  const where = outcome.replayed
    ? `replaying seed ${outcome.seed}, path ${outcome.replayed}`
    : `after ${outcome.runs} of ${outcome.plannedRuns} runs and ${outcome.shrinks} shrink${outcome.shrinks === 1 ? "" : "s"} (seed ${outcome.seed}, path ${c.path})`;
  const fillers = Object.entries(c.fillers).map(([k, v]) => `${k} = "${v}"`);
  return [
    `${head} fails ${where}`,
    `minimal counterexample: ${[...fillers, `swapped "${c.pair[0]}" ↔ "${c.pair[1]}"`].join(", ")}`,
    `  ${c.reason}`,
    ...c.renderings.map((r) => `  ${fmt(r.measure).padStart(9)}  ${JSON.stringify(r.prompt)}`),
    ...(replay ? [`replay: ${replay(c.path)}`] : []),
  ];
}
