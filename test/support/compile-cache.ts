import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMPILE_CACHE } from "../../src/cli/compile-cache";

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
