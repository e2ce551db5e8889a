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
  readonly kind: "variable" | "helper" | "partial";
  /** The root field name (first part of the path) or the helper/partial name. */
  readonly name: string;
  /** The whole path as written, e.g. target.name. */
  readonly path: string;
  readonly at: TemplatePosition;
  readonly end: TemplatePosition;
}

/** Parses a template; syntax errors come back with their position in the template. */
export function parseTemplate(source: string): { ast: Ast } | { error: TemplateSyntaxError } {
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

/**
 * Every variable, helper and partial a template refers to. Variables are reported only where they
 * resolve against the item itself (not inside an `each`/`with` block, where `this` is the element),
 * plus `../` paths that climb back to the item and `@root.` paths.
 */
export function templateReferences(ast: Ast): TemplateReference[] {
  const out: TemplateReference[] = [];
  const at = (node: AstNode): [TemplatePosition, TemplatePosition] => [
    { line: node.loc.start.line, column: node.loc.start.column },
    { line: node.loc.end.line, column: node.loc.end.column },
  ];

  const path = (p: hbs.AST.PathExpression, depth: number) => {
    const [start, end] = at(p);
    if (p.data) {
      if (p.parts[0] === "root" && p.parts.length > 1) {
        out.push({ kind: "variable", name: String(p.parts[1]), path: p.parts.slice(1).join("."), at: start, end });
      }
      return;
    }
    if (p.parts.length === 0 || p.depth !== depth) return; // `this`, or a block-local path
    out.push({ kind: "variable", name: String(p.parts[0]), path: p.parts.join("."), at: start, end });
  };

  const expr = (e: hbs.AST.Expression, depth: number) => {
    if (e.type === "PathExpression") path(e as hbs.AST.PathExpression, depth);
    else if (e.type === "SubExpression") call(e as hbs.AST.SubExpression, depth, true);
  };

  const call = (
    node: {
      path: hbs.AST.PathExpression | hbs.AST.Expression;
      params: hbs.AST.Expression[];
      hash?: hbs.AST.Hash;
    } & AstNode,
    depth: number,
    isHelper: boolean,
  ) => {
    const p = node.path as hbs.AST.PathExpression;
    if (isHelper && p.type === "PathExpression" && !p.data) {
      const [start, end] = at(p);
      out.push({ kind: "helper", name: p.original, path: p.original, at: start, end });
    } else {
      expr(node.path as hbs.AST.Expression, depth);
    }
    for (const param of node.params) expr(param, depth);
    for (const pair of node.hash?.pairs ?? []) expr(pair.value, depth);
  };

  const walk = (program: hbs.AST.Program | undefined, depth: number) => {
    for (const statement of program?.body ?? []) {
      switch (statement.type) {
        case "MustacheStatement": {
          const m = statement as hbs.AST.MustacheStatement;
          call(m, depth, m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0);
          break;
        }
        case "BlockStatement": {
          const b = statement as hbs.AST.BlockStatement;
          const name = (b.path as hbs.AST.PathExpression).original;
          const isHelper = b.params.length > 0 || (TEMPLATE_HELPERS as readonly string[]).includes(name);
          call(b, depth, isHelper);
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
          for (const param of s.params) expr(param, depth);
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
