import { EventEmitter } from "node:events";
import { type Interruption, type WatchedProcess, watchProcess } from "../../src/cli/interrupts";

/**
 * watchProcess on a stand-in for `process`: a signal or a closed output pipe runs every registered
 * cleanup once, then exits with the conventional code (never a gate code); signals are caught only
 * while a cleanup is registered, so other commands keep Node's default.
 */
class FakeProcess extends EventEmitter implements WatchedProcess {
  readonly stdout = new EventEmitter();
  readonly stderr = new EventEmitter();
  readonly exits: number[] = [];
  exit(code: number): void {
    this.exits.push(code);
  }
}

const epipe = () => Object.assign(new Error("write EPIPE"), { code: "EPIPE" });

describe("watchProcess", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)("on %s runs the cleanups, then exits %i", (signal, code) => {
    const proc = new FakeProcess();
    const onInterrupt = watchProcess(proc);
    const seen: string[] = [];
    onInterrupt((why) => seen.push(`a ${why.cause} ${why.exitCode}`));
    onInterrupt((why) => seen.push(`b ${why.cause}`));
    proc.emit(signal);
    expect(seen).toEqual([`a ${signal} ${code}`, `b ${signal}`]);
    expect(proc.exits).toEqual([code]);
  });

  it("ends quietly with 141 when stdout or stderr hits a closed pipe, running the cleanups", () => {
    for (const stream of ["stdout", "stderr"] as const) {
      const proc = new FakeProcess();
      const seen: Interruption[] = [];
      watchProcess(proc)((why) => seen.push(why));
      proc[stream].emit("error", epipe());
      expect(seen).toEqual([{ cause: "EPIPE", exitCode: 141 }]);
      expect(proc.exits).toEqual([141]);
    }
  });

  it("handles a closed pipe even with no cleanup registered (every command)", () => {
    const proc = new FakeProcess();
    watchProcess(proc);
    proc.stdout.emit("error", epipe());
    expect(proc.exits).toEqual([141]);
  });

  it("leaves another output error to crash as before", () => {
    const proc = new FakeProcess();
    watchProcess(proc);
    const other = Object.assign(new Error("write EIO"), { code: "EIO" });
    expect(() => proc.stderr.emit("error", other)).toThrow(other);
    expect(proc.exits).toEqual([]);
  });

  it("listens for signals only while a cleanup is registered", () => {
    const proc = new FakeProcess();
    const onInterrupt = watchProcess(proc);
    const count = () => ["SIGINT", "SIGTERM", "SIGHUP"].map((s) => proc.listenerCount(s));
    expect(count()).toEqual([0, 0, 0]);
    const stopA = onInterrupt(() => {});
    const stopB = onInterrupt(() => {});
    expect(count()).toEqual([1, 1, 1]);
    stopA();
    stopA();
    expect(count()).toEqual([1, 1, 1]);
    stopB();
    expect(count()).toEqual([0, 0, 0]);
  });

  it("runs the other cleanups and exits when one throws, and ends once on a second signal", () => {
    const proc = new FakeProcess();
    const onInterrupt = watchProcess(proc);
    const seen: string[] = [];
    onInterrupt(() => {
      throw new Error("disk full");
    });
    onInterrupt(() => seen.push("second"));
    proc.emit("SIGINT");
    proc.emit("SIGTERM");
    proc.stderr.emit("error", epipe());
    expect(seen).toEqual(["second"]);
    expect(proc.exits).toEqual([130]);
  });
});
