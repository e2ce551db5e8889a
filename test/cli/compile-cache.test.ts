import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMPILE_CACHE } from "../../src/cli/compile-cache";
import { cachedModules as cachedFiles, compileCacheFile as cacheFile } from "../support/compile-cache";

/**
 * The compile cache (src/cli/compile-cache.ts), run as bin/trustspec.js runs it: a Node process
 * that enables it, then requires modules. A package under node_modules/ stands for trustspec's
 * dependencies; the project's own file for a user's module.
 */
const BUILT = join(__dirname, "..", "..", "dist", "cli", "compile-cache.js");

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "trustspec-compile-cache-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let projects = 0;
function project(options: { trustspecDir?: boolean } = {}): string {
  const dir = join(root, `p${projects++}`);
  const pkg = join(dir, "node_modules", "pkg");
  mkdirSync(pkg, { recursive: true });
  if (options.trustspecDir ?? true) mkdirSync(join(dir, ".trustspec"));
  writeFileSync(
    join(pkg, "index.js"),
    [
      "#!/usr/bin/env node",
      'const helper = require("./helper");',
      "exports.facts = () => ({",
      "  value: helper.value(),",
      "  thisIsExports: helper.thisIsExports,",
      "  filename: __filename,",
      "  dirname: __dirname,",
      '  resolved: require.resolve("./helper"),',
      '  paths: Array.isArray(require.resolve.paths("x")),',
      "  main: require.main === process.mainModule,",
      "  cache: require.cache === require('node:module')._cache,",
      "});",
      'exports.later = require("./later").later;',
      "",
    ].join("\n"),
  );
  writeFileSync(join(pkg, "helper.js"), "exports.thisIsExports = this === exports;\nexports.value = () => 1111;\n");
  // A module that imports is left to Node (src/cli/compile-cache.ts, DYNAMIC_IMPORT).
  writeFileSync(
    join(pkg, "later.js"),
    'exports.later = () => import /* the module */ ("./later.mjs").then((m) => m.word);\n',
  );
  writeFileSync(join(pkg, "later.mjs"), 'export const word = "imported";\n');
  writeFileSync(join(dir, "own.js"), "exports.value = () => 7;\n");
  return dir;
}

/**
 * Runs a Node process in `dir` that installs trustspec's own cache (on any Node; on Node 22.1+
 * `enableCompileCache` would use Node's instead) or calls `enableCompileCache`, and prints what the
 * modules give.
 */
function run(dir: string, env: Record<string, string> = {}, enable = "installCompileCacheHook") {
  const script = `
    require(${JSON.stringify(BUILT)}).${enable}(process.cwd());
    const pkg = require("./node_modules/pkg");
    pkg.later().then((later) => console.log(JSON.stringify({ ...pkg.facts(), later, own: require("./own").value() })));
  `;
  const r = spawnSync(process.execPath, ["-e", script], {
    cwd: dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe("trustspec's own compile cache", () => {
  it("gives a package's modules what Node gives them, from source and then from the cache", () => {
    const dir = project();
    const pkg = join(dir, "node_modules", "pkg");
    const expected = {
      value: 1111,
      thisIsExports: true,
      filename: join(pkg, "index.js"),
      dirname: pkg,
      resolved: join(pkg, "helper.js"),
      paths: true,
      main: true,
      cache: true,
      later: "imported",
      own: 7,
    };
    expect(run(dir)).toEqual(expected);
    expect(cachedFiles(dir)).toEqual([join(pkg, "helper.js"), join(pkg, "index.js")]);
    const written = statSync(cacheFile(dir)).mtimeMs;
    expect(run(dir)).toEqual(expected);
    // Every module's code was taken: nothing to make, so the file is not rewritten.
    expect(statSync(cacheFile(dir)).mtimeMs).toBe(written);
  });

  it("runs a module's new source, not the cached code of its old one of the same length", () => {
    const dir = project();
    run(dir);
    const helper = join(dir, "node_modules", "pkg", "helper.js");
    // V8 checks only the source's length: without the CRC-32 this ran the old code and gave 1111.
    writeFileSync(helper, readFileSync(helper, "utf8").replace("1111", "2222"));
    expect(run(dir).value).toBe(2222);
    expect(run(dir).value).toBe(2222);
  });

  it("leaves the user's own modules to Node", () => {
    const dir = project();
    run(dir);
    expect(cachedFiles(dir).some((f) => f.endsWith("own.js"))).toBe(false);
  });

  it("writes nothing where trustspec has not run (no .trustspec/ folder)", () => {
    const dir = project({ trustspecDir: false });
    expect(run(dir).value).toBe(1111);
    expect(existsSync(join(dir, ".trustspec"))).toBe(false);
  });

  it("is what enableCompileCache installs on a Node without a compile cache of its own", () => {
    const dir = project();
    const script = `
      require("node:module").enableCompileCache = undefined;
      require(${JSON.stringify(BUILT)}).enableCompileCache(process.cwd());
      console.log(require("./node_modules/pkg").facts().value);
    `;
    const r = spawnSync(process.execPath, ["-e", script], {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    });
    expect([r.stderr, r.stdout]).toEqual(["", "1111\n"]);
    expect(cachedFiles(dir)).toEqual(["helper.js", "index.js"].map((f) => join(dir, "node_modules", "pkg", f)));
  });

  it("is off with NODE_DISABLE_COMPILE_CACHE=1", () => {
    const dir = project();
    expect(run(dir, { NODE_DISABLE_COMPILE_CACHE: "1" }, "enableCompileCache").value).toBe(1111);
    expect(existsSync(join(dir, COMPILE_CACHE))).toBe(false);
  });

  it("starts anew from a cache file that is damaged", () => {
    const dir = project();
    run(dir);
    const bytes = readFileSync(cacheFile(dir));
    writeFileSync(cacheFile(dir), bytes.subarray(0, 40));
    expect(run(dir).value).toBe(1111);
    expect(cachedFiles(dir)).toHaveLength(2);
    writeFileSync(cacheFile(dir), "not a cache");
    expect(run(dir).value).toBe(1111);
    expect(cachedFiles(dir)).toHaveLength(2);
  });
});

describe("the compile cache on a Node that has its own (22.1 and later)", () => {
  /** Runs a process whose Node reports a compile cache of its own: the folder handed to it, and whether `_compile` is still Node's. */
  function handed(dir: string): { folder: string | null; nodesCompile: boolean } {
    const script = `
      const Module = require("node:module");
      const nodes = Module.prototype._compile;
      Module.enableCompileCache = (folder) => { globalThis.handed = folder; };
      require(${JSON.stringify(BUILT)}).enableCompileCache(process.cwd());
      console.log(JSON.stringify({ folder: globalThis.handed ?? null, nodesCompile: Module.prototype._compile === nodes }));
    `;
    const r = spawnSync(process.execPath, ["-e", script], {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(r.stderr).toBe("");
    return JSON.parse(r.stdout) as { folder: string | null; nodesCompile: boolean };
  }

  it("hands Node the project's .trustspec/compile-cache, and installs no hook of its own", () => {
    const dir = project();
    expect(handed(dir)).toEqual({ folder: join(dir, COMPILE_CACHE), nodesCompile: true });
  });

  it("hands it nothing where trustspec has not run", () => {
    expect(handed(project({ trustspecDir: false }))).toEqual({ folder: null, nodesCompile: true });
  });
});
