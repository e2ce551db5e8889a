import { relative, resolve } from "node:path";
import type { Plan } from "../compile/plan";
import { parseChatTemplate, readChatTemplate, readChatTemplateFile } from "../model/chat-template";
import { ModelError } from "../model/model-error";
import type { ModelTarget } from "../run/infer";
import { targetCalls } from "../run/target-calls";
import type { FileAccess } from "../spec/file-access";
import type { ResolvedConfig } from "../spec/load-config";
import { type Problem, problemsFor } from "../spec/problem";
import { SourceText } from "../spec/source-text";
import { parseYamlMapping } from "../spec/yaml-document";
import { locate } from "../spec/yaml-locate";

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
  /** Models whose template the config check already found wanting (reported there, once). */
  reported: ReadonlySet<string> = new Set(),
): Problem[] {
  const bySource = new Map(Object.entries(sources).map(([file, text]) => [resolve(file), { file, text }]));
  return plans.flatMap((plan) => {
    if (plan.messagesAt === undefined) return [];
    const source = bySource.get(plan.file);
    const problem = problemsFor(source?.file ?? plan.file);
    const at = plan.messagesAt;
    const start = source ? new SourceText(source.text).offset(at.line, at.col) : undefined;
    return targetsOf(plan).flatMap((target) => {
      if ((target.remote === undefined && !files.isDirectory(target.dir)) || reported.has(target.name)) return [];
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

/**
 * The config's own promises about chat templates, at its `chat:` lines: a model said to be a chat
 * model (`chat: true`) must have a template — an export that lost it would otherwise only show when a
 * conversation reaches it — and a template file it names (`chat: PATH`) must read and parse.
 */
export function chatConfigProblems(
  config: ResolvedConfig,
  configText: string,
  files: FileAccess,
): { problems: Problem[]; models: Set<string> } {
  const file = config.file;
  // Most configs promise no chat model: then there is nothing to check, and no need to parse the
  // config again for positions (a tenth of a cached run's start).
  const promised = Object.values(config.models).some((model) => model.chat?.mode === "required");
  if (file === undefined || !promised) return { problems: [], models: new Set() };
  const parsed = parseYamlMapping(file, configText);
  const problem = problemsFor(file);
  const models = new Set<string>();
  const problems = Object.entries(config.models).flatMap(([name, model]) => {
    const found = check(name, model);
    if (found.length > 0) models.add(name);
    return found;
  });
  return { problems, models };

  function check(name: string, model: ResolvedConfig["models"][string]): Problem[] {
    const chat = model.chat;
    if (chat?.mode !== "required") return [];
    // A folder that is not there: MODEL_DIR_NOT_FOUND says so; a server's model: conversationProblems does.
    if (chat.template === undefined && (model.remote !== undefined || !files.isDirectory(model.path))) return [];
    const where = parsed.ok ? locate(parsed.yaml, ["models", name, "chat"]) : undefined;
    const at = where ? { start: where.start, end: where.end } : {};
    try {
      const template =
        chat.template !== undefined
          ? readChatTemplateFile(chat.template, model.path, files)
          : readChatTemplate(model.path, files);
      if (template === undefined) {
        return [
          problem(
            "CHAT_TEMPLATE_MISSING",
            `model "${name}" is a chat model (chat: true), and its folder has no chat template (chat_template.jinja, chat_template.json or chat_template in tokenizer_config.json): ${relative(config.dir, model.path) || model.path}`,
            {
              ...at,
              hint: "export the model with its tokenizer's chat template, name a template file (chat: path/to/template.jinja), or say chat: auto",
            },
          ),
        ];
      }
      parseChatTemplate(template);
      return [];
    } catch (e) {
      if (!(e instanceof ModelError)) throw e;
      return [problem("CHAT_TEMPLATE_INVALID", e.message, { ...at, hint: e.hint })];
    }
  }
}
