import fc from "fast-check";
import { compileVocabularyKernel } from "../../scripts/gen-wasm";
import { pickToken } from "../../src/model/sampling";
import { vocabularyKernel } from "../../src/model/wasm/vocabulary-kernel";
import { VOCABULARY_KERNEL } from "../../src/model/wasm/vocabulary-kernel.generated";
import { seededRandom } from "../support/seeded-random";
import { naiveAtTemperature } from "../support/temperature-reference";

const logit = fc.oneof(
  { weight: 8, arbitrary: fc.float({ min: -30, max: 30, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -6, max: 6 }).map((x) => x / 2) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.NEGATIVE_INFINITY, Number.NaN, 1e30, -1e30) },
);

describe("the vocabulary kernel", () => {
  it("is up to date: vocabulary-kernel.generated.ts holds what `npm run gen:wasm` compiles", async () => {
    const compiled = await compileVocabularyKernel();
    expect(Buffer.from(VOCABULARY_KERNEL, "base64").equals(Buffer.from(compiled))).toBe(true);
  });

  it("weighs every token and sums every block bit for bit as float32 arithmetic written out one operation at a time", () => {
    fc.assert(
      fc.property(
        fc.array(logit, { minLength: 1, maxLength: 1200 }),
        fc.double({ min: 0.05, max: 4, noNaN: true }),
        (logits, temperature) => {
          const got = vocabularyKernel().weighRow(logits, logits.length, temperature);
          const want = naiveAtTemperature(logits, logits.length, temperature);
          // The same top; of 0 and -0 in a row, either (the weights are the same bits: x is ±0 either way).
          expect(got.top === want.top || Object.is(got.top, want.top)).toBe(true);
          if (!Number.isFinite(want.top)) return;
          expect(Array.from(got.weights)).toEqual(want.weights);
          expect(Array.from(got.blocks)).toEqual(want.blocks);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("weighs a token as 2^-(top − logit)·log2(e)/T: within 3.2e-6 near the top, 8e-6 at 36 halvings below", () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -20, max: 20, noNaN: true }), { minLength: 2, maxLength: 400 }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (logits, temperature) => {
          const { top, weights } = vocabularyKernel().weighRow(logits, logits.length, temperature);
          logits.forEach((l, i) => {
            const halvings = ((top - l) * Math.LOG2E) / temperature;
            if (halvings > 36) return;
            const exact = 2 ** -halvings;
            const error = Math.abs((weights[i] as number) / exact - 1);
            expect(error).toBeLessThanOrEqual(halvings < 1 ? 3.2e-6 : 8e-6);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives each token its softmax probability: the share of u in [0, 1) that picks it, found by bisection", () => {
    // Rows of three blocks and more, so that the walk crosses block sums. The walk is in id order,
    // so each token's share of u is the gap between the smallest u that picks it (or a later token)
    // and the next token's.
    const random = seededRandom(5);
    for (const [n, spread, temperature] of [
      [700, 12, 0.7],
      [900, 40, 1.3],
      [600, 3, 0.5],
    ] as const) {
      const row = Float32Array.from({ length: n }, () => (random() - 0.5) * spread);
      const settings = { temperature, topK: 0, topP: 1 };
      const firstU = (token: number): number => {
        let lo = 0;
        let hi = 1;
        for (let i = 0; i < 60; i++) {
          const mid = (lo + hi) / 2;
          if (pickToken(row, n, settings, mid) >= token) hi = mid;
          else lo = mid;
        }
        return hi;
      };
      const starts = Array.from({ length: n }, (_, t) => (t === 0 ? 0 : firstU(t)));
      const top = Math.max(...row);
      const exact = Array.from(row, (l) => Math.exp((l - top) / temperature));
      const z = exact.reduce((a, b) => a + b, 0);
      for (let t = 0; t < n; t++) {
        const share = (t + 1 < n ? (starts[t + 1] as number) : 1) - (starts[t] as number);
        const p = (exact[t] as number) / z;
        // Relatively as the weights; absolutely up to float32's rounding of a block's sum (1.2e-7 of
        // the total at most), which the last weighing token of the block takes up.
        expect(Math.abs(share - p)).toBeLessThanOrEqual(5e-6 * p + 1.2e-7);
      }
    }
  });
});
