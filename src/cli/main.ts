import { closest } from "../spec/suggest";
import { version } from "../version";
import type { Command } from "./command";
import { docsPath, withDocsPaths } from "./docs-path";
import { type CliIO, EXIT } from "./io";
import { missingDependency, missingDependencyMessage } from "./missing-dependency";

/**
 * The commands by name, in the order the usage lists them. Each command's module is loaded when it
 * runs (or for the usage): loading every command with all it imports — the model builders, the ONNX
 * runtime, fast-check — took a fifth of a second before any command started.
 */
const COMMANDS: readonly (readonly [string, () => Command])[] = [
  ["validate", () => (require("./commands/validate") as typeof import("./commands/validate")).validateCommand],
  ["run", () => (require("./commands/run") as typeof import("./commands/run")).runCommand],
  ["probe", () => (require("./commands/probe") as typeof import("./commands/probe")).probeCommand],
  ["report", () => (require("./commands/report") as typeof import("./commands/report")).reportCommand],
  ["show", () => (require("./commands/show") as typeof import("./commands/show")).showCommand],
  ["compile", () => (require("./commands/compile") as typeof import("./commands/compile")).compileCommand],
  ["cache", () => (require("./commands/cache") as typeof import("./commands/cache")).cacheCommand],
  ["init", () => (require("./commands/init") as typeof import("./commands/init")).initCommand],
  ["import", () => (require("./commands/import") as typeof import("./commands/import")).importCommand],
  ["generate", () => (require("./commands/generate") as typeof import("./commands/generate")).generateCommand],
  ["score", () => (require("./commands/score") as typeof import("./commands/score")).scoreCommand],
  ["classify", () => (require("./commands/classify") as typeof import("./commands/classify")).classifyCommand],
  ["serve", () => (require("./commands/serve") as typeof import("./commands/serve")).serveCommand],
  ["models", () => (require("./commands/models") as typeof import("./commands/models")).modelsCommand],
];

/** The command of this name, loaded; undefined when there is none. */
function command(name: string | undefined): Command | undefined {
  const found = COMMANDS.find(([n]) => n === name)?.[1]();
  // The table's name is what the user typed: the command must answer to it.
  if (found !== undefined && found.name !== name)
    throw new Error(`internal: command ${name} calls itself ${found.name}`);
  return found;
}

function usage(cwd: string): string {
  const commands = COMMANDS.map(([name]) => command(name) as Command);
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: trustspec <command> [options]

Declarative trust tests for language models: YAML trust specs, compiled to Jest
suites that drive local ONNX models.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show help (also: trustspec <command> --help)
  -v, --version  print the version

Docs: ${docsPath("spec-reference.md", cwd)}
`;
}

/** The CLI entry: returns the exit code instead of exiting, so it can run in-process in tests. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    const topic = first === "help" ? command(rest[0]) : undefined;
    io.stdout(topic ? withDocsPaths(topic.help, io.cwd) : usage(io.cwd));
    return first === undefined ? EXIT.specError : EXIT.ok;
  }
  if (first === "-v" || first === "--version") {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  let chosen: Command | undefined;
  try {
    chosen = command(first);
  } catch (e) {
    const missing = missingDependency(e);
    if (missing === undefined) throw e;
    io.stderr(missingDependencyMessage(missing));
    return EXIT.runtimeError;
  }
  if (!chosen) {
    const guess = closest(
      first,
      COMMANDS.map(([name]) => name),
    );
    io.stderr(
      `trustspec: unknown command "${first}"${guess !== undefined ? `; did you mean "${guess}"?` : ""}\n\n${usage(io.cwd)}`,
    );
    return EXIT.specError;
  }
  try {
    return await chosen.run(rest, io);
  } catch (e) {
    const missing = missingDependency(e);
    if (missing !== undefined) {
      io.stderr(missingDependencyMessage(missing));
      return EXIT.runtimeError;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(
      `trustspec ${chosen.name}: internal error: ${message}\nThis is a bug in trustspec; please report it with the command you ran.\n`,
    );
    return EXIT.runtimeError;
  }
}
