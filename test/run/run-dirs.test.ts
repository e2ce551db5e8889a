import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newRunDir, pruneRuns } from "../../src/run/run-dirs";

describe("run directories", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "trustspec-runs-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("are named by time and pid under .trustspec/runs, so names sort by age", () => {
    const dir = newRunDir(root);
    expect(dir.startsWith(join(root, ".trustspec", "runs"))).toBe(true);
    expect(dir.slice(dir.lastIndexOf("/") + 1)).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T[\\d-]+Z-${process.pid}$`));
  });

  it("keep the newest ones (the current included) and remove only run-named directories", () => {
    const runs = join(root, ".trustspec", "runs");
    const names = Array.from({ length: 6 }, (_, i) => `2026-01-0${i + 1}T10-00-00-000Z-${100 + i}`);
    for (const n of names) mkdirSync(join(runs, n), { recursive: true });
    mkdirSync(join(runs, "my-notes"));
    writeFileSync(join(runs, "2026-01-01T00-00-00-000Z-1"), "a file, not a run directory");
    const current = join(runs, "2026-02-01T10-00-00-000Z-999");
    mkdirSync(current);
    const removed = pruneRuns(current, 4);
    expect(removed).toEqual(names.slice(0, 3));
    expect(readdirSync(runs).sort()).toEqual(
      [...names.slice(3), "2026-01-01T00-00-00-000Z-1", "2026-02-01T10-00-00-000Z-999", "my-notes"].sort(),
    );
    expect(existsSync(current)).toBe(true);
  });

  it("do nothing when the runs folder does not exist yet", () => {
    expect(pruneRuns(join(root, "nothing", "here"))).toEqual([]);
  });
});
