import fc from "fast-check";
import { checkCase, checkGap } from "../../src/probe/probe-property";

const m = (pairs: [string, number][]) => pairs.map(([value, measure]) => ({ value, measure }));

describe("checkCase", () => {
  it("invariant: holds when every two measures are within the tolerance (inclusive)", () => {
    expect(
      checkCase(
        { kind: "invariant", tolerance: 0.5 },
        m([
          ["a", 1],
          ["b", 1.5],
          ["c", 1.25],
        ]),
      ),
    ).toEqual({
      holds: true,
      statistic: 0.5,
    });
  });

  it("invariant: names the earliest pair in the values' order that breaks it", () => {
    const v = checkCase(
      { kind: "invariant", tolerance: 0.5 },
      m([
        ["a", 0],
        ["b", 0.3],
        ["c", 2],
        ["d", -1],
      ]),
    );
    // (a, b) holds; (a, c) is the first to break; the largest difference is c − d = 3.
    expect(v).toEqual({
      holds: false,
      statistic: 3,
      pair: ["a", "c"],
      reason: '|measure("a") − measure("c")| = 2.0000 > tolerance 0.5',
    });
  });

  it("invariant: a measure that is not a number breaks it", () => {
    const v = checkCase(
      { kind: "invariant", tolerance: 10 },
      m([
        ["a", 0],
        ["b", Number.NaN],
      ]),
    );
    expect(v.holds).toBe(false);
    if (!v.holds) expect(v.reason).toBe('|measure("a") − measure("b")| = n/a (not a number)');
  });

  it("directional: needs measure(higher) − measure(lower) strictly above the margin", () => {
    const p = { kind: "directional", higher: "b", lower: "a", margin: 0.2 } as const;
    expect(
      checkCase(
        p,
        m([
          ["b", 1],
          ["a", 0.5],
        ]),
      ),
    ).toEqual({ holds: true, statistic: 0.5 });
    expect(
      checkCase(
        p,
        m([
          ["b", 0.7],
          ["a", 0.5],
        ]),
      ),
    ).toMatchObject({
      holds: false,
      pair: ["b", "a"],
      reason: 'measure("b") − measure("a") = 0.2000 ≤ margin 0.2',
    });
  });

  it("laws: invariant does not depend on the order of the renderings, and shifting every measure changes nothing", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 2, maxLength: 6 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (xs, tolerance, shift) => {
          const p = { kind: "invariant", tolerance } as const;
          const base = checkCase(p, m(xs.map((x, i) => [`v${i}`, x])));
          const reversed = checkCase(p, m(xs.map((x, i): [string, number] => [`v${i}`, x]).reverse()));
          expect(reversed.holds).toBe(base.holds);
          expect(reversed.statistic).toBeCloseTo(base.statistic, 9);
          expect(base.holds).toBe(Math.max(...xs) - Math.min(...xs) <= tolerance);
          // A shift moves every measure alike: differences agree up to rounding.
          const shifted = checkCase(p, m(xs.map((x, i) => [`v${i}`, x + shift])));
          expect(shifted.statistic).toBeCloseTo(base.statistic, 6);
        },
      ),
    );
  });
});

describe("checkGap", () => {
  it("compares each value's mean over the cases", () => {
    const cases = [
      m([
        ["a", 1],
        ["b", 0],
        ["c", 0.5],
      ]),
      m([
        ["a", 0],
        ["b", 0],
        ["c", 0.5],
      ]),
    ];
    // means: a 0.5, b 0, c 0.5 → the highest is a (first of a and c), the lowest b.
    expect(checkGap({ gap: 0.4 }, cases)).toEqual({
      holds: false,
      means: { a: 0.5, b: 0, c: 0.5 },
      pair: ["a", "b"],
      gap: 0.5,
      reason: 'mean("a") − mean("b") = 0.5000 > max_gap 0.4',
    });
    expect(checkGap({ gap: 0.5 }, cases).holds).toBe(true);
  });

  it("names two different values when every mean is the same", () => {
    const v = checkGap({ gap: 0 }, [
      m([
        ["a", 2],
        ["b", 2],
      ]),
    ]);
    expect(v).toMatchObject({ holds: true, pair: ["a", "b"], gap: 0 });
  });
});
