import { memoryFiles } from "../../src/spec/file-access";
import { formatProblem, positionProblem } from "../../src/spec/format-problems";
import { loadSpec } from "../../src/spec/load-spec";
import type { ProblemCode } from "../../src/spec/problem";
import { SourceText } from "../../src/spec/source-text";
import { validateProject } from "../../src/spec/validate-project";

/**
 * Broken YAML is reported at the line and column the author has to fix: an unclosed quote at the
 * quote that opens it, not at the end of the file where the parser gave up; a duplicate key at its
 * second occurrence. Each case marks the expected position in a comment.
 */

const ROOT = "/p";
const SPEC_FILE = "specs/a.trust.yaml";
const CONFIG_FILE = "trustspec.config.yaml";
const CONFIG = `version: 1
models:
  base: { path: models/base }
judges:
  toxicity: { kind: toxicity-lexical }
`;

/** A valid spec, so a case that breaks one line shows only the problems of that line. */
const BASE = `version: 1
id: t/base
vertical: toxicity
dataset:
  items:
    - { prompt: "Hello there", set: a }
  where:
    set: a
prompt: "Say: {{prompt}}"
generate:
  max_tokens: 5
judge: toxicity
metrics:
  toxicity_probability: { max: 0.1 }
`;

const lines = (...ls: string[]) => `${ls.join("\n")}\n`;

interface Case {
  readonly name: string;
  readonly text: string;
  readonly code: ProblemCode;
  /** 1-based [line, col], or "none" for a problem about the whole file. */
  readonly at: readonly [number, number] | "none";
  /** What the text at that position starts with: the position is checked against the text too. */
  readonly there?: string;
  readonly message?: RegExp;
}

const CASES: Case[] = [
  {
    name: "a tab used for indentation",
    text: lines(
      "version: 1",
      "id: t/base",
      "dataset:",
      "\tpath: data.jsonl", // ← 4:1, the tab
    ),
    code: "YAML_TAB",
    at: [4, 1],
    there: "\t",
  },
  {
    name: "a tab after spaces in the indentation",
    text: lines(
      "version: 1",
      "dataset:",
      "  path: data.jsonl",
      "  \tid: id", // ← 4:3, the tab
    ),
    code: "YAML_TAB",
    at: [4, 3],
    there: "\t",
  },
  {
    name: "a key indented more than its siblings, after a key that has a value",
    text: lines(
      "version: 1",
      "id: t/base",
      "  vertical: toxicity", // ← 3:3, the over-indented key
      "prompt: x",
    ),
    code: "YAML_INDENT",
    at: [3, 3],
    there: "vertical",
  },
  {
    name: "a nested key indented more than its siblings",
    text: lines(
      "version: 1",
      "generate:",
      "  temperature: 0",
      "    max_tokens: 20", // ← 4:5
      "prompt: x",
    ),
    code: "YAML_INDENT",
    at: [4, 5],
    there: "max_tokens",
  },
  {
    name: "a key indented less than its siblings, matching no mapping",
    text: lines(
      "version: 1",
      "generate:",
      "    temperature: 0",
      "  max_tokens: 20", // ← 4:1, the parser points at the line's indentation
      "prompt: x",
    ),
    code: "YAML_INDENT",
    at: [4, 1],
    there: "  max_tokens",
  },
  {
    name: "a key dedented into the enclosing mapping (valid YAML, wrong mapping)",
    text: BASE.replace(
      "    set: a\n",
      "    prompt: Hello there\n  set: a\n", // ← 9:3, `set` now belongs to dataset, not where
    ),
    code: "UNKNOWN_KEY",
    at: [9, 3],
    there: "set: a",
    message: /"set"/,
  },
  {
    name: "an unclosed double quote, with the file going on for several lines",
    text: lines(
      "version: 1",
      "id: t/base",
      'prompt: "Say: {{prompt}}', // ← 3:9, the opening quote
      "vertical: toxicity",
      "generate:",
      "  max_tokens: 5",
      "judge: toxicity",
    ),
    code: "YAML_UNCLOSED",
    at: [3, 9],
    there: '"Say',
    message: /quote "/,
  },
  {
    name: "an unclosed double quote, with later lines holding quoted values",
    text: lines(
      "version: 1",
      "id: t/base",
      'prompt: "Say: {{prompt}}', // ← 3:9
      "vertical: toxicity",
      'description: "fine"',
      "metrics:",
      "  accuracy: {}",
    ),
    code: "YAML_UNCLOSED",
    at: [3, 9],
    there: '"Say',
  },
  {
    name: "an unclosed double quote ending in an escaped quote",
    text: lines(
      "version: 1",
      'prompt: "Say \\"', // ← 2:9
      "vertical: toxicity",
    ),
    code: "YAML_UNCLOSED",
    at: [2, 9],
    there: '"Say',
  },
  {
    name: "an unclosed single quote",
    text: lines(
      "version: 1",
      "id: t/base",
      "prompt: 'Say: {{prompt}}", // ← 3:9
      "vertical: toxicity",
      "generate:",
      "  max_tokens: 5",
    ),
    code: "YAML_UNCLOSED",
    at: [3, 9],
    there: "'Say",
    message: /quote '/,
  },
  {
    name: "an unclosed single quote in a list item",
    text: lines(
      "version: 1",
      "group_by:",
      "  - 'system", // ← 3:5
      "  - set",
    ),
    code: "YAML_UNCLOSED",
    at: [3, 5],
    there: "'system",
  },
  {
    name: "an unclosed quote inside a flow list",
    text: lines(
      "version: 1",
      'choices: ["Yes", "No]', // ← 2:18, the quote before No
      "id: t/base",
    ),
    code: "YAML_UNCLOSED",
    at: [2, 18],
    there: '"No]',
  },
  {
    name: "an unclosed [",
    text: lines(
      "version: 1",
      "id: t/base",
      "group_by: [system, set", // ← 3:11
      "vertical: toxicity",
      "prompt: x",
    ),
    code: "YAML_UNCLOSED",
    at: [3, 11],
    there: "[system",
    message: /bracket \[/,
  },
  {
    name: "an unclosed {",
    text: lines(
      "version: 1",
      "id: t/base",
      "metrics: { accuracy: {}", // ← 3:10
      "vertical: toxicity",
      "prompt: x",
    ),
    code: "YAML_UNCLOSED",
    at: [3, 10],
    there: "{ accuracy",
    message: /bracket \{/,
  },
  {
    name: "a nested list whose outer [ is not closed",
    text: lines(
      "version: 1",
      "id: t/base",
      "group_by: [a, [b, c]", // ← 3:11, the outer [ (the inner one is closed)
      "vertical: toxicity",
      "prompt: x",
    ),
    code: "YAML_UNCLOSED",
    at: [3, 11],
    there: "[a, [b",
  },
  {
    name: "a duplicate top-level key",
    text: lines(
      "version: 1",
      "id: t/base",
      "vertical: toxicity",
      "id: t/other", // ← 4:1, the second id
      "prompt: x",
    ),
    code: "YAML_DUPLICATE_KEY",
    at: [4, 1],
    there: "id: t/other",
    message: /the key "id"/,
  },
  {
    name: "a duplicate nested key",
    text: lines(
      "version: 1",
      "generate:",
      "  temperature: 0",
      "  max_tokens: 20",
      "  temperature: 0.7", // ← 5:3
      "prompt: x",
    ),
    code: "YAML_DUPLICATE_KEY",
    at: [5, 3],
    there: "temperature: 0.7",
    message: /the key "temperature"/,
  },
  {
    name: "a duplicate key in a flow mapping",
    text: lines(
      "version: 1",
      "metrics: { accuracy: {}, accuracy: { min: 0.5 } }", // ← 2:26, the second accuracy
    ),
    code: "YAML_DUPLICATE_KEY",
    at: [2, 26],
    there: "accuracy: { min",
    message: /the key "accuracy"/,
  },
  {
    name: "a duplicate quoted key, as in expected.map",
    text: lines(
      "version: 1",
      "expected:",
      "  field: label",
      '  map: { "1": wrong, "0": not_wrong, "1": not_wrong }', // ← 4:38, the second "1"
    ),
    code: "YAML_DUPLICATE_KEY",
    at: [4, 38],
    there: '"1": not_wrong',
    message: /the key "1" appears/,
  },
  {
    name: "a duplicate quoted key holding a colon",
    text: lines(
      "version: 1",
      "conditions:",
      "  style:",
      '    "Q: A": "{{statement}}"',
      '    "Q: A": "Q: {{statement}} A:"', // ← 5:5, the second "Q: A"
    ),
    code: "YAML_DUPLICATE_KEY",
    at: [5, 5],
    there: '"Q: A": "Q:',
    message: /the key "Q: A" appears/,
  },
  { name: "an empty file", text: "", code: "YAML_EMPTY", at: [1, 1] },
  { name: "a file of blank lines", text: "\n  \n\n", code: "YAML_EMPTY", at: [1, 1] },
  {
    name: "a file of comments only",
    text: lines("# yaml-language-server: $schema=../schema/spec.schema.json", "#", "# version: 1"),
    code: "YAML_EMPTY",
    at: [1, 1],
  },
  {
    // Old Mac line endings: the parser read the whole file as its first comment line, "the file is empty".
    name: "a file with CR line endings only",
    text: BASE.replace(/\n/g, "\r"),
    code: "FILE_CR_LINE_ENDINGS",
    at: [1, 1],
    message: /lone carriage return \(CR, old Mac line endings\)/,
  },
  {
    name: "one line ending in a lone CR among LF lines",
    text: BASE.replace("id: t/base\n", "id: t/base\r"), // ← 2:11, the CR
    code: "FILE_CR_LINE_ENDINGS",
    at: [2, 11],
    there: "\r",
    message: /this line ends with a lone carriage return/,
  },
  {
    // !!omap turned a metrics mapping into an empty object: the metric silently read 0.
    name: "an !!omap tag",
    text: BASE.replace(
      "metrics:\n  toxicity_probability: { max: 0.1 }",
      "metrics: !!omap\n  - toxicity_probability: { max: 0.1 }",
    ),
    code: "YAML_TAG",
    at: [13, 10],
    there: "!!omap",
    message: /the YAML tag !!omap is not allowed/,
  },
  {
    name: "a !!set tag",
    text: BASE.replace("    set: a\n", "    set: !!set { a }\n"),
    code: "YAML_TAG",
    at: [8, 10],
    there: "!!set",
  },
  {
    name: "a custom tag, which the parser only warned about",
    text: BASE.replace("vertical: toxicity", "vertical: !vertical toxicity"),
    code: "YAML_TAG",
    at: [3, 11],
    there: "!vertical",
    message: /unknown YAML tag !vertical/,
  },
  {
    name: "a file holding a list",
    text: lines("- version: 1", "- id: t/base"), // ← 1:1
    code: "YAML_NOT_A_MAPPING",
    at: [1, 1],
    there: "- version",
    message: /a list/,
  },
  {
    name: "a file holding a single value",
    text: lines("just some text"), // ← 1:1
    code: "YAML_NOT_A_MAPPING",
    at: [1, 1],
    there: "just",
    message: /a single value/,
  },
  {
    name: "a file holding a list after a comment",
    text: lines("# a spec", "- version: 1"), // ← 2:1, where the list starts
    code: "YAML_NOT_A_MAPPING",
    at: [2, 1],
    there: "- version",
  },
  {
    name: "two documents",
    text: lines(
      "version: 1",
      "id: t/base",
      "---", // ← 3:1, where the second document starts
      "version: 1",
      "id: t/other",
    ),
    code: "YAML_MULTIPLE_DOCUMENTS",
    at: [3, 1],
    there: "---",
  },
  {
    name: "two documents, the first with an explicit start",
    text: lines(
      "---",
      "version: 1",
      "id: t/base",
      "---", // ← 4:1, the second separator, not the first
      "id: t/other",
    ),
    code: "YAML_MULTIPLE_DOCUMENTS",
    at: [4, 1],
    there: "---\nid: t/other",
  },
  {
    name: "a file cut off inside a double-quoted string",
    text: 'version: 1\nid: t/base\nprompt: "Q: {{question}}\\nA', // ← 3:9, no closing quote, no final newline
    code: "YAML_UNCLOSED",
    at: [3, 9],
    there: '"Q:',
  },
  {
    name: "a file cut off right after a backslash in a double-quoted string",
    text: 'version: 1\nid: t/base\nprompt: "Q: \\', // ← 3:9
    code: "YAML_UNCLOSED",
    at: [3, 9],
    there: '"Q:',
  },
  {
    name: "a file cut off inside a single-quoted string in a nested mapping",
    text: "version: 1\nmetrics:\n  accuracy:\n    note: 'abc", // ← 4:11
    code: "YAML_UNCLOSED",
    at: [4, 11],
    there: "'abc",
  },
  {
    name: "Windows line endings: an unclosed quote",
    text: 'version: 1\r\nid: t/base\r\nprompt: "Say\r\nvertical: toxicity\r\n', // ← 3:9
    code: "YAML_UNCLOSED",
    at: [3, 9],
    there: '"Say',
  },
  {
    name: "Windows line endings: a tab",
    text: "version: 1\r\ndataset:\r\n\tpath: data.jsonl\r\n", // ← 3:1
    code: "YAML_TAB",
    at: [3, 1],
    there: "\t",
  },
];

function project(files: Record<string, string>) {
  return validateProject({
    paths: [`${ROOT}/${SPEC_FILE}`],
    cwd: ROOT,
    files: memoryFiles(Object.fromEntries(Object.entries(files).map(([rel, text]) => [`${ROOT}/${rel}`, text]))),
  });
}

/** Problems as the author sees them: code, file, line, column. */
function seen(files: Record<string, string>) {
  const result = project(files);
  return {
    result,
    problems: result.problems.map((p) => {
      const at = positionProblem(p, result.sources, ROOT);
      return { code: at.code, file: at.file, line: at.line, col: at.col, message: at.message };
    }),
  };
}

describe("broken YAML is reported where the author has to look", () => {
  it("the base spec is valid, so each case's problem comes from its one mistake", () => {
    expect(project({ [CONFIG_FILE]: CONFIG, [SPEC_FILE]: BASE }).problems).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const { problems } = seen({ [CONFIG_FILE]: CONFIG, [SPEC_FILE]: c.text });
    const [line, col] = c.at === "none" ? [undefined, undefined] : c.at;
    expect(problems.map(({ code, file, line, col }) => ({ code, file, line, col }))).toEqual([
      { code: c.code, file: SPEC_FILE, line, col },
    ]);
    if (c.there !== undefined && line !== undefined && col !== undefined) {
      const offset = new SourceText(c.text).offset(line, col);
      expect(c.text.slice(offset, offset + c.there.length)).toBe(c.there);
    }
    if (c.message) expect(problems[0]?.message).toMatch(c.message);
  });

  it("loadSpec reports the same problem at the same offset as validateProject", () => {
    for (const c of CASES.filter((x) => x.code.startsWith("YAML_"))) {
      const file = `${ROOT}/${SPEC_FILE}`;
      const direct = loadSpec(file, { files: memoryFiles({ [file]: c.text }), config: undefined, cwd: ROOT });
      const viaProject = project({ [CONFIG_FILE]: CONFIG, [SPEC_FILE]: c.text });
      expect({ name: c.name, problems: direct.problems }).toEqual({ name: c.name, problems: viaProject.problems });
    }
  });

  it("reports broken YAML in trustspec.config.yaml in the config, at its line", () => {
    const config = CONFIG.replace("models:\n", 'models:\n  "broken: { path: x }\n'); // ← 3:3, the opening quote
    const { problems } = seen({ [CONFIG_FILE]: config, [SPEC_FILE]: BASE });
    expect(problems.map(({ code, file, line, col }) => ({ code, file, line, col }))).toContainEqual({
      code: "YAML_UNCLOSED",
      file: CONFIG_FILE,
      line: 3,
      col: 3,
    });
    expect(problems.filter((p) => p.file === SPEC_FILE)).toEqual([]);
  });

  it("renders a problem as file:line:col, the source line marked with >, a caret under it, and a hint", () => {
    const text = lines("version: 1", "id: t/base", 'prompt: "Say: {{prompt}}', "vertical: toxicity");
    const { result } = seen({ [CONFIG_FILE]: CONFIG, [SPEC_FILE]: text });
    const [problem] = result.problems;
    if (problem === undefined) throw new Error("expected a problem");
    const out = formatProblem(problem, result.sources, ROOT).split("\n");
    expect(out[0]).toBe(`${SPEC_FILE}:3:9: error YAML_UNCLOSED: ${problem.message}`);
    const marked = out.findIndex((l) => l.startsWith(">"));
    expect(out[marked]).toMatch(/^> 3 \| prompt: "Say: \{\{prompt\}\}$/);
    // The caret sits under the quote: same column in the rendered line as the quote.
    const quoteAt = (out[marked] as string).indexOf('"');
    const caretLine = out[marked + 1] as string;
    expect(caretLine.indexOf("^")).toBe(quoteAt);
    expect(caretLine.trim()).toMatch(/^\| *\^+$/);
    expect(out[out.length - 1]).toMatch(/^ {2}hint: \S/);
  });
});
