import type { Plan, PlanMessage } from "../compile/plan";
import {
  type ChatTemplate,
  ChatTemplateRefusal,
  readChatTemplate,
  readChatTemplateFile,
  renderChat,
} from "../model/chat-template";
import { ModelError } from "../model/model-error";
import { diskFiles, type FileAccess } from "../spec/file-access";
import type { RenderConversation } from "./calls";
import type { ModelTarget } from "./infer";

/** Why a model cannot take a spec's conversations. */
export interface ConversationFailure {
  readonly code: "CHAT_TEMPLATE_MISSING" | "NOT_A_CHAT_MODEL" | "CHAT_TEMPLATE_INVALID" | "CHAT_TEMPLATE_REFUSED";
  readonly message: string;
  readonly hint: string;
  /** The template's file, when the failure is in it. */
  readonly file?: string;
}

/** Thrown by a renderer for a model that cannot take conversations: carries the failure. */
export class ConversationError extends Error {
  constructor(readonly failure: ConversationFailure) {
    super(failure.message);
    this.name = "ConversationError";
  }
}

/**
 * How one model writes conversations: with the template the config names for it (`chat: PATH`),
 * else its own; with `system: merge`, a system message's text goes into the first user message.
 * Throws a {@link ConversationError} when the model has no template or the config says it is not a
 * chat model; the renderer throws one when the template refuses a conversation.
 */
export function conversationRenderer(target: ModelTarget, files: FileAccess = diskFiles): RenderConversation {
  const template = templateOf(target, files);
  // A server's model whose template file does not give its BOS writes it empty (templateOf), and the
  // server's tokenizer adds it: Llama, Mistral and Gemma templates begin with {{ bos_token }}.
  const leavesBos = target.remote !== undefined && template.tokens.bos_token === "";
  const render = (messages: readonly PlanMessage[], caseId?: string) => {
    const given = target.mergeSystem ? mergeSystem(messages) : messages;
    try {
      return renderChat(template, given);
    } catch (e) {
      if (e instanceof ChatTemplateRefusal) throw new ConversationError(refused(target, e, messages, caseId));
      if (e instanceof ModelError) throw new ConversationError(invalid(e));
      throw e;
    }
  };
  return leavesBos ? Object.assign(render, { leavesBos: true as const }) : render;
}

/**
 * How a model writes a plan's conversations, for the scorecard: the template's file and whether the
 * system message is merged; undefined for a plan of plain prompts, or a model that cannot (its suite says why).
 */
export function conversationSettings(
  plan: Plan,
  target: ModelTarget,
  files: FileAccess = diskFiles,
): { template: string; systemMerged?: true } | undefined {
  if (plan.messagesAt === undefined) return undefined;
  try {
    const template = templateOf(target, files);
    return { template: template.source, ...(target.mergeSystem ? { systemMerged: true as const } : {}) };
  } catch (e) {
    if (e instanceof ConversationError) return undefined;
    throw e;
  }
}

/** The system message's text put before the first user message's, with a blank line between. */
export function mergeSystem(messages: readonly PlanMessage[]): PlanMessage[] {
  const system = messages.filter((m) => m.role === "system").map((m) => m.content);
  if (system.length === 0) return [...messages];
  const rest = messages.filter((m) => m.role !== "system");
  const first = rest.findIndex((m) => m.role === "user");
  return rest.map((m, i) => (i === first ? { role: m.role, content: `${system.join("\n\n")}\n\n${m.content}` } : m));
}

function templateOf(target: ModelTarget, files: FileAccess): ChatTemplate {
  const chat = target.chat;
  if (chat?.mode === "off") {
    throw new ConversationError({
      code: "NOT_A_CHAT_MODEL",
      message: `the model ${target.name} is not a chat model (chat: false in the config), and this spec gives it messages`,
      hint: `give the spec a plain prompt:, run it on a chat model, or set chat: on model ${target.name} (auto, true or a template file)`,
    });
  }
  if (target.remote !== undefined && chat?.template === undefined) {
    throw new ConversationError({
      code: "CHAT_TEMPLATE_MISSING",
      message: `the model ${target.name} is served at ${target.remote.baseUrl} through /completions, which takes text: this spec's messages need a chat template to be written as text`,
      hint: `set kind: openai-chat on model ${target.name} for the server to apply its own template, or name a template file for it (chat: path/to/template.jinja) to write them here and send the text`,
    });
  }
  let template: ChatTemplate | undefined;
  try {
    template =
      chat?.template !== undefined
        ? readChatTemplateFile(chat.template, target.dir, files)
        : readChatTemplate(target.dir, files);
    // A server's model has no tokenizer files here: a template file that does not give its BOS and
    // EOS writes them empty (as docs/models.md says), rather than failing on `bos_token + '[INST]'`.
    if (target.remote !== undefined && template !== undefined) {
      template = { ...template, tokens: { bos_token: "", eos_token: "", ...template.tokens } };
    }
  } catch (e) {
    if (e instanceof ModelError) throw new ConversationError(invalid(e));
    throw e;
  }
  if (template === undefined) {
    throw new ConversationError({
      code: "CHAT_TEMPLATE_MISSING",
      message: `the model ${target.name} has no chat template (none in chat_template.jinja, chat_template.json or tokenizer_config.json in ${target.dir}), so it cannot take this spec's messages`,
      hint: `export the model with its tokenizer's chat template, or name a template file for it in trustspec.config.yaml (models: ${target.name}: chat: path/to/template.jinja); a base model takes the specs with prompt: (name those spec files on the command line to run only them)`,
    });
  }
  return template;
}

function refused(
  target: ModelTarget,
  e: ChatTemplateRefusal,
  messages: readonly PlanMessage[],
  caseId: string | undefined,
): ConversationFailure {
  const system = messages.some((m) => m.role === "system") && !target.mergeSystem;
  return {
    code: "CHAT_TEMPLATE_REFUSED",
    message: `the chat template of ${target.name} refuses the conversation${caseId !== undefined ? ` of case ${caseId}` : ""}: "${e.message}"`,
    hint: system
      ? `this template may take no system message: set system: merge on model ${target.name} in trustspec.config.yaml to put its text before the first user message, or leave the system message out`
      : "change the messages to a conversation the template takes (roles alternating user/assistant, ending with user), or name another template for the model (chat: in the config)",
    file: e.source,
  };
}

function invalid(e: ModelError): ConversationFailure {
  return { code: "CHAT_TEMPLATE_INVALID", message: e.message, hint: e.hint, file: e.file };
}
