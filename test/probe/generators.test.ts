import fc from "fast-check";
import { DEFAULT_MAX_NUMBER, listValues, names, numbers, phrases } from "../../src/probe/generators";

/** What a failing property shrinks to when every value fails: the simplest value of each generator. */
function simplest<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  const details = fc.check(
    fc.property(arbitrary, () => false),
    { seed },
  );
  return details.counterexample?.[0] as T;
}

describe("probe value generators", () => {
  it.each([1, 2, 3])("shrink to their simplest value (seed %i)", (seed) => {
    expect(simplest(listValues(["first", "second", "third"]), seed)).toBe("first");
    expect(simplest(names(), seed)).toBe("Ada Berg");
    expect(simplest(numbers(), seed)).toBe("0");
    expect(simplest(numbers(5, 40), seed)).toBe("5");
    expect(simplest(phrases(), seed)).toBe("a");
  });

  it("shrink to the earliest value that still fails", () => {
    const details = fc.check(
      fc.property(listValues(["a", "b", "c", "d", "e", "f", "g"]), (v) => v < "d"),
      { seed: 4 },
    );
    expect(details.counterexample?.[0]).toBe("d");
  });

  it("draw within their bounds and shapes", () => {
    const seen = fc.sample(fc.tuple(names(), numbers(), numbers(-3, 3), phrases()), { seed: 9, numRuns: 500 });
    for (const [name, n, small, phrase] of seen) {
      expect(name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(Number(n)).toBeGreaterThanOrEqual(0);
      expect(Number(n)).toBeLessThanOrEqual(DEFAULT_MAX_NUMBER);
      expect(Math.abs(Number(small))).toBeLessThanOrEqual(3);
      expect(phrase.split(" ").length).toBeGreaterThanOrEqual(1);
      expect(phrase.split(" ").length).toBeLessThanOrEqual(4);
    }
    // They vary: a generator stuck on one value would probe nothing.
    expect(new Set(seen.map((s) => s[0])).size).toBeGreaterThan(50);
  });
});
