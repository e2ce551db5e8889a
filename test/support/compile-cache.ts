import { readFileSync } from "node:fs";
import Module from "node:module";
import { join } from "node:path";
import { COMPILE_CACHE } from "../../src/cli/compile-cache";

/** Whether this Node has a compile cache of its own (22.1+), which trustspec then uses instead of its hook. */
export const NODE_OWN_COMPILE_CACHE =
  typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache === "function";

/** `describe` for tests of trustspec's own compile cache; skipped, saying why, on a Node that has one. */
export function describeOwnCompileCache(name: string, body: () => void): void {
  if (!NODE_OWN_COMPILE_CACHE) describe(name, body);
  else describe.skip(`${name} (skipped: Node ${process.version} has its own compile cache)`, body);
}

/** The compile cache file of a project, for this Node (src/cli/compile-cache.ts). */
export function compileCacheFile(projectDir: string): string {
  return join(projectDir, COMPILE_CACHE, `node-${process.version}-${process.arch}.bin`);
}

/** The modules a project's compile cache holds code for, from its index, sorted. */
export function cachedModules(projectDir: string): string[] {
  const bytes = readFileSync(compileCacheFile(projectDir));
  const index = JSON.parse(bytes.subarray(4, 4 + bytes.readUInt32LE(0)).toString("utf8")) as [string][];
  return index.map(([name]) => name).sort();
}
