import vm from "node:vm";
import { type CompileCounts, shareCompiledCode } from "../../src/jest/shared-compile";

/**
 * The test files of a run share their modules' compiled code (V8's code cache) instead of compiling
 * every module anew for each: what runs must be what was written, in each file's own context.
 */
const original = vm.compileFunction;

/** A module body as jest-runtime compiles it: a function of its module parameters, in a test file's context. */
function load(code: string, context: vm.Context, filename = "/project/dist/module.js"): unknown {
  const fn = vm.compileFunction(code, ["exports"], { filename, parsingContext: context });
  const exports: Record<string, unknown> = {};
  fn(exports);
  return exports.value;
}

const MODULE = `
function sum(n) { let s = 0; for (let i = 1; i <= n; i++) s += i; return s; }
exports.value = { sum: sum(10), realm: globalThis.marker, inner: [1, 2, 3].map((x) => x * 2) };
`;

describe("shareCompiledCode", () => {
  let counts: CompileCounts;
  let unshare: () => void;
  beforeEach(() => {
    counts = { fromCache: 0, compiled: 0 };
    unshare = shareCompiledCode(counts);
  });
  afterEach(() => unshare());

  it("compiles a module the third time from the second's code cache, each run in its own file's context", () => {
    const results = ["first", "second", "third", "fourth"].map((marker) => load(MODULE, vm.createContext({ marker })));
    expect(results).toEqual(
      ["first", "second", "third", "fourth"].map((realm) => ({ sum: 55, realm, inner: [2, 4, 6] })),
    );
    // Seen once: compiled; twice: compiled, asking for the cache; then from the cache.
    expect(counts).toEqual({ compiled: 2, fromCache: 2 });
  });

  it("never runs the code cached for a file's old source: a changed source compiles anew", () => {
    for (let i = 0; i < 3; i++) load(MODULE, vm.createContext({ marker: "a" }));
    const changed = MODULE.replace("sum(10)", "sum(4)");
    expect(load(changed, vm.createContext({ marker: "b" }))).toEqual({ sum: 10, realm: "b", inner: [2, 4, 6] });
    expect(counts.compiled).toBe(3);
    // The same source under another name is another module.
    expect(load(MODULE, vm.createContext({ marker: "c" }), "/project/dist/other.js")).toMatchObject({ sum: 55 });
    expect(counts.compiled).toBe(4);
  });

  it("is undone by the function it returns, and leaves alone a caller with a cache of its own", () => {
    const script = new vm.Script("exports.value = 1");
    const own = script.createCachedData();
    vm.compileFunction("exports.value = 1", ["exports"], { filename: "/x.js", cachedData: own });
    expect(counts).toEqual({ compiled: 0, fromCache: 0 });
    unshare();
    expect(vm.compileFunction).toBe(original);
  });
});
