import { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareRun } from "../../src/run/prepare";
import { createProgress } from "../../src/run/progress";

/**
 * Where a run keeps its results: the config's cache, and without a config the default config's
 * (.trustspec/cache in the working directory, where `trustspec cache info` looks) — not silently a
 * throw-away folder inside the run directory, which made every config-less run start cold.
 */
let dir: string;
beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-prepare-")));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const quiet = createProgress({ write: () => {}, isTTY: false }, { quiet: true });
const resultsDir = async (settings: { noCache?: boolean } = {}) => {
  const runDir = join(dir, ".trustspec", "runs", "r1");
  const prepared = await prepareRun([], { cwd: dir, runDir, progress: quiet, ...settings });
  const found = prepared.manifest.resultsDir;
  const existed = existsSync(found);
  prepared.release();
  return { dir: found, existed, removed: !existsSync(found) };
};

describe("the inference cache of a run", () => {
  it("without a config is .trustspec/cache in the working directory", async () => {
    expect((await resultsDir()).dir).toBe(join(dir, ".trustspec", "cache"));
  });

  it("with --no-cache is an owner-only scratch folder outside the run directory, removed when the run is done", async () => {
    const found = await resultsDir({ noCache: true });
    expect(found.dir.startsWith(join(dir, ".trustspec"))).toBe(false);
    expect(found.existed).toBe(true);
    expect(found.removed).toBe(true);
  });
});
