import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/cli";
import { COMMANDS } from "../support/commands";

/**
 * The CLI loads a command's module when that command runs: `trustspec run` does not load the model
 * builders, the ONNX runtime or fast-check that other commands import. A dependency that did not
 * install therefore shows when its command runs, and is named there as bin/trustspec.js names it.
 */

const dir = mkdtempSync(join(tmpdir(), "trustspec-lazy-commands-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** main, required afresh with every command module recorded when it loads (or replaced by `broken`). */
function freshMain(broken?: { command: string; error: Error }) {
  const loaded: string[] = [];
  let main!: typeof import("../../src/cli/main").main;
  jest.resetModules(); // each call's modules load afresh, recorded anew
  jest.isolateModules(() => {
    for (const name of COMMANDS) {
      const path = `../../src/cli/commands/${name}`;
      jest.doMock(path, () => {
        loaded.push(name);
        if (broken?.command === name) throw broken.error;
        return jest.requireActual(path);
      });
    }
    ({ main } = require("../../src/cli/main") as typeof import("../../src/cli/main"));
  });
  return { loaded, main };
}

const call = (main: typeof import("../../src/cli/main").main, argv: string[]) => runCli(argv, { cwd: dir, main });

describe("the CLI", () => {
  it("loads no command to print its version, and only the command it runs", async () => {
    const cli = freshMain();
    expect((await call(cli.main, ["--version"])).code).toBe(0);
    expect(cli.loaded).toEqual([]);
    expect((await call(cli.main, ["validate", "--help"])).code).toBe(0);
    expect((await call(cli.main, ["help", "init"])).code).toBe(0);
    expect(cli.loaded).toEqual(["validate", "init"]);
  });

  it("loads every command for the command list, which names each", async () => {
    const cli = freshMain();
    const r = await call(cli.main, ["--help"]);
    expect(r.code).toBe(0);
    expect(cli.loaded.sort()).toEqual([...COMMANDS].sort());
    for (const name of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  it("names a dependency that did not install when the command needing it runs (exit 3, no stack trace)", async () => {
    const missing = Object.assign(new Error("Cannot find module 'yaml'\nRequire stack:\n- x.js"), {
      code: "MODULE_NOT_FOUND",
    });
    const cli = freshMain({ command: "validate", error: missing });
    expect(await call(cli.main, ["validate"])).toEqual({
      code: 3,
      stdout: "",
      stderr: "trustspec cannot load its dependency yaml: reinstall trustspec (npm install, or npm ci in a clone).\n",
    });
  });
});
