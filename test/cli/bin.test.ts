import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * bin/trustspec.js on an install that is not whole: with no build it says to build; with the build
 * there but a dependency missing, it names the dependency — it used to say "not built yet" for any
 * module missing below dist/cli/main.js, which sent users to rebuild what was already built.
 */
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "trustspec-bin-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function install(name: string, main?: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "bin"), { recursive: true });
  copyFileSync(join(__dirname, "..", "..", "bin", "trustspec.js"), join(dir, "bin", "trustspec.js"));
  if (main !== undefined) {
    mkdirSync(join(dir, "dist", "cli"), { recursive: true });
    writeFileSync(join(dir, "dist", "cli", "main.js"), main);
  }
  return join(dir, "bin", "trustspec.js");
}

const run = (bin: string) => spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });

it("says to build when there is no build", () => {
  const r = run(install("unbuilt"));
  expect(r.status).toBe(3);
  expect(r.stderr).toBe("trustspec is not built yet: run `npm run build` (npm ci does it for you).\n");
});

it("names a dependency that did not install, instead of calling the build missing", () => {
  const r = run(install("partial", 'require("@example/not-installed");\n'));
  expect(r.status).toBe(3);
  expect(r.stderr).toBe(
    "trustspec cannot load its dependency @example/not-installed: reinstall trustspec (npm install, or npm ci in a clone).\n",
  );
});

it("names a dependency missing below a command, which loads only when the command runs", () => {
  const bin = install(
    "partial-command",
    'exports.main = async () => { require("@example/not-installed-either"); return 0; };\n',
  );
  writeFileSync(join(bin, "..", "..", "dist", "cli", "io.js"), "exports.processIO = () => ({});\n");
  const r = run(bin);
  expect(r.status).toBe(3);
  expect(r.stderr).toBe(
    "trustspec cannot load its dependency @example/not-installed-either: reinstall trustspec (npm install, or npm ci in a clone).\n",
  );
});

it("ends when the command is done and its output written, not when a timer left behind fires", () => {
  const bin = install(
    "timer-left",
    [
      "exports.main = async (argv, io) => {",
      '  setTimeout(() => process.stdout.write("too late\\n"), 60_000);',
      '  io.stdout("x".repeat(1 << 20));',
      '  io.stderr("done\\n");',
      "  return 1;",
      "};",
    ].join("\n"),
  );
  writeFileSync(
    join(bin, "..", "..", "dist", "cli", "io.js"),
    "exports.processIO = () => ({ stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });\n",
  );
  const r = spawnSync(process.execPath, [bin], { encoding: "utf8", timeout: 30_000, maxBuffer: 4 << 20 });
  expect({ status: r.status, stdout: r.stdout.length, stderr: r.stderr }).toEqual({
    status: 1,
    stdout: 1 << 20,
    stderr: "done\n",
  });
});
