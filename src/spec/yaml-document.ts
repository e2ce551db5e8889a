import { CST, type Document, isMap, LineCounter, Parser, parseAllDocuments, visit, type YAMLError } from "yaml";
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
  const docs = parseAllDocuments(text, {
    prettyErrors: false,
    uniqueKeys: true,
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
          hint: "a spec needs at least version: 1, id: and vertical: (run `trustspec init` for examples)",
        }),
      ],
    };
  }
  const syntax = list.flatMap((d) => d.errors).map((e) => syntaxProblem(file, text, e));
  if (syntax.length > 0) return { ok: false, problems: dedupe(syntax, text) };
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
