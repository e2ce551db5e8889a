import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSuiteItems } from "../../src/report/items-file";
import { markInterrupted } from "../../src/run/interrupted";
import { runCli } from "../support/cli";
import { card, ITEMS } from "../support/scorecard-fixture";

/**
 * `trustspec report` with no file renders the newest run's scorecard and says which it is; when the
 * newest run has none — interrupted, or failed, killed or still running — it refuses (exit 2) rather
 * than show an older run's as the current result. A named file still renders.
 */
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const OLDER = "2026-01-01T00-00-00-000Z-100";
const NEWER = "2026-01-01T00-05-00-000Z-200";
const gateCode = card.gate.pass ? 0 : 1;

/** A project whose older run wrote a scorecard; the newer run, if any, is set up by the test. */
function project(): { root: string; runs: string } {
  const root = mkdtempSync(join(tmpdir(), "trustspec-report-"));
  temps.push(root);
  const runs = join(root, ".trustspec", "runs");
  mkdirSync(join(runs, OLDER), { recursive: true });
  writeFileSync(join(runs, OLDER, "scorecard.json"), JSON.stringify(card));
  return { root, runs };
}

const report = (root: string, ...args: string[]) =>
  runCli(["report", "--format", "json", "--out", "out", ...args], { cwd: root });

describe("trustspec report", () => {
  it("renders the newest run's scorecard and names it with its time", async () => {
    const { root } = project();
    const r = await report(root);
    expect(r.code).toBe(gateCode);
    expect(r.stderr).toBe(
      `trustspec report: the scorecard of ${join(".trustspec", "runs", OLDER, "scorecard.json")}, written ${card.created}\n`,
    );
    expect(existsSync(join(root, "out", "scorecard.json"))).toBe(true);
  });

  it("refuses, with exit 2, to show an older scorecard when the newest run was interrupted", async () => {
    const { root, runs } = project();
    markInterrupted(join(runs, NEWER), "SIGINT", new Date("2026-01-01T00:05:03.000Z"));
    const r = await report(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `trustspec report: the newest run, ${join(".trustspec", "runs", NEWER)}, was interrupted (SIGINT at 2026-01-01T00:05:03.000Z) before it wrote a scorecard; an older run's scorecard is not shown in its place. Run 'trustspec run' again, or pass a scorecard.json to render that one\n`,
    );
    expect(existsSync(join(root, "out"))).toBe(false);
  });

  it("refuses, with exit 2, when the newest run has no scorecard for another reason", async () => {
    const { root, runs } = project();
    mkdirSync(join(runs, NEWER));
    writeFileSync(join(runs, NEWER, "manifest.json"), "{}");
    const r = await report(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `the newest run, ${join(".trustspec", "runs", NEWER)}, has no scorecard: it failed before its report, was killed, or is still running`,
    );
  });

  it("still renders an older run's scorecard named on the command line", async () => {
    const { root, runs } = project();
    markInterrupted(join(runs, NEWER), "SIGTERM");
    const older = join(".trustspec", "runs", OLDER, "scorecard.json");
    const r = await report(root, older);
    expect(r.code).toBe(gateCode);
    expect(r.stderr).toBe(`trustspec report: the scorecard of ${older}, written ${card.created}\n`);
  });

  it("says so when there is no run at all", async () => {
    const root = mkdtempSync(join(tmpdir(), "trustspec-report-"));
    temps.push(root);
    const r = await report(root);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no scorecard given and there is no run under");
  });

  it("shows the items of the run that wrote the scorecard, also through its copy in reports/, and none without a run", async () => {
    const { root, runs } = project();
    for (const suite of ITEMS) writeSuiteItems(join(runs, OLDER), suite);
    const md = (dir: string) => readFileSync(join(root, dir, "scorecard.md"), "utf8");
    const html = (dir: string) => readFileSync(join(root, dir, "scorecard.html"), "utf8");
    const render = (dir: string, ...files: string[]) =>
      runCli(["report", ...files, "--format", "md", "--format", "html", "--out", dir], { cwd: root });
    expect((await render("newest")).code).toBe(gateCode);
    expect(md("newest")).toContain("#### bias-agreement [base]: agreeability_index");
    expect(html("newest")).toContain('<table class="items"');
    // reports/scorecard.json is the run's scorecard written elsewhere: the same time names the run.
    mkdirSync(join(root, "reports"));
    writeFileSync(join(root, "reports", "scorecard.json"), JSON.stringify(card, null, 2));
    expect((await render("copy", "reports/scorecard.json")).code).toBe(gateCode);
    expect(md("copy")).toBe(md("newest"));
    // A scorecard no run wrote (merged, or from another machine) renders without items.
    writeFileSync(join(root, "other.json"), JSON.stringify({ ...card, created: "2026-02-02T00:00:00.000Z" }));
    expect((await render("other", "other.json")).code).toBe(gateCode);
    expect(md("other")).not.toContain("### Failing items");
    expect(html("other")).not.toContain('<table class="items"');
  });
});
