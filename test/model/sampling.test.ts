import fc from "fast-check";
import { argmax, descendingOrder, GREEDY, logSoftmax, pickToken } from "../../src/model/sampling";

const logitsArb = fc.array(fc.float({ min: -20, max: 20, noNaN: true }), { minLength: 2, maxLength: 30 });
const uArb = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/** The probabilities sampling should follow, computed independently (softmax of logits / T, top-k, top-p). */
function reference(logits: number[], temperature: number, topK: number, topP: number): Map<number, number> {
  const order = logits.map((_, i) => i).sort((a, b) => (logits[b] as number) - (logits[a] as number) || a - b);
  const k = topK > 0 ? Math.min(topK, logits.length) : logits.length;
  const kept = order.slice(0, k);
  const max = logits[kept[0] as number] as number;
  const w = kept.map((i) => Math.exp(((logits[i] as number) - max) / temperature));
  const z = w.reduce((a, b) => a + b, 0);
  let n = kept.length;
  if (topP < 1) {
    let mass = 0;
    for (let r = 0; r < w.length; r++) {
      mass += (w[r] as number) / z;
      if (mass >= topP) {
        n = r + 1;
        break;
      }
    }
  }
  const zn = w.slice(0, n).reduce((a, b) => a + b, 0);
  return new Map(kept.slice(0, n).map((i, r) => [i, (w[r] as number) / zn]));
}

describe("pickToken", () => {
  it("greedy is the argmax, the lowest id on a tie, whatever u is", () => {
    expect(pickToken([1, 3, 3, 2], 4, GREEDY, 0.99)).toBe(1);
    fc.assert(
      fc.property(logitsArb, uArb, (logits, u) => {
        const best = Math.max(...logits);
        expect(pickToken(logits, logits.length, GREEDY, u)).toBe(logits.indexOf(best));
      }),
    );
  });

  it("never picks a padding logit beyond the vocabulary, however high it is", () => {
    fc.assert(
      fc.property(logitsArb, uArb, fc.double({ min: 0.1, max: 3, noNaN: true }), (logits, u, temperature) => {
        const padded = [...logits, 1e9, 1e9];
        expect(pickToken(padded, logits.length, GREEDY, u)).toBeLessThan(logits.length);
        expect(pickToken(padded, logits.length, { temperature, topK: 0, topP: 1 }, u)).toBeLessThan(logits.length);
      }),
    );
  });

  it("follows softmax(logits / T) with top-k and top-p: frequencies over an even grid of u match to 1/N", () => {
    const N = 4000;
    fc.assert(
      fc.property(
        logitsArb,
        fc.double({ min: 0.2, max: 2, noNaN: true }),
        fc.nat({ max: 6 }),
        fc.double({ min: 0.3, max: 1, noNaN: true }),
        (logits, temperature, topK, topP) => {
          const settings = { temperature, topK, topP };
          const counts = new Map<number, number>();
          for (let i = 0; i < N; i++) {
            const t = pickToken(logits, logits.length, settings, (i + 0.5) / N);
            counts.set(t, (counts.get(t) ?? 0) + 1);
          }
          const expected = reference(logits, temperature, topK, topP);
          for (const t of counts.keys()) expect(expected.has(t)).toBe(true);
          for (const [t, p] of expected)
            expect(Math.abs((counts.get(t) ?? 0) / N - p)).toBeLessThanOrEqual(1 / N + 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("picks exactly the token of the walk over the whole vocabulary, with most tokens far below the top", () => {
    // The walk as it was before only the likely tokens were ordered: the whole vocabulary, sorted.
    const fullWalk = (
      logits: Float32Array,
      settings: { temperature: number; topK: number; topP: number },
      u: number,
    ) => {
      const n = logits.length;
      const order = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => (logits[b] as number) - (logits[a] as number) || a - b,
      );
      const keep = settings.topK > 0 ? Math.min(settings.topK, n) : n;
      const top = logits[order[0] as number] as number;
      const w = order.slice(0, keep).map((i) => Math.exp(((logits[i] as number) - top) / settings.temperature));
      const total = w.reduce((a, b) => a + b, 0);
      let kept = keep;
      if (settings.topP < 1) {
        let mass = 0;
        for (let r = 0; r < keep; r++) {
          mass += (w[r] as number) / total;
          if (mass >= settings.topP) {
            kept = r + 1;
            break;
          }
        }
      }
      let target = u * w.slice(0, kept).reduce((a, b) => a + b, 0);
      for (let r = 0; r < kept; r++) {
        target -= w[r] as number;
        if (target < 0) return order[r] as number;
      }
      return order[kept - 1] as number;
    };
    // A few likely tokens (ties among them), many just around the cut-off 38 · T below the top, and
    // a long tail far below it, as a peaked model's logits are.
    const logitsOf = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { maxLength: 20 }),
        fc.nat({ max: 400 }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 31 }),
      )
      .map(([likely, edge, tail, temperature, seed]) => {
        const n = likely.length + edge.length + tail;
        const logits = new Float32Array(n).fill(-1e4);
        let s = seed;
        const slot = () => {
          s = (s * 16_807 + 11) % 2_147_483_647;
          return s % n;
        };
        for (const x of edge) logits[slot()] = 10 - (38 + x) * temperature;
        for (const x of likely) logits[slot()] = 10 - x / 4;
        return { logits, temperature };
      });
    const u = fc.oneof(uArb, fc.constantFrom(0, 1 - 2 ** -53, 0.999999999));
    fc.assert(
      fc.property(logitsOf, fc.nat({ max: 6 }), fc.constantFrom(1, 0.5, 0.9, 0.999999999999), u, (l, topK, topP, u) => {
        const settings = { temperature: l.temperature, topK, topP };
        expect(pickToken(l.logits, l.logits.length, settings, u)).toBe(fullWalk(l.logits, settings, u));
      }),
      {
        numRuns: 1000,
        // Walks that reach past the likely tokens (u · total is not used up by their weights in
        // floating point), found by earlier runs: the full order must settle them.
        examples: [
          [{ logits: Float32Array.from([9.75, 8.100000381469727]), temperature: 0.05 }, 0, 1, 1 - 2 ** -53],
          [
            {
              logits: Float32Array.from([6.799132823944092, -1e4, 9.75, 6.799132823944092, 6.799132823944092, -1e4]),
              temperature: 0.08423334046414026,
            },
            0,
            1,
            1 - 2 ** -53,
          ],
        ],
      },
    );
  });

  it("top-k 1 and a tiny top-p are greedy", () => {
    fc.assert(
      fc.property(logitsArb, uArb, (logits, u) => {
        const best = argmax(logits);
        expect(pickToken(logits, logits.length, { temperature: 0.7, topK: 1, topP: 1 }, u)).toBe(best);
        expect(pickToken(logits, logits.length, { temperature: 0.7, topK: 0, topP: 1e-9 }, u)).toBe(best);
      }),
    );
  });
});

describe("logSoftmax", () => {
  it("gives probabilities that sum to 1 and ignores a constant shift", () => {
    fc.assert(
      fc.property(logitsArb, fc.double({ min: -50, max: 50, noNaN: true }), (logits, shift) => {
        const a = logSoftmax(logits);
        const b = logSoftmax(logits.map((x) => x + shift));
        expect(Array.from(a).reduce((s, x) => s + Math.exp(x), 0)).toBeCloseTo(1, 9);
        for (let i = 0; i < a.length; i++) expect(Math.abs((a[i] as number) - (b[i] as number))).toBeLessThan(1e-6);
      }),
    );
  });

  it("uses only the first n logits", () => {
    const a = logSoftmax([0, 0, 100], 2);
    expect(Array.from(a)).toEqual([Math.log(0.5), Math.log(0.5)]);
  });
});

describe("descendingOrder", () => {
  const comparator = (logits: ArrayLike<number>) =>
    Array.from({ length: logits.length }, (_, i) => i).sort(
      (a, b) => (logits[b] as number) - (logits[a] as number) || a - b,
    );
  // Few distinct values, so ties are common; both zeros and both infinities among them.
  const special = fc.constantFrom(0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1, -1, 3.5e38, -1.4e-45);
  const value = fc.oneof(special, fc.float({ noNaN: true }), fc.integer({ min: -3, max: 3 }));

  it("orders float32 logits exactly as the comparator does: highest first, ties by id", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (xs) => {
        const logits = Float32Array.from(xs);
        expect(Array.from(descendingOrder(logits, logits.length))).toEqual(comparator(logits));
      }),
      { numRuns: 300 },
    );
  });

  it("takes the comparator for logits that are not float32 values, and orders only the first n", () => {
    const logits = [0.1, 0.30000000000000004, 0.3, 0.2, 9];
    expect(Array.from(descendingOrder(logits, 4))).toEqual(comparator(logits.slice(0, 4)));
    expect(Array.from(descendingOrder(logits, 4))).toEqual([1, 2, 3, 0]);
  });
});
