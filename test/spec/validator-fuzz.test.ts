import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import fc from "fast-check";
import { parseDocument, stringify } from "yaml";
import { memoryFiles } from "../../src/spec/file-access";
import { formatProblem, positionProblem, summarize } from "../../src/spec/format-problems";
import { PROBLEM_CODES, type Problem } from "../../src/spec/problem";
import { type ProjectResult, validateProject } from "../../src/spec/validate-project";

// Random mutations of the bundled (valid) specs must never make the validator throw: whatever the
// author typed (or whatever bytes a pull request put in the file), they get either a valid spec or
// well-formed errors, each at a file, line and column, that render as text. The search is seeded, so
// a failure replays; TRUSTSPEC_FUZZ_RUNS=N runs N mutants instead of the default few hundred, and
// TRUSTSPEC_FUZZ_SEED=S another seed.

const ROOT = join(__dirname, "..", "..");
const PROJECT = "/virtual/project";

/** Every file under `dir` (relative path → text), read from disk once. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else out[relative(ROOT, path)] = readFileSync(path, "utf8");
    }
  };
  visit(dir);
  return out;
}

/**
 * The config, every fixture and the files the bundled specs name beside them (a module judge), at the
 * same relative places as on disk, so `../../fixtures/…` and `judges/…` resolve.
 */
const projectFiles: Record<string, string> = {};
for (const [rel, text] of Object.entries({
  ...readTree(join(ROOT, "fixtures")),
  ...Object.fromEntries(Object.entries(readTree(join(ROOT, "specs"))).filter(([rel]) => !rel.endsWith(".trust.yaml"))),
  "trustspec.config.yaml": readFileSync(join(ROOT, "trustspec.config.yaml"), "utf8"),
})) {
  projectFiles[`${PROJECT}/${rel}`] = text;
}

interface Seed {
  readonly file: string;
  readonly text: string;
}
const seeds: Seed[] = Object.entries(readTree(join(ROOT, "specs")))
  .filter(([rel]) => rel.endsWith(".trust.yaml"))
  .map(([rel, text]) => ({ file: `${PROJECT}/${rel}`, text }));

const RUNS = Number(process.env.TRUSTSPEC_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.TRUSTSPEC_FUZZ_SEED ?? 20_240_620);

function validate(seed: Seed, content: string | Uint8Array): ProjectResult {
  return validateProject({
    paths: [seed.file],
    cwd: PROJECT,
    files: memoryFiles({ ...projectFiles, [seed.file]: content }),
  });
}

// ---- mutations, as data so that counterexamples print readably --------------------------------

const HUGE = 100_000;

type Replacement =
  | { readonly kind: "json"; readonly value: unknown }
  | { readonly kind: "huge-string"; readonly unit: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "nested-arrays"; readonly depth: number };

type Mutation =
  | { readonly kind: "delete-line"; readonly line: number }
  | { readonly kind: "delete-key"; readonly pick: number }
  | { readonly kind: "replace-value"; readonly pick: number; readonly with: Replacement }
  | { readonly kind: "indent"; readonly line: number; readonly change: number | "tab" }
  | { readonly kind: "truncate"; readonly at: number }
  | { readonly kind: "insert"; readonly at: number; readonly text: string }
  | { readonly kind: "duplicate-line"; readonly line: number }
  | { readonly kind: "swap-lines"; readonly a: number; readonly b: number }
  | { readonly kind: "yaml-value"; readonly line: number; readonly value: string }
  | { readonly kind: "replace-all"; readonly text: string }
  | { readonly kind: "trim-end" }
  | { readonly kind: "path"; readonly pick: number; readonly to: string }
  | { readonly kind: "line-endings"; readonly line: number | "all" };

/** How the mutated text is saved: as UTF-8, with a byte that is not, or as UTF-16. */
type Encoding =
  | { readonly kind: "utf8" }
  | { readonly kind: "bad-byte"; readonly at: number; readonly byte: number }
  | { readonly kind: "utf16"; readonly endian: "le" | "be"; readonly bom: boolean };

const pos = fc.nat({ max: 1_000_000 });

/** Text that looks like YAML and templates, so random files reach past the first syntax check. */
const yamlish = fc
  .array(
    fc.constantFrom(
      "version: 1\n",
      "id: a/b\n",
      "vertical: bias\n",
      "prompt: ",
      "dataset:\n",
      "  path: ../../fixtures/bias/pairs.csv\n",
      "metrics:\n",
      "  accuracy: {}\n",
      "__proto__: ",
      "constructor: ",
      "key",
      ": ",
      "\n",
      "  ",
      "\t",
      "- ",
      "[",
      "]",
      "{",
      "}",
      ",",
      '"',
      "'",
      "#",
      "&a ",
      "*a",
      "!!str ",
      "!!binary ",
      "---\n",
      "...\n",
      "|\n",
      ">-\n",
      "? ",
      "{{x}}",
      "{{#each y}}",
      "{{/each}}",
      "{{> p}}",
      "{{",
      "}}",
      "1e308",
      ".nan",
      "~",
      "\r\n",
      "\u2028",
      "\uFEFF",
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

/** YAML-level values that JSON cannot express: aliases, anchors, tags, merges, block scalars. */
const yamlValue = fc.constantFrom(
  "*a",
  "&a x",
  "&a [*a]",
  "!!binary aGk=",
  "!!set { a, b }",
  "!!omap [ a: 1 ]",
  "!!int x",
  "!!float .nan",
  "!!str",
  "!custom x",
  "<<: *a",
  "~",
  ".inf",
  "-.nan",
  "0x1F",
  "0o17",
  "1_000",
  "2001-12-14t21:59:43.10-05:00",
  "|",
  ">-",
  "|\n  block",
  "? x",
  "- x",
  "{ a: 1, a: 2 }",
  // Templates the checks must reject: unclosed, unbalanced, unknown helpers and partials.
  "{{x}}",
  "[{{x}}]",
  "a {{x",
  "a {{#each x}}",
  "a {{/if}}",
  "a {{#if x}}{{/each}}",
  "a {{> missing}}",
  "a {{nohelper x}}",
  "a {{{x}}",
  // Templates that passed validation and failed at run time, and shapes Handlebars parses slowly.
  '"{{#if}}x{{/if}}"',
  '"{{#with \\"x\\"}}{{this.constructor}}{{/with}}"',
  '"{{__proto__}}"',
  "\"{{lookup this 'constructor'}}\"",
  '"{{keys}}"',
  `"${"{{#each x}}".repeat(200)}"`,
  `"${"{{!-- c --}}".repeat(150)}"`,
);

/** Paths a pull request could point a spec at: outside the project, devices, the process's environment. */
const attackPath = fc.constantFrom(
  "/etc/passwd",
  "../../../../../../etc/passwd",
  "/dev/zero",
  "/proc/self/environ",
  "../../../outside/credentials.txt",
  "../../fixtures/../../outside.jsonl",
  "./",
  "..",
);

/** `key: value` or `- item`, capturing everything before the value. */
const VALUE_LINE = /^(\s*(?:- (?:[^\s#:{["'][^:#]*:[ \t]+)?|[^\s#:{["'-][^:#]*:[ \t]+))(?=[^\s#])(.*)$/;

const randomText = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ maxLength: 300 }), yamlish);

// Huge strings are rarer than the rest: one validation of a 100k-character value costs about as
// much as 25 other runs, and the time is better spent on more runs.
const replacement: fc.Arbitrary<Replacement> = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: "json" as const, value })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(1e308, -1e308, -1, Number.NaN, Number.POSITIVE_INFINITY, -0, 4294967296, 0.5)
      .map((value) => ({ kind: "number" as const, value })),
  },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 2, max: 150 }).map((depth) => ({ kind: "nested-arrays" as const, depth })),
  },
  {
    weight: 1,
    arbitrary: fc.string({ minLength: 1, maxLength: 6 }).map((unit) => ({ kind: "huge-string" as const, unit })),
  },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  pos.map((line) => ({ kind: "delete-line" as const, line })),
  pos.map((pick) => ({ kind: "delete-key" as const, pick })),
  fc.record({ kind: fc.constant("replace-value" as const), pick: pos, with: replacement }),
  fc.record({
    kind: fc.constant("indent" as const),
    line: pos,
    change: fc.oneof(fc.integer({ min: -4, max: 4 }), fc.constant("tab" as const)),
  }),
  pos.map((at) => ({ kind: "truncate" as const, at })),
  fc.record({
    kind: fc.constant("insert" as const),
    at: pos,
    text: fc.oneof(
      fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
      fc.constantFrom("{{", "}}", "[", "{", '"', "'"),
    ),
  }),
  pos.map((line) => ({ kind: "duplicate-line" as const, line })),
  fc.record({ kind: fc.constant("yaml-value" as const), line: pos, value: yamlValue }),
  fc.record({ kind: fc.constant("swap-lines" as const), a: pos, b: pos }),
  randomText.map((text) => ({ kind: "replace-all" as const, text })),
  fc.constant({ kind: "trim-end" as const }),
  fc.record({ kind: fc.constant("path" as const), pick: pos, to: attackPath }),
  fc.record({ kind: fc.constant("line-endings" as const), line: fc.oneof(pos, fc.constant("all" as const)) }),
);

const encoding: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ kind: "utf8" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("bad-byte" as const),
      at: pos,
      byte: fc.constantFrom(0x80, 0xbf, 0xc0, 0xc3, 0xe9, 0xed, 0xf5, 0xff),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("utf16" as const),
      endian: fc.constantFrom("le" as const, "be" as const),
      bom: fc.boolean(),
    }),
  },
);

function encode(text: string, e: Encoding): string | Uint8Array {
  switch (e.kind) {
    case "utf8":
      return text;
    case "bad-byte": {
      const bytes = Buffer.from(text, "utf8");
      const i = at(e.at, bytes.length);
      return Buffer.concat([bytes.subarray(0, i), Buffer.from([e.byte]), bytes.subarray(i)]);
    }
    case "utf16": {
      const le = Buffer.from(`${e.bom ? "\uFEFF" : ""}${text}`, "utf16le");
      return e.endian === "le" ? le : le.swap16();
    }
  }
}

function materialise(r: Replacement): unknown {
  switch (r.kind) {
    case "json":
    case "number":
      return r.value;
    case "huge-string":
      return r.unit.repeat(Math.ceil(HUGE / r.unit.length)).slice(0, HUGE);
    case "nested-arrays": {
      let v: unknown = [1];
      for (let i = 1; i < r.depth; i++) v = [v];
      return v;
    }
  }
}

const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

type Path = (string | number)[];

/** Plain objects and arrays only: `!!binary` gives a Uint8Array, `!!set` a Set, and so on. */
function isContainer(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}

/** Every path below the root of a parsed YAML value, in document order; aliases can make it cyclic. */
function pathsOf(value: unknown, prefix: Path = [], visited = new Set<object>()): Path[] {
  if (!isContainer(value) || visited.has(value)) return [];
  visited.add(value);
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => [
    [...prefix, k],
    ...pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k], visited),
  ]);
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  return node;
}

/** Applies `change` to the text's parsed mapping and re-serialises it; unchanged if it does not parse. */
function restructure(text: string, change: (root: Record<string, unknown>) => void): string {
  const doc = parseDocument(text, { logLevel: "error" });
  if (doc.errors.length > 0) return text;
  let root: unknown;
  try {
    root = doc.toJS();
  } catch {
    return text; // e.g. too many aliases: nothing to restructure
  }
  if (!isContainer(root) || Array.isArray(root)) return text;
  change(root as Record<string, unknown>);
  return stringify(root);
}

const at = (n: number, length: number) => (length === 0 ? 0 : n % (length + 1));

function apply(text: string, m: Mutation): string {
  const lines = text.split("\n");
  const line = (n: number) => n % lines.length;
  switch (m.kind) {
    case "delete-line":
      return lines.filter((_, i) => i !== line(m.line)).join("\n");
    case "duplicate-line": {
      const i = line(m.line);
      return [...lines.slice(0, i + 1), ...lines.slice(i)].join("\n");
    }
    case "swap-lines": {
      const [a, b] = [line(m.a), line(m.b)];
      const out = [...lines];
      [out[a], out[b]] = [lines[b] ?? "", lines[a] ?? ""];
      return out.join("\n");
    }
    case "indent": {
      const i = line(m.line);
      const current = lines[i] ?? "";
      const changed =
        m.change === "tab"
          ? current.replace(/^( *)/, (lead) => `${lead.slice(0, lead.length >> 1)}\t${lead.slice(lead.length >> 1)}`)
          : m.change >= 0
            ? " ".repeat(m.change) + current
            : current.replace(new RegExp(`^ {0,${-m.change}}`), "");
      return [...lines.slice(0, i), changed, ...lines.slice(i + 1)].join("\n");
    }
    case "truncate":
      return text.slice(0, at(m.at, text.length));
    case "insert": {
      const i = at(m.at, text.length);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case "yaml-value": {
      // The value of the first `key: value` or `- item` line at or after the picked line.
      const i = lines.findIndex((l, n) => n >= line(m.line) && VALUE_LINE.test(l));
      if (i < 0) return text;
      const changed = (lines[i] as string).replace(VALUE_LINE, (_, lead: string) => lead + m.value);
      return [...lines.slice(0, i), changed, ...lines.slice(i + 1)].join("\n");
    }
    case "replace-all":
      return m.text;
    case "path": {
      // The value of the n-th `path:` key, or of `names:` and partial entries that name files.
      const keys = [...text.matchAll(/^(\s*(?:- )?(?:path|names|primer):[ \t]*)(\S.*)$/gm)];
      const hit = keys[m.pick % Math.max(1, keys.length)];
      if (hit?.index === undefined) return text;
      return text.slice(0, hit.index) + (hit[1] as string) + m.to + text.slice(hit.index + hit[0].length);
    }
    case "line-endings": {
      if (m.line === "all") return text.replace(/\r?\n/g, "\r");
      const i = line(m.line);
      return lines.map((l, n) => (n === i ? `${l}\r` : l)).join("\n");
    }
    case "trim-end":
      return text.trimEnd(); // no final line break, as many editors save files
    case "delete-key":
      return restructure(text, (root) => {
        const keyed = pathsOf(root).filter((p) => typeof p[p.length - 1] === "string");
        const path = keyed[m.pick % Math.max(1, keyed.length)];
        if (path) delete parentOf(root, path)[path[path.length - 1] as string];
      });
    case "replace-value":
      return restructure(text, (root) => {
        const paths = pathsOf(root);
        const path = paths[m.pick % Math.max(1, paths.length)];
        if (!path) return;
        const parent = parentOf(root, path);
        const key = path[path.length - 1] as string | number;
        const value = materialise(m.with);
        // Always a value of another type than the one it replaces.
        parent[key] = typeOf(value) !== typeOf(parent[key]) ? value : typeOf(value) === "array" ? { value } : [value];
      });
  }
}

// ---- the properties ---------------------------------------------------------------------------

function expectWellFormed(seed: Seed, content: string | Uint8Array, result: ProjectResult, seen: Set<string>): void {
  if (typeof content === "string" && result.sources[seed.file] !== undefined) {
    expect(result.sources[seed.file]).toBe(content);
  }
  const errors = result.problems.filter((p) => p.severity === "error");
  // Either a valid spec (warnings allowed) or errors saying why not.
  if (errors.length === 0) {
    expect(result.specs.map((s) => s.file)).toEqual([seed.file]);
    seen.add("valid");
  } else {
    expect(result.specs).toEqual([]);
  }
  for (const problem of result.problems) {
    expectProblemWellFormed(problem, result.sources);
    seen.add(problem.code);
  }
}

function expectProblemWellFormed(problem: Problem, sources: Readonly<Record<string, string>>): void {
  const where = `${problem.code} ${problem.file}@${problem.start}-${problem.end}`;
  expect(PROBLEM_CODES).toContain(problem.code);
  expect(["error", "warning"]).toContain(problem.severity);
  expect(typeof problem.message).toBe("string");
  expect(problem.message.trim()).not.toBe("");
  // Every problem of a spec has a place: a file, a line and a column.
  if (problem.start === undefined) throw new Error(`${where}: no position (${problem.message})`);
  const source = sources[problem.file];
  if (source === undefined) throw new Error(`${where}: positioned in a file missing from sources`);
  const end = problem.end ?? problem.start;
  if (!(Number.isInteger(problem.start) && Number.isInteger(end))) throw new Error(`${where}: non-integer offsets`);
  if (!(problem.start >= 0 && problem.start <= end && end <= source.length)) {
    throw new Error(`${where}: offsets outside 0..${source.length}`);
  }
  const positioned = positionProblem(problem, sources, PROJECT);
  expect(positioned.line).toBeGreaterThanOrEqual(1);
  expect(positioned.col).toBeGreaterThanOrEqual(1);
  const rendered = formatProblem(problem, sources, PROJECT);
  expect(rendered).toContain(`${problem.code}: `);
  // A data file is quoted one short excerpt at a time.
  if (problem.dataFile) {
    const frame = rendered.split("\n").filter((l) => /^[> ] +\d+ \| /.test(l));
    expect(frame.length).toBeLessThanOrEqual(1);
    for (const l of frame) expect(l.replace(/^> +\d+ \| /, "").length).toBeLessThanOrEqual(82);
  }
}

const seedIndex = fc.nat({ max: seeds.length - 1 });

/**
 * `fc.assert` with a fixed seed and only the shrinking capped in time. Every one of the `numRuns`
 * cases runs; but shrinking re-validates inputs holding 100k-character values, and an uncapped shrink
 * once ran for 11 minutes. So the search stops at the first failure, then fast-check replays that
 * failure from its seed and path and shrinks it for at most a minute before reporting.
 */
function assertProperty<Ts>(property: fc.IProperty<Ts>, numRuns: number): void {
  const found = fc.check(property, { numRuns, seed: SEED, endOnFailure: true });
  if (!found.failed) return;
  fc.assert(property, {
    seed: found.seed,
    ...(found.counterexamplePath !== null ? { path: found.counterexamplePath } : {}),
    interruptAfterTimeLimit: 60_000,
  });
  // The replay passed, so the failure depends on more than the input: report it as found.
  throw new Error(fc.defaultReportMessage(found) ?? "property failed");
}

describe("the validator on mutated specs", () => {
  it("starts from valid specs: every bundled spec validates in the in-memory project", () => {
    expect(seeds.length).toBeGreaterThan(0);
    for (const seed of seeds) {
      const result = validate(seed, seed.text);
      expect({ file: seed.file, problems: result.problems }).toEqual({ file: seed.file, problems: [] });
      expect(result.specs).toHaveLength(1);
    }
  });

  it(`never throws on 1–3 random mutations of a bundled spec (${RUNS} mutants), and positions every problem`, () => {
    const seen = new Set<string>();
    assertProperty(
      fc.property(seedIndex, fc.array(mutation, { minLength: 1, maxLength: 3 }), encoding, (i, mutations, saved) => {
        const seed = seeds[i] as Seed;
        const content = encode(mutations.reduce(apply, seed.text), saved);
        expectWellFormed(seed, content, validate(seed, content), seen);
      }),
      RUNS,
    );
    // The mutations did break specs in many ways, and left some valid: the property was not vacuous.
    expect(seen.has("valid")).toBe(true);
    expect(seen.size).toBeGreaterThanOrEqual(10);
    // …and the attacks of issue 20 reached their checks: paths, bytes, line endings, tags.
    if (RUNS >= 300) {
      for (const code of ["PATH_OUTSIDE_PROJECT", "FILE_NOT_UTF8", "FILE_UTF16", "FILE_CR_LINE_ENDINGS", "YAML_TAG"]) {
        expect(seen).toContain(code);
      }
    }
  });

  it("never throws when the whole file is random text", () => {
    const seen = new Set<string>();
    assertProperty(
      fc.property(seedIndex, randomText, (i, text) => {
        const seed = seeds[i] as Seed;
        expectWellFormed(seed, text, validate(seed, text), seen);
      }),
      Math.ceil(RUNS / 3),
    );
    expect([...seen].filter((code) => code.startsWith("YAML_")).length).toBeGreaterThanOrEqual(3);
  });
});

// ---- cost: linear in the problems, and at most 50 listed per file ------------------------------

const LIN_CONFIG = "version: 1\nmodels:\n  base: { path: models/base }\n";
const linSpec = (prompt: string, extra = "", dataset = '{ items: [{ q: "a" }] }') =>
  `version: 1\nid: t/lin\nvertical: toxicity\nmodels: [base]\ndataset: ${dataset}\n${extra}prompt: ${JSON.stringify(prompt)}\ngenerate: { max_tokens: 5 }\njudge: { kind: toxicity-lexical }\nmetrics:\n  toxicity_probability: { max: 0.5 }\n`;
const times = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join("");

/** Specs (and their data files) with `n` of one kind of problem: the shapes issue 20 found quadratic, and kin. */
const SHAPES: Record<string, { readonly n: number; readonly make: (n: number) => Record<string, string> }> = {
  "unknown keys": {
    n: 150,
    make: (n) => ({ "specs/a.trust.yaml": linSpec("{{q}}") + times(n, (i) => `unknown_${i}: ${i}\n`) }),
  },
  "duplicate keys": { n: 1500, make: (n) => ({ "specs/a.trust.yaml": linSpec("{{q}}") + "dup: 1\n".repeat(n) }) },
  "missing partial files": {
    n: 600,
    make: (n) => ({
      "specs/a.trust.yaml": linSpec("{{q}}", `partials:\n${times(n, (i) => `  p${i}: missing_${i}.txt\n`)}`),
    }),
  },
  "where keys no record has": {
    n: 600,
    make: (n) => ({
      "specs/a.trust.yaml": linSpec(
        "{{q}}",
        "",
        `{ items: [{ q: "a" }], where: { ${times(n, (i) => `w${i}: x, `)}q: a } }`,
      ),
    }),
  },
  "unknown template variables": {
    n: 600,
    make: (n) => ({ "specs/a.trust.yaml": linSpec(times(n, (i) => `{{v${i}}} `)) }),
  },
  "unclosed {{#each}} blocks": { n: 2000, make: (n) => ({ "specs/a.trust.yaml": linSpec("{{#each q}}".repeat(n)) }) },
  "template comments": {
    n: 4000,
    make: (n) => ({ "specs/a.trust.yaml": linSpec(`${"{{!-- c --}}".repeat(n)}{{q}}`) }),
  },
  "bad JSONL lines": {
    n: 1000,
    make: (n) => ({
      "specs/a.trust.yaml": linSpec("{{q}}", "", "{ path: data.jsonl }"),
      "specs/data.jsonl": "not json\n".repeat(n),
    }),
  },
  "records lacking a field the prompt uses": {
    n: 500,
    make: (n) => ({
      "specs/a.trust.yaml": linSpec("{{q}} {{r}}", "", "{ path: data.jsonl }"),
      "specs/data.jsonl": times(n, (i) => `${JSON.stringify(i % 2 ? { q: "a", r: "b" } : { q: "a" })}\n`),
    }),
  },
};

/** Milliseconds to validate a project and format every problem, and the problems. */
function cost(files: Record<string, string>): { ms: number; problems: Problem[] } {
  const all = memoryFiles({
    [`${PROJECT}/trustspec.config.yaml`]: LIN_CONFIG,
    ...Object.fromEntries(Object.entries(files).map(([rel, text]) => [`${PROJECT}/${rel}`, text])),
  });
  const started = process.hrtime.bigint();
  const result = validateProject({ paths: [`${PROJECT}/specs/a.trust.yaml`], cwd: PROJECT, files: all });
  for (const p of result.problems) formatProblem(p, result.sources, PROJECT);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, problems: result.problems };
}

describe("the validator's cost", () => {
  it("lists at most 50 problems of a file, then says how many more there are", () => {
    const { problems } = cost({ "specs/a.trust.yaml": linSpec("{{q}}") + times(1000, (i) => `unknown_${i}: ${i}\n`) });
    expect(problems).toHaveLength(51);
    expect(problems.slice(0, 50).every((p) => p.code === "UNKNOWN_KEY")).toBe(true);
    expect(problems[50]).toMatchObject({
      code: "TOO_MANY_PROBLEMS",
      severity: "error",
      omitted: 950,
      message: "950 more problems of this file are not listed (the first 50 are)",
    });
    expect(summarize(problems, 1)).toBe("50 errors, 0 warnings (and 950 more problems not listed) in 1 spec checked");
  });

  /*
   * Linear, by comparing each shape at N and 4N problems in the same test: quadratic work costs 16×
   * at 4N, linear 4×; the bound is 8× plus 25 ms for timer noise on small figures. This is a timing
   * comparison because the quadratic work sat inside the YAML parser (its duplicate-key check) and
   * Handlebars' parser (stack copies, comment handling), where no counter reaches; each figure is the
   * least of three tries, taken alternately, so load on a shared machine affects both sizes alike.
   */
  it.each(Object.entries(SHAPES))("grows linearly with %s", (_, shape) => {
    const small = shape.make(shape.n);
    const large = shape.make(4 * shape.n);
    let [tSmall, tLarge] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let rep = 0; rep < 3; rep++) {
      tSmall = Math.min(tSmall, cost(small).ms);
      tLarge = Math.min(tLarge, cost(large).ms);
    }
    expect(cost(large).problems.length).toBeLessThanOrEqual(51);
    if (tLarge > 8 * tSmall + 25) {
      throw new Error(`${4 * shape.n} cost ${tLarge.toFixed(0)} ms, ${shape.n} ${tSmall.toFixed(0)} ms: not linear`);
    }
  });
});
