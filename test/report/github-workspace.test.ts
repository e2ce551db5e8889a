import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/cli";
import { card } from "../support/scorecard-fixture";

/** `trustspec report` under GitHub Actions, for a project in a subfolder of the checkout. */
let workspace: string;
beforeAll(() => {
  workspace = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-workspace-")));
  mkdirSync(join(workspace, "ml"));
  writeFileSync(join(workspace, "ml", "scorecard.json"), JSON.stringify(card));
});
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

it("annotates each failure at its spec's path from $GITHUB_WORKSPACE", async () => {
  const env = { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace };
  const r = await runCli(["report", "scorecard.json", "--format", "json", "--out", "out"], {
    cwd: join(workspace, "ml"),
    env,
  });
  expect(r.code).toBe(1);
  const files = [...r.stdout.matchAll(/^::error file=([^,]*),/gm)].map((m) => m[1]);
  expect(files).toEqual(card.gate.failures.map((f) => `ml/${f.file}`));
});
