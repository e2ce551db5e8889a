import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkProject } from "../../src/cli/check-project";
import { prepareJudge } from "../../src/judges/judge-text";
import { diskFiles } from "../../src/spec/file-access";
import { positionProblem } from "../../src/spec/format-problems";
import type { Judge } from "../../src/spec/schema-types.generated";

/**
 * The module judge on real files in a temp folder: a CommonJS .js and a TypeScript .ts judge, what
 * they may return, that each file content loads once, that an error inside names the file and the
 * item, and that a file which does not load or exports no function is a validation error at its line.
 */
let dir: string;
const item = (id: string, fields: Record<string, unknown> = {}) => ({ id, fields, conditions: { system: "plain" } });
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-module-")));
  mkdirSync(join(dir, "specs"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a .js judge (CommonJS)", () => {
  it("is called with the output and the item, and its boolean is the verdict", () => {
    const file = write(
      "answer.js",
      `const { normalise } = require("./normalise.js");
module.exports = function judge(output, item) {
  return normalise(output) === normalise(item.fields.answer) && item.conditions.system === "plain";
};`,
    );
    write("normalise.js", "exports.normalise = (s) => String(s).trim().toLowerCase();\n");
    const judge = prepareJudge({ kind: "module", path: file });
    expect(judge(" PARIS ", item("1", { answer: "Paris" }))).toEqual({ kind: "check", pass: true, score: 1 });
    expect(judge("Lyon", item("2", { answer: "Paris" }))).toEqual({ kind: "check", pass: false, score: 0 });
  });

  it("a number is a score, passing at the threshold (0.5 by default) or, with below, under it", () => {
    const file = write("length.js", "exports.share = (output) => Math.min(1, output.length / 10);\n");
    const judge = (extra: Partial<Judge> = {}) =>
      prepareJudge({ kind: "module", path: file, export: "share", ...extra } as Judge);
    expect(judge()("12345", item("1"))).toEqual({ kind: "check", pass: true, score: 0.5 });
    expect(judge()("1234", item("1"))).toEqual({ kind: "check", pass: false, score: 0.4 });
    expect(judge({ threshold: 0.3 })("1234", item("1"))).toMatchObject({ pass: true });
    expect(judge({ below: true })("1234", item("1"))).toMatchObject({ pass: true, score: 0.4 });
  });

  it("an object gives pass and, when it has one, the score; its reason is not kept", () => {
    const file = write(
      "object.js",
      `module.exports = (output) => output === "a" ? { pass: true, reason: "it is a" } : { pass: false, score: 0.25, reason: output };`,
    );
    const judge = prepareJudge({ kind: "module", path: file });
    expect(judge("a", item("1"))).toEqual({ kind: "check", pass: true, score: 1 });
    expect(judge("secret 123-45-6789", item("2"))).toEqual({ kind: "check", pass: false, score: 0.25 });
  });

  it("runs its file once per content, however many specs and plans prepare it", () => {
    const log = join(dir, "loads.log");
    const file = write(
      "counted.js",
      `require("node:fs").appendFileSync(${JSON.stringify(log)}, "loaded\\n");\nmodule.exports = () => true;\n`,
    );
    for (let i = 0; i < 3; i++) prepareJudge({ kind: "module", path: file })("x", item("1"));
    expect(readFileSync(log, "utf8")).toBe("loaded\n");
    // An edited file is a new content: it loads again.
    writeFileSync(file, `${readFileSync(file, "utf8")}// edited\n`);
    prepareJudge({ kind: "module", path: file })("x", item("1"));
    expect(readFileSync(log, "utf8")).toBe("loaded\nloaded\n");
  });
});

describe("a .ts judge", () => {
  it("is transpiled to CommonJS (types erased, not checked) and its default export called", () => {
    const file = write(
      "typed.ts",
      `import type { JudgeFunction, JudgeItem } from "trustspec";
interface Expected { readonly answer: string }
const judge: JudgeFunction = (output: string, item: JudgeItem) => {
  const { answer } = item.fields as unknown as Expected;
  return { pass: output.includes(answer), score: output.length > 0 ? 1 : 0 };
};
export default judge;
`,
    );
    const judge = prepareJudge({ kind: "module", path: file });
    expect(judge("It is Paris.", item("1", { answer: "Paris" }))).toEqual({ kind: "check", pass: true, score: 1 });
    expect(judge("", item("2", { answer: "Paris" }))).toEqual({ kind: "check", pass: false, score: 0 });
  });
});

describe("errors in a judge's code", () => {
  it("name the file, the line it threw at and the item, never the output", () => {
    const file = write(
      "throws.js",
      `module.exports = (output, item) => {
  if (item.id === "b") throw new Error("no answer field");
  return true;
};`,
    );
    const judge = prepareJudge({ kind: "module", path: file });
    expect(judge("fine", item("a"))).toMatchObject({ pass: true });
    let message = "";
    try {
      judge("the secret 4111111111111111", item("b"));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`module judge ${file} failed on item b: no answer field (at throws.js:2:30)`);
    expect(message).not.toContain("4111111111111111");
  });

  it("in a .ts judge point into the .ts file, not into the JavaScript it was transpiled to", () => {
    const file = write(
      "throws.ts",
      `import type { JudgeFunction } from "trustspec";
interface Fields { readonly answer?: string }

type Check = JudgeFunction;
const judge: Check = (output, item) => {
  const fields = item.fields as Fields;
  if (fields.answer === undefined) throw new Error("no answer field");
  return output === fields.answer;
};
export default judge;
`,
    );
    expect(() => prepareJudge({ kind: "module", path: file })("x", item("c3"))).toThrow(
      `module judge ${file} failed on item c3: no answer field (at throws.ts:7:42)`,
    );
  });

  it.each([
    ["a Promise", "module.exports = async () => true;", "it returned a Promise, and judges are synchronous"],
    ["a score above 1", "module.exports = () => 1.5;", "the returned 1.5 is not a score in [0, 1]"],
    ["NaN", "module.exports = () => NaN;", "the returned NaN is not a score in [0, 1]"],
    ["a text", 'module.exports = () => "yes";', "it returned a string; return true / false"],
    ["no pass", "module.exports = () => ({ score: 1 });", "it returned an object whose pass is undefined"],
    ["a bad score", "module.exports = () => ({ pass: true, score: 2 });", "its score 2 is not a score in [0, 1]"],
  ])("a result that is no verdict (%s) is an error naming the file and the item", (_, code, problem) => {
    const file = write(`bad-${_.replace(/\W/g, "")}.js`, code);
    expect(() => prepareJudge({ kind: "module", path: file })("x", item("q7"))).toThrow(
      `module judge ${file} on item q7: ${problem}`,
    );
  });
});

describe("validation", () => {
  const project = (judge: string) => {
    writeFileSync(join(dir, "trustspec.config.yaml"), "version: 1\nmodels:\n  m: { path: models/m }\n");
    mkdirSync(join(dir, "models", "m"), { recursive: true });
    writeFileSync(join(dir, "models", "m", "config.json"), "{}");
    writeFileSync(
      join(dir, "specs", "c.trust.yaml"),
      `version: 1
id: c/module
vertical: custom
dataset:
  items:
    - { prompt: "hi" }
prompt: "{{prompt}}"
generate: {}
judge: ${judge}
metrics:
  pass_rate: { min: 0.5 }
`,
    );
    const result = checkProject({
      paths: [join(dir, "specs", "c.trust.yaml")],
      cwd: dir,
      files: diskFiles,
      configFile: join(dir, "trustspec.config.yaml"),
    });
    return result.problems.map((p) => {
      const at = positionProblem(p, result.sources, dir);
      return { code: p.code, message: p.message, line: at.line, col: at.col };
    });
  };

  it("accepts a file that exports the function", () => {
    write("ok.js", "module.exports = () => true;\n");
    expect(project("{ kind: module, path: ../ok.js }")).toEqual([]);
  });

  it.each([
    [
      "no default export",
      "exports.judge = 1;\n",
      "{ kind: module, path: ../v1.js }",
      "v1.js has no default export, where the judge needs a function: it exports judge (a number)",
      30,
    ],
    [
      "a missing named export",
      "exports.judge = () => true;\n",
      "{ kind: module, path: ../v2.js, export: check }",
      "v2.js has no export named check, where the judge needs a function: it exports judge (a function)",
      48,
    ],
    [
      "an error while loading",
      'throw new Error("no config");\n',
      "{ kind: module, path: ../v3.js }",
      "v3.js failed to load: no config (at v3.js:1:7)",
      30,
    ],
    [
      "ES module syntax in a .js file",
      "export default () => true;\n",
      "{ kind: module, path: ../v4.js }",
      "v4.js failed to load: Unexpected token 'export'",
      30,
    ],
  ])("reports %s at its line", (_, code, judge, message, col) => {
    const name = /\.\.\/(v\d\.js)/.exec(judge)?.[1] as string;
    write(name, code);
    expect(project(judge)).toEqual([{ code: "JUDGE_MODULE_INVALID", message, line: 9, col }]);
  });

  it("reports a TypeScript syntax error with its place in the file", () => {
    write("broken.ts", "export default (output: string) => {\n  return output ===;\n};\n");
    expect(project("{ kind: module, path: ../broken.ts }")).toEqual([
      {
        code: "JUDGE_MODULE_INVALID",
        message: "broken.ts:2:20: Expression expected.",
        line: 9,
        col: 30,
      },
    ]);
  });

  it("refuses an ES module file and a missing file", () => {
    write("esm.mjs", "export default () => true;\n");
    expect(project("{ kind: module, path: ../esm.mjs }")).toMatchObject([
      { code: "JUDGE_MODULE_INVALID", message: "esm.mjs is not a judge module trustspec can load (.mjs)" },
    ]);
    expect(project("{ kind: module, path: ../none.js }")).toMatchObject([{ code: "FILE_NOT_FOUND", line: 9 }]);
  });
});
