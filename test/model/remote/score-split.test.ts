import { ScoreSplitError, scoreFromEcho } from "../../../src/model/remote/score-split";

/**
 * The continuation's share of an echoed prompt, on hand-built answers as vLLM gives them: the
 * context's tokens are left out by their offsets, a token across the boundary is the continuation's,
 * a BOS token (offset 0, empty text) never is, and a token generated after the prompt is left out.
 */
describe("scoreFromEcho", () => {
  it("sums the log-probabilities of the tokens after the context, leaving out a BOS token at offset 0", () => {
    // "<s>" | "The" | " sky" | " is" | " blue": context "The sky is", continuation " blue".
    const score = scoreFromEcho("The sky is", " blue", {
      tokens: ["<s>", "The", " sky", " is", " blue"],
      token_logprobs: [null, -1, -2, -3, -0.25],
      top_logprobs: [null, { The: -1 }, { " sky": -2 }, { " is": -3 }, { " blue": -0.25 }],
      text_offset: [0, 0, 3, 7, 10],
    });
    expect(score).toEqual({ sum: -0.25, mean: -0.25, tokens: 1, greedy: true });
  });

  it("counts a token straddling the boundary as the continuation's", () => {
    // The context "Answer:" ends inside the token ":Y" (characters 6 to 8): that token is the continuation's.
    const score = scoreFromEcho("Answer:", "Yes!", {
      tokens: ["Answer", ":Y", "es", "!"],
      token_logprobs: [null, -1.5, -0.5, -0.25],
      top_logprobs: [null, { ":Y": -1.5 }, { ex: -0.1, es: -0.5 }, { "!": -0.25 }],
      text_offset: [0, 6, 8, 10],
    });
    expect(score.tokens).toBe(3);
    expect(score.sum).toBeCloseTo(-2.25, 12);
    expect(score.mean).toBeCloseTo(-0.75, 12);
    // "es" (-0.5) was not the top-1 at its position (-0.1 is).
    expect(score.greedy).toBe(false);
  });

  it("leaves out a token generated after the prompt (a server that will not generate 0 tokens)", () => {
    const score = scoreFromEcho("Q", " A", {
      tokens: ["Q", " A", " B"],
      token_logprobs: [null, -0.5, -9],
      top_logprobs: [null, { " A": -0.5 }, { " B": -9 }],
      text_offset: [0, 1, 3],
    });
    expect(score).toEqual({ sum: -0.5, mean: -0.5, tokens: 1, greedy: true });
  });

  it("gives each token's text, log-probability and greedy pick when asked, with no id (-1)", () => {
    const score = scoreFromEcho(
      "Q:",
      " no way",
      {
        tokens: ["Q", ":", " no", " way"],
        token_logprobs: [null, -1, -0.5, -2],
        top_logprobs: [null, { ":": -1 }, { " no": -0.5 }, { " way": -2.5, " yes": -0.1 }],
        text_offset: [0, 1, 2, 5],
      },
      true,
    );
    expect(score.perToken).toEqual([
      { id: -1, text: " no", logprob: -0.5, greedy: true },
      { id: -1, text: " way", logprob: -2, greedy: false },
    ]);
    expect(score.greedy).toBe(false);
  });

  it("counts offsets in code points, as Python does, for characters beyond U+FFFF", () => {
    // "😀" is one code point (two UTF-16 units): the context "😀 is" is 4 code points long.
    const score = scoreFromEcho("😀 is", " fun", {
      tokens: ["😀", " is", " fun"],
      token_logprobs: [null, -1, -0.75],
      top_logprobs: [null, { " is": -1 }, { " fun": -0.75 }],
      text_offset: [0, 1, 4],
    });
    expect(score).toEqual({ sum: -0.75, mean: -0.75, tokens: 1, greedy: true });
  });

  it("is not greedy when the server gives no top log-probabilities", () => {
    const score = scoreFromEcho("a", "b", { tokens: ["a", "b"], token_logprobs: [null, -0.1], text_offset: [0, 1] });
    expect(score.greedy).toBe(false);
    expect(score.sum).toBe(-0.1);
  });

  it("says why when the continuation's first token has no log-probability (empty context, no BOS)", () => {
    expect(() =>
      scoreFromEcho("", "Yes", { tokens: ["Yes"], token_logprobs: [null], top_logprobs: [null], text_offset: [0] }),
    ).toThrow(ScoreSplitError);
  });

  it("scores an empty context after a BOS token", () => {
    const score = scoreFromEcho("", "Yes", {
      tokens: ["<s>", "Yes"],
      token_logprobs: [null, -0.3],
      top_logprobs: [null, { Yes: -0.3 }],
      text_offset: [0, 0],
    });
    expect(score).toEqual({ sum: -0.3, mean: -0.3, tokens: 1, greedy: true });
  });
});
