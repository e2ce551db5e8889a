import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readRunScorecard } from "../../src/report/read-scorecard";
import { SCORECARD_VERSION } from "../../src/report/scorecard";
import { REPORT_FILES, removeStaleReports, writeReports } from "../../src/report/write-reports";
import { card } from "../support/scorecard-fixture";

const root = mkdtempSync(join(tmpdir(), "trustspec-write-reports-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("removeStaleReports", () => {
  it("removes the report files written before the run started, and nothing else", () => {
    const dir = join(root, "reports");
    mkdirSync(dir);
    const started = Date.now();
    const old = new Date(started - 60_000);
    for (const name of Object.values(REPORT_FILES)) {
      writeFileSync(join(dir, name), "previous run");
      utimesSync(join(dir, name), old, old);
    }
    writeFileSync(join(dir, "notes.md"), "the user's");
    utimesSync(join(dir, "notes.md"), old, old);
    // This run's reporter got as far as the JSON, and was half-way through the Markdown.
    writeFileSync(join(dir, REPORT_FILES.json), "this run");
    const later = new Date(started + 1000); // set: file times come from a coarser clock than Date.now()
    utimesSync(join(dir, REPORT_FILES.json), later, later);
    writeFileSync(join(dir, `${REPORT_FILES.md}.${process.pid}.tmp`), "half");

    const removed = removeStaleReports(dir, started);
    expect(removed.sort()).toEqual(
      [REPORT_FILES.html, REPORT_FILES.junit, REPORT_FILES.md].map((f) => join(dir, f)).sort(),
    );
    expect(readdirSync(dir).sort()).toEqual(["notes.md", REPORT_FILES.json]);
  });

  it("does nothing for a folder that does not exist", () => {
    expect(removeStaleReports(join(root, "absent"), Date.now())).toEqual([]);
    expect(existsSync(join(root, "absent"))).toBe(false);
  });
});

describe("readRunScorecard: the scorecard a run's reporter has just written", () => {
  it("is read back as the reporter wrote it", () => {
    const dir = join(root, "run");
    const [path] = writeReports(card, dir, ["json"]);
    expect(readRunScorecard(path as string)).toEqual(JSON.parse(JSON.stringify(card)));
  });

  it("is none when the reporter wrote none, or not one this trustspec reads", () => {
    const dir = join(root, "not-written");
    mkdirSync(dir);
    expect(readRunScorecard(join(dir, REPORT_FILES.json))).toBeUndefined();
    writeFileSync(join(dir, REPORT_FILES.json), '{"version": ');
    expect(readRunScorecard(join(dir, REPORT_FILES.json))).toBeUndefined();
    writeFileSync(join(dir, REPORT_FILES.json), JSON.stringify({ ...card, version: SCORECARD_VERSION + 1 }));
    expect(readRunScorecard(join(dir, REPORT_FILES.json))).toBeUndefined();
  });
});
