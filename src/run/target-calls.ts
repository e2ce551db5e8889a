import type { Plan } from "../compile/plan";
import { diskFiles, type FileAccess } from "../spec/file-access";
import { type ModelCall, planCalls } from "./calls";
import { ConversationError, type ConversationFailure, conversationRenderer, mergeSystem } from "./conversations";
import type { ModelTarget } from "./infer";

/**
 * The calls of a plan on one model: its plain prompts as they are, its conversations written by the
 * model's chat template. Or why the model cannot take the conversations (no template, not a chat
 * model, a template that refuses one): then that spec cannot run on that model, and nothing else stops.
 */
export function targetCalls(
  plan: Plan,
  target: ModelTarget,
  files: FileAccess = diskFiles,
): { readonly calls: ModelCall[] } | { readonly failure: ConversationFailure } {
  const conversational = plan.query !== undefined && plan.cases.some((c) => c.messages !== undefined);
  try {
    if (!conversational) return { calls: planCalls(plan) };
    // A chat endpoint takes the messages themselves; its server writes them with its template.
    if (target.remote?.kind === "openai-chat") {
      return { calls: planCalls(plan, { send: (m) => (target.mergeSystem ? mergeSystem(m) : m) }) };
    }
    return { calls: planCalls(plan, conversationRenderer(target, files)) };
  } catch (e) {
    if (e instanceof ConversationError) return { failure: e.failure };
    throw e;
  }
}

/** A conversation failure as a suite or the CLI states it: the spec's `messages:` line, the model, what is wrong. */
export function describeConversationFailure(plan: Plan, failure: ConversationFailure): string {
  const at = plan.messagesAt ? `${plan.file}:${plan.messagesAt.line}:${plan.messagesAt.col}` : plan.file;
  return `${at}: ${failure.message}${failure.file ? `\n  file: ${failure.file}` : ""}\n  hint: ${failure.hint}`;
}
