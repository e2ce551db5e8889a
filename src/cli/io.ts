import { type OnInterrupt, watchProcess } from "./interrupts";

/** Everything the CLI touches outside itself, passed in so tests can run it in-process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour and progress only then). */
  readonly isTTY: boolean;
  /**
   * Runs a cleanup if the process is interrupted (Ctrl-C, SIGTERM, SIGHUP, a closed output pipe)
   * before it is unregistered; the process then exits. Absent in-process, where nothing interrupts.
   */
  readonly onInterrupt?: OnInterrupt;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  gateFailed: 1,
  specError: 2,
  runtimeError: 3,
} as const;

/** The real process's I/O; call once: it also makes a closed output pipe end the process quietly. */
export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    onInterrupt: watchProcess(process),
  };
}
