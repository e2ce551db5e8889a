import { type ParseArgsConfig, parseArgs } from "node:util";
import { closest } from "../spec/suggest";
import type { Command } from "./command";
import { withDocsPaths } from "./docs-path";
import { type CliIO, EXIT } from "./io";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export type Parsed =
  | { ok: true; values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }
  | { ok: false; message: string };

/** Strict option parsing: unknown flags and missing values are errors with a plain message. */
export function parse(argv: readonly string[], options: OptionSpec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { ok: true, values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (e) {
    // Not `instanceof Error`: node:util's errors come from another realm under Jest.
    const raw = typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e);
    const message = raw.replace(/^TypeError \[[A-Z_]+\]: /, "");
    return { ok: false, message: optionMessage(message, options) };
  }
}

/**
 * node:util's parse errors in the CLI's words (its own run over several lines and quote the flag
 * three ways): an unknown flag with the closest known one, a missing value, a value where none is taken.
 */
function optionMessage(message: string, options: OptionSpec): string {
  const flag = /^(?:Unknown option|Option) '(-[^' ]+)/.exec(message)?.[1];
  if (flag === undefined) return message.split("\n")[0] ?? message;
  if (message.startsWith("Unknown option")) {
    // Only long flags are guessed: any one-letter flag is one edit from any other.
    const guess = flag.startsWith("--")
      ? closest(
          flag,
          Object.keys(options).map((name) => `--${name}`),
        )
      : undefined;
    return `unknown option ${flag}${guess !== undefined ? `; did you mean ${guess}?` : ""}`;
  }
  if (message.includes("argument is ambiguous")) {
    return `${flag} needs a value; for a value that starts with "-", write ${flag}=VALUE`;
  }
  if (message.includes("argument missing")) return `${flag} needs a value`;
  if (message.includes("does not take an argument")) return `${flag} takes no value`;
  return message.split("\n")[0] ?? message;
}

/** `--dataset ID=PATH` values into a map; a value without `=` is an error. */
export function parseDatasetOverrides(
  values: readonly string[],
): { overrides: Record<string, string> } | { error: string } {
  const overrides: Record<string, string> = {};
  for (const v of values) {
    const at = v.indexOf("=");
    if (at <= 0 || at === v.length - 1) return { error: `--dataset takes SPEC_ID=PATH, got "${v}"` };
    overrides[v.slice(0, at)] = v.slice(at + 1);
  }
  return { overrides };
}

export type Values = Record<string, string | boolean | string[] | undefined>;

/**
 * Parses a command's arguments (with -h/--help added), prints its help when asked and a one-line
 * error on bad arguments. Returns the values and positionals, or the exit code to return.
 */
export function parseCommand(
  command: Command,
  argv: readonly string[],
  options: OptionSpec,
  io: CliIO,
): { values: Values; positionals: string[] } | number {
  const args = parse(argv, { ...options, help: { type: "boolean", short: "h" } });
  if (!args.ok) {
    io.stderr(`trustspec ${command.name}: ${args.message}\nRun 'trustspec ${command.name} --help' for usage.\n`);
    return EXIT.specError;
  }
  if (args.values.help) {
    io.stdout(withDocsPaths(command.help, io.cwd));
    return EXIT.ok;
  }
  return { values: args.values, positionals: args.positionals };
}
