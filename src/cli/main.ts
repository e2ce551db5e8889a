import { closest } from "../spec/suggest";
import { version } from "../version";
import type { Command } from "./command";
import { cacheCommand } from "./commands/cache";
import { classifyCommand } from "./commands/classify";
import { compileCommand } from "./commands/compile";
import { generateCommand } from "./commands/generate";
import { importCommand } from "./commands/import";
import { initCommand } from "./commands/init";
import { modelsCommand } from "./commands/models";
import { probeCommand } from "./commands/probe";
import { reportCommand } from "./commands/report";
import { runCommand } from "./commands/run";
import { scoreCommand } from "./commands/score";
import { showCommand } from "./commands/show";
import { validateCommand } from "./commands/validate";
import { docsPath, withDocsPaths } from "./docs-path";
import { type CliIO, EXIT } from "./io";

const COMMANDS: readonly Command[] = [
  validateCommand,
  runCommand,
  probeCommand,
  reportCommand,
  showCommand,
  compileCommand,
  cacheCommand,
  initCommand,
  importCommand,
  generateCommand,
  scoreCommand,
  classifyCommand,
  modelsCommand,
];

function usage(cwd: string): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: trustspec <command> [options]

Declarative trust tests for language models: YAML trust specs, compiled to Jest
suites that drive local ONNX models.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

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
    const topic = first === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? withDocsPaths(topic.help, io.cwd) : usage(io.cwd));
    return first === undefined ? EXIT.specError : EXIT.ok;
  }
  if (first === "-v" || first === "--version") {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    const guess = closest(
      first,
      COMMANDS.map((c) => c.name),
    );
    io.stderr(
      `trustspec: unknown command "${first}"${guess !== undefined ? `; did you mean "${guess}"?` : ""}\n\n${usage(io.cwd)}`,
    );
    return EXIT.specError;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(
      `trustspec ${command.name}: internal error: ${message}\nThis is a bug in trustspec; please report it with the command you ran.\n`,
    );
    return EXIT.runtimeError;
  }
}
