import type { CliIO } from "./io";

/** A CLI command: its help text lives with it so `--help` cannot drift from what it parses. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `trustspec NAME --help` text. */
  readonly help: string;
  run(argv: readonly string[], io: CliIO): Promise<number>;
}
