import fc from "fast-check";
import { nucleus } from "../../src/model/nucleus";
import { pickToken } from "../../src/model/sampling";
import { vocabularyKernel } from "../../src/model/wasm/vocabulary-kernel";
import { naiveNucleus } from "../support/nucleus-reference";
import { seededRandom } from "../support/seeded-random";

/** Logits with ties, NaN and minus infinity; blocks of 256 are crossed from 300 tokens on. */
const logit = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -40, max: 40 }).map((x) => x / 4) },
  { weight: 3, arbitrary: fc.float({ min: -20, max: 20, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NEGATIVE_INFINITY, Number.NaN, 0, -0) },
);
const rowArb = fc.oneof(
  fc.array(logit, { minLength: 1, maxLength: 40 }),
  fc.array(logit, { minLength: 257, maxLength: 1500, size: "max" }),
);
const temperatureArb = fc.double({ min: 0.05, max: 3, noNaN: true });
const topPArb = fc.double({ min: 0.01, max: 1, maxExcluded: true, noNaN: true });

/** Loads a row in the kernel and weighs it as top-p does; returns what the kernel's questions need. */
function weighed(row: readonly number[], temperature: number) {
  const kernel = vocabularyKernel();
  const padded = kernel.load(row, row.length);
  const top = kernel.topOfBlocks(padded);
  return { kernel, padded, top, total: Number.isFinite(top) ? kernel.weighKept(padded, top, temperature) : 0 };
}

describe("top-p without top-k (nucleus.ts)", () => {
  it("answers 'is the weight above this token below the limit' as the whole sum would, whatever it skips or stops early on", () => {
    fc.assert(
      fc.property(rowArb, temperatureArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (row, T, pick, p) => {
        const { kernel, padded, top, total } = weighed(row, T);
        if (!Number.isFinite(top)) return;
        const reference = naiveNucleus(row, row.length, T, 0.5);
        const t = pick % row.length;
        const above = reference.above(t);
        const v = Math.fround(row[t] as number);
        if (Number.isNaN(v)) return;
        // Limits on both sides of the exact sum, and anywhere in the row's total.
        const limits = [above, above * (1 + 2 ** -52), above * (1 - 2 ** -52), above + 1e-300, p * total, total];
        for (const limit of limits) {
          if (!(limit > 0)) continue;
          expect([limit, kernel.keptAbove(padded, v, t, limit, total * 2 ** -30)]).toEqual([limit, above < limit]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("picks as the naive definition does, with redraws and with the fallback after 0, 1 or 2 draws", () => {
    fc.assert(
      fc.property(
        rowArb,
        temperatureArb,
        topPArb,
        fc.constantFrom(0, 1, 2),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (row, T, topP, attempts, u) => {
          const { padded, top } = weighed(row, T);
          if (!Number.isFinite(top)) return;
          const reference = naiveNucleus(row, row.length, T, topP, attempts);
          const got = nucleus(padded, top, T, topP, u, attempts);
          expect(reference.members.has(got)).toBe(true);
          expect(got).toBe(reference.pick(u));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps a token drawn inside the nucleus: the same token as temperature alone at the same u", () => {
    fc.assert(
      fc.property(
        rowArb,
        temperatureArb,
        topPArb,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (row, T, topP, u) => {
          const reference = naiveNucleus(row, row.length, T, topP);
          const plain = pickToken(row, row.length, { temperature: T, topK: 0, topP: 1 }, u);
          if (reference.members.has(plain))
            expect(pickToken(row, row.length, { temperature: T, topK: 0, topP }, u)).toBe(plain);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("follows the exact softmax's nucleus: members, and frequencies over 20,000 draws within their binomial spread", () => {
    // Computed independently: softmax in float64 with Math.exp, the row sorted, the shortest run from
    // the top whose probability reaches p. Rows of three blocks and more, logits on a grid of 1/64.
    const random = seededRandom(99);
    const N = 20_000;
    for (const [n, spread, T, topP] of [
      [700, 12, 0.7, 0.9],
      [1000, 6, 1.0, 0.5],
      [600, 30, 0.4, 0.95],
    ] as const) {
      const row = Array.from({ length: n }, () => Math.round((random() - 0.5) * spread * 64) / 64);
      const top = Math.max(...row);
      const order = row.map((_, i) => i).sort((a, b) => (row[b] as number) - (row[a] as number) || a - b);
      const exact = row.map((l) => Math.exp((l - top) / T));
      const z = exact.reduce((a, b) => a + b, 0);
      const nucleusIds: number[] = [];
      let mass = 0;
      for (const i of order) {
        nucleusIds.push(i);
        mass += (exact[i] as number) / z;
        if (mass >= topP) break;
      }
      const counts = new Map<number, number>();
      for (let k = 0; k < N; k++) {
        const t = pickToken(row, n, { temperature: T, topK: 0, topP }, (k + random()) / N);
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      const inside = new Set(nucleusIds);
      for (const t of counts.keys()) expect(inside.has(t)).toBe(true);
      for (const t of nucleusIds) {
        const p = (exact[t] as number) / z / mass;
        const observed = (counts.get(t) ?? 0) / N;
        expect(Math.abs(observed - p)).toBeLessThanOrEqual(5 * Math.sqrt((p * (1 - p)) / N) + 1 / N);
      }
    }
  });

  it("takes the first of tens of thousands of equal logits in id order, drawing or falling back", () => {
    const n = 50_000;
    const row = new Array<number>(n).fill(3);
    const settings = { temperature: 0.7, topK: 0, topP: 0.5 };
    // Each token weighs 1: the weight above token t is t, so the nucleus is tokens 0 … 24,999.
    for (const u of [0, 0.25, 0.4999, 0.123456]) expect(pickToken(row, n, settings, u)).toBe(Math.floor(u * n));
    for (const u of [0.5, 0.75, 0.99]) expect(pickToken(row, n, settings, u)).toBeLessThan(25_000);
    const { padded, top } = weighed(row, 0.7);
    for (const u of [0, 0.3, 0.999]) expect(nucleus(padded, top, 0.7, 0.5, u, 0)).toBe(Math.floor(u * 25_000));
  });

  it("gives the same token for the same u whatever rows came before (the kernel keeps nothing of them)", () => {
    const a = Array.from({ length: 2000 }, (_, i) => Math.sin(i) * 8);
    const b = Array.from({ length: 5000 }, (_, i) => Math.cos(i * 1.7) * 3);
    const settings = { temperature: 0.9, topK: 0, topP: 0.8 };
    const us = [0.01, 0.37, 0.5, 0.93];
    const first = us.map((u) => pickToken(a, a.length, settings, u));
    for (const u of us) pickToken(b, b.length, settings, u);
    expect(us.map((u) => pickToken(a, a.length, settings, u))).toEqual(first);
  });

  it("gives the whole weight to infinite logits: the first ⌈top-p · k⌉ of the k that are infinite", () => {
    const inf = Number.POSITIVE_INFINITY;
    const row = [1, inf, 2, inf, inf, inf, 0];
    const settings = { temperature: 1, topK: 0, topP: 0.5 };
    expect([0, 0.49, 0.5, 0.99].map((u) => pickToken(row, row.length, settings, u))).toEqual([1, 1, 3, 3]);
  });
});
