import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import Module from "node:module";
import { dirname, join, sep } from "node:path";
import { Script } from "node:vm";
import * as zlib from "node:zlib";

/** The folder, in a project's `.trustspec/`, that keeps V8's compiled code of trustspec and its dependencies. */
export const COMPILE_CACHE = join(".trustspec", "compile-cache");

/** The package's own folder (the one holding bin/ and dist/). */
const PACKAGE_ROOT = join(__dirname, "..", "..");

/** What Node's CommonJS loader gives `Module.prototype._compile`; its third argument is newer Nodes' module format. */
type Compile = (this: LoadedModule, content: string, filename: string, format?: string) => unknown;
interface LoadedModule {
  exports: unknown;
  require(id: string): unknown;
}
interface ModuleInternals {
  prototype: { _compile: Compile };
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _resolveLookupPaths(request: string, parent: unknown): string[] | null;
  _extensions: unknown;
  _cache: unknown;
  wrap(content: string): string;
}

interface Entry {
  readonly crc: number;
  readonly data: Buffer;
}

/**
 * The cache file: a 4-byte length, a JSON index of [file, crc32 of its source, offset, length],
 * then the code caches back to back. One file per Node version: V8 rejects another version's code.
 */
function cacheFile(projectDir: string): string {
  return join(projectDir, COMPILE_CACHE, `node-${process.version}-${process.arch}.bin`);
}

function readEntries(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return entries;
  }
  try {
    const indexLength = bytes.readUInt32LE(0);
    const index = JSON.parse(bytes.subarray(4, 4 + indexLength).toString("utf8")) as [string, number, number, number][];
    const base = 4 + indexLength;
    for (const [name, crc, offset, length] of index) {
      entries.set(name, { crc, data: bytes.subarray(base + offset, base + offset + length) });
    }
  } catch {
    // A cache file cut short or from elsewhere: start anew (it is rewritten at exit).
    entries.clear();
  }
  return entries;
}

function writeEntries(file: string, entries: ReadonlyMap<string, Entry>): void {
  const index: [string, number, number, number][] = [];
  let offset = 0;
  for (const [name, entry] of entries) {
    index.push([name, entry.crc, offset, entry.data.length]);
    offset += entry.data.length;
  }
  const indexBytes = Buffer.from(JSON.stringify(index), "utf8");
  const head = Buffer.alloc(4);
  head.writeUInt32LE(indexBytes.length, 0);
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed over, so a run reading it meanwhile (or a crash) never sees half a file.
  const partial = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(partial, Buffer.concat([head, indexBytes, ...[...entries.values()].map((e) => e.data)]));
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Modules from an npm package (trustspec's dependencies, or trustspec installed as one) or from trustspec's own folder: never the user's own code. */
function inScope(filename: string): boolean {
  return filename.includes(`${sep}node_modules${sep}`) || filename.startsWith(PACKAGE_ROOT + sep);
}

/**
 * Keeps V8's compiled code of the modules a command loads, so that the next command in the project
 * skips compiling them: Node compiles every CommonJS module from source at each start, and a
 * `trustspec run` loads about 480 (trustspec, Jest, yaml, handlebars, onnxruntime's bindings). With
 * their cached code, a cold generation run's model started loading 0.24 s after the process started
 * instead of 0.30 s (medians of 10 interleaved runs on this project's 2-core machines).
 *
 * Node 22.1+ does this itself (`module.enableCompileCache`), which is used where it exists. On older
 * Nodes, trustspec compiles each module of an npm package, or of its own folder, as Node would
 * (the same wrapper and `require`), but with V8's cached code for it when the
 * source's CRC-32 matches the one the code was made from (V8 also checks the source's length and
 * its own version and flags, and rejects a mismatch, which then compiles from source). A module
 * whose code was missing or rejected has it made at exit, after the command ran, so the functions
 * it ran are in it; the file is then rewritten whole. The user's own modules (a judge module, a
 * Jest config) and everything run inside Jest's sandboxes are left to Node and Jest.
 *
 * The cache lives in `<cwd>/.trustspec/compile-cache/`, written only where `<cwd>/.trustspec/`
 * exists when the command ends (on Node 22.1+, when it starts): `trustspec --help` elsewhere writes
 * nothing. Deleting the folder is always safe. `NODE_DISABLE_COMPILE_CACHE=1` turns it off, as it
 * does Node's own.
 */
export function enableCompileCache(projectDir: string): void {
  if (process.env.NODE_DISABLE_COMPILE_CACHE === "1") return;
  const nodes = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (nodes === undefined) installCompileCacheHook(projectDir);
  else if (existsSync(join(projectDir, ".trustspec"))) nodes(join(projectDir, COMPILE_CACHE));
}

/**
 * A module that may `import()` (also with a comment before the parenthesis): a vm.Script needs a
 * loader for that, and Node 20's (vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) prints an
 * experimental-feature warning, so such modules are compiled by Node (a mention in a comment or a
 * string costs only that module's caching). In a CommonJS module the keyword can be nothing else.
 */
const DYNAMIC_IMPORT = /\bimport\s*(?:\(|\/[/*])/;

/**
 * trustspec's own compile cache for `projectDir` (what {@link enableCompileCache} installs on a Node
 * without one): Node's `Module.prototype._compile` is wrapped for the rest of the process. Nothing
 * happens on a Node without `zlib.crc32` (before 20.15).
 */
export function installCompileCacheHook(projectDir: string): void {
  const crc32 = (zlib as { crc32?: (data: string) => number }).crc32;
  if (crc32 === undefined) return;
  const file = cacheFile(projectDir);
  const internals = Module as unknown as ModuleInternals;
  const original = internals.prototype._compile;
  const entries = readEntries(file);
  /** Modules whose code is missing from the cache or was rejected, to be made at exit. */
  const toMake = new Map<string, { crc: number; script: Script }>();

  internals.prototype._compile = function (this: LoadedModule, content: string, filename: string, format?: string) {
    if ((format !== undefined && format !== "commonjs") || !inScope(filename) || DYNAMIC_IMPORT.test(content)) {
      // biome-ignore lint/complexity/noArguments: the loader's arguments, whatever a newer Node passes.
      return original.apply(this, arguments as unknown as Parameters<Compile>);
    }
    const source = content.startsWith("#!") ? `//${content}` : content;
    const crc = crc32(source);
    const entry = entries.get(filename);
    const script = new Script(internals.wrap(source), {
      filename,
      ...(entry !== undefined && entry.crc === crc ? { cachedData: entry.data } : {}),
    });
    if (entry === undefined || entry.crc !== crc || script.cachedDataRejected === true) {
      toMake.set(filename, { crc, script });
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(internals, this), this, filename, dirname(filename));
  };

  process.once("exit", () => {
    if (toMake.size === 0 || !existsSync(join(file, "..", ".."))) return;
    try {
      for (const [name, { crc, script }] of toMake) entries.set(name, { crc, data: script.createCachedData() });
      for (const name of entries.keys()) if (!toMake.has(name) && !existsSync(name)) entries.delete(name);
      writeEntries(file, entries);
    } catch {
      // A cache that cannot be written (a read-only project, a full disk) only costs the next start its speed.
    }
  });
}

/** The `require` Node gives a module (lib/internal/modules/helpers.js makeRequireFunction). */
function requireFor(internals: ModuleInternals, module: LoadedModule) {
  const require = (id: string) => module.require(id);
  const resolve = (request: string, options?: unknown) => internals._resolveFilename(request, module, false, options);
  resolve.paths = (request: string) => internals._resolveLookupPaths(request, module);
  return Object.assign(require, {
    resolve,
    main: process.mainModule,
    extensions: internals._extensions,
    cache: internals._cache,
  });
}
