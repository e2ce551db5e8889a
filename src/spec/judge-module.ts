import { createHash } from "node:crypto";
import { createRequire, SourceMap } from "node:module";
import { basename, dirname, extname } from "node:path";
import { runInThisContext } from "node:vm";

/** The item a module judge's function receives beside the output. */
export interface JudgeItem {
  /** The item's id (its dataset id, or its position in the file). */
  readonly id: string;
  /** The item's dataset fields. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Condition name → the label this case runs under. */
  readonly conditions: Readonly<Record<string, string>>;
}

/**
 * What a module judge returns for one output: pass or fail; a score in [0, 1] (passing at the judge's
 * `threshold`, default 0.5, or under it with `below`); or both, with a reason (not stored: a verdict
 * carries no text).
 */
export type JudgeResult =
  | boolean
  | number
  | { readonly pass: boolean; readonly score?: number; readonly reason?: string };

/** The function a `module` judge's file exports: synchronous, called once per judged output. */
export type JudgeFunction = (output: string, item: JudgeItem) => JudgeResult;

/** A loaded judge function, or why there is none: the file did not load, or has no such function. */
export type JudgeModuleLoad =
  | { readonly ok: true; readonly fn: JudgeFunction }
  | { readonly ok: false; readonly stage: "load" | "export"; readonly message: string; readonly hint: string };

/** The file types a module judge may be: CommonJS as Node runs it, or TypeScript transpiled to it. */
export const JUDGE_MODULE_EXTENSIONS = [".js", ".cjs", ".ts", ".cts"];

type Loaded =
  | { readonly ok: true; readonly exports: unknown }
  | { readonly ok: false; readonly stage: "load"; readonly message: string; readonly hint: string };

/**
 * The loaded modules of this process by file and content hash. Kept on the process's own global (the
 * one `vm.runInThisContext` sees), not in this module's state: Jest gives every test file its own copy
 * of our modules, and a judge file should load once per worker, not once per spec.
 */
function loadedModules(): Map<string, Loaded> {
  return processWide("trustspec.judgeModules");
}

/** The source map of each TypeScript judge's latest load, so errors point into the .ts file, not its JavaScript. */
function sourceMaps(): Map<string, SourceMap> {
  return processWide("trustspec.judgeSourceMaps");
}

function processWide<V>(name: string): Map<string, V> {
  const outer = runInThisContext("globalThis") as Record<symbol, Map<string, V> | undefined>;
  const key = Symbol.for(name);
  outer[key] ??= new Map();
  return outer[key];
}

/**
 * A module judge's function from its file's text: `.js` / `.cjs` run as CommonJS (as Node would require
 * them), `.ts` / `.cts` are first transpiled to CommonJS with the `typescript` package the project has
 * (the compiler ts-node runs for jest.config.ts) — types are not checked. The module runs in this
 * process's own realm with a `require` relative to its file, once per file content; then `export`
 * (default: the default export, or `module.exports` itself) must be a function.
 */
export function loadJudgeModule(file: string, text: string, exportName?: string): JudgeModuleLoad {
  const cache = loadedModules();
  const key = `${file}\u0000${createHash("sha256").update(text).digest("hex")}`;
  let loaded = cache.get(key);
  if (loaded === undefined) {
    loaded = evaluate(file, text);
    cache.set(key, loaded);
  }
  if (!loaded.ok) return loaded;
  return pickExport(file, loaded.exports, exportName);
}

function evaluate(file: string, text: string): Loaded {
  const ext = extname(file);
  if (!JUDGE_MODULE_EXTENSIONS.includes(ext)) {
    return {
      ok: false,
      stage: "load",
      message: `${basename(file)} is not a judge module trustspec can load (${ext || "no extension"})`,
      hint: "write the judge as .js or .cjs (CommonJS: module.exports = function …) or as .ts (export default function …); ES module files (.mjs, .mts) are not loaded",
    };
  }
  let code = text;
  if (ext === ".ts" || ext === ".cts") {
    const transpiled = transpile(file, text);
    if (!transpiled.ok) return transpiled;
    code = transpiled.code;
    sourceMaps().set(file, transpiled.map);
  }
  try {
    // Node's module wrapper on a line of its own, counted as line 0, so lines and columns in errors are the file's.
    const wrapper = runInThisContext(`(function (exports, require, module, __filename, __dirname) {\n${code}\n});`, {
      filename: file,
      lineOffset: -1,
    }) as (...args: unknown[]) => void;
    const module = { exports: {} as unknown, filename: file, id: file };
    wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
    return { ok: true, exports: module.exports };
  } catch (e) {
    return {
      ok: false,
      stage: "load",
      message: `${basename(file)} failed to load: ${describeError(e, file)}`,
      hint:
        errorName(e) === "SyntaxError" && /\b(import|export)\b/.test(describeError(e, file))
          ? "a .js judge runs as CommonJS: write module.exports = function … and require(…), or name the file .ts"
          : "fix the error in the file; it runs once per worker when a spec with this judge is validated or run",
    };
  }
}

type Transpiled =
  | { readonly ok: true; readonly code: string; readonly map: SourceMap }
  | Extract<Loaded, { ok: false }>;

function transpile(file: string, text: string): Transpiled {
  const ts = typescript(file);
  if (ts === undefined) {
    return {
      ok: false,
      stage: "load",
      message: `${basename(file)} is TypeScript, and the typescript package is not installed where it can be required`,
      hint: "npm install --save-dev typescript (Jest needs it for a jest.config.ts too), or write the judge in JavaScript (.js)",
    };
  }
  const out = ts.transpileModule(text, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      sourceMap: true,
    },
  });
  const [first] = out.diagnostics ?? [];
  if (first) {
    const message = ts.flattenDiagnosticMessageText(first.messageText, "\n");
    const at =
      first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start) : undefined;
    return {
      ok: false,
      stage: "load",
      message: `${basename(file)}${at ? `:${at.line + 1}:${at.character + 1}` : ""}: ${message}`,
      hint: "fix the TypeScript syntax error",
    };
  }
  return { ok: true, code: out.outputText, map: new SourceMap(JSON.parse(out.sourceMapText ?? "{}")) };
}

/** The project's typescript (from the judge's folder), else the one trustspec was built with, if any. */
function typescript(file: string): typeof import("typescript") | undefined {
  for (const from of [file, __filename]) {
    try {
      return createRequire(from)("typescript") as typeof import("typescript");
    } catch {
      // not installed there
    }
  }
  return undefined;
}

function pickExport(file: string, exports: unknown, name: string | undefined): JudgeModuleLoad {
  const record =
    exports !== null && (typeof exports === "object" || typeof exports === "function")
      ? (exports as Record<string, unknown>)
      : {};
  const fn = name === undefined ? (typeof exports === "function" ? exports : record.default) : record[name];
  if (typeof fn === "function") return { ok: true, fn: fn as JudgeFunction };
  const names = Object.keys(record).filter((k) => k !== "__esModule");
  const has =
    names.length > 0
      ? `it exports ${names.map((n) => `${n} (${describeType(record[n])})`).join(", ")}`
      : "it exports nothing";
  const what = name === undefined ? "a default export" : `an export named ${name}`;
  const found =
    fn === undefined
      ? `has no ${what.replace(/^an? /, "")}`
      : `exports ${describeType(fn)} as ${what.replace(/^an? /, "")}`;
  return {
    ok: false,
    stage: "export",
    message: `${basename(file)} ${found}, where the judge needs a function: ${has}`,
    hint:
      name === undefined
        ? "export default function judge(output, item) { … } (module.exports = function … in CommonJS), or name an exported function with export:"
        : `export a function named ${name}, or change export: to the name of one`,
  };
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * An error's message, with where in the judge's file it was thrown when the stack says. The judge's
 * code runs in the process's own realm, whose Error is not this module's under Jest: errors are
 * recognised by their shape, not by instanceof.
 */
export function describeError(e: unknown, file: string): string {
  const fields = e !== null && typeof e === "object" ? (e as { message?: unknown; stack?: unknown }) : {};
  const message = typeof fields.message === "string" ? fields.message : String(e);
  const stack = typeof fields.stack === "string" ? fields.stack : "";
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const at = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  if (!at) return message;
  let [line, col] = [Number(at[1]), Number(at[2])];
  // A .ts judge ran as its transpiled JavaScript: map the place back into the file the user wrote.
  const entry = sourceMaps()
    .get(file)
    ?.findEntry(line - 1, col - 1) as { originalLine?: number; originalColumn?: number } | undefined;
  if (entry?.originalLine !== undefined && entry.originalColumn !== undefined) {
    [line, col] = [entry.originalLine + 1, entry.originalColumn + 1];
  }
  return `${message} (at ${basename(file)}:${line}:${col})`;
}

function errorName(e: unknown): string | undefined {
  const name = e !== null && typeof e === "object" ? (e as { name?: unknown }).name : undefined;
  return typeof name === "string" ? name : undefined;
}
