import type { CliIO } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI in-process with captured output, as `trustspec ...argv` in `cwd` (through `opts.main`
 * when given: a copy of the CLI loaded in a module registry of its own).
 */
export async function runCli(
  argv: readonly string[],
  opts: { cwd: string; env?: Record<string, string>; isTTY?: boolean; main?: typeof main },
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: opts.cwd,
    env: opts.env ?? {},
    isTTY: opts.isTTY ?? false,
  };
  const code = await (opts.main ?? main)(argv, io);
  return { code, stdout, stderr };
}
