/** Where progress goes: usually process.stderr (isTTY and columns are read on every draw). */
export interface ProgressSink {
  write(text: string): void;
  readonly isTTY: boolean;
  readonly columns?: number;
}

export interface Progress {
  /** Starts a phase of `total` units (e.g. model calls) for `label` (e.g. the model name). */
  start(label: string, total: number): void;
  /** Reports `done` more units, and `tokens` processed with them. */
  advance(done: number, tokens: number): void;
  /**
   * Ends the phase: on a TTY the live line is cleared; then one summary line,
   * `label: N calls in S.s (R tok/s)`, unless quiet.
   */
  finish(): void;
}

export interface ProgressOptions {
  /** Milliseconds since some origin; Date.now by default. */
  readonly now?: () => number;
  /** Least time between two redraws of the live line; 100 ms by default. */
  readonly minIntervalMs?: number;
  /** Print nothing at all. */
  readonly quiet?: boolean;
}

/** Carriage return and ANSI "erase line": the live line is redrawn in place. */
const CLEAR_LINE = "\r\x1b[2K";

interface Phase {
  readonly label: string;
  readonly total: number;
  readonly startedAt: number;
  done: number;
  tokens: number;
  drawnAt: number | undefined;
}

/**
 * A progress display for long inference. On a TTY, one line redrawn in place at most every
 * minIntervalMs: `label  done/total  pct%  N tok/s  ~M:SS left`. Elsewhere (CI logs) nothing
 * during the phase, only the summary line at the end.
 */
export function createProgress(sink: ProgressSink, options: ProgressOptions = {}): Progress {
  const now = options.now ?? Date.now;
  const minIntervalMs = options.minIntervalMs ?? 100;
  const quiet = options.quiet ?? false;
  let phase: Phase | undefined;
  const live = () => sink.isTTY && !quiet;

  const draw = (p: Phase, at: number) => {
    p.drawnAt = at;
    sink.write(CLEAR_LINE + truncate(progressLine(p, at), sink.columns));
  };

  return {
    start(label, total) {
      const at = now();
      phase = { label: oneLine(label), total, startedAt: at, done: 0, tokens: 0, drawnAt: undefined };
      if (live()) draw(phase, at);
    },
    advance(done, tokens) {
      if (phase === undefined) return; // a display never stops a run; advancing before start has nothing to show
      phase.done += done;
      phase.tokens += tokens;
      const at = now();
      if (live() && (phase.drawnAt === undefined || at - phase.drawnAt >= minIntervalMs)) draw(phase, at);
    },
    finish() {
      if (phase === undefined) return;
      const p = phase;
      phase = undefined;
      if (quiet) return;
      const clear = sink.isTTY && p.drawnAt !== undefined ? CLEAR_LINE : "";
      sink.write(`${clear}${summaryLine(p, now())}\n`);
    },
  };
}

/** `label  done/total  pct%  N tok/s  ~M:SS left`; rate and time left appear once there is a rate. */
function progressLine(p: Phase, at: number): string {
  const parts = [p.label, `${p.done}/${p.total}`, `${percent(p.done, p.total)}%`];
  const seconds = (at - p.startedAt) / 1000;
  if (seconds > 0 && p.done > 0) {
    parts.push(`${Math.round(p.tokens / seconds)} tok/s`);
    const left = Math.max(0, p.total - p.done) * (seconds / p.done);
    parts.push(`~${clock(left)} left`);
  }
  return parts.join("  ");
}

/** `label: N calls in S.s (R tok/s)`; `done/total calls` when the phase ended early. */
function summaryLine(p: Phase, at: number): string {
  const seconds = (at - p.startedAt) / 1000;
  const count = p.done === p.total ? `${p.total}` : `${p.done}/${p.total}`;
  const calls = `${count} call${p.total === 1 ? "" : "s"}`;
  const rate = seconds > 0 ? ` (${Math.round(p.tokens / seconds)} tok/s)` : "";
  return `${p.label}: ${calls} in ${seconds.toFixed(1)}s${rate}`;
}

function percent(done: number, total: number): number {
  // Floor, so 100% means finished rather than 99.6% rounded up.
  return total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100;
}

/** M:SS, with minutes unbounded (75:03 for an hour and a quarter). */
function clock(seconds: number): string {
  const whole = Math.ceil(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

/**
 * Cuts the line to the terminal's width less one column: writing into the last column makes
 * some terminals wrap, and the next `\r` would then redraw on a new line instead of in place.
 */
function truncate(line: string, columns: number | undefined): string {
  if (columns === undefined || columns <= 1) return line;
  const chars = [...line];
  return chars.length < columns ? line : chars.slice(0, columns - 1).join("");
}

/** Control characters in a label (a newline in a model name) would break the in-place line. */
function oneLine(label: string): string {
  return label.replace(/\p{Cc}/gu, " ");
}
