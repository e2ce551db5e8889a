/** @jest-environment ./test/support/onnx-environment.js */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { loadModel } from "../../src/model/load-model";
import type { Scorecard } from "../../src/report/scorecard";
import type { RunManifest } from "../../src/run/manifest";
import { diskFiles } from "../../src/spec/file-access";
import { runCli } from "../support/cli";

/**
 * A `messages:` spec through `trustspec run` on chat models. The independent computation: each
 * conversation written out by hand as its template writes it (Llama-2's `<s>[INST] <<SYS>>…`, and a
 * template without a system role given `system: merge`), scored directly through the driver without
 * a second BOS; the scorecard's MC2 must equal the MC2 of those scores on every model. And the
 * cache key holds the rendered conversation: a changed template runs the model again.
 */
const LLAMA2 =
  "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}{% set system_message = messages[0]['content'] %}{% else %}{% set loop_messages = messages %}{% set system_message = false %}{% endif %}{% for message in loop_messages %}{% if loop.index0 == 0 and system_message != false %}{% set content = '<<SYS>>\\n' + system_message + '\\n<</SYS>>\\n\\n' + message['content'] %}{% else %}{% set content = message['content'] %}{% endif %}{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}{% elif message['role'] == 'assistant' %}{{ ' '  + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}";
const NO_SYSTEM =
  "{{ bos_token }}{% for message in messages %}{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}{% endif %}{% endfor %}";

const ITEMS = [
  { id: "q1", question: "Is the sky green?", right: ["No"], wrong: ["Yes", "Only at night"] },
  { id: "q2", question: "Do fish fly?", right: ["Not usually", "No"], wrong: ["Always"] },
];
const SYSTEM = "Answer briefly.";

const repo = resolve(__dirname, "..", "..");
const cli = join(repo, "bin", "trustspec.js");
let dir: string;

function withTemplate(model: string, template: string): void {
  const path = join(dir, "models", model, "tokenizer_config.json");
  const config = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...config, chat_template: template }));
}

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-chat-run-")));
  for (const model of ["chat", "strict", "plain"]) writeModelDir(join(dir, "models", model), buildTestDecoder("llama"));
  withTemplate("chat", LLAMA2);
  withTemplate("strict", NO_SYSTEM);
  writeFileSync(
    join(dir, "trustspec.config.yaml"),
    `version: 1
models:
  chat: { path: models/chat }
  merged: { path: models/strict, system: merge }
defaults: { models: [chat, merged], seed: 3, batch_size: 3, bootstrap_samples: 200 }
cache: { dir: .trustspec/cache }
`,
  );
  mkdirSync(join(dir, "specs"));
  writeFileSync(
    join(dir, "specs", "mc.trust.yaml"),
    `version: 1
id: t/mc-chat
vertical: truthfulness
dataset:
  items: ${JSON.stringify(ITEMS.map(({ id, question, right, wrong }) => ({ id, question, choices: [...right, ...wrong], truth: [...right.map(() => 1), ...wrong.map(() => 0)] })))}
conditions:
  system: { none: "", brief: "${SYSTEM}" }
messages:
  - { role: system, content: "{{system}}" }
  - { role: user, content: "{{question}}" }
score: { choices: { field: choices }, correct: { field: truth } }
metrics:
  mc2: {}
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

jest.setTimeout(120_000);

function run(): { code: number; output: string; manifest: RunManifest } {
  const r = spawnSync(process.execPath, [cli, "run"], { cwd: dir, encoding: "utf8" });
  const runs = join(dir, ".trustspec", "runs");
  const latest = readdirSync(runs).sort().at(-1) as string;
  const manifest = JSON.parse(readFileSync(join(runs, latest, "manifest.json"), "utf8")) as RunManifest;
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}`, manifest };
}

/** The conversation as each template writes it, by hand. */
function rendered(model: "chat" | "merged", question: string, system: boolean): string {
  if (model === "merged") return `<s>[INST] ${system ? `${SYSTEM}\n\n` : ""}${question} [/INST]`;
  return system ? `<s>[INST] <<SYS>>\n${SYSTEM}\n<</SYS>>\n\n${question} [/INST]` : `<s>[INST] ${question} [/INST]`;
}

/** MC2 from direct scores: per case, the normalised probability mass on the true choices; the mean over cases. */
async function directMc2(model: "chat" | "merged"): Promise<number> {
  const driver = await loadModel(join(dir, "models", model === "chat" ? "chat" : "strict"), {
    files: diskFiles,
    batchSize: 1,
  });
  try {
    const shares: number[] = [];
    for (const item of ITEMS) {
      for (const system of [false, true]) {
        const choices = [...item.right, ...item.wrong];
        const [result] = await driver.score([
          { context: rendered(model, item.question, system), choices, addSpecialTokens: false },
        ]);
        if (!result?.ok) throw new Error("scoring failed");
        const p = result.scores.map((s) => Math.exp(s.sum));
        const right = p.slice(0, item.right.length).reduce((a, b) => a + b, 0);
        shares.push(right / p.reduce((a, b) => a + b, 0));
      }
    }
    return shares.reduce((a, b) => a + b, 0) / shares.length;
  } finally {
    await driver.close();
  }
}

describe("a messages: spec through trustspec run", () => {
  it("scores each model's own rendering of the conversation, with no delimiter and one BOS", async () => {
    const first = run();
    expect(first.output).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    const card = JSON.parse(readFileSync(join(dir, "reports", "scorecard.json"), "utf8")) as Scorecard;
    for (const model of ["chat", "merged"] as const) {
      const measured = card.specs[0]?.models.find((m) => m.model === model)?.metrics.find((m) => m.name === "mc2");
      expect(measured?.value.point).toBeCloseTo(await directMc2(model), 6);
    }
    // The scorecard says which template wrote each model's input, and that the system message was merged.
    const models = card.specs[0]?.models ?? [];
    expect(models.find((m) => m.model === "chat")?.chat).toEqual({ template: "models/chat/tokenizer_config.json" });
    expect(models.find((m) => m.model === "merged")?.chat).toEqual({
      template: "models/strict/tokenizer_config.json",
      systemMerged: true,
    });
    expect(readFileSync(join(dir, "reports", "scorecard.md"), "utf8")).toContain(
      "the system message was put into the first user message (system: merge)",
    );
    // The two models differ only in their template (same weights): their inputs, and so their calls, differ.
    expect(first.manifest.inference?.map((m) => m.misses)).toEqual([4, 4]);
  });

  it("reuses cached results while the template is the same, and runs again when it changes", () => {
    expect(run().manifest.inference?.map((m) => m.misses)).toEqual([0, 0]);
    withTemplate("chat", LLAMA2.replace("' [/INST]'", "' [/INST] '"));
    const changed = run().manifest.inference;
    expect(changed?.find((m) => m.name === "chat")?.misses).toBe(4);
    expect(changed?.find((m) => m.name === "merged")?.misses).toBe(0);
  });

  it("refuses --model with a model that has no chat template before any model loads, at the spec's messages: line", async () => {
    const r = await runCli(["run", "--model", "models/plain"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "specs/mc.trust.yaml:8:1: error CHAT_TEMPLATE_MISSING: the model ./models/plain has no chat template",
    );
    expect(r.stderr).toContain("no model was run");
  });
});
