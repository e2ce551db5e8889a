import { checkProject } from "../../src/cli/check-project";
import { compilePlan } from "../../src/compile/compile-plan";
import type { Plan } from "../../src/compile/plan";
import { redactPlan } from "../../src/compile/redact";
import { mergeSystem } from "../../src/run/conversations";
import { targetCalls } from "../../src/run/target-calls";
import { planTargets } from "../../src/run/targets";
import { memoryFiles } from "../../src/spec/file-access";
import { positionProblem } from "../../src/spec/format-problems";

/**
 * `messages:` from the spec to the model calls, in memory: what compile renders (per item and
 * condition, an empty system message left out), how each model's template writes it (the config's
 * template file in place of the model's, `system: merge`), the text and flags the calls carry, and
 * the errors at the config's and the spec's lines. Renderings are written out by hand.
 */
const ROOT = "/p";
const ZEPHYR =
  "{% for m in messages %}{{ '<|' + m['role'] + '|>\\n' + m['content'] + eos_token + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>\\n' }}{% endif %}";
const NO_SYSTEM =
  "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}{{ '[INST] ' + m['content'] + ' [/INST]' }}{% endfor %}";
const TOKENS = JSON.stringify({ bos_token: "<s>", eos_token: "</s>" });

const CONFIG = `version: 1
models:
  zephyr: { path: models/zephyr }
  strict: { path: models/strict, system: merge }
  own: { path: models/plain, chat: templates/own.jinja }
defaults: { models: [zephyr, strict, own] }
`;
const SPEC = `version: 1
id: t/chat
vertical: truthfulness
dataset:
  id: id
  items:
    - { id: a, question: "Is ice cold?", choices: [yes, no], right: 0 }
    - { id: b, question: "Is fire wet?", choices: [yes, no], right: 1 }
conditions:
  system: { none: "", brief: "Be brief." }
messages:
  - { role: system, content: "{{system}}" }
  - { role: user, content: "Q: {{question}}" }
score: { choices: { field: choices }, correct: { field: right } }
metrics:
  mc1: {}
`;

function files(edit: Record<string, string | undefined> = {}): Record<string, string> {
  const base: Record<string, string | undefined> = {
    "trustspec.config.yaml": CONFIG,
    "specs/chat.trust.yaml": SPEC,
    "models/zephyr/config.json": "{}",
    "models/zephyr/tokenizer_config.json": JSON.stringify({
      bos_token: "<s>",
      eos_token: "</s>",
      chat_template: ZEPHYR,
    }),
    "models/strict/config.json": "{}",
    "models/strict/tokenizer_config.json": JSON.stringify({
      bos_token: "<s>",
      eos_token: "</s>",
      chat_template: NO_SYSTEM,
    }),
    "models/plain/config.json": "{}",
    "models/plain/tokenizer_config.json": TOKENS,
    "templates/own.jinja": "{{ bos_token }}{% for m in messages %}<{{ m.role }}>{{ m.content }}{% endfor %}<assistant>",
    ...edit,
  };
  return Object.fromEntries(
    Object.entries(base).flatMap(([rel, text]) => (text === undefined ? [] : [[`${ROOT}/${rel}`, text]])),
  );
}

function check(edit: Record<string, string | undefined> = {}) {
  const access = memoryFiles(files(edit));
  return {
    access,
    project: checkProject({
      paths: [`${ROOT}/specs/chat.trust.yaml`],
      cwd: ROOT,
      files: access,
      configFile: `${ROOT}/trustspec.config.yaml`,
    }),
  };
}

function plan(edit: Record<string, string | undefined> = {}): { plan: Plan; access: ReturnType<typeof memoryFiles> } {
  const { access, project } = check(edit);
  const loaded = project.specs[0];
  if (!loaded) throw new Error(project.problems.map((p) => p.message).join("\n"));
  const compiled = compilePlan(loaded, project.config);
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join("\n"));
  return { plan: compiled.plan, access };
}

function where(project: ReturnType<typeof check>["project"], code: string) {
  const p = project.problems.find((x) => x.code === code);
  if (!p) throw new Error(`no ${code}: ${project.problems.map((x) => `${x.code} ${x.message}`).join("\n")}`);
  const at = positionProblem(p, project.sources, ROOT);
  return { file: at.file, line: at.line, col: at.col, message: p.message, hint: p.hint };
}

describe("compiling messages", () => {
  it("renders each message per item and condition, leaving out a system message that renders empty", () => {
    const { plan: p } = plan();
    expect(p.cases.map((c) => [c.id, c.messages])).toEqual([
      ["a|system=none", [{ role: "user", content: "Q: Is ice cold?" }]],
      [
        "a|system=brief",
        [
          { role: "system", content: "Be brief." },
          { role: "user", content: "Q: Is ice cold?" },
        ],
      ],
      ["b|system=none", [{ role: "user", content: "Q: Is fire wet?" }]],
      [
        "b|system=brief",
        [
          { role: "system", content: "Be brief." },
          { role: "user", content: "Q: Is fire wet?" },
        ],
      ],
    ]);
    expect(p.cases.every((c) => c.prompt === undefined)).toBe(true);
    // The answer starts the assistant's turn: no " " before a choice, unless the spec says so.
    expect(p.cases[0]?.choices).toEqual(["yes", "no"]);
    expect(
      plan({ "specs/chat.trust.yaml": SPEC.replace("score: {", 'score: { delimiter: " ",') }).plan.cases[0]?.choices,
    ).toEqual([" yes", " no"]);
    expect(p.messagesAt).toEqual({ line: 11, col: 1 });
  });

  it("masks a redacted field's values in the messages as in a prompt", () => {
    const spec = SPEC.replace("metrics:", "redact: { fields: [question] }\nmetrics:");
    const masked = redactPlan(plan({ "specs/chat.trust.yaml": spec }).plan);
    const shown = JSON.stringify(masked.cases.map((c) => c.messages));
    expect(shown).not.toContain("Is ice cold?");
    expect(shown).toContain("Q: ");
  });
});

describe("each model writes the conversation with its template", () => {
  it("as its own template, the config's template file, or with the system message merged, with no special tokens added", () => {
    const { plan: p, access } = plan();
    const texts = Object.fromEntries(
      planTargets(p).map((t) => {
        const built = targetCalls(p, t, access);
        if (!("calls" in built)) throw new Error(built.failure.message);
        for (const call of built.calls) expect(call).toMatchObject({ kind: "score", addSpecialTokens: false });
        return [t.name, built.calls.map((c) => (c.kind === "score" ? c.context : ""))];
      }),
    );
    expect(texts.zephyr?.[1]).toBe("<|system|>\nBe brief.</s>\n<|user|>\nQ: Is ice cold?</s>\n<|assistant|>\n");
    expect(texts.zephyr?.[0]).toBe("<|user|>\nQ: Is ice cold?</s>\n<|assistant|>\n");
    expect(texts.strict?.[1]).toBe("<s>[INST] Be brief.\n\nQ: Is ice cold? [/INST]");
    expect(texts.strict?.[0]).toBe("<s>[INST] Q: Is ice cold? [/INST]");
    expect(texts.own?.[1]).toBe("<s><system>Be brief.<user>Q: Is ice cold?<assistant>");
  });

  it("merges every system message's text before the first user message, the rest untouched", () => {
    expect(
      mergeSystem([
        { role: "system", content: "S" },
        { role: "assistant", content: "A0" },
        { role: "user", content: "U1" },
        { role: "assistant", content: "A1" },
        { role: "user", content: "U2" },
      ]),
    ).toEqual([
      { role: "assistant", content: "A0" },
      { role: "user", content: "S\n\nU1" },
      { role: "assistant", content: "A1" },
      { role: "user", content: "U2" },
    ]);
    const none = [{ role: "user" as const, content: "U" }];
    expect(mergeSystem(none)).toEqual(none);
  });
});

describe("errors at the line that causes them", () => {
  it("a refusal at the spec's messages: line, naming the model, the case and the fix", () => {
    const { project } = check({ "trustspec.config.yaml": CONFIG.replace(", system: merge", "") });
    expect(where(project, "CHAT_TEMPLATE_REFUSED")).toMatchObject({
      file: "specs/chat.trust.yaml",
      line: 11,
      col: 1,
      message: expect.stringContaining(
        'the chat template of strict refuses the conversation of case a|system=brief: "System role not supported"',
      ),
      hint: expect.stringContaining("set system: merge on model strict"),
    });
  });

  it("a chat: true model without a template, and a chat: file that is not there, at the config's chat: line, once", () => {
    const config = CONFIG.replace(
      "strict: { path: models/strict, system: merge }",
      "strict: { path: models/plain, chat: true }",
    ).replace("templates/own.jinja", "templates/missing.jinja");
    const { project } = check({ "trustspec.config.yaml": config });
    expect(where(project, "CHAT_TEMPLATE_MISSING")).toMatchObject({ file: "trustspec.config.yaml", line: 4, col: 39 });
    expect(where(project, "CHAT_TEMPLATE_INVALID")).toMatchObject({
      file: "trustspec.config.yaml",
      line: 5,
      message: expect.stringContaining("/p/templates/missing.jinja"),
    });
    // Not again at the spec that gives those models messages.
    expect(project.problems.filter((p) => p.file.endsWith("chat.trust.yaml"))).toEqual([]);
  });

  it("a field one item lacks, at the message's content", () => {
    const spec = SPEC.replace('- { id: b, question: "Is fire wet?"', '- { id: b, query: "Is fire wet?"');
    const { project } = check({ "specs/chat.trust.yaml": spec });
    expect(where(project, "DATASET_MISSING_FIELD")).toMatchObject({ file: "specs/chat.trust.yaml", line: 13 });
  });

  it("prompt and messages together, and a spec that generates with neither", () => {
    const both = check({ "specs/chat.trust.yaml": SPEC.replace("messages:", 'prompt: "Q: {{question}}"\nmessages:') });
    expect(where(both.project, "CONFLICTING_KEYS").message).toContain("either a prompt (plain text) or messages");
    const neither = check({
      "specs/chat.trust.yaml": SPEC.replace(/messages:\n( {2}- .*\n)+/, ""),
    });
    expect(where(neither.project, "INCOMPLETE_SPEC").message).toBe("the dataset has no prompt to render");
  });
});
