import fc from "fast-check";
import { uniform32 } from "../../src/metrics/random";
import { mulberry32 } from "../../src/spec/shuffle";

describe("uniform32", () => {
  it("draws the same stream as the spec layer's mulberry32, for any seed", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 32, 2 ** 32 + 5, 2 ** 53 - 1)), (seed) => {
        const a = uniform32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 50; i++) if (a() !== b()) return false;
        return true;
      }),
    );
  });

  it("stays in [0, 1)", () => {
    const random = uniform32(123);
    const draws = Array.from({ length: 10_000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});
