import { type ParseArgsConfig, parseArgs } from "node:util";

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
    const message = e instanceof Error ? e.message.replace(/^TypeError \[[A-Z_]+\]: /, "") : String(e);
    return { ok: false, message: message.split("\n")[0] ?? message };
  }
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
