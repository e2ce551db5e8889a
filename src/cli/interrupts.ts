/** Why the process is ending before its command finished. */
export interface Interruption {
  /** The signal, or EPIPE: an output pipe its reader closed (`trustspec … | head`). */
  readonly cause: InterruptSignal | "EPIPE";
  /**
   * What a shell reports for a process the signal ended, 128 + its number: 130 (SIGINT), 143
   * (SIGTERM), 129 (SIGHUP), 141 (SIGPIPE) for a closed pipe. Never a gate code.
   */
  readonly exitCode: number;
}

export type InterruptSignal = "SIGINT" | "SIGTERM" | "SIGHUP";

/** Registers a synchronous cleanup to run if the process is interrupted; returns the function that unregisters it. */
export type OnInterrupt = (cleanup: (why: Interruption) => void) => () => void;

export const SIGNAL_EXIT_CODES: Readonly<Record<InterruptSignal, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
export const BROKEN_PIPE_EXIT_CODE = 141;

/** The parts of `process` watched (a fake in tests). */
export interface WatchedProcess {
  on(event: InterruptSignal, listener: () => void): unknown;
  off(event: InterruptSignal, listener: () => void): unknown;
  exit(code: number): void;
  readonly stdout: { on(event: "error", listener: (error: Error) => void): unknown };
  readonly stderr: { on(event: "error", listener: (error: Error) => void): unknown };
}

/**
 * Ends the process cleanly when it is interrupted. A closed output pipe (EPIPE on stdout or stderr,
 * as `| head` causes) always ends it quietly with 141 — before, it crashed with a stack trace and
 * exit 1, the code of a failed gate. Signals are caught only while a cleanup is registered (during
 * `trustspec run`); other commands keep Node's default, ending at once. Either way the registered
 * cleanups run first, synchronously, then the process exits with the interruption's code.
 */
export function watchProcess(proc: WatchedProcess): OnInterrupt {
  const cleanups = new Set<(why: Interruption) => void>();
  let ending = false;
  const end = (why: Interruption): void => {
    if (ending) return; // a second signal, or a cleanup's own write to the closed pipe
    ending = true;
    for (const cleanup of cleanups) {
      try {
        cleanup(why);
      } catch {
        // The process is ending either way: one failed cleanup must not skip the others or the exit.
      }
    }
    proc.exit(why.exitCode);
  };
  const onOutputError = (error: Error): void => {
    if ((error as NodeJS.ErrnoException).code !== "EPIPE") throw error;
    end({ cause: "EPIPE", exitCode: BROKEN_PIPE_EXIT_CODE });
  };
  proc.stdout.on("error", onOutputError);
  proc.stderr.on("error", onOutputError);
  const handlers = (Object.keys(SIGNAL_EXIT_CODES) as InterruptSignal[]).map(
    (signal) => [signal, () => end({ cause: signal, exitCode: SIGNAL_EXIT_CODES[signal] })] as const,
  );
  return (cleanup) => {
    cleanups.add(cleanup);
    if (cleanups.size === 1) for (const [signal, handler] of handlers) proc.on(signal, handler);
    return () => {
      if (!cleanups.delete(cleanup) || cleanups.size > 0) return;
      for (const [signal, handler] of handlers) proc.off(signal, handler);
    };
  };
}
