import type { Problem } from "./problem";
import { ENV_NAME, isRemoteKind, looksLikeSecret } from "./remote-model";
import type { TrustspecConfig } from "./schema-types.generated";
import type { YamlFile } from "./yaml-document";
import { locate } from "./yaml-locate";

type ModelEntry = TrustspecConfig["models"][string];

/** Keys that only mean something for a model run in process by onnxruntime. */
const ONNX_ONLY = ["path", "threads", "max_length", "dtype", "execution_provider", "device_id"] as const;
/** Keys that only mean something for a model behind a server. */
const REMOTE_ONLY = [
  "base_url",
  "model",
  "api_key_env",
  "max_concurrency",
  "timeout_s",
  "max_retries",
  "revision",
] as const;

type Report = (
  code: Problem["code"],
  message: string,
  where: { start: number; end: number },
  hint: string,
  secret?: boolean,
) => void;

/**
 * The keys of each model that do not fit its kind — an ONNX setting on a model behind a server, a
 * server setting on an ONNX model, `chat:` on a chat endpoint (the server applies its own template),
 * `chat: true` on a completions endpoint (only a template file can write its conversations) —
 * and an `api_key_env` that is not a variable's name. Neither the bad name nor anything it holds is
 * repeated in the message: it may be the key itself.
 */
export function remoteModelProblems(
  models: Readonly<Record<string, ModelEntry>>,
  yaml: YamlFile,
  report: Report,
): void {
  for (const [name, model] of Object.entries(models)) {
    const at = (key: string) => locate(yaml, ["models", name, key], "key");
    const kind = model.kind ?? "onnx-causal-lm";
    if (isRemoteKind(kind)) {
      for (const key of ONNX_ONLY) {
        if (model[key] === undefined) continue;
        report(
          "CONFLICTING_KEYS",
          `model "${name}" is served at base_url (kind: ${kind}): ${key} is for ONNX models run by trustspec itself`,
          at(key),
          key === "path"
            ? "remove path: (the server loads the weights), or remove kind: to run the ONNX export in that folder"
            : `remove ${key}: (the server decides how it runs the model; see Models behind an OpenAI-compatible server in docs/models.md)`,
        );
      }
      if (kind === "openai-chat" && model.chat !== undefined) {
        report(
          "CONFLICTING_KEYS",
          `model "${name}" is a chat endpoint (kind: openai-chat): the server applies its own chat template, so chat: has no meaning here`,
          at("chat"),
          "remove chat:, or use kind: openai-completions with chat: path/to/template.jinja to render conversations here and send the text",
        );
      }
      if (kind === "openai-completions" && model.chat === true) {
        report(
          "CONFLICTING_KEYS",
          `model "${name}" is served through /completions (kind: openai-completions), which takes text: chat: true needs a template file to write conversations with`,
          at("chat"),
          "name a template file (chat: path/to/template.jinja), or use kind: openai-chat for the server to apply its own template",
        );
      }
      const env = model.api_key_env;
      if (env !== undefined && looksLikeSecret(env)) {
        report(
          "BAD_VALUE",
          `model "${name}": api_key_env holds what looks like an API key, not the name of an environment variable`,
          locate(yaml, ["models", name, "api_key_env"]),
          "never write a key in the config: put it in an environment variable (export MY_SERVER_KEY=…, or your CI's secrets) and write its name here (api_key_env: MY_SERVER_KEY); then revoke the key, since it was written to a file",
          true,
        );
      } else if (env !== undefined && !ENV_NAME.test(env)) {
        report(
          "BAD_FORMAT",
          `model "${name}": api_key_env must be the name of an environment variable (letters, digits and _, not starting with a digit)`,
          locate(yaml, ["models", name, "api_key_env"]),
          "write the variable's name, e.g. api_key_env: VLLM_API_KEY, and put the key in that variable",
        );
      }
    } else {
      for (const key of REMOTE_ONLY) {
        if (model[key] === undefined) continue;
        report(
          "CONFLICTING_KEYS",
          `model "${name}" is an ONNX model (kind: ${kind}): ${key} is for a model behind a server`,
          at(key),
          `remove ${key}:, or set kind: openai-completions (or openai-chat) with base_url: and model: for a model behind an OpenAI-compatible server`,
        );
      }
    }
  }
}
