import { checkProject } from "../../src/cli/check-project";
import { compilePlan } from "../../src/compile/compile-plan";
import { targetCalls } from "../../src/run/target-calls";
import { planTargets } from "../../src/run/targets";
import { memoryFiles } from "../../src/spec/file-access";

/**
 * `messages:` specs on models behind a server, in memory: a chat endpoint's calls carry the messages
 * themselves (after `system: merge`), not a rendering, so its cache key is the conversation; a
 * completions endpoint with a template file of the user's gets the conversation written by it, as
 * text its server must not add a BOS to.
 */
const ROOT = "/p";
const CONFIG = `version: 1
models:
  chat: { kind: openai-chat, base_url: "http://h/v1", model: m }
  merged: { kind: openai-chat, base_url: "http://h/v1", model: m, system: merge }
  text: { kind: openai-completions, base_url: "http://h/v1", model: m, chat: own.jinja }
  llama: { kind: openai-completions, base_url: "http://h/v1", model: m, chat: llama.jinja }
  exported: { kind: openai-completions, base_url: "http://h/v1", model: m, chat: tokenizer_config.json }
judges:
  tox: { kind: toxicity-lexical }
`;
const SPEC = `version: 1
id: t/chat
vertical: toxicity
dataset:
  items:
    - { id: a, question: "Is ice cold?" }
messages:
  - { role: system, content: "Be brief." }
  - { role: user, content: "Q: {{question}}" }
generate: { max_tokens: 4 }
judge: tox
metrics:
  toxicity_probability: { max: 0.5 }
`;

// Writes bos_token and eos_token with +, which fails on an undefined value.
const LLAMA =
  "{% for m in messages %}{% if m.role == 'user' %}{{ bos_token + '[INST] ' + m.content + ' [/INST]' }}{% elif m.role == 'assistant' %}{{ ' ' + m.content + ' ' + eos_token }}{% endif %}{% endfor %}";

function calls(model: string) {
  const files = memoryFiles({
    [`${ROOT}/trustspec.config.yaml`]: CONFIG,
    [`${ROOT}/specs/chat.trust.yaml`]: SPEC,
    [`${ROOT}/own.jinja`]: "{% for m in messages %}<{{ m.role }}>{{ m.content }}{% endfor %}<assistant>",
    [`${ROOT}/llama.jinja`]: LLAMA,
    // The model's own tokenizer_config.json, copied from its export: its template and special tokens.
    [`${ROOT}/tokenizer_config.json`]: JSON.stringify({ chat_template: LLAMA, bos_token: "<s>", eos_token: "</s>" }),
  });
  const project = checkProject({
    paths: [`${ROOT}/specs/chat.trust.yaml`],
    cwd: ROOT,
    files,
    configFile: `${ROOT}/trustspec.config.yaml`,
  });
  expect(project.problems).toEqual([]);
  const compiled = compilePlan(project.specs[0] as never, project.config);
  if (!compiled.ok) throw new Error("did not compile");
  const target = planTargets(compiled.plan).find((t) => t.name === model);
  if (!target) throw new Error(`no target ${model}`);
  const built = targetCalls(compiled.plan, target, files);
  if (!("calls" in built)) throw new Error(built.failure.message);
  return built.calls;
}

describe("a messages: spec on a model behind a server", () => {
  it("gives a chat endpoint the messages as they are, with an empty prompt", () => {
    expect(calls("chat")).toEqual([
      expect.objectContaining({
        kind: "generate",
        prompt: "",
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: "Q: Is ice cold?" },
        ],
      }),
    ]);
  });

  it("merges the system message into the first user message with system: merge", () => {
    expect(calls("merged")[0]).toMatchObject({ messages: [{ role: "user", content: "Be brief.\n\nQ: Is ice cold?" }] });
  });

  it("writes the conversation with the template file of a completions endpoint, its BOS left to the server", () => {
    const [call] = calls("text");
    expect(call).toMatchObject({ prompt: "<system>Be brief.<user>Q: Is ice cold?<assistant>" });
    expect(call && ("messages" in call || "addSpecialTokens" in call)).toBe(false);
  });

  it("writes a .jinja file's bos_token and eos_token as empty, and lets the server's tokenizer add its BOS", () => {
    const [call] = calls("llama");
    expect(call).toMatchObject({ prompt: "[INST] Q: Is ice cold? [/INST]" });
    expect(call && "addSpecialTokens" in call).toBe(false);
  });

  it("writes the special tokens of a JSON template file that has them (the model's tokenizer_config.json)", () => {
    expect(calls("exported")[0]).toMatchObject({
      prompt: "<s>[INST] Q: Is ice cold? [/INST]",
      addSpecialTokens: false,
    });
  });
});
