import { mkdtempSync, realpathSync, rmSync } from "node:fs";
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
  return prepared.manifest.resultsDir;
};

describe("the inference cache of a run", () => {
  it("without a config is .trustspec/cache in the working directory", async () => {
    expect(await resultsDir()).toBe(join(dir, ".trustspec", "cache"));
  });

  it("with --no-cache is a fresh folder inside the run directory", async () => {
    expect(await resultsDir({ noCache: true })).toBe(join(dir, ".trustspec", "runs", "r1", "results"));
  });
});
