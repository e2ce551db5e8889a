import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ItemRecord } from "../../src/report/item-record";
import { readRunItems } from "../../src/report/items-file";

const cli = join(resolve(__dirname, "..", ".."), "bin", "trustspec.js");

/**
 * `trustspec ARGS` with the built CLI in a child process, spawned without blocking this one (so a
 * server in the test process can answer it); stdout and stderr together, colour off.
 */
export function spawnTrustspec(
  cwd: string,
  args: readonly string[] = ["run"],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: "1", ...env } });
    let output = "";
    child.stdout.on("data", (c: Buffer) => {
      output += c.toString("utf8");
    });
    child.stderr.on("data", (c: Buffer) => {
      output += c.toString("utf8");
    });
    child.on("close", (code) => done({ code: code ?? -1, output }));
  });
}

/** Every item a project's only run wrote (read as `trustspec report` reads them), by `spec case model`. */
export function itemsByCase(project: string): Map<string, ItemRecord> {
  const runs = join(project, ".trustspec", "runs");
  const [runDir] = readdirSync(runs);
  if (runDir === undefined) throw new Error("the run wrote no run directory");
  const read = readRunItems(join(runs, runDir));
  if (!read.ok) throw new Error(read.message);
  const items = new Map<string, ItemRecord>();
  for (const suite of read.suites) {
    for (const item of suite.items) items.set(`${item.spec} ${item.case} ${item.model}`, item);
  }
  return items;
}
