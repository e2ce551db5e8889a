import { collectGarbage } from "../../src/run/collect-garbage";

describe("collectGarbage", () => {
  it("collects what nothing holds, and leaves gc() as unexposed as it found it", async () => {
    const before = typeof globalThis.gc;
    let held: number[] | undefined = new Array(100_000).fill(1);
    const ref = new WeakRef(held);
    held = undefined;
    // A WeakRef's target lives until the end of the job that made or read it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect(typeof globalThis.gc).toBe(before);
  });
});
