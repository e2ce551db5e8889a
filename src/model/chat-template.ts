import { join } from "node:path";
import type { parse } from "@huggingface/jinja";
import { type FileAccess, readText } from "../spec/file-access";
import { failureReason } from "../spec/read-problem";
import { readJsonObject } from "./json-file";
import { ModelError } from "./model-error";

/** One turn of a conversation, as chat templates read it. */
export interface ChatMessage {
  readonly role: string;
  readonly content: string;
}

/** A model's chat template and the file it came from. */
export interface ChatTemplate {
  readonly source: string;
  /** The Jinja text. */
  readonly text: string;
  /** The special tokens a template may write (`bos_token`, `eos_token`, …), as strings. */
  readonly tokens: Readonly<Record<string, string>>;
}

/** A template that refused a conversation (`raise_exception`): its own message. */
export class ChatTemplateRefusal extends Error {
  constructor(
    message: string,
    readonly source: string,
  ) {
    super(message);
    this.name = "ChatTemplateRefusal";
  }
}

const TOKEN_KEYS = ["bos_token", "eos_token", "unk_token", "pad_token", "sep_token", "cls_token", "mask_token"];

/**
 * The chat template of a model directory, found where transformers looks: `chat_template.jinja`
 * (newer exports), else `chat_template.json` (`{"chat_template": …}`), else `chat_template` in
 * tokenizer_config.json. A template may be a string or a list of `{name, template}`, where `name`
 * (default "default") picks one. Undefined when the model has none; a template that is there but
 * unusable is a ModelError naming its file.
 */
export function readChatTemplate(dir: string, files: FileAccess, name = "default"): ChatTemplate | undefined {
  const config = readJsonObject(files, join(dir, "tokenizer_config.json"), "TOKENIZER_INVALID") ?? {};
  const specialMap = readJsonObject(files, join(dir, "special_tokens_map.json"), "TOKENIZER_INVALID") ?? {};
  const tokens = specialTokens(config, specialMap);
  const jinjaPath = join(dir, "chat_template.jinja");
  if (files.exists(jinjaPath)) {
    const read = readText(files, jinjaPath);
    if (!("text" in read)) {
      throw new ModelError(
        "CHAT_TEMPLATE_INVALID",
        `${jinjaPath} ${failureReason(read)}`,
        jinjaPath,
        "re-export the model",
      );
    }
    return { source: jinjaPath, text: read.text, tokens };
  }
  const jsonPath = join(dir, "chat_template.json");
  const json = readJsonObject(files, jsonPath, "CHAT_TEMPLATE_INVALID");
  if (json !== undefined) return { source: jsonPath, text: pick(json.chat_template, name, jsonPath), tokens };
  if (config.chat_template === undefined || config.chat_template === null) return undefined;
  const configPath = join(dir, "tokenizer_config.json");
  return { source: configPath, text: pick(config.chat_template, name, configPath), tokens };
}

/**
 * A template file of the user's in place of the model's (`chat: PATH` in the config): Jinja text, or
 * a JSON file with `chat_template` (chat_template.json, or a tokenizer_config.json); the special
 * tokens still come from the model in `dir`, and those it lacks from a JSON file that has them (a
 * tokenizer_config.json copied from the export of a model behind a server, which has no folder here).
 * A file that is missing or unusable is a ModelError naming it.
 */
export function readChatTemplateFile(file: string, dir: string, files: FileAccess, name = "default"): ChatTemplate {
  const config = readJsonObject(files, join(dir, "tokenizer_config.json"), "TOKENIZER_INVALID") ?? {};
  const specialMap = readJsonObject(files, join(dir, "special_tokens_map.json"), "TOKENIZER_INVALID") ?? {};
  const tokens = specialTokens(config, specialMap);
  if (file.toLowerCase().endsWith(".json")) {
    const json = readJsonObject(files, file, "CHAT_TEMPLATE_INVALID");
    if (json === undefined) {
      throw new ModelError(
        "CHAT_TEMPLATE_INVALID",
        `the chat template file ${file} does not exist`,
        file,
        "check the model's chat: path in trustspec.config.yaml (relative to the config file)",
      );
    }
    return {
      source: file,
      text: pick(json.chat_template, name, file),
      tokens: { ...specialTokens(json, {}), ...tokens },
    };
  }
  const read = readText(files, file);
  if (!("text" in read)) {
    throw new ModelError(
      "CHAT_TEMPLATE_INVALID",
      `the chat template file ${file}: ${failureReason(read)}`,
      file,
      "check the model's chat: path in trustspec.config.yaml (relative to the config file)",
    );
  }
  return { source: file, text: read.text, tokens };
}

/** The Jinja library, loaded with the first template: a run of plain prompts never needs it. */
const jinja = () => require("@huggingface/jinja") as typeof import("@huggingface/jinja");

/** Parsed templates by text: a run renders thousands of conversations with a handful of templates. */
const programs = new Map<string, ReturnType<typeof parse>>();

/** The template parsed (once per text); one that does not parse is a ModelError naming its file. */
export function parseChatTemplate(template: ChatTemplate): ReturnType<typeof parse> {
  const known = programs.get(template.text);
  if (known) return known;
  try {
    const { parse, tokenize } = jinja();
    const program = parse(tokenize(template.text, { lstrip_blocks: true, trim_blocks: true }));
    programs.set(template.text, program);
    return program;
  } catch (e) {
    throw new ModelError(
      "CHAT_TEMPLATE_INVALID",
      `the chat template in ${template.source} does not parse: ${e instanceof Error ? e.message : String(e)}`,
      template.source,
      "fix the template, or name a template file of your own for this model",
    );
  }
}

/**
 * The conversation as the template writes it, with the generation prompt (the opening of the
 * assistant's turn) when `addGenerationPrompt`: Jinja with trim_blocks and lstrip_blocks, the
 * messages, the special tokens as strings and `raise_exception`, as transformers' apply_chat_template
 * renders it. A template that raises is a {@link ChatTemplateRefusal} with its own message; one that
 * does not parse or fails otherwise is a ModelError naming its file. (Rendered here with the library's
 * parser and interpreter rather than its Template class, whose own raise_exception cannot be told
 * apart from any other error.)
 */
export function renderChat(
  template: ChatTemplate,
  messages: readonly ChatMessage[],
  options: { addGenerationPrompt?: boolean } = {},
): string {
  const program = parseChatTemplate(template);
  let refusal: string | undefined;
  const { Environment, Interpreter } = jinja();
  const env = new Environment();
  const globals: Record<string, unknown> = {
    true: true,
    false: false,
    none: null,
    True: true,
    False: false,
    None: null,
    range,
    // strftime_now stays undefined: templates that date the conversation (Llama 3.1) then use their
    // own fixed date, so a rendering — and the cache key made from it — does not change by the day.
    raise_exception: (message: unknown) => {
      refusal = String(message);
      throw new Error(refusal);
    },
    ...template.tokens,
    messages: messages.map((m) => ({ role: m.role, content: m.content })),
    add_generation_prompt: options.addGenerationPrompt ?? true,
  };
  for (const [name, value] of Object.entries(globals)) env.set(name, value);
  try {
    return new Interpreter(env).run(program).value as string;
  } catch (e) {
    if (refusal !== undefined) throw new ChatTemplateRefusal(refusal, template.source);
    throw new ModelError(
      "CHAT_TEMPLATE_INVALID",
      `the chat template in ${template.source} failed: ${e instanceof Error ? e.message : String(e)}`,
      template.source,
      "fix the template, or name a template file of your own for this model",
    );
  }
}

/** Jinja's range(stop) and range(start, stop[, step]). */
function range(start: number, stop?: number, step = 1): number[] {
  const [from, to] = stop === undefined ? [0, start] : [start, stop];
  if (step === 0) throw new Error("range() step must not be zero");
  const out: number[] = [];
  for (let i = from; step > 0 ? i < to : i > to; i += step) out.push(i);
  return out;
}

/** The special tokens as strings: tokenizer_config.json's, else special_tokens_map.json's (`{content}` or text). */
function specialTokens(
  config: Readonly<Record<string, unknown>>,
  specialMap: Readonly<Record<string, unknown>>,
): Record<string, string> {
  const text = (v: unknown): string | undefined => {
    if (typeof v === "string") return v;
    if (v !== null && typeof v === "object" && typeof (v as { content?: unknown }).content === "string") {
      return (v as { content: string }).content;
    }
    return undefined;
  };
  const out: Record<string, string> = {};
  for (const key of TOKEN_KEYS) {
    const value = text(config[key]) ?? text(specialMap[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The template text from a `chat_template` value: a string, or the entry of a named list. */
function pick(value: unknown, name: string, file: string): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const named = value.filter(
      (t): t is { name: string; template: string } =>
        t !== null && typeof t === "object" && typeof t.name === "string" && typeof t.template === "string",
    );
    const found = named.find((t) => t.name === name);
    if (found) return found.template;
    throw new ModelError(
      "CHAT_TEMPLATE_INVALID",
      `${file} has no chat template named "${name}" (it has ${named.map((t) => `"${t.name}"`).join(", ") || "none with a name"})`,
      file,
      "name one of the model's templates",
    );
  }
  throw new ModelError(
    "CHAT_TEMPLATE_INVALID",
    `${file}: chat_template is neither a template string nor a list of {name, template}`,
    file,
    "re-export the model, or fix chat_template by hand",
  );
}
