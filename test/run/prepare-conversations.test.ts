/** @jest-environment ./test/support/onnx-environment.js */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { prepareRun } from "../../src/run/prepare";
import { createProgress } from "../../src/run/progress";
import { loadResults } from "../../src/run/results";

/**
 * Under plain Jest (the preset), no CLI checks the specs before the run: a template that refuses a
 * spec's conversation must fail that spec's suite on that model, with the spec's line and the
 * template's words — and nothing else (the model's plain-prompt spec still runs).
 */
const NO_SYSTEM =
  "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}{{ '[INST] ' + m['content'] + ' [/INST]' }}{% endfor %}";

let dir: string;
beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-prepare-chat-")));
  const model = join(dir, "models", "strict");
  writeModelDir(model, buildTestDecoder("llama"));
  const config = JSON.parse(readFileSync(join(model, "tokenizer_config.json"), "utf8")) as Record<string, unknown>;
  writeFileSync(join(model, "tokenizer_config.json"), JSON.stringify({ ...config, chat_template: NO_SYSTEM }));
  writeFileSync(join(dir, "trustspec.config.yaml"), "version: 1\nmodels:\n  strict: { path: models/strict }\n");
  mkdirSync(join(dir, "specs"));
  const spec = (id: string, input: string) => `version: 1
id: ${id}
vertical: truthfulness
dataset:
  items: [{ q: "Is ice cold?", choices: [yes, no], right: 0 }]
${input}
score: { choices: { field: choices }, correct: { field: right } }
metrics: { mc1: {} }
`;
  writeFileSync(join(dir, "specs", "plain.trust.yaml"), spec("t/plain", 'prompt: "Q: {{q}}"'));
  writeFileSync(
    join(dir, "specs", "chat.trust.yaml"),
    spec("t/chat", 'messages:\n  - { role: system, content: "Be brief." }\n  - { role: user, content: "{{q}}" }'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("fails only the refused spec on that model, at its messages: line, in the template's words", async () => {
  const prepared = await prepareRun([join(dir, "specs", "plain.trust.yaml"), join(dir, "specs", "chat.trust.yaml")], {
    cwd: dir,
    runDir: join(dir, ".trustspec", "runs", "r1"),
    progress: createProgress({ write: () => {}, isTTY: false }, { quiet: true }),
  });
  const { manifest, plans } = prepared;
  expect(manifest.failedModels).toBeUndefined();
  expect(manifest.failedConversations?.map((f) => [f.specId, f.code])).toEqual([["t/chat", "CHAT_TEMPLATE_REFUSED"]]);
  const [plain, chat] = plans;
  const target = { name: "strict", dir: join(dir, "models", "strict") };
  if (!plain || !chat) throw new Error("both specs compile");
  expect(loadResults(plain, target, manifest)).toHaveLength(1);
  expect(() => loadResults(chat, target, manifest)).toThrow(
    `${join(dir, "specs", "chat.trust.yaml")}:6:1: the chat template of strict refuses the conversation of case 0: "System role not supported"`,
  );
  prepared.release();
});
