import type { GateFailure } from "./scorecard";

/**
 * How many ways the gate failed, in words: "2 failures", and apart from them the suites that could
 * not be evaluated (a model that could not run…), "1 error" — those make the run exit 3, not 1.
 */
export function gateCount(failures: readonly GateFailure[]): string {
  const errors = failures.filter((f) => f.kind === "error").length;
  const others = failures.length - errors;
  const words = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [others > 0 ? words(others, "failure", "failures") : "", errors > 0 ? words(errors, "error", "errors") : ""]
    .filter((part) => part !== "")
    .join(", ");
}
