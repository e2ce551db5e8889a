import fc from "fast-check";
import { closest, didYouMean, editDistance } from "../../src/spec/suggest";

/** A small alphabet, so repeated letters, transpositions and shared prefixes are common. */
const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 8 });

/** Plain Levenshtein distance (no transpositions), as a reference. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

describe("editDistance", () => {
  it("is 0 exactly between equal strings", () => {
    fc.assert(fc.property(word, (a) => editDistance(a, a) === 0));
    fc.assert(fc.property(word, word, (a, b) => (editDistance(a, b) === 0) === (a === b)));
  });

  it("is symmetric", () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === editDistance(b, a)));
  });

  it("counts swapping two different neighbours as one edit", () => {
    fc.assert(
      fc.property(word, word, fc.constantFrom("a", "b", "c"), fc.constantFrom("x", "y"), (pre, post, c1, c2) => {
        return editDistance(`${pre}${c1}${c2}${post}`, `${pre}${c2}${c1}${post}`) === 1;
      }),
    );
  });

  it("counts one insertion, deletion or substitution as one edit", () => {
    fc.assert(
      fc.property(word, word, fc.constantFrom("x", "y"), (pre, post, c) => {
        const base = `${pre}${post}`;
        return (
          editDistance(base, `${pre}${c}${post}`) === 1 &&
          editDistance(`${pre}${c}${post}`, base) === 1 &&
          editDistance(`${pre}a${post}`, `${pre}${c}${post}`) === 1
        );
      }),
    );
  });

  it("lies between the length difference and the longer length, and never exceeds Levenshtein", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        return Math.abs(a.length - b.length) <= d && d <= Math.max(a.length, b.length) && d <= levenshtein(a, b);
      }),
    );
  });

  it("obeys the triangle inequality along Levenshtein paths", () => {
    // d(a, c) ≤ lev(a, b) + lev(b, c): any chain of plain edits through b is a bound. The stronger
    // d(a, c) ≤ d(a, b) + d(b, c) does not hold for optimal string alignment (ca → ac → abc).
    fc.assert(fc.property(word, word, word, (a, b, c) => editDistance(a, c) <= levenshtein(a, b) + levenshtein(b, c)));
  });
});

describe("closest", () => {
  it("suggests the intended word for a typo", () => {
    expect(closest("acuracy", ["fpr", "accuracy", "unparsed_rate"])).toBe("accuracy");
    expect(closest("temprature", ["samples", "max_tokens", "temperature", "top_k", "top_p", "stop"])).toBe(
      "temperature",
    );
    expect(closest("Vertical", ["version", "id", "vertical", "description"])).toBe("vertical");
    expect(closest("gruop_by", ["group_by", "generate", "judge"])).toBe("group_by");
  });

  it("suggests nothing for an unrelated word", () => {
    expect(closest("banana", ["fpr", "accuracy", "unparsed_rate"])).toBeUndefined();
    expect(closest("xyz", ["accuracy", "vertical"])).toBeUndefined();
    expect(closest("anything", [])).toBeUndefined();
  });

  it("only ever suggests a candidate other than the word, within a third of its length", () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 6 }), (w, candidates) => {
        const guess = closest(w, candidates);
        if (guess === undefined) return true;
        const allowed = Math.max(1, Math.floor(Math.max(w.length, guess.length) / 3));
        return candidates.includes(guess) && guess !== w && editDistance(w, guess) <= allowed;
      }),
    );
  });

  it("is what didYouMean suggests, and otherwise the candidates are listed", () => {
    expect(didYouMean("acuracy", ["fpr", "accuracy"], "metrics")).toBe('did you mean "accuracy"?');
    expect(didYouMean("banana", ["fpr", "accuracy", "mc1"], "metrics")).toBe('metrics: "fpr", "accuracy" or "mc1"');
  });

  it("lists at most 20 candidates, each cut to 40 characters: dataset fields and slot values are data", () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `field_${i}_${"x".repeat(60)}`);
    const hint = didYouMean("banana", fields, "available");
    expect(hint).toMatch(/^available: "field_0_x{32}…", /);
    expect(hint).toMatch(/"field_19_x{31}…", … \(1000 in all\)$/);
    expect(hint).not.toContain("field_20_");
  });
});
