import { createProgress, type ProgressSink } from "../../src/run/progress";

const CLEAR = "\r\x1b[2K";

/** A sink that records each write with the fake clock's time. */
function fakeSink(isTTY: boolean, columns?: number) {
  const writes: { at: number; text: string }[] = [];
  let t = 1_000;
  const sink: ProgressSink = {
    write: (text) => {
      writes.push({ at: t, text });
    },
    isTTY,
    ...(columns === undefined ? {} : { columns }),
  };
  return {
    sink,
    writes,
    now: () => t,
    tick: (ms: number) => {
      t += ms;
    },
    /** The live lines drawn so far, without the clear-line prefix. */
    lines: () => writes.map((w) => w.text).filter((text) => !text.endsWith("\n")),
  };
}

describe("createProgress on a terminal", () => {
  it("draws done/total, percent, tok/s and time left on one line redrawn in place", () => {
    const f = fakeSink(true, 200);
    const progress = createProgress(f.sink, { now: f.now });
    progress.start("stories260k", 10);
    f.tick(10_000);
    progress.advance(2, 400); // 10 s for 2 calls and 400 tokens: 40 tok/s, 8 calls left ≈ 40 s
    f.tick(1_000);
    progress.advance(1, 0);
    expect(f.writes.map((w) => w.text)).toEqual([
      `${CLEAR}stories260k  0/10  0%`,
      `${CLEAR}stories260k  2/10  20%  40 tok/s  ~0:40 left`,
      `${CLEAR}stories260k  3/10  30%  36 tok/s  ~0:26 left`,
    ]);
  });

  it("shows minutes past the hour as minutes, and rounds time left up", () => {
    const f = fakeSink(true, 200);
    const progress = createProgress(f.sink, { now: f.now });
    progress.start("m", 1_000);
    f.tick(5_001); // 999 calls left at 5.001 s each: 4995.999 s
    progress.advance(1, 10);
    expect(f.lines().at(-1)).toBe(`${CLEAR}m  1/1000  0%  2 tok/s  ~83:16 left`);
  });

  it("redraws no more often than minIntervalMs, however often it advances", () => {
    const f = fakeSink(true, 200);
    const progress = createProgress(f.sink, { now: f.now, minIntervalMs: 100 });
    progress.start("m", 1_000);
    for (let i = 0; i < 300; i++) {
      f.tick(7);
      progress.advance(1, 5);
    }
    const times = f.writes.map((w) => w.at);
    const gaps = times.slice(1).map((at, i) => at - (times[i] ?? 0));
    // Advancing every 7 ms, the first advance at least 100 ms after a draw comes 105 ms later.
    expect(new Set(gaps)).toEqual(new Set([105]));
    expect(times).toHaveLength(1 + 2_100 / 105);
    expect(f.lines().at(-1)).toBe(`${CLEAR}m  300/1000  30%  714 tok/s  ~0:05 left`);
  });

  it("cuts the line to one column less than the terminal, so it never wraps", () => {
    const f = fakeSink(true, 24);
    const progress = createProgress(f.sink, { now: f.now });
    progress.start("a-model-with-a-long-name", 10);
    f.tick(1_000);
    progress.advance(5, 100);
    for (const line of f.lines()) {
      expect(line.startsWith(CLEAR)).toBe(true);
      expect(line.slice(CLEAR.length)).toBe("a-model-with-a-long-nam");
    }
    const wide = fakeSink(true, 30);
    const short = createProgress(wide.sink, { now: wide.now });
    short.start("m", 10);
    wide.tick(1_000);
    short.advance(5, 100);
    expect(wide.lines().at(-1)).toBe(`${CLEAR}m  5/10  50%  100 tok/s  ~0:0`);
  });

  it("clears the live line and ends with the summary", () => {
    const f = fakeSink(true, 200);
    const progress = createProgress(f.sink, { now: f.now });
    progress.start("stories260k", 10);
    f.tick(20_000);
    progress.advance(10, 5_000);
    f.tick(500);
    progress.finish();
    expect(f.writes.at(-1)?.text).toBe(`${CLEAR}stories260k: 10 calls in 20.5s (244 tok/s)\n`);
    progress.finish(); // a second finish has nothing left to say
    progress.advance(1, 1);
    expect(f.writes).toHaveLength(3);
  });

  it("says how far a phase got when it ends early, and keeps control characters out of the line", () => {
    const f = fakeSink(true, 200);
    const progress = createProgress(f.sink, { now: f.now });
    progress.start("two\nlines\x1b[31m", 4);
    f.tick(2_000);
    progress.advance(1, 30);
    progress.finish();
    expect(f.writes.map((w) => w.text)).toEqual([
      `${CLEAR}two lines [31m  0/4  0%`,
      `${CLEAR}two lines [31m  1/4  25%  15 tok/s  ~0:06 left`,
      `${CLEAR}two lines [31m: 1/4 calls in 2.0s (15 tok/s)\n`,
    ]);
  });
});

describe("createProgress elsewhere", () => {
  function phase(isTTY: boolean, quiet: boolean) {
    const f = fakeSink(isTTY, 80);
    const progress = createProgress(f.sink, { now: f.now, quiet });
    progress.start("judge", 1);
    for (let i = 0; i < 5; i++) {
      f.tick(1_000);
      progress.advance(i === 4 ? 1 : 0, 3);
    }
    progress.finish();
    return f.writes.map((w) => w.text);
  }

  it("prints only the summary line when the sink is not a terminal (CI logs stay clean)", () => {
    expect(phase(false, false)).toEqual(["judge: 1 call in 5.0s (3 tok/s)\n"]);
  });

  it("prints nothing at all when quiet, on a terminal or not", () => {
    expect(phase(false, true)).toEqual([]);
    expect(phase(true, true)).toEqual([]);
  });

  it("leaves the rate out of a summary when no time passed", () => {
    const f = fakeSink(false);
    const progress = createProgress(f.sink, { now: f.now });
    progress.start("cached", 3);
    progress.advance(3, 0);
    progress.finish();
    expect(f.writes.map((w) => w.text)).toEqual(["cached: 3 calls in 0.0s\n"]);
  });
});
