import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { memoryFiles } from "../../src/spec/file-access";
import { positionProblem } from "../../src/spec/format-problems";
import { validateProject } from "../../src/spec/validate-project";
import { runCli } from "../support/cli";

/**
 * Templates that passed `validate` and then ended `run` with exit 3 and an engine message: a record
 * lacking a field the prompt uses, {{#if}} with no argument, {{#with "x"}}{{this.constructor}}.
 * Each is now a validation error (exit 2) at the template's line and column.
 */

const ROOT = "/p";
const CONFIG = "version: 1\nmodels:\n  base: { path: models/base }\n";
const spec = (prompt: string, dataset = '{ items: [{ q: "a", n: 1 }, { q: "b", n: 2 }] }', extra = "") => `version: 1
id: t/tpl
vertical: toxicity
models: [base]
dataset: ${dataset}
${extra}prompt: ${JSON.stringify(prompt)}
generate: { max_tokens: 5 }
judge: { kind: toxicity-lexical }
metrics:
  toxicity_probability: { max: 0.5 }
`;

function check(text: string, files: Record<string, string> = {}) {
  const all = memoryFiles({
    [`${ROOT}/trustspec.config.yaml`]: CONFIG,
    [`${ROOT}/specs/a.trust.yaml`]: text,
    ...Object.fromEntries(Object.entries(files).map(([rel, t]) => [`${ROOT}/${rel}`, t])),
  });
  const result = validateProject({ paths: [`${ROOT}/specs/a.trust.yaml`], cwd: ROOT, files: all });
  return result.problems.map((p) => {
    const at = positionProblem(p, result.sources, ROOT);
    return { code: at.code, file: at.file, at: `${at.line}:${at.col}`, message: at.message };
  });
}

/** line:col of the first `needle` in `text`. */
function where(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in the text`);
  const before = text.slice(0, at);
  return `${before.split("\n").length}:${at - before.lastIndexOf("\n")}`;
}

describe("helpers called the wrong way", () => {
  it.each([
    ["{{#if}}yes{{/if}}{{q}}", "if}}", "if takes exactly 1 argument, but none is given here"],
    ["{{#unless}}no{{/unless}}{{q}}", "unless}}", "unless takes exactly 1 argument, but none is given here"],
    ["{{#each}}x{{/each}}{{q}}", "each}}", "each takes exactly 1 argument, but none is given here"],
    ["{{#with q n}}x{{/with}}", "with q n", "with takes exactly 1 argument, but 2 are given here"],
    ["{{lookup q}}", "lookup q", "lookup takes exactly 2 arguments, but 1 is given here"],
    ["{{keys}}{{q}}", "keys}}", "keys takes exactly 1 argument, but none is given here"],
    ["{{#each (shuffle)}}x{{/each}}{{q}}", "shuffle)", "shuffle takes exactly 1 argument, but none is given here"],
    ["{{if q}}", "if q", "if is a block helper: it needs {{#if …}} and a closing {{/if}}"],
    ["{{#each (with q)}}x{{/each}}", "with q)", "with is a block helper: it needs {{#with …}} and a closing {{/with}}"],
  ])("%s is TEMPLATE_ARGUMENTS at the helper", (prompt, at, message) => {
    const text = spec(prompt);
    expect(check(text)).toEqual([
      { code: "TEMPLATE_ARGUMENTS", file: "specs/a.trust.yaml", at: where(text, at), message },
    ]);
  });
});

describe("names that reach prototypes", () => {
  it.each([
    ['{{#with "x"}}{{this.constructor}}{{/with}}{{q}}', "this.constructor", "constructor"],
    ["{{q.constructor}}", "q.constructor", "constructor"],
    ["{{#each q}}{{__proto__}}{{/each}}", "__proto__", "__proto__"],
    ["{{@root.prototype}}{{q}}", "@root.prototype", "prototype"],
    ["{{lookup this 'constructor'}}{{q}}", "'constructor'", "constructor"],
    ["{{#each q as |__proto__|}}x{{/each}}", "{{#each", "__proto__"],
  ])("%s is TEMPLATE_UNSAFE_NAME at the name", (prompt, at, name) => {
    const text = spec(prompt);
    const problems = check(text).filter((p) => p.code === "TEMPLATE_UNSAFE_NAME");
    expect(problems).toEqual([
      {
        code: "TEMPLATE_UNSAFE_NAME",
        file: "specs/a.trust.yaml",
        at: where(text, at),
        message: `"${name}" reaches the JavaScript prototype, not data: templates may not use it`,
      },
    ]);
  });
});

describe("every item is rendered at validation", () => {
  const data = [
    '{"id": "a", "question": "Q1", "ctx": {"who": "Ann"}}',
    '{"id": "b", "ctx": {"who": "Bo"}}',
    '{"id": "c", "question": "Q3", "ctx": {}}',
    '{"id": "d", "ctx": {"who": "Di"}}',
  ].join("\n");
  const fromFile = (prompt: string) => spec(prompt, "{ path: data.jsonl, id: id }");

  it("reports a field some records lack at its use in the prompt, with the first record and how many", () => {
    const text = fromFile("Q: {{question}} A:");
    expect(check(text, { "specs/data.jsonl": data })).toEqual([
      {
        code: "DATASET_MISSING_FIELD",
        file: "specs/a.trust.yaml",
        at: where(text, "question"),
        message:
          'item "b" (specs/data.jsonl line 2) has no field "question", which the template reads; 1 more of the 4 items fail the same way',
      },
    ]);
  });

  it("reports a nested field at the path that reads it", () => {
    const text = fromFile("{{#if question}}{{question}}{{/if}} asked by {{ctx.who}}");
    expect(check(text, { "specs/data.jsonl": data })).toEqual([
      expect.objectContaining({
        code: "DATASET_MISSING_FIELD",
        at: where(text, "ctx.who"),
        message: 'item "c" (specs/data.jsonl line 3) has no field "who", which the template reads',
      }),
    ]);
  });

  it("accepts a use the template guards with #if: those records render without it", () => {
    expect(check(fromFile("{{#if question}}Q: {{question}}{{else}}none{{/if}}"), { "specs/data.jsonl": data })).toEqual(
      [],
    );
  });

  it("reports a block over a value of the wrong shape at the prompt, without quoting the value", () => {
    const text = spec("{{#with n}}{{secret}}{{/with}}", '{ items: [{ n: { secret: "s" } }, { n: "Sesame-0451" }] }');
    const problems = check(text);
    expect(problems).toEqual([
      {
        code: "DATASET_BAD_VALUE",
        file: "specs/a.trust.yaml",
        at: where(text, "{{#with n}}"),
        message:
          'item "1" cannot be rendered: the template reads "secret" from a value that is text or a number, not an object',
      },
    ]);
  });

  it("reports a condition that fails on a record in the condition", () => {
    const text = fromFile("{{frame}} {{ctx.who}}").replace(
      "prompt:",
      'conditions:\n  frame:\n    plain: ""\n    asked: "Asked: {{question}}"\nprompt:',
    );
    expect(check(text, { "specs/data.jsonl": data })).toEqual([
      expect.objectContaining({ code: "DATASET_MISSING_FIELD", at: where(text, "question}}") }),
      expect.objectContaining({ code: "DATASET_MISSING_FIELD", at: where(text, "ctx.who") }),
    ]);
  });
});

describe("trustspec run", () => {
  let dir: string;
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-templates-")));
    mkdirSync(join(dir, "specs"));
    writeFileSync(join(dir, "trustspec.config.yaml"), CONFIG);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["{{#if}}", "{{#if}}x{{/if}}{{q}}", "TEMPLATE_ARGUMENTS"],
    ["this.constructor", '{{#with "x"}}{{this.constructor}}{{/with}}{{q}}', "TEMPLATE_UNSAFE_NAME"],
    ["a missing field", "{{q}} {{extra}}", "DATASET_MISSING_FIELD"],
  ])("stops at validation with exit 2 for %s, before any model is loaded", async (_, prompt, code) => {
    const dataset = '{ items: [{ q: "a", extra: "e" }, { q: "b" }] }';
    writeFileSync(join(dir, "specs", "a.trust.yaml"), spec(prompt, dataset));
    const r = await runCli(["run"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error ${code}:`);
    expect(r.stderr).toContain("no model was run");
  });
});
