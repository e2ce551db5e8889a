import type { PlanMessage } from "../compile/plan";
import { readModelConfig } from "../model/model-config";
import { loadTokenizer, type TextTokenizer } from "../model/tokenizer";
import { ConversationError, type ConversationFailure, conversationRenderer, mergeSystem } from "../run/conversations";
import type { ModelTarget } from "../run/infer";
import { diskFiles } from "../spec/file-access";

/** What `generate` and `score` were given to put before the model's answer. */
export interface InputOptions {
  /** Plain text (`--prompt` / `--context`), or the user message with `--chat`. */
  readonly text?: string;
  readonly system?: string;
  readonly user?: string;
  readonly chat?: boolean;
  readonly noChat?: boolean;
  /** The plain-text option's name, for messages (`--prompt`, `--context`). */
  readonly textOption: string;
}

/** The text the tokenizer is given, and whether it adds its special tokens (plain text) or not (a rendered chat). */
export interface ModelInput {
  readonly text: string;
  readonly addSpecialTokens: boolean;
  readonly chat: boolean;
  /** The conversation itself, for a chat endpoint (kind: openai-chat): its server applies its template. */
  readonly messages?: readonly PlanMessage[];
}

/** The chat options every command that takes them declares (for parseCommand). */
export const CHAT_OPTIONS = {
  user: { type: "string" },
  system: { type: "string" },
  chat: { type: "boolean" },
  "no-chat": { type: "boolean" },
} as const;

/** The input options from parsed values: the plain text under `textOption` (e.g. "prompt"), and the chat ones. */
export function inputOptions(values: Readonly<Record<string, unknown>>, textOption: string): InputOptions {
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const [plain, user, system] = [text(textOption), text("user"), text("system")];
  return {
    textOption: `--${textOption}`,
    ...(plain !== undefined ? { text: plain } : {}),
    ...(user !== undefined ? { user } : {}),
    ...(system !== undefined ? { system } : {}),
    chat: values.chat === true,
    noChat: values["no-chat"] === true,
  };
}

/**
 * The input of a command, checked before a model loads: plain text, or a conversation (`--user`,
 * with `--system`; or `--chat` to send the plain text as the one user message, as
 * lm-evaluation-harness's --apply_chat_template does). A usage mistake is a string.
 */
export function checkInputOptions(o: InputOptions): string | undefined {
  if (o.chat && o.noChat) return "give --chat or --no-chat, not both";
  if (o.text !== undefined && o.user !== undefined) return `give ${o.textOption} or --user, not both`;
  if (o.text === undefined && o.user === undefined) return `missing ${o.textOption} (or --user for a chat model)`;
  if (o.noChat && (o.user !== undefined || o.system !== undefined)) {
    return `--system and --user are chat messages: leave out --no-chat, or give plain text with ${o.textOption}`;
  }
  if (o.system !== undefined && o.user === undefined && !o.chat) {
    return `--system needs a user message: --user TEXT, or ${o.textOption} TEXT with --chat`;
  }
  return undefined;
}

/**
 * The model's input for checked options: plain text as given, or the conversation written by the
 * model's chat template (the config's `chat:` file when it names one; `system: merge` applied), the
 * generation prompt after it. A model without a template, or a template that refuses the conversation
 * (no system role, say), is a usage error in its own words.
 */
export function modelInput(target: ModelTarget, o: InputOptions): ModelInput | { readonly usage: string } {
  if (!(o.chat || o.user !== undefined)) return { text: o.text ?? "", addSpecialTokens: true, chat: false };
  if (target.remote?.kind === "openai-chat") {
    const messages = chatMessages(o);
    return {
      text: "",
      addSpecialTokens: true,
      chat: true,
      messages: target.mergeSystem ? mergeSystem(messages) : messages,
    };
  }
  try {
    const render = conversationRenderer(target);
    return { text: render(chatMessages(o)), addSpecialTokens: render.leavesBos === true, chat: true };
  } catch (e) {
    if (!(e instanceof ConversationError)) throw e;
    return {
      usage: `${e.failure.message.replace("this spec's messages need", "a conversation needs").replace("this spec's messages", "a conversation")}\n  hint: ${cliHint(e.failure, target, o)}`,
    };
  }
}

/** What to do on the command line about a model that cannot take the conversation. */
function cliHint(failure: ConversationFailure, target: ModelTarget, o: InputOptions): string {
  switch (failure.code) {
    case "CHAT_TEMPLATE_MISSING":
    case "NOT_A_CHAT_MODEL":
      return `give plain text with ${o.textOption} and without --chat, or name a template file for the model (chat: in trustspec.config.yaml)`;
    case "CHAT_TEMPLATE_REFUSED":
      return o.system !== undefined && !target.mergeSystem
        ? "many templates take no system message: put its text in --user (system: merge on the model in trustspec.config.yaml does that in runs)"
        : failure.hint;
    default:
      return failure.hint;
  }
}

/** The conversation the options describe: the system message, if any, then the user's. */
export function chatMessages(o: InputOptions): PlanMessage[] {
  return [
    ...(o.system !== undefined ? [{ role: "system" as const, content: o.system }] : []),
    { role: "user" as const, content: o.user ?? o.text ?? "" },
  ];
}

/** The token ids the model is fed for an input, as its tokenizer encodes them. */
export function inputIds(dir: string, input: ModelInput, tokenizer = modelTokenizer(dir)): number[] {
  return tokenizer.encode(input.text, { addSpecialTokens: input.addSpecialTokens });
}

/** The model folder's tokenizer, for what a command shows (loading it takes a while for large vocabularies: load once). */
export function modelTokenizer(dir: string): TextTokenizer {
  return loadTokenizer(dir, diskFiles, readModelConfig(dir, diskFiles));
}
