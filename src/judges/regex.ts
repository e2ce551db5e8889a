import type { JudgeRegex } from "../spec/schema-types.generated";
import { type CheckVerdict, passVerdict } from "./verdict";

/**
 * `regex`: passes when the pattern matches somewhere in the output. Compiled once per judge (validation
 * has already compiled it with its flags, so a bad pattern never reaches a run).
 */
export function regexJudge(judge: JudgeRegex): (output: string) => CheckVerdict {
  const regex = new RegExp(judge.pattern, judge.flags ?? "");
  return (output) => passVerdict(regex.test(output));
}
