import type { JudgeEquals, JudgeStartsWith } from "../spec/schema-types.generated";
import { itemField } from "./item-field";
import { type CheckVerdict, passVerdict } from "./verdict";

/**
 * `equals` and `starts_with`: the output (after post-processing, nothing trimmed) equals, or starts
 * with, the judge's `value` or the item's `field` — case-insensitive unless `case_sensitive`.
 */
export function judgeTextMatch(
  judge: JudgeEquals | JudgeStartsWith,
  output: string,
  fields: Readonly<Record<string, unknown>>,
): CheckVerdict {
  const fold = (s: string) => (judge.case_sensitive ? s : s.toLowerCase());
  const expected = fold(judge.value ?? fieldText(itemField(fields, judge.field as string, judge.kind, "field"), judge));
  const text = fold(output);
  return passVerdict(judge.kind === "equals" ? text === expected : text.startsWith(expected));
}

function fieldText(value: unknown, judge: JudgeEquals | JudgeStartsWith): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(
    `${judge.kind} judge: the field "${judge.field}" must hold a text or a number, not ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}`,
  );
}
