import { createHash } from "node:crypto";
import { join } from "node:path";
import { emitModule } from "../compile/emit-module";
import { diskFiles } from "../spec/file-access";
import { version } from "../version";
import { compiledSpec } from "./compiled-specs";
import { compileSettingsFromEnv } from "./env";

/**
 * The Jest transformer for `*.trust.yaml`: a spec becomes the small module `emitModule` writes.
 * Jest caches transformed files by `getCacheKey`; the key is the hash of the module itself, which
 * holds everything the spec compiles to — its text, the dataset items, the config's models and
 * judges, the partials — plus the trustspec version, so editing any of them recompiles.
 */
function compileModule(sourcePath: string): string {
  const cwd = process.cwd();
  // The runner's compile of this run, when it ran in this process (Jest in band); else compiled here.
  const compiled = compiledSpec(sourcePath, { files: diskFiles, cwd, ...compileSettingsFromEnv(process.env) });
  return emitModule(compiled, sourcePath, join(__dirname, "suite"), { version: version(), cwd });
}

/**
 * Jest asks for the cache key first and transforms only on a miss: the module compiled for the key
 * is handed over once to `process`, so a spec is validated and compiled once, not twice.
 */
const compiledForKey = new Map<string, string>();

const transformer = {
  canInstrument: false,
  getCacheKey(_source: string, sourcePath: string): string {
    const code = compileModule(sourcePath);
    compiledForKey.set(sourcePath, code);
    return createHash("sha256").update(version()).update("\0").update(code).digest("hex");
  },
  process(_source: string, sourcePath: string): { code: string } {
    const code = compiledForKey.get(sourcePath) ?? compileModule(sourcePath);
    compiledForKey.delete(sourcePath);
    return { code };
  },
};

export default transformer;
