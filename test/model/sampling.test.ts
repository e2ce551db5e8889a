import fc from "fast-check";
import { argmax, GREEDY, pickToken, rowStats, type SamplingSettings } from "../../src/model/sampling";
import { tokenWeight, weightScale } from "../../src/model/token-weight";
import { naiveNucleus } from "../support/nucleus-reference";
import { seededRandom } from "../support/seeded-random";
import { naiveAtTemperature } from "../support/temperature-reference";

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

/**
 * The sampler's definition done naively: the whole vocabulary sorted (highest logit first, ties by
 * id, NaN last), each kept token weighed by tokenWeight, the weights added up in rank order. For
 * each settings, the token for any u, and the cumulative weights of the kept tokens (to put u on
 * their boundaries).
 */
function naive(logits: ArrayLike<number>, n: number) {
  const value = (i: number) => logits[i] as number;
  // NaN as below everything (globals are looked up outside the comparator: in Jest's vm context
  // each lookup is slow, and a 152k sort makes millions of comparisons).
  const { NEGATIVE_INFINITY: below, isNaN: isNaNValue } = Number;
  const ranked = Array.from({ length: n }, (_, i) => (isNaNValue(value(i)) ? below : value(i)));
  const nan = Array.from({ length: n }, (_, i) => isNaNValue(value(i)));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const x = ranked[a] as number;
    const y = ranked[b] as number;
    return x > y ? -1 : x < y ? 1 : Number(nan[a]) - Number(nan[b]) || a - b;
  });
  let top = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) if (value(i) > top) top = value(i);
  return (settings: SamplingSettings) => {
    const scale = weightScale(top, settings.temperature, n);
    const keep = settings.topK > 0 ? Math.min(settings.topK, n) : n;
    const cumulative: number[] = [];
    let total = 0;
    for (let r = 0; r < keep; r++) {
      total += tokenWeight(scale, value(order[r] as number));
      cumulative.push(total);
    }
    let kept = keep;
    if (settings.topP < 1) kept = firstAbove(cumulative, Math.ceil(settings.topP * total) - 1) + 1;
    const keptTotal = cumulative[kept - 1] as number;
    return {
      cumulative: cumulative.slice(0, kept),
      pick: (u: number) =>
        keptTotal === 0
          ? 0
          : (order[firstAbove(cumulative, Math.min(Math.floor(u * keptTotal), keptTotal - 1))] as number),
    };
  };
}

/** The sampler's definition for these settings: by temperature alone, top-p alone (nucleus.ts), or ranked (top-k). */
function definition(logits: ArrayLike<number>, n: number) {
  const ranked = naive(logits, n);
  return (settings: SamplingSettings) =>
    settings.topK > 0 && settings.topK < n
      ? ranked(settings)
      : settings.topP >= 1
        ? naiveAtTemperature(logits, n, settings.temperature)
        : naiveNucleus(logits, n, settings.temperature, settings.topP);
}

/** The first index whose (non-decreasing) value exceeds y; the length when none does. */
function firstAbove(values: readonly number[], y: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The u values worth trying for a row: both ends of [0, 1) (and 1, which counts as just below it), some in between, and u on each side of
 * where the kept tokens' cumulative weights (at the given ranks) cross ⌊u · total⌋.
 */
function edgeUs(cumulative: readonly number[], ranks: readonly number[], between: readonly number[]): number[] {
  const total = cumulative[cumulative.length - 1] as number;
  const us = [0, 1 - 2 ** -53, 0.999999999, 1e-12, 1, ...between];
  for (const r of ranks) {
    const c = cumulative[Math.min(r, cumulative.length - 1)] as number;
    if (c === 0 || c >= total) continue;
    const u = c / total;
    us.push(u, u - u * 2 ** -52, u + u * 2 ** -52);
  }
  return us;
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

  it("follows softmax(logits / T) with top-k and top-p: frequencies over an even grid of u match to 1/N (and redraws' binomial spread)", () => {
    const N = 4000;
    // Logits on a grid of 1/100: equal ones tie, others are far apart. (Two logits closer than
    // float32 can tell apart at their weight tie in top-p's ranking, and go by id.)
    const gridLogits = fc.array(
      fc.integer({ min: -2000, max: 2000 }).map((x) => x / 100),
      { minLength: 2, maxLength: 30 },
    );
    fc.assert(
      fc.property(
        gridLogits,
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
          // Top-p alone draws again when a draw falls outside the nucleus (at most 1 − top-p of
          // them): those draws come from a hash of u, so their counts are binomial, not a grid's.
          const redrawn = (topK === 0 || topK >= logits.length) && topP < 1 ? 1 - topP : 0;
          for (const [t, p] of expected)
            expect(Math.abs((counts.get(t) ?? 0) / N - p)).toBeLessThanOrEqual(
              1 / N + 1e-9 + 5 * Math.sqrt((redrawn * p) / N),
            );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is the naive definition on small rows with ties, zeros of both signs, infinities and NaN", () => {
    const logit = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -8, max: 8 }).map((x) => x / 2) },
      { weight: 2, arbitrary: fc.double({ min: -60, max: 60, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN) },
    );
    const settingsArb = fc.record({
      temperature: fc.oneof(fc.double({ min: 0.01, max: 5, noNaN: true }), fc.constantFrom(1e-6, 1e6)),
      topK: fc.oneof(fc.constant(0), fc.nat({ max: 70 })),
      topP: fc.oneof(fc.constant(1), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })),
    });
    fc.assert(
      fc.property(
        fc.array(logit, { minLength: 1, maxLength: 60 }),
        fc.nat({ max: 3 }),
        settingsArb,
        uArb,
        (logits, padding, settings, u) => {
          const n = Math.max(1, logits.length - padding);
          const reference = definition(logits, n)(settings);
          const ranks = Array.from({ length: reference.cumulative.length }, (_, r) => r);
          for (const v of edgeUs(reference.cumulative, ranks, [u]))
            expect(pickToken(logits, n, settings, v)).toBe(reference.pick(v));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("is the naive definition on rows of hundreds to thousands of tokens, ascending, descending or not, with top-k", () => {
    // Ascending rows make every token a top-k candidate in turn: the candidate buffer is cut again
    // and again.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 100, maxLength: 3000 }),
        fc.constantFrom("as drawn", "ascending", "descending"),
        fc.record({
          temperature: fc.double({ min: 0.05, max: 3, noNaN: true }),
          topK: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3000 })),
          topP: fc.oneof(fc.constant(1), fc.double({ min: 0.05, max: 1, maxExcluded: true, noNaN: true })),
        }),
        uArb,
        (ints, shape, settings, u) => {
          const values = ints.map((x) => x / 4);
          if (shape !== "as drawn") values.sort((a, b) => (shape === "ascending" ? a - b : b - a));
          const reference = definition(values, values.length)(settings);
          const kept = reference.cumulative.length;
          for (const v of edgeUs(reference.cumulative, [0, 1, kept >> 1, kept - 1], [u]))
            expect(pickToken(values, values.length, settings, v)).toBe(reference.pick(v));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("is the naive definition at 50,257 and 151,936 tokens, with ties, for temperature, top-k, top-p and both", () => {
    const random = seededRandom(12_345);
    // Spread evenly over 20 units, on a grid of 1/16 (every token weighs something, ties
    // everywhere); and peaked as a model's logits are: a bell of σ ≈ 2.5 on a grid of 1/32, with 40
    // tokens 8–14 above it on a grid of 1/2, so that ties straddle the top-k cut.
    const even = (n: number) => Float32Array.from({ length: n }, () => Math.round((random() - 0.5) * 320) / 16);
    const peaked = (n: number) => {
      const row = Float32Array.from(
        { length: n },
        () => Math.round((random() + random() + random() + random() - 2) * 4.33 * 32) / 32,
      );
      for (let i = 0; i < 40; i++) row[Math.floor(random() * n)] = 8 + Math.round(random() * 12) / 2;
      return row;
    };
    const settings: SamplingSettings[] = [
      { temperature: 0.7, topK: 0, topP: 1 },
      { temperature: 0.7, topK: 50, topP: 1 },
      { temperature: 0.7, topK: 0, topP: 0.9 },
      { temperature: 0.7, topK: 50, topP: 0.9 },
      { temperature: 1.3, topK: 5000, topP: 0.95 },
    ];
    for (const [n, row] of [
      [50_257, even(50_257)],
      [151_936, peaked(151_936)],
    ] as const) {
      const sorted = definition(row, n);
      for (const s of settings) {
        const reference = sorted(s);
        const kept = reference.cumulative.length;
        const us = edgeUs(reference.cumulative, [0, 1, 2, kept >> 1, kept - 2], [random(), random(), random()]);
        for (const u of us) expect([s, u, pickToken(row, n, s, u)]).toEqual([s, u, reference.pick(u)]);
      }
    }
  });

  it("makes a row of minus infinities all equally likely, infinite logits the only likely ones, and NaN never", () => {
    const inf = Number.POSITIVE_INFINITY;
    const none = [Number.NaN, -inf, -inf, Number.NaN, -inf];
    const all = { temperature: 1, topK: 0, topP: 1 };
    expect([0, 0.4, 0.99].map((u) => pickToken(none, 5, all, u))).toEqual([1, 2, 4]);
    expect([0, 0.99].map((u) => pickToken(none, 5, { ...all, topK: 2 }, u))).toEqual([1, 2]);
    const infinite = [0, 5, inf, 3, inf];
    expect([0, 0.49, 0.5, 0.99].map((u) => pickToken(infinite, 5, all, u))).toEqual([2, 2, 4, 4]);
    expect([0, 0.99].map((u) => pickToken(infinite, 5, { ...all, topK: 1 }, u))).toEqual([2, 2]);
    expect(pickToken([Number.NaN, Number.NaN], 2, all, 0.7)).toBe(0);
  });

  it("selects among tens of thousands of tokens that tie: every one equally likely, by id", () => {
    const n = 50_000;
    const row = new Float32Array(n).fill(3);
    const settings = { temperature: 0.7, topK: 0, topP: 1 };
    for (const u of [0, 0.25, 0.5, 0.123456, 1 - 2 ** -53])
      expect(pickToken(row, n, settings, u)).toBe(Math.floor(u * n));
    expect(pickToken(row, n, { temperature: 0.7, topK: 20_000, topP: 0.5 }, 0.999)).toBe(9_990);
  });

  it("samples without sorting anything", () => {
    const n = 151_936;
    const row = Float32Array.from({ length: n }, (_, i) => Math.sin(i) * 10);
    const sorts = [
      jest.spyOn(Array.prototype, "sort"),
      jest.spyOn(Object.getPrototypeOf(Float64Array.prototype) as { sort: () => void }, "sort"),
    ];
    try {
      for (const s of [
        { temperature: 0.7, topK: 0, topP: 1 },
        { temperature: 0.7, topK: 50, topP: 0.9 },
        { temperature: 0.7, topK: 0, topP: 0.9 },
      ])
        pickToken(row, n, s, 1 - 2 ** -53);
      for (const sort of sorts) expect(sort).not.toHaveBeenCalled();
    } finally {
      for (const sort of sorts) sort.mockRestore();
    }
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

/** log-softmax of the first n logits, as its definition reads: the whole row, max, log of the sum of exponentials. */
function naiveLogSoftmax(logits: ArrayLike<number>, n: number): number[] {
  const row = Array.from({ length: n }, (_, i) => logits[i] as number);
  const max = row.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const lse = max + Math.log(row.reduce((sum, x) => sum + Math.exp(x - max), 0));
  return row.map((x) => x - lse);
}

/** A token's log-probability and whether it is the greedy pick, from its row's stats. */
function tokenLogProb(logits: ArrayLike<number>, n: number, token: number) {
  const stats = rowStats(logits, n);
  return { logProb: (logits[token] as number) - stats.logSumExp, greedy: stats.argmax === token };
}

describe("rowStats", () => {
  it("gives the naive log-softmax at every token (within 1e-14 of its size), and argmax's pick: ties, zeros of both signs, infinities, NaN", () => {
    const logit = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -8, max: 8 }).map((x) => x / 2) },
      { weight: 3, arbitrary: fc.float({ min: -60, max: 60, noNaN: true }) },
      { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN) },
    );
    fc.assert(
      fc.property(fc.array(logit, { minLength: 1, maxLength: 60 }), fc.nat({ max: 3 }), (values, padding) => {
        // A model's logits are float32; the padding beyond n (an export's wider logits) never counts.
        const logits = Float32Array.from(values);
        const n = Math.max(1, logits.length - padding);
        const expected = naiveLogSoftmax(logits, n);
        const best = argmax(logits, n);
        for (let token = 0; token < n; token++) {
          const got = tokenLogProb(logits, n, token);
          const want = expected[token] as number;
          // Infinite and NaN results are exact; finite ones within float64 rounding of the exponentials.
          if (Number.isFinite(want))
            expect(Math.abs(got.logProb - want)).toBeLessThanOrEqual(1e-14 * Math.max(1, -want));
          else expect(got.logProb).toBe(want);
          expect(got.greedy).toBe(token === best);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("gives probabilities that sum to 1 and ignores a constant shift", () => {
    fc.assert(
      fc.property(logitsArb, fc.double({ min: -50, max: 50, noNaN: true }), (logits, shift) => {
        const n = logits.length;
        const a = logits.map((_, t) => tokenLogProb(logits, n, t).logProb);
        const b = logits.map(
          (_, t) =>
            tokenLogProb(
              logits.map((x) => x + shift),
              n,
              t,
            ).logProb,
        );
        expect(a.reduce((s, x) => s + Math.exp(x), 0)).toBeCloseTo(1, 9);
        for (let i = 0; i < n; i++) expect(Math.abs((a[i] as number) - (b[i] as number))).toBeLessThan(1e-6);
      }),
    );
  });

  it("uses only the first n logits", () => {
    expect(tokenLogProb([0, 0, 100], 2, 1)).toEqual({ logProb: Math.log(0.5), greedy: false });
    expect(tokenLogProb([0, 0, 100], 2, 0)).toEqual({ logProb: Math.log(0.5), greedy: true });
  });
});

describe("tokenWeight", () => {
  it("is the softmax weight relative to the top token, 2^s, rounded: within half a unit and 1e-13", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0.05, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 300_000 }),
        (top, below, temperature, n) => {
          const scale = weightScale(top, temperature, n);
          const unit = 2 ** (53 - n.toString(2).length);
          const exact = unit * Math.exp(-(top - (top - below)) / temperature);
          const w = tokenWeight(scale, top - below);
          expect(Number.isInteger(w)).toBe(true);
          expect(Math.abs(w - exact)).toBeLessThanOrEqual(0.5 + exact * 1e-13);
          expect(tokenWeight(scale, top)).toBe(unit);
          // n tokens of the top's weight at most: every sum of them is exact.
          expect(n * unit).toBeLessThan(2 ** 53);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("gives each token its softmax probability within n / 2^s relatively and 2^-(s+1) absolutely", () => {
    // The weights' rounding to integers moves the total by up to n/2 units against a top of 2^s.
    const check = (logits: ArrayLike<number>, temperature: number) => {
      const n = logits.length;
      const values = Array.from(logits);
      const top = values.reduce((a, b) => Math.max(a, b));
      const scale = weightScale(top, temperature, n);
      const weights = values.map((v) => tokenWeight(scale, v));
      const total = weights.reduce((a, b) => a + b, 0);
      const exact = values.map((v) => Math.exp((v - top) / temperature));
      const z = exact.reduce((a, b) => a + b, 0);
      const s = 53 - n.toString(2).length;
      const relative = n / 2 ** s + 1e-12;
      let worst = 0;
      values.forEach((_, i) => {
        const p = (exact[i] as number) / z;
        const error = Math.abs((weights[i] as number) / total - p);
        worst = Math.max(worst, (error - 2 ** -(s + 1)) / p);
      });
      expect(worst).toBeLessThanOrEqual(relative);
    };
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -40, max: 40, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        check,
      ),
      { numRuns: 300 },
    );
    const random = seededRandom(99);
    // The bench's rows: nearly every token weighs something, and the rounding of each adds up.
    check(
      Float32Array.from({ length: 151_936 }, () => (random() - 0.5) * 20),
      0.7,
    );
  });

  it("weighs NaN and minus infinity 0, and tokens equal to an infinite top like a top", () => {
    const scale = weightScale(5, 1, 1000);
    expect(tokenWeight(scale, Number.NaN)).toBe(0);
    expect(tokenWeight(scale, Number.NEGATIVE_INFINITY)).toBe(0);
    const inf = weightScale(Number.POSITIVE_INFINITY, 1, 1000);
    expect(tokenWeight(inf, Number.POSITIVE_INFINITY)).toBe(2 ** 43);
    expect(tokenWeight(inf, 1e30)).toBe(0);
  });
});
