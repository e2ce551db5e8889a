import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { guardRun } from "../../src/cli/guard-run";
import type { Interruption } from "../../src/cli/interrupts";
import type { CliIO } from "../../src/cli/io";
import { REPORT_FILES } from "../../src/report/write-reports";
import { readInterrupted } from "../../src/run/interrupted";

/**
 * What an interrupted `trustspec run` leaves: its run directory marked, the previous run's reports
 * gone from reports/ (its scorecard kept in its own run directory, and named), and a message — or,
 * when the scorecard was already written, nothing removed.
 */
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const PREVIOUS = "2026-01-01T00-00-00-000Z-100";
const CURRENT = "2026-01-01T00-05-00-000Z-200";

function setup() {
  const root = mkdtempSync(join(tmpdir(), "trustspec-guard-"));
  temps.push(root);
  const runs = join(root, ".trustspec", "runs");
  mkdirSync(join(runs, PREVIOUS), { recursive: true });
  writeFileSync(join(runs, PREVIOUS, "scorecard.json"), "{}");
  const reportsDir = join(root, "reports");
  mkdirSync(reportsDir);
  const old = new Date(Date.now() - 60_000);
  for (const name of [...Object.values(REPORT_FILES), "notes.md"]) {
    writeFileSync(join(reportsDir, name), "previous run");
    utimesSync(join(reportsDir, name), old, old);
  }
  let stderr = "";
  const cleanups = new Set<(why: Interruption) => void>();
  const io: CliIO = {
    stdout: () => {},
    stderr: (t) => {
      stderr += t;
    },
    cwd: root,
    env: {},
    isTTY: false,
    onInterrupt: (cleanup) => {
      cleanups.add(cleanup);
      return () => cleanups.delete(cleanup);
    },
  };
  const runDir = join(runs, CURRENT);
  const interrupt = (why: Interruption) => {
    for (const cleanup of cleanups) cleanup(why);
  };
  return { root, runDir, reportsDir, io, interrupt, cleanups, stderr: () => stderr };
}

describe("guardRun", () => {
  it("on SIGINT marks the run, removes the previous run's reports and says where its scorecard stays", () => {
    const t = setup();
    guardRun(t.io, t);
    t.interrupt({ cause: "SIGINT", exitCode: 130 });
    expect(readdirSync(t.reportsDir)).toEqual(["notes.md"]);
    expect(readInterrupted(t.runDir)?.cause).toBe("SIGINT");
    expect(t.stderr()).toContain("trustspec run: interrupted (SIGINT); no scorecard was written\n");
    expect(t.stderr()).toContain("the previous run's reports were removed from reports/");
    expect(t.stderr()).toContain(`its scorecard stays in ${join(".trustspec", "runs", PREVIOUS, "scorecard.json")}`);
  });

  it("on a closed pipe does the same without a word", () => {
    const t = setup();
    guardRun(t.io, t);
    t.interrupt({ cause: "EPIPE", exitCode: 141 });
    expect(readdirSync(t.reportsDir)).toEqual(["notes.md"]);
    expect(readInterrupted(t.runDir)?.cause).toBe("EPIPE");
    expect(t.stderr()).toBe("");
  });

  it("once the run has written its scorecard, keeps its reports and removes only older ones", () => {
    const t = setup();
    guardRun(t.io, t);
    mkdirSync(t.runDir);
    writeFileSync(join(t.runDir, "scorecard.json"), "{}");
    // The reporter had written the JSON and HTML when the signal came.
    const later = new Date(Date.now() + 1000);
    for (const name of [REPORT_FILES.json, REPORT_FILES.html]) {
      writeFileSync(join(t.reportsDir, name), "this run");
      utimesSync(join(t.reportsDir, name), later, later);
    }
    t.interrupt({ cause: "SIGTERM", exitCode: 143 });
    expect(readdirSync(t.reportsDir).sort()).toEqual(["notes.md", REPORT_FILES.html, REPORT_FILES.json].sort());
    expect(readInterrupted(t.runDir)).toBeUndefined();
    expect(t.stderr()).toContain("interrupted (SIGTERM) after the scorecard was written");
  });

  it("stops watching when the run is done, and watches nothing in-process", () => {
    const t = setup();
    const unguard = guardRun(t.io, t);
    expect(t.cleanups.size).toBe(1);
    unguard();
    expect(t.cleanups.size).toBe(0);
    const { onInterrupt: _, ...inProcess } = t.io;
    expect(() => guardRun(inProcess, t)()).not.toThrow();
    expect(existsSync(t.runDir)).toBe(false);
  });
});
