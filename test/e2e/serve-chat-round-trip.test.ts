/** @jest-environment ./test/support/onnx-environment.js */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { loadCausalLM } from "../../src/model/causal-lm";
import type { ModelDriver } from "../../src/model/driver";
import { servedModel } from "../../src/serve/open-served";
import { type RunningServer, startServer } from "../../src/serve/server";
import { diskFiles } from "../../src/spec/file-access";
import { itemsByCase, spawnTrustspec } from "../support/spawn-run";

/**
 * Issue 19's round trip for chat models: the same `messages:` specs (a system and a user message,
 * greedy and seeded sampled generation) run in-process, the conversation written by trustspec with
 * the model's template, and as `kind: openai-chat` against `trustspec serve` over the same model,
 * where the server writes it: every text is identical. `system: merge` on both sides: set on the
 * served model (the server merges, as `trustspec serve --model NAME` of such a configured model
 * does) and set on the openai-chat model (trustspec merges before sending).
 */

const LLAMA2 =
  "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{% set system_message = messages[0]['content'] %}{% else %}{% set loop_messages = messages %}{% set system_message = false %}{% endif %}{% for message in loop_messages %}{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}{% else %}{% set content = message['content'] %}{% endif %}{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}";
// Takes no system role: a system message needs system: merge.
const NO_SYSTEM =
  "{{ bos_token }}{% for message in messages %}{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}{% endif %}{% endfor %}";

const ITEMS = `
    - { system: "Answer briefly.", q: "Is the sky green?" }
    - { system: "You are a careful assistant. Say when you do not know.", q: "Where did Tom leave his red ball?" }
    - { system: "Reply in one sentence.", q: "Why do cats sleep so much?" }`;
const MESSAGES = `messages:
  - { role: system, content: "{{system}}" }
  - { role: user, content: "{{q}}" }`;
const GREEDY = `version: 1
id: crt/greedy
vertical: custom
dataset:
  items:${ITEMS}
${MESSAGES}
generate: { max_tokens: 20, temperature: 0 }
judge: { kind: contains, text: "a" }
metrics:
  pass_rate: { min: 0 }
`;
const SAMPLED = `version: 1
id: crt/sampled
vertical: custom
dataset:
  items:${ITEMS}
${MESSAGES}
generate: { max_tokens: 12, temperature: 0.9, top_p: 0.95, samples: 3 }
judge: { kind: contains, text: "a" }
metrics:
  pass_rate: { min: 0 }
`;

function withTemplate(dir: string, template: string): void {
  const path = join(dir, "tokenizer_config.json");
  const config = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...config, chat_template: template }));
}

jest.setTimeout(120_000);

describe("a messages: spec through openai-chat → trustspec serve equals the in-process run", () => {
  let root: string;
  const drivers: ModelDriver[] = [];
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    root = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-chat-round-trip-")));
    const chatDir = join(root, "models", "chat");
    const strictDir = join(root, "models", "strict");
    for (const dir of [chatDir, strictDir]) writeModelDir(dir, buildTestDecoder("llama"));
    withTemplate(chatDir, LLAMA2);
    withTemplate(strictDir, NO_SYSTEM);
    const chat = await loadCausalLM(chatDir, { files: diskFiles });
    const strict = await loadCausalLM(strictDir, { files: diskFiles });
    drivers.push(chat, strict);
    const listen = { host: "127.0.0.1", port: 0 };
    servers.push(
      // The chat template as it is.
      await startServer(servedModel(chat, { name: "chat", dir: chatDir }, true), listen),
      // A configured model with system: merge: the server merges.
      await startServer(servedModel(strict, { name: "merged", dir: strictDir, mergeSystem: true }, true), listen),
      // The same model without: a system message reaches a template that refuses it, unless the client merges.
      await startServer(servedModel(strict, { name: "strict", dir: strictDir }, true), listen),
    );
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    for (const driver of drivers) await driver.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("gives identical greedy and seeded sampled texts, with system: merge on either side", async () => {
    const [chat, merged, strict] = servers.map((s) => `http://127.0.0.1:${s.port}/v1`);
    writeFileSync(
      join(root, "trustspec.config.yaml"),
      `version: 1
models:
  chat: { path: models/chat }
  merged: { path: models/strict, system: merge }
  served-chat: { kind: openai-chat, base_url: "${chat}", model: chat }
  server-merges: { kind: openai-chat, base_url: "${merged}", model: merged }
  client-merges: { kind: openai-chat, base_url: "${strict}", model: strict, system: merge }
  client-renders: { kind: openai-completions, base_url: "${chat}", model: chat, chat: tokenizer_config.json }
  client-jinja: { kind: openai-completions, base_url: "${chat}", model: chat, chat: llama2.jinja }
defaults: { seed: 5, bootstrap_samples: 200 }
`,
    );
    // The model's tokenizer_config.json (its template and special tokens) beside the config, for the
    // completions endpoint: trustspec writes the conversation, the server must add no second BOS.
    copyFileSync(join(root, "models", "chat", "tokenizer_config.json"), join(root, "tokenizer_config.json"));
    // The template alone (.jinja): its BOS is not known here, so trustspec writes it empty and the
    // server's tokenizer adds it, as it does for plain text.
    writeFileSync(join(root, "llama2.jinja"), LLAMA2);
    mkdirSync(join(root, "specs"));
    writeFileSync(join(root, "specs", "greedy.trust.yaml"), GREEDY);
    writeFileSync(join(root, "specs", "sampled.trust.yaml"), SAMPLED);

    const result = await spawnTrustspec(root);
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);

    const items = itemsByCase(root);
    const pairs = [
      ["chat", "served-chat"],
      ["merged", "server-merges"],
      ["merged", "client-merges"],
      ["chat", "client-renders"],
      ["chat", "client-jinja"],
    ] as const;
    let texts = 0;
    for (const [local, served] of pairs) {
      const mine = [...items.values()].filter((i) => i.model === local);
      expect(mine.map((i) => i.spec).sort()).toEqual([
        "crt/greedy",
        "crt/greedy",
        "crt/greedy",
        "crt/sampled",
        "crt/sampled",
        "crt/sampled",
      ]);
      for (const item of mine) {
        const theirs = items.get(`${item.spec} ${item.case} ${served}`);
        if (theirs === undefined) throw new Error(`${served} has no item ${item.spec} ${item.case}`);
        expect({ served, case: item.case, texts: theirs.outputs?.map((o) => o.text) }).toEqual({
          served,
          case: item.case,
          texts: item.outputs?.map((o) => o.text),
        });
        texts += item.outputs?.length ?? 0;
      }
    }
    expect(texts).toBe(5 * (3 + 3 * 3));
    // The texts are not empty, and the two templates' conversations differ, so "identical" says something.
    const greedy = (model: string) =>
      [...items.values()].filter((i) => i.model === model && i.spec === "crt/greedy").map((i) => i.outputs?.[0]?.text);
    expect(greedy("chat").every((t) => (t ?? "").length > 0)).toBe(true);
    expect(greedy("merged").every((t) => (t ?? "").length > 0)).toBe(true);
    expect(greedy("chat")).not.toEqual(greedy("merged"));
  });
});
