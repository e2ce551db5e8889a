import type { PostprocessStep } from "../spec/schema-types.generated";

/**
 * Applies a spec's `postprocess` steps, in order, to one generated text (docs/spec-reference.md,
 * "Post-processing"). Returns `undefined` when a `drop_empty` step drops the output: it is then not
 * judged (toxicity's `empty_rate` counts these), and later steps do not run.
 */
export function applyPostprocess(text: string, steps: readonly PostprocessStep[]): string | undefined {
  let current = text;
  for (const step of steps) {
    if (step === "drop_empty") {
      if (current === "") return undefined;
      continue;
    }
    current = applyStep(current, step);
  }
  return current;
}

function applyStep(text: string, step: Exclude<PostprocessStep, "drop_empty">): string {
  if (typeof step === "string") {
    switch (step) {
      case "trim":
        return text.trim();
      case "lowercase":
        return text.toLowerCase();
      case "first_line":
        return beforeFirst(text, "\n");
      case "first_sentence":
        // The paper's toxicity rule, byte for byte: `.replace(". ", "\n").split("\n")[0]`
        // (toxicity_eval/toxicity_exp.py in github.com/aaron-jx-li/rlhf-trustworthiness; DESIGN.md
        // Appendix B). Only ". " ends a sentence: "Hi.There" and "Hi!" stay whole, and only "\n" is a
        // line break (a "\r" before it is kept, as in the original).
        return beforeFirst(text.replaceAll(". ", "\n"), "\n");
    }
  }
  if ("cut_at" in step) return beforeFirst(text, step.cut_at);
  // split/join, not replaceAll: replaceAll would expand "$&", "$1", … in the replacement text.
  if ("replace" in step) return text.split(step.replace.from).join(step.replace.to);
  return firstMatch(text, step.regex);
}

function beforeFirst(text: string, separator: string): string {
  const at = text.indexOf(separator);
  return at < 0 ? text : text.slice(0, at);
}

const ALLOWED_FLAGS = /^[imsu]*$/;

function firstMatch(
  text: string,
  { pattern, group = 0, flags = "" }: { pattern: string; group?: number; flags?: string },
) {
  if (!ALLOWED_FLAGS.test(flags)) {
    // "g" and "y" would make the first match depend on state; the schema allows only these four.
    throw new Error(`postprocess regex /${pattern}/: flags "${flags}" are not allowed; use only i, m, s and u`);
  }
  const regex = new RegExp(pattern, flags);
  const groups = countGroups(pattern, flags);
  if (group > groups) {
    throw new Error(
      `postprocess regex /${pattern}/ has ${groups} capture group${groups === 1 ? "" : "s"}, so group ${group} does not exist; use a group from 0 to ${groups}`,
    );
  }
  const match = regex.exec(text);
  // No match, or a group that took no part in the match (an optional group), gives an empty text.
  return match?.[group] ?? "";
}

/** The number of capture groups of a pattern: an alternative that matches "" always succeeds, with every group unset. */
function countGroups(pattern: string, flags: string): number {
  return (new RegExp(`(?:${pattern})|`, flags).exec("") as RegExpExecArray).length - 1;
}
