import { describeProbeOutcome } from "../probe/describe-probe";
import type { ProbeOutcome } from "../probe/probe-outcome";
import { fmt } from "../probe/probe-property";
import type { ScorecardProbe } from "./scorecard";

/**
 * A scorecard probe in words, as the probe's own test failure says it (describeProbeOutcome): what
 * held or broke on how many runs, and for a counterexample its slot values, the swapped pair, every
 * measure, seed, path and the command that replays it. Every text format and the gate's message use it.
 */
export function probeLines(p: ScorecardProbe): string[] {
  if (p.kind === "error") return [`probe "${p.name}" could not run: ${p.error}`];
  const replay = p.kind === "case" ? p.counterexample?.replay : undefined;
  return describeProbeOutcome(outcomeOf(p), replay !== undefined ? () => replay : undefined);
}

/** The probe's result in a few words, for a table cell or a list line: "holds on 100 of 100 runs". */
export function probeResult(p: ScorecardProbe): string {
  switch (p.kind) {
    case "error":
      return `could not run: ${p.error}`;
    case "gap":
      return `${p.verdict === "pass" ? "holds" : "fails"} over ${p.runs} runs: ${p.reason}`;
    case "case": {
      const c = p.counterexample;
      if (c) return `fails after ${p.runs} of ${p.plannedRuns} runs and ${plural(p.shrinks, "shrink")}: ${c.reason}`;
      const seen = p.property.kind === "invariant" ? "largest difference" : "smallest difference";
      return `${p.verdict === "pass" ? "holds" : "fails"} on ${p.runs} of ${p.plannedRuns} runs (${seen} ${fmt(p.worst)})`;
    }
  }
}

/** The command that replays what the probe found: its counterexample when it has one, else the whole probe. */
export function probeReplay(p: ScorecardProbe): string {
  return p.kind === "case" && p.counterexample ? p.counterexample.replay : p.replay;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The probe's outcome again, for describeProbeOutcome: the scorecard holds every field it had. */
function outcomeOf(p: Exclude<ScorecardProbe, { kind: "error" }>): ProbeOutcome {
  const base = {
    name: p.name,
    property: p.property,
    seed: p.seed,
    plannedRuns: p.plannedRuns,
    measured: p.measured,
    rounds: p.rounds,
    holds: p.verdict === "pass",
    runs: p.runs,
  };
  if (p.kind === "gap") return { ...base, kind: "gap", means: p.means, pair: p.pair, gap: p.gap, reason: p.reason };
  const c = p.counterexample;
  return {
    ...base,
    kind: "case",
    shrinks: p.shrinks,
    worst: p.worst,
    ...(c
      ? {
          counterexample: {
            fillers: c.fillers,
            pair: c.pair,
            reason: c.reason,
            renderings: c.renderings,
            path: c.path,
          },
        }
      : {}),
    ...(p.replayed !== undefined ? { replayed: p.replayed } : {}),
  };
}
