import fc from "fast-check";
import { uniform } from "../../src/model/rng";

describe("uniform (counter-based)", () => {
  it("is a pure function of (seed, stream, step) with values in [0, 1)", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (seed, stream, step) => {
        const u = uniform(seed, stream, step);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
        expect(uniform(seed, stream, step)).toBe(u);
      }),
    );
  });

  it("gives different numbers to different streams and steps", () => {
    const seen = new Set<number>();
    for (let stream = 0; stream < 50; stream++)
      for (let step = 0; step < 50; step++) seen.add(uniform(7, stream, step));
    expect(seen.size).toBeGreaterThan(2490);
  });

  it("is uniform: a chi-square test over 10 bins passes at p = 0.001 for several seeds", () => {
    for (const seed of [0, 1, 42, 123456]) {
      const bins = new Array(10).fill(0);
      for (let step = 0; step < 20000; step++) bins[Math.floor(uniform(seed, 3, step) * 10)]++;
      const chi = bins.reduce((s, o) => s + (o - 2000) ** 2 / 2000, 0);
      expect(chi).toBeLessThan(27.88); // chi-square critical value, 9 degrees of freedom, p = 0.001
    }
  });
});
