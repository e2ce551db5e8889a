import {
  CST,
  type Document,
  isMap,
  isScalar,
  LineCounter,
  Parser,
  parseAllDocuments,
  visit,
  type YAMLError,
} from "yaml";
import { type Problem, type ProblemCode, problemsFor } from "./problem";
import { SourceText } from "./source-text";

/** A parsed YAML file that keeps every node's source range. */
export interface YamlFile {
  readonly file: string;
  readonly text: string;
  readonly doc: Document.Parsed;
}

export type YamlParse =
  | { readonly ok: true; readonly yaml: YamlFile; readonly data: Record<string, unknown> }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * Parses a YAML file that must hold one mapping. Syntax errors come back positioned where the
 * author has to look: an unclosed quote or bracket at the character that opens it, not where the
 * parser gave up.
 */
export function parseYamlMapping(file: string, text: string): YamlParse {
  try {
    return parseMapping(file, text);
  } catch (e) {
    // The YAML parser and our tree walks recurse: thousands of nested brackets exhaust the stack.
    if (!(e instanceof RangeError)) throw e;
    return {
      ok: false,
      problems: [
        problemsFor(file)("YAML_SYNTAX", "the YAML nests too deeply to read", {
          start: Math.max(0, text.search(/[[{]/)),
          hint: "a spec is a few levels deep; check for runaway brackets",
        }),
      ],
    };
  }
}

function parseMapping(file: string, text: string): YamlParse {
  const problem = problemsFor(file);
  const lineEnding = loneCarriageReturn(file, text);
  if (lineEnding !== undefined) return { ok: false, problems: [lineEnding] };
  // The parser's own duplicate-key check compares each key with every earlier one (quadratic in the
  // keys of a mapping: 20,000 keys took minutes); duplicateKeys below does it with a set.
  const docs = parseAllDocuments(text, {
    prettyErrors: false,
    uniqueKeys: false,
    lineCounter: new LineCounter(),
    logLevel: "error",
  });
  const list = Array.isArray(docs) ? docs : [docs];
  const first = list[0];
  if (first === undefined || (first.contents === null && first.errors.length === 0)) {
    return {
      ok: false,
      problems: [
        problem("YAML_EMPTY", "the file is empty", {
          start: 0,
          end: 0,
          hint: "a spec needs at least version: 1, id: and vertical: (run `trustspec init` for examples)",
        }),
      ],
    };
  }
  const syntax = [
    ...list.flatMap((d) => d.errors).map((e) => syntaxProblem(file, text, e)),
    ...list.flatMap((d) => duplicateKeys(file, d)),
  ];
  if (syntax.length > 0) {
    return {
      ok: false,
      problems: dedupe(
        syntax.sort((a, b) => (a.start ?? 0) - (b.start ?? 0)),
        text,
      ),
    };
  }
  const second = list[1];
  if (second !== undefined) {
    return {
      ok: false,
      problems: [
        problem("YAML_MULTIPLE_DOCUMENTS", "the file holds more than one YAML document", {
          start: second.range[0],
          end: second.range[0],
          hint: "put each spec in its own file, or remove the '---' separator",
        }),
      ],
    };
  }
  const contents = first.contents;
  if (!isMap(contents)) {
    const range = contents?.range;
    const what = contents === null ? "nothing" : describeNode(contents);
    return {
      ok: false,
      problems: [
        problem("YAML_NOT_A_MAPPING", `the file must hold a mapping of keys (like 'id: …'), but it holds ${what}`, {
          ...(range ? { start: range[0], end: range[1] } : {}),
          hint: "start the file with keys such as version: 1, id: and vertical:",
        }),
      ],
    };
  }
  const tags = tagProblems(file, text, first);
  if (tags.length > 0) return { ok: false, problems: tags };
  const data = toData(file, first);
  if ("problem" in data) return { ok: false, problems: [data.problem] };
  return { ok: true, yaml: { file, text, doc: first }, data: data.value };
}

/**
 * The document as plain data. Aliases are where this can fail after a clean parse: an alias whose
 * anchor is not defined before it, or so many aliases that expanding them would explode.
 */
function toData(file: string, doc: Document.Parsed): { value: Record<string, unknown> } | { problem: Problem } {
  try {
    const value = doc.toJS({ maxAliasCount: 1000 }) as Record<string, unknown>;
    if (hasCycle(value)) {
      let at: [number, number] | undefined;
      visit(doc, {
        Alias(_, node) {
          at ??= node.range ? [node.range[0], node.range[1]] : undefined;
        },
      });
      return {
        problem: problemsFor(file)("YAML_SYNTAX", "an alias refers to a value that contains it (a cycle)", {
          ...(at ? { start: at[0], end: at[1] } : {}),
          hint: "a spec must be a tree: copy the value instead of pointing back to it",
        }),
      };
    }
    return { value };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    let at: [number, number] | undefined;
    visit(doc, {
      Alias(_, node) {
        if (at === undefined && (/Unresolved alias/.test(reason) ? node.resolve(doc) === undefined : true)) {
          at = node.range ? [node.range[0], node.range[1]] : undefined;
        }
      },
    });
    const unresolved = /Unresolved alias/.test(reason);
    return {
      problem: problemsFor(file)(
        "YAML_SYNTAX",
        unresolved
          ? "this alias refers to an anchor that is not defined before it"
          : `cannot expand the aliases: ${reason}`,
        {
          ...(at ? { start: at[0], end: at[1] } : {}),
          hint: unresolved
            ? "define the anchor (&name) before the alias (*name), or quote the value if * is meant literally"
            : "use fewer aliases",
        },
      ),
    };
  }
}

/** Whether data built from YAML aliases refers back to itself. */
function hasCycle(value: unknown, path: Set<unknown> = new Set()): boolean {
  if (value === null || typeof value !== "object") return false;
  if (path.has(value)) return true;
  path.add(value);
  const children = Array.isArray(value) ? value : Object.values(value);
  const cyclic = children.some((child) => hasCycle(child, path));
  path.delete(value);
  return cyclic;
}

function describeNode(node: unknown): string {
  const type = (node as { type?: string } | null)?.type;
  if (Array.isArray((node as { items?: unknown[] }).items)) return "a list";
  if (type === "PLAIN" || type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") return "a single value";
  if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") return "a block of text";
  return "a single value";
}

/**
 * A carriage return not followed by a line feed: old Mac line endings. The YAML parser does not take
 * it for a line break, so a whole file of them reads as one comment line ("the file is empty").
 */
function loneCarriageReturn(file: string, text: string): Problem | undefined {
  const at = text.search(/\r(?!\n)/);
  if (at < 0) return undefined;
  const only = !text.includes("\n");
  return problemsFor(file)(
    "FILE_CR_LINE_ENDINGS",
    only
      ? "the file's lines end with a lone carriage return (CR, old Mac line endings), which YAML does not read as line breaks"
      : "this line ends with a lone carriage return (CR), which YAML does not read as a line break",
    {
      start: only ? 0 : at,
      end: only ? 0 : at + 1,
      hint: "save the file with LF (or CRLF) line endings",
    },
  );
}

/**
 * Keys written twice in one mapping, found with a set per mapping (scalar keys are the same when
 * their values are, as the YAML parser's own check says; a collection key is never a duplicate).
 */
function duplicateKeys(file: string, doc: Document.Parsed): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (!seen.has(id)) {
          seen.add(id);
          continue;
        }
        const range = key.range ?? [0, 0];
        problems.push(
          problemsFor(file)("YAML_DUPLICATE_KEY", `the key "${String(key.value)}" appears twice in the same mapping`, {
            start: range[0],
            end: Math.max(range[0], range[1]),
            hint: "remove or rename one of the two",
          }),
        );
      }
    },
  });
  return problems;
}

/** Tags the core schema reads as the plain types a spec holds; any other tag changes what a value is. */
const PLAIN_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Explicit YAML tags other than the plain core-schema ones. `!!omap`, `!!set`, `!!binary` and custom
 * `!tags` make values no spec means (an `!!omap` of metrics read as an empty object, a `!foo` taken
 * as text with only a warning), so each is an error at the tag.
 */
function tagProblems(file: string, text: string, doc: Document.Parsed): Problem[] {
  let tagged = false;
  visit(doc, {
    Node(_, node) {
      if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
        tagged = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (!tagged) return [];
  // The composed nodes know their tags but not where they are written: the tag tokens of the CST do.
  const problems: Problem[] = [];
  for (const token of tagTokens(text)) {
    const name = token.source;
    const plain = /^!!(str|int|float|bool|null|map|seq)$/.test(name) || PLAIN_TAGS.has(name.slice(2, -1));
    if (plain) continue;
    const known = /^!!(omap|pairs|set|binary|timestamp|merge|value|yaml)$/.test(name);
    problems.push(
      problemsFor(file)(
        "YAML_TAG",
        known
          ? `the YAML tag ${name} is not allowed: a spec holds only plain mappings, lists, text, numbers, booleans and null`
          : `unknown YAML tag ${name}: tags are not allowed in a spec`,
        {
          start: token.offset,
          end: token.offset + name.length,
          hint: "remove the tag and write the value as a plain mapping, list or scalar (quote text that looks like a number)",
        },
      ),
    );
    if (problems.length >= MAX_SYNTAX_PROBLEMS) break;
  }
  return problems;
}

/** Every tag token of the text's CST, in order. */
function tagTokens(text: string): { source: string; offset: number }[] {
  const out: { source: string; offset: number }[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const token = value as { type?: unknown; source?: unknown; offset?: unknown };
    if (token.type === "tag" && typeof token.source === "string" && typeof token.offset === "number") {
      out.push({ source: token.source, offset: token.offset });
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key !== "source" && typeof child === "object") walk(child);
    }
  };
  for (const token of new Parser().parse(text)) walk(token);
  return out.sort((a, b) => a.offset - b.offset);
}

/** Most YAML syntax errors cascade: keep the first per line, and the first few lines. */
const MAX_SYNTAX_PROBLEMS = 5;

function dedupe(problems: Problem[], text: string): Problem[] {
  const lines = new SourceText(text);
  const seen = new Set<number>();
  return problems
    .filter((p) => {
      const line = p.start === undefined ? 0 : lines.position(p.start).line;
      if (seen.has(line)) return false;
      seen.add(line);
      return true;
    })
    .slice(0, MAX_SYNTAX_PROBLEMS);
}

function syntaxProblem(file: string, text: string, error: YAMLError): Problem {
  const problem = problemsFor(file);
  // The parser may point one past the end of the text (at an implied end of file).
  const start = Math.min(error.pos[0], text.length);
  const end = Math.max(start, Math.min(error.pos[1], text.length));
  const headline = error.message.split("\n")[0] ?? error.message;
  const flowUnclosed = /end with an? [\]}]/.test(headline) || /flow (sequence|map|collection)/i.test(headline);
  if (error.code === "MISSING_CHAR" || flowUnclosed) {
    const opener = findUnclosedOpener(text, start);
    if (opener !== undefined) {
      const what = opener.char === '"' || opener.char === "'" ? `quote ${opener.char}` : `bracket ${opener.char}`;
      return problem("YAML_UNCLOSED", `this ${what} is never closed`, {
        start: opener.offset,
        end: opener.offset + 1,
        hint: `add the closing ${closerOf(opener.char)}, or quote the whole value`,
      });
    }
  }
  const mapped: Record<string, [ProblemCode, string, string]> = {
    TAB_AS_INDENT: ["YAML_TAB", "a tab is used for indentation", "indent with spaces; YAML does not allow tabs"],
    DUPLICATE_KEY: [
      "YAML_DUPLICATE_KEY",
      "this key appears twice in the same mapping",
      "remove or rename one of the two",
    ],
    BAD_INDENT: ["YAML_INDENT", "this line is indented wrongly", "align it with the other keys of its mapping"],
    BLOCK_AS_IMPLICIT_KEY: [
      "YAML_INDENT",
      "this line is indented more than the key above it, but the key above already has a value",
      "align it with the other keys, or move the value above onto its own indented lines",
    ],
    MULTILINE_IMPLICIT_KEY: [
      "YAML_INDENT",
      "a key cannot span several lines; the indentation is probably off",
      "check the indentation of this and the previous line",
    ],
    MISSING_CHAR: ["YAML_SYNTAX", headline, "check the brackets and quotes near here"],
  };
  if (/call stack/i.test(headline)) {
    return problem("YAML_SYNTAX", "the YAML nests too deeply to read", {
      start,
      end,
      hint: "a spec is a few levels deep; check for runaway brackets",
    });
  }
  const [code, message, hint] = mapped[error.code] ?? [
    "YAML_SYNTAX",
    `YAML syntax error: ${lowerFirst(headline)}`,
    "check the indentation, quotes and brackets near here",
  ];
  if (code === "YAML_DUPLICATE_KEY") {
    const key = keyAt(text, start);
    return problem(code, `the key "${key.name}" appears twice in the same mapping`, {
      start,
      end: start + key.length,
      hint,
    });
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY") {
    // The parser points at the value before the stray line; the author has to fix the next line.
    const next = nextContentOffset(text, start);
    if (next !== undefined) return problem(code, message, { start: next, end: next + 1, hint });
  }
  return problem(code, message, { start, end, hint });
}

/** The mapping key written at `start`: its name (quotes removed) and its length in the source. */
function keyAt(text: string, start: number): { name: string; length: number } {
  const quote = text.charAt(start);
  if (quote === '"' || quote === "'") {
    let i = start + 1;
    while (i < text.length) {
      const c = text.charAt(i);
      if (quote === '"' && c === "\\") i += 2;
      else if (quote === "'" && c === "'" && text.charAt(i + 1) === "'") i += 2;
      else if (c === quote) break;
      else i++;
    }
    const inner = text.slice(start + 1, i);
    return { name: quote === "'" ? inner.replace(/''/g, "'") : inner, length: Math.min(i + 1, text.length) - start };
  }
  const plain = (text.slice(start).split(/:(?:\s|$)|\n/)[0] ?? "").trimEnd();
  return { name: plain, length: plain.length };
}

/** Offset of the first non-blank character on a line after the one holding `offset`. */
function nextContentOffset(text: string, offset: number): number | undefined {
  const re = /\n[ \t]*(?=[^\s])/g;
  re.lastIndex = offset;
  const m = re.exec(text);
  return m ? m.index + m[0].length : undefined;
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function closerOf(char: string): string {
  return char === "[" ? "]" : char === "{" ? "}" : char;
}

interface Opener {
  readonly char: string;
  readonly offset: number;
}

/**
 * Finds the quote or flow bracket that is still open at `errorOffset`, using the CST: a quoted
 * scalar whose source does not end with its closing quote, or a flow collection without its end
 * bracket. The innermost (latest-starting) one before the error wins.
 */
function findUnclosedOpener(text: string, errorOffset: number): Opener | undefined {
  let best: Opener | undefined;
  const consider = (o: Opener) => {
    if (o.offset <= errorOffset && (best === undefined || o.offset > best.offset)) best = o;
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== "document") continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (!node) continue;
        if (node.type === "double-quoted-scalar" || node.type === "single-quoted-scalar") {
          if (!isClosedQuote(node.source)) consider({ char: node.source.charAt(0), offset: node.offset });
        } else if (node.type === "flow-collection") {
          const closed = node.end.some((t) => t.type === "flow-map-end" || t.type === "flow-seq-end");
          if (!closed) consider({ char: node.start.source, offset: node.start.offset });
        }
      }
    });
  }
  return best;
}

function isClosedQuote(source: string): boolean {
  const quote = source.charAt(0);
  if (source.length < 2 || source.charAt(source.length - 1) !== quote) return false;
  if (quote === '"') {
    let backslashes = 0;
    for (let i = source.length - 2; i >= 1 && source.charAt(i) === "\\"; i--) backslashes++;
    return backslashes % 2 === 0;
  }
  let quotes = 0;
  for (let i = source.length - 1; i >= 1 && source.charAt(i) === "'"; i--) quotes++;
  return quotes % 2 === 1;
}
