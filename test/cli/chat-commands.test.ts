/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { readModelConfig } from "../../src/model/model-config";
import { loadTokenizer } from "../../src/model/tokenizer";
import { diskFiles } from "../../src/spec/file-access";
import { runCli } from "../support/cli";

/**
 * `trustspec generate` and `score` on a chat model: --user and --system are rendered with the
 * model's chat template, and --json shows the exact text and token ids the model was given. The
 * independent check: a Llama-2-style template writes "<s>[INST] … [/INST]", so the same model given
 * "[INST] … [/INST]" as plain text (its tokenizer adds the BOS) must see the same ids and answer the same.
 */
const LLAMA2 =
  "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{% set system_message = messages[0]['content'] %}{% else %}{% set loop_messages = messages %}{% set system_message = false %}{% endif %}{% for message in loop_messages %}{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}{% else %}{% set content = message['content'] %}{% endif %}{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}";
const NO_SYSTEM =
  "{{ bos_token }}{% for message in messages %}{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}{% endif %}{% endfor %}";

let root: string;
const model = (name: string) => join(root, name);
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-chat-cli-")));
  for (const [name, template] of [
    ["chat", LLAMA2],
    ["strict", NO_SYSTEM],
    ["plain", undefined],
  ] as const) {
    writeModelDir(model(name), buildTestDecoder("llama"));
    if (template === undefined) continue;
    const path = join(model(name), "tokenizer_config.json");
    const config = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...config, chat_template: template }));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, { cwd: root });
const json = async (args: string[]) => {
  const r = await cli([...args, "--json"]);
  expect(r).toMatchObject({ code: 0, stderr: "" });
  return JSON.parse(r.stdout) as { input_text: string; input_ids: number[]; samples?: unknown; choices?: unknown };
};

describe("generate and score on a chat model", () => {
  it("generate --user renders the template, feeds its text without a second BOS, and answers as the plain prompt does", async () => {
    const chat = await json(["generate", "--model", model("chat"), "--user", "Is the sky green?", "--max-tokens", "6"]);
    expect(chat.input_text).toBe("<s>[INST] Is the sky green? [/INST]");
    const tokenizer = loadTokenizer(model("chat"), diskFiles, readModelConfig(model("chat"), diskFiles));
    const plain = "[INST] Is the sky green? [/INST]";
    expect(chat.input_ids).toEqual(tokenizer.encode(plain));
    expect(chat.input_ids.filter((id) => id === tokenizer.bosTokenId)).toHaveLength(1);
    const asText = await json(["generate", "--model", model("chat"), "--prompt", plain, "--max-tokens", "6"]);
    expect(asText.input_ids).toEqual(chat.input_ids);
    expect(chat.samples).toEqual(asText.samples);
  });

  it("generate --prompt --chat sends the prompt as the one user message, after --system", async () => {
    const chat = await json([
      "generate",
      "--model",
      model("chat"),
      "--system",
      "Be brief.",
      "--prompt",
      "Why?",
      "--chat",
      "--max-tokens",
      "2",
    ]);
    expect(chat.input_text).toBe("<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nWhy? [/INST]");
  });

  it("score --user scores each choice as the start of the assistant's answer", async () => {
    const choices = ["--choice", " No", "--choice", " Yes"];
    const chat = await json(["score", "--model", model("chat"), "--user", "Is the sky green?", ...choices]);
    const plain = await json([
      "score",
      "--model",
      model("chat"),
      "--context",
      "[INST] Is the sky green? [/INST]",
      ...choices,
    ]);
    expect(chat.input_text).toBe("<s>[INST] Is the sky green? [/INST]");
    expect(chat.input_ids).toEqual(plain.input_ids);
    expect(chat.choices).toEqual(plain.choices);
  });

  it("says so, in the template's own words, when the template refuses the conversation", async () => {
    const r = await cli(["generate", "--model", model("strict"), "--system", "Be brief.", "--user", "Hi"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refuses the conversation: "Only user and assistant roles are supported!"');
    expect(r.stderr).toContain("hint: many templates take no system message: put its text in --user");
  });

  it("refuses a chat on a model without a template, and mixed-up options, before or without running it", async () => {
    const none = await cli(["generate", "--model", model("plain"), "--user", "Hi"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      `the model ./plain has no chat template (none in chat_template.jinja, chat_template.json or tokenizer_config.json in ${model("plain")})`,
    );
    for (const [args, says] of [
      [["--prompt", "a", "--user", "b"], "give --prompt or --user, not both"],
      [["--user", "b", "--no-chat"], "--system and --user are chat messages"],
      [["--system", "s", "--prompt", "a"], "--system needs a user message"],
      [["--chat", "--no-chat", "--prompt", "a"], "give --chat or --no-chat, not both"],
      [[], "missing --prompt (or --user for a chat model)"],
    ] as const) {
      const r = await cli(["generate", "--model", model("chat"), ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(says);
    }
  });
});
