import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Run, runCli } from "../support/cli";
import { COMMANDS } from "../support/commands";

let dir: string;

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-main-")));
  // A config of its own, so nothing above the temp dir is picked up.
  writeFileSync(join(dir, "trustspec.config.yaml"), "version: 1\nmodels:\n  base: { path: models/base }\n");
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = (argv: string[]): Promise<Run> => runCli(argv, { cwd: dir });

/** The lines of a help text's section, up to the next blank line. */
function section(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no "${heading}" section in:\n${text}`);
  const end = lines.findIndex((l, i) => i > start && l.trim() === "");
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** `-h, --help`, `--format text|json  …` → the flags and, when the help shows one, a sample value. */
function helpOptions(help: string): { flags: string[]; value: string | undefined }[] {
  return section(help, "Options:").flatMap((line) => {
    const m = /^\s+(?:(-[A-Za-z]), )?(--[a-z][a-z-]*)(?: ([^\s]+))?(?:\s{2,}|$)/.exec(line);
    if (!m) return [];
    const flags = [m[1], m[2]].filter((f): f is string => f !== undefined);
    // A metavar like text|json lists the allowed values: take the first. N is a count, I/N a shard, FILE the config, NAME a dtype.
    const sample: Record<string, string> = { N: "1", "I/N": "1/2", FILE: "trustspec.config.yaml", NAME: "fp32" };
    const metavar = m[3]?.split("|")[0];
    return [{ flags, value: metavar !== undefined ? (sample[metavar] ?? metavar) : undefined }];
  });
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

describe("trustspec (top level)", () => {
  it("--version and -v print package.json's version", async () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const r = await run([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    }
  });

  it("--help lists exactly the commands main runs, and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Usage: trustspec <command>/);
    const listed = section(r.stdout, "Commands:").map((l) => l.trim().split(/\s+/)[0]);
    expect(listed.sort()).toEqual([...COMMANDS].sort());
    // Every listed command is one main actually dispatches to.
    for (const name of listed) {
      const help = await run([name as string, "--help"]);
      expect(help.code).toBe(0);
    }
  });

  it("help COMMAND prints that command's help", async () => {
    for (const name of COMMANDS) {
      const viaHelp = await run(["help", name]);
      const viaFlag = await run([name, "--help"]);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
    }
  });

  it("every docs page a help names is a path that opens where the CLI runs, not in trustspec's repository", async () => {
    // The temp dir stands for a project that installed trustspec: it has no docs/ of its own.
    const pages = async (argv: string[]) => {
      const r = await run(argv);
      return [...r.stdout.matchAll(/([\w./-]*docs\/[\w./-]*\w)/g)].map((m) => m[1] as string);
    };
    const named = [await pages(["--help"]), ...(await Promise.all(COMMANDS.map((c) => pages([c, "--help"]))))];
    named.push(...(await Promise.all(COMMANDS.map((c) => pages(["help", c])))));
    expect(named[0]).toHaveLength(1);
    const all = named.flat();
    expect(new Set(all).size).toBeGreaterThanOrEqual(4); // spec-reference, scorecard, running, models, importing
    for (const page of all) expect(existsSync(resolve(dir, page))).toBe(true);
  });

  it("with no arguments prints the usage and exits 2", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^Usage: trustspec <command>/);
    for (const name of COMMANDS) expect(r.stdout).toContain(name);
  });

  it("an unknown command exits 2, names it and suggests the closest command", async () => {
    for (const [typo, meant] of [
      ["valdiate", "validate"],
      ["valdate", "validate"],
      ["rnu", "run"],
      ["int", "init"],
    ]) {
      const r = await run([typo as string, "specs"]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n")[0]).toBe(`trustspec: unknown command "${typo}"; did you mean "${meant}"?`);
      noStackTrace(r.stderr);
    }
    // Nothing close: no guess.
    expect((await run(["frobnicate"])).stderr.split("\n")[0]).toBe('trustspec: unknown command "frobnicate"');
  });
});

describe.each(COMMANDS)("trustspec %s", (name) => {
  it("--help and -h print a help that starts with its usage line, and exit 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const r = await run([name, flag]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout.startsWith(`Usage: trustspec ${name}`)).toBe(true);
    }
  });

  it("accepts every option its help lists (help and parser agree)", async () => {
    const help = (await run([name, "--help"])).stdout;
    const options = helpOptions(help);
    // Every option line of the help was understood, so none escapes the check below.
    expect(options).toHaveLength(section(help, "Options:").filter((l) => /^\s+-/.test(l)).length);
    expect(options.flatMap((o) => o.flags)).toContain("--help");
    for (const { flags, value } of options) {
      for (const flag of flags) {
        const argv = value === undefined ? [name, flag] : [name, flag, value];
        const r = await run(argv);
        // A rejected option is reported on stderr by name; an accepted one never is.
        expect({ argv, stderr: r.stderr }).toEqual({ argv, stderr: expect.not.stringContaining(flag) });
        expect(r.code).not.toBe(3);
      }
    }
  });

  it("rejects an unknown flag with exit 2, a one-line message naming it and no stack trace", async () => {
    const r = await run([name, "--no-such-flag"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^trustspec ${name}: .*--no-such-flag`));
    expect(lines.slice(1)).toEqual([`Run 'trustspec ${name} --help' for usage.`]);
    noStackTrace(r.stderr);
  });
});

it("trustspec validate --config without its value exits 2 with a one-line message", async () => {
  const r = await run(["validate", "--config"]);
  expect(r.code).toBe(2);
  expect(r.stderr.split("\n")[0]).toMatch(/^trustspec validate: .*--config/);
  noStackTrace(r.stderr);
});
