import Handlebars from "handlebars";
import { seededShuffle } from "./shuffle";

type Ast = hbs.AST.Program;
type AstNode = hbs.AST.Node;

/** Helpers a template may call; anything else is reported at load time. */
export const TEMPLATE_HELPERS = ["each", "if", "unless", "with", "lookup", "shuffle", "keys"] as const;
const CONTEXT_CHANGING = new Set(["each", "with"]);

/** A position inside a template: 1-based line, 0-based column (Handlebars' convention). */
export interface TemplatePosition {
  readonly line: number;
  readonly column: number;
}

export interface TemplateSyntaxError {
  readonly message: string;
  readonly at: TemplatePosition;
}

export interface TemplateReference {
  /** `unsafe`: a name that reaches prototypes (constructor, __proto__…), wherever it is used. */
  readonly kind: "variable" | "helper" | "partial" | "unsafe";
  /** The root field name (first part of the path), the helper/partial name, or the unsafe name. */
  readonly name: string;
  /** The whole path as written, e.g. target.name. */
  readonly path: string;
  readonly at: TemplatePosition;
  readonly end: TemplatePosition;
  /** A variable's path from the item, e.g. ["target", "name"]. */
  readonly parts?: readonly string[];
  /**
   * How a variable is looked up when rendering: `strict` (a mustache or section: every part must be
   * there, or rendering fails) or `argument` (a helper's argument: only the parts before the last).
   */
  readonly lookup?: "strict" | "argument";
  /** A helper's positional arguments, and how it is called. */
  readonly params?: number;
  readonly form?: "block" | "inline" | "subexpression";
}

/** Deepest nesting of blocks and sub-expressions a template may have. */
export const MAX_TEMPLATE_DEPTH = 64;
/** Most comments ({{! }}) a template may have. */
export const MAX_TEMPLATE_COMMENTS = 100;

/** Parses a template; syntax errors come back with their position in the template. */
export function parseTemplate(source: string): { ast: Ast } | { error: TemplateSyntaxError } {
  const costly = costlyShape(source);
  if (costly !== undefined) return { error: costly };
  const parser = (Handlebars as unknown as { Parser: { parseError: (message: string, hash: unknown) => never } })
    .Parser;
  const original = parser.parseError;
  // Handlebars' generated parser drops the error location; catch it on the way out.
  parser.parseError = (message: string, hash: unknown) => {
    const error = new Error(message) as Error & { hash?: unknown };
    error.hash = hash;
    throw error;
  };
  try {
    return { ast: Handlebars.parse(source) };
  } catch (e) {
    return { error: syntaxError(e, source) };
  } finally {
    parser.parseError = original;
  }
}

/**
 * Shapes Handlebars parses in time that grows with the square of the template, refused by a linear
 * scan before the parser sees them. Its generated parser copies its whole stack on every reduction
 * (5,000 unclosed {{#each}} took 9 s, 10,000 a minute), and its lexer re-joins all the text read so
 * far at every comment (16,000 comments took 6 s). No prompt needs blocks nested 64 deep or 100
 * comments. Raw blocks and escaped mustaches are skipped as the lexer skips them.
 */
function costlyShape(source: string): TemplateSyntaxError | undefined {
  const at = (i: number, message: string): TemplateSyntaxError => {
    const before = source.slice(0, i);
    return { message, at: { line: before.split("\n").length, column: i - (before.lastIndexOf("\n") + 1) } };
  };
  let depth = 0;
  let comments = 0;
  let i = source.indexOf("{{");
  while (i >= 0) {
    let backslashes = 0;
    for (let k = i - 1; k >= 0 && source.charCodeAt(k) === 92; k--) backslashes++;
    if (backslashes % 2 === 1) {
      i = source.indexOf("{{", i + 2);
      continue;
    }
    if (source.startsWith("{{{{", i)) {
      // A raw block: its content is text up to the closing {{{{/name}}}}.
      const close = source.indexOf("{{{{/", i + 4);
      const end = close < 0 ? -1 : source.indexOf("}}}}", close);
      if (end < 0) return undefined;
      i = source.indexOf("{{", end + 4);
      continue;
    }
    const comment = /^\{\{~?!(--)?/.exec(source.slice(i, i + 6));
    if (comment !== null) {
      if (++comments > MAX_TEMPLATE_COMMENTS) {
        return at(i, `template syntax error: more than ${MAX_TEMPLATE_COMMENTS} comments ({{!…}}) in one template`);
      }
      const end = source.indexOf(comment[1] !== undefined ? "--" : "}}", i + comment[0].length);
      const close = end < 0 ? -1 : source.indexOf("}}", end);
      if (close < 0) return undefined;
      i = source.indexOf("{{", close + 2);
      continue;
    }
    // A mustache: its block sigil, then its parentheses (quoted strings may hold any character).
    let j = i + 2;
    while (source[j] === "{" || source[j] === "~" || source[j] === " " || source[j] === "\t" || source[j] === "\n") j++;
    const sigil = source[j];
    let inner = 0;
    let deepest = 0;
    let k = j;
    for (; k < source.length; k++) {
      const c = source[k];
      if (c === '"' || c === "'") {
        const close = source.indexOf(c, k + 1);
        if (close < 0) return undefined;
        k = close;
      } else if (c === "(") {
        inner++;
        deepest = Math.max(deepest, inner);
      } else if (c === ")") inner--;
      else if (c === "}" && source[k + 1] === "}") break;
    }
    if (k >= source.length) return undefined; // an unclosed mustache: the parser reports it, quickly
    if (sigil === "#" || (sigil === "^" && !/^\^[\s~]*$/.test(source.slice(j, k)))) depth++;
    else if (sigil === "/") depth = Math.max(0, depth - 1);
    if (depth + deepest > MAX_TEMPLATE_DEPTH) {
      return at(
        i,
        `template syntax error: blocks ({{#…}}) and sub-expressions nest more than ${MAX_TEMPLATE_DEPTH} deep here; is a block never closed?`,
      );
    }
    i = source.indexOf("{{", k + 2);
  }
  return undefined;
}

function syntaxError(e: unknown, source: string): TemplateSyntaxError {
  const err = e as {
    message?: string;
    hash?: { loc?: { last_line: number; last_column: number }; text?: string };
    lineNumber?: number;
    column?: number;
  };
  const raw = String(err.message ?? e);
  const expecting = /Expecting (.*), got '([^']*)'/.exec(raw);
  let message: string;
  if (expecting) {
    const token = err.hash?.text || expecting[2];
    const got = expecting[2] === "EOF" ? "the end of the template" : `'${token}'`;
    message = `template syntax error: unexpected ${got}`;
    if (/OPEN_ENDBLOCK|INVERSE/.test(expecting[1] ?? "") && expecting[2] === "EOF") {
      message = "template syntax error: a block ({{#…}}) is never closed";
    }
  } else {
    message = `template syntax error: ${raw.replace(/ - \d+:\d+$/, "").split("\n")[0]}`;
  }
  if (err.hash?.loc) return { message, at: { line: err.hash.loc.last_line, column: err.hash.loc.last_column } };
  if (typeof err.lineNumber === "number") return { message, at: { line: err.lineNumber, column: err.column ?? 0 } };
  // Unclosed comments and similar lexer errors carry no position: point at the last "{{".
  const open = source.lastIndexOf("{{");
  const before = source.slice(0, Math.max(0, open));
  const line = before.split("\n").length;
  return { message, at: { line, column: open < 0 ? 0 : open - (before.lastIndexOf("\n") + 1) } };
}

/** Names that lead to prototypes rather than data: a template may not use them anywhere. */
export const UNSAFE_NAMES: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/**
 * Every variable, helper and partial a template refers to, and every prototype name it uses.
 * Variables are reported only where they resolve against the item itself (not inside an
 * `each`/`with` block, where `this` is the element), plus `../` paths that climb back to the item
 * and `@root.` paths. A helper's name written alone (`{{keys}}`) is a call of it with no arguments.
 */
export function templateReferences(ast: Ast): TemplateReference[] {
  const out: TemplateReference[] = [];
  const at = (node: AstNode): [TemplatePosition, TemplatePosition] => [
    { line: node.loc.start.line, column: node.loc.start.column },
    { line: node.loc.end.line, column: node.loc.end.column },
  ];
  const helpers: ReadonlySet<string> = new Set(TEMPLATE_HELPERS);

  const unsafe = (name: string, node: AstNode) => {
    const [start, end] = at(node);
    out.push({ kind: "unsafe", name, path: name, at: start, end });
  };

  const path = (p: hbs.AST.PathExpression, depth: number, lookup: "strict" | "argument") => {
    for (const part of p.parts) if (UNSAFE_NAMES.has(String(part))) unsafe(String(part), p);
    const [start, end] = at(p);
    if (p.data) {
      if (p.parts[0] === "root" && p.parts.length > 1) {
        const parts = p.parts.slice(1).map(String);
        out.push({ kind: "variable", name: parts[0] as string, path: parts.join("."), at: start, end, parts, lookup });
      }
      return;
    }
    if (p.parts.length === 0 || p.depth !== depth) return; // `this`, or a block-local path
    const parts = p.parts.map(String);
    out.push({ kind: "variable", name: parts[0] as string, path: parts.join("."), at: start, end, parts, lookup });
  };

  const expr = (e: hbs.AST.Expression, depth: number, lookup: "strict" | "argument") => {
    if (e.type === "PathExpression") path(e as hbs.AST.PathExpression, depth, lookup);
    else if (e.type === "SubExpression") call(e as hbs.AST.SubExpression, depth, true, "subexpression");
    else if (e.type === "StringLiteral" && UNSAFE_NAMES.has((e as hbs.AST.StringLiteral).value)) {
      unsafe((e as hbs.AST.StringLiteral).value, e);
    }
  };

  const call = (
    node: {
      path: hbs.AST.PathExpression | hbs.AST.Expression;
      params: hbs.AST.Expression[];
      hash?: hbs.AST.Hash;
    } & AstNode,
    depth: number,
    isHelper: boolean,
    form: "block" | "inline" | "subexpression",
  ) => {
    const p = node.path as hbs.AST.PathExpression;
    if (isHelper && p.type === "PathExpression" && !p.data) {
      const [start, end] = at(p);
      out.push({
        kind: "helper",
        name: p.original,
        path: p.original,
        at: start,
        end,
        params: node.params.length,
        form,
      });
    } else {
      expr(node.path as hbs.AST.Expression, depth, "strict");
    }
    for (const param of node.params) expr(param, depth, "argument");
    for (const pair of node.hash?.pairs ?? []) expr(pair.value, depth, "argument");
  };

  /** `{{keys}}` calls the helper: Handlebars prefers a known helper to a field of the same name. */
  const namesHelper = (p: hbs.AST.Expression) =>
    p.type === "PathExpression" &&
    !(p as hbs.AST.PathExpression).data &&
    helpers.has((p as hbs.AST.PathExpression).original);

  const walk = (program: hbs.AST.Program | undefined, depth: number) => {
    for (const statement of program?.body ?? []) {
      switch (statement.type) {
        case "MustacheStatement": {
          const m = statement as hbs.AST.MustacheStatement;
          call(m, depth, m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0 || namesHelper(m.path), "inline");
          break;
        }
        case "BlockStatement": {
          const b = statement as hbs.AST.BlockStatement;
          const name = (b.path as hbs.AST.PathExpression).original;
          const isHelper = b.params.length > 0 || helpers.has(name);
          call(b, depth, isHelper, "block");
          for (const param of b.program?.blockParams ?? []) if (UNSAFE_NAMES.has(param)) unsafe(param, b);
          // A section over a variable ({{#items}}) or each/with changes the context inside.
          const inner = !isHelper || CONTEXT_CHANGING.has(name) ? depth + 1 : depth;
          walk(b.program, inner);
          walk(b.inverse, depth);
          break;
        }
        case "PartialStatement":
        case "PartialBlockStatement": {
          const s = statement as hbs.AST.PartialStatement;
          const name = s.name as hbs.AST.PathExpression;
          const [start, end] = at(s);
          out.push({ kind: "partial", name: String(name.original), path: String(name.original), at: start, end });
          for (const param of s.params) expr(param, depth, "argument");
          for (const pair of s.hash?.pairs ?? []) expr(pair.value, depth, "argument");
          if (statement.type === "PartialBlockStatement")
            walk((statement as hbs.AST.PartialBlockStatement).program, depth);
          break;
        }
        default:
          break;
      }
    }
  };
  walk(ast, 0);
  return out;
}

/**
 * The arguments each helper takes, and whether it must be a block: Handlebars' own helpers throw
 * at render time otherwise ("#if requires exactly one argument", "options.fn is not a function").
 */
export const HELPER_SIGNATURES: Readonly<
  Record<
    (typeof TEMPLATE_HELPERS)[number],
    { readonly params: number; readonly block: boolean; readonly usage: string }
  >
> = {
  each: { params: 1, block: true, usage: "{{#each list}}…{{/each}}" },
  if: { params: 1, block: true, usage: "{{#if value}}…{{/if}}" },
  unless: { params: 1, block: true, usage: "{{#unless value}}…{{/unless}}" },
  with: { params: 1, block: true, usage: "{{#with value}}…{{/with}}" },
  lookup: { params: 2, block: false, usage: "{{lookup object key}}" },
  shuffle: { params: 1, block: false, usage: "{{#each (shuffle list)}}…{{/each}}" },
  keys: { params: 1, block: false, usage: "{{#each (keys object)}}…{{/each}}" },
};

export interface RenderOptions {
  /** Seed for the `shuffle` helper: the same seed gives the same order. */
  readonly shuffleSeed: number;
}

export type RenderTemplate = (variables: Record<string, unknown>, options: RenderOptions) => string;

/**
 * Compiles a template for rendering: no HTML escaping (prompts are plain text), unknown helpers
 * refused, missing variables an error, and no access to prototypes. Values are inserted as data:
 * a field holding "{{x}}" renders as "{{x}}".
 */
export function compileTemplate(source: string, partials: Record<string, string> = {}): RenderTemplate {
  const env = Handlebars.create();
  env.registerHelper("shuffle", (value: unknown, options: Handlebars.HelperOptions) => {
    const list = Array.isArray(value) ? value : value !== null && typeof value === "object" ? Object.keys(value) : [];
    return seededShuffle(list, Number((options.data as { shuffleSeed?: number }).shuffleSeed ?? 0));
  });
  env.registerHelper("keys", (value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [],
  );
  for (const [name, text] of Object.entries(partials)) env.registerPartial(name, text);
  // Handlebars adds its own defaults (log, helperMissing…) to knownHelpers: switch them off.
  env.unregisterHelper("log");
  const knownHelpers = {
    ...Object.fromEntries(TEMPLATE_HELPERS.map((h) => [h, true])),
    log: false,
    helperMissing: false,
    blockHelperMissing: false,
  };
  const options = { noEscape: true, strict: true, knownHelpers, knownHelpersOnly: true };
  // env.compile is lazy; precompiling refuses unknown helpers now rather than at the first render.
  env.precompile(source, options);
  const template = env.compile(source, options);
  return (variables, options) =>
    template(variables, {
      data: { shuffleSeed: options.shuffleSeed },
      allowProtoMethodsByDefault: false,
      allowProtoPropertiesByDefault: false,
    });
}
