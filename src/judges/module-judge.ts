import { isAbsolute, relative } from "node:path";
import { DEFAULT_LIMITS, diskFiles } from "../spec/file-access";
import { describeError, type JudgeItem, type JudgeResult, loadJudgeModule } from "../spec/judge-module";
import type { JudgeModule } from "../spec/schema-types.generated";
import { type CheckVerdict, passVerdict, thresholdVerdict } from "./verdict";

/**
 * A `module` judge, ready to judge: its file loaded (once per worker, see spec/judge-module.ts) and its
 * function called on each output. Whatever goes wrong in the user's code — it throws, returns a
 * Promise, a score outside [0, 1], or something that is no verdict — is an error that names the file
 * and the item (never the output, which may hold a secret).
 */
export function moduleJudge(judge: JudgeModule): (output: string, item: JudgeItem) => CheckVerdict {
  const shown = shownPath(judge.path);
  const loaded = loadJudgeModule(
    judge.path,
    diskFiles.read(judge.path, { maxBytes: DEFAULT_LIMITS.specBytes }),
    judge.export,
  );
  if (!loaded.ok) throw new Error(`module judge ${shown}: ${loaded.message}; ${loaded.hint}`);
  const { fn } = loaded;
  return (output, item) => {
    let result: unknown;
    try {
      result = fn(
        output,
        Object.freeze({
          id: item.id,
          fields: Object.freeze({ ...item.fields }),
          conditions: Object.freeze({ ...item.conditions }),
        }),
      );
    } catch (e) {
      throw new Error(`module judge ${shown} failed on item ${item.id}: ${describeError(e, judge.path)}`);
    }
    return moduleVerdict(result, judge, (problem) => `module judge ${shown} on item ${item.id}: ${problem}`);
  };
}

/** A module function's result as a verdict; `fail` words an error. */
export function moduleVerdict(
  result: unknown,
  judge: Pick<JudgeModule, "threshold" | "below">,
  fail: (problem: string) => string,
): CheckVerdict {
  const score = (value: unknown, what: string): number => {
    if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
      throw new Error(fail(`${what} ${describe(value)} is not a score in [0, 1]`));
    }
    return value;
  };
  if (typeof result === "boolean") return passVerdict(result);
  if (typeof result === "number")
    return thresholdVerdict(score(result, "the returned"), judge.threshold ?? 0.5, judge.below ?? false);
  if (result !== null && typeof result === "object") {
    if (typeof (result as { then?: unknown }).then === "function") {
      throw new Error(fail("it returned a Promise, and judges are synchronous: return the verdict itself (no async)"));
    }
    const r = result as Partial<JudgeResult & object> & Record<string, unknown>;
    if (typeof r.pass !== "boolean") {
      throw new Error(
        fail(`it returned an object whose pass is ${describe(r.pass)}; return {pass: true | false, score?, reason?}`),
      );
    }
    if (r.score === undefined) return passVerdict(r.pass);
    return { kind: "check", pass: r.pass, score: score(r.score, "its score") };
  }
  throw new Error(
    fail(`it returned ${describe(result)}; return true / false, a score in [0, 1], or {pass, score?, reason?}`),
  );
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
