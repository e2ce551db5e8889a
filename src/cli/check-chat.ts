import { resolve } from "node:path";
import type { Plan } from "../compile/plan";
import type { ModelTarget } from "../run/infer";
import { targetCalls } from "../run/target-calls";
import type { FileAccess } from "../spec/file-access";
import { type Problem, problemsFor } from "../spec/problem";
import { SourceText } from "../spec/source-text";

/**
 * The errors a `messages:` spec meets on its models, before any model loads: a model without a chat
 * template, one the config says is not a chat model, a template that does not read or parse, and a
 * template that refuses a case's conversation (a system role it does not take, say) — each at the
 * spec's `messages:` line, naming the model (and, for a refusal, the first case it refuses).
 * Models whose folder is not there yet are left to MODEL_DIR_NOT_FOUND.
 */
export function conversationProblems(
  plans: readonly Plan[],
  targetsOf: (plan: Plan) => readonly ModelTarget[],
  sources: Readonly<Record<string, string>>,
  files: FileAccess,
): Problem[] {
  const bySource = new Map(Object.entries(sources).map(([file, text]) => [resolve(file), { file, text }]));
  return plans.flatMap((plan) => {
    if (plan.messagesAt === undefined) return [];
    const source = bySource.get(plan.file);
    const problem = problemsFor(source?.file ?? plan.file);
    const at = plan.messagesAt;
    const start = source ? new SourceText(source.text).offset(at.line, at.col) : undefined;
    return targetsOf(plan).flatMap((target) => {
      if (!files.isDirectory(target.dir)) return [];
      const built = targetCalls(plan, target, files);
      if ("calls" in built) return [];
      const { code, message, hint, file } = built.failure;
      return [
        problem(code, file !== undefined && !message.includes(file) ? `${message} (${file})` : message, {
          ...(start !== undefined ? { start, end: start + "messages".length } : {}),
          hint,
        }),
      ];
    });
  });
}
