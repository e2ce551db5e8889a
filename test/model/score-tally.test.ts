import { rowStats } from "../../src/model/sampling";
import { Tally } from "../../src/model/score-tally";

/** The top tokens a perToken tally gives (serve's top_logprobs), against a plain float64 log-softmax. */
describe("Tally's top tokens", () => {
  // Ids 1 and 3 tie for the top; id 5 is padding past the vocabulary, higher than all, never counted.
  const logits = Float32Array.from([0.5, 3, 2, 3, -Infinity, 9]);
  const vocab = 5;
  const logSumExp = Math.log([0.5, 3, 2, 3].reduce((s, x) => s + Math.exp(Math.fround(x)), 0));

  it("are the k most likely of the vocabulary, most likely first, a tie by lower id, as log-probabilities", () => {
    const tally = new Tally(1, true, 3, vocab);
    tally.add(logits, rowStats(logits, vocab), 2);
    const [token] = tally.result().perToken ?? [];
    expect(token?.id).toBe(2);
    expect(token?.logprob).toBeCloseTo(2 - logSumExp, 12);
    expect(token?.greedy).toBe(false);
    expect(token?.top?.map((t) => t.id)).toEqual([1, 3, 2]);
    for (const t of token?.top ?? []) expect(t.logprob).toBeCloseTo((logits[t.id] as number) - logSumExp, 12);
  });

  it("k beyond the vocabulary gives every token; no top without perToken's top", () => {
    const all = new Tally(1, true, 10, vocab);
    all.add(logits, rowStats(logits, vocab), 1);
    expect(all.result().perToken?.[0]?.top?.map((t) => t.id)).toEqual([1, 3, 2, 0, 4]);
    const none = new Tally(1, true);
    none.add(logits, rowStats(logits, vocab), 1);
    expect(none.result().perToken?.[0]).toEqual({ id: 1, logprob: expect.any(Number), greedy: true });
  });
});
