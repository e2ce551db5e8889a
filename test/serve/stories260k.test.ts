/** @jest-environment ./test/support/onnx-environment.js */
import { loadCausalLM } from "../../src/model/causal-lm";
import type { ModelDriver } from "../../src/model/driver";
import { servedModel } from "../../src/serve/open-served";
import { type RunningServer, startServer } from "../../src/serve/server";
import { diskFiles } from "../../src/spec/file-access";
import { call } from "../support/http-client";
import { greedyRequest } from "../support/requests";
import { describeWithShared, sharedPath } from "../support/shared";

interface Logprobs {
  tokens: string[];
  token_logprobs: (number | null)[];
  top_logprobs: (Record<string, number> | null)[];
  text_offset: number[];
}
type Completion = { choices: { text: string; logprobs: Logprobs }[] };

/**
 * `trustspec serve` on the real stories260k against the in-process driver: what the remote driver
 * (openai-completions) will read from it — greedy text, and log-likelihoods split by text_offset.
 */
describeWithShared("trustspec serve on stories260k", ["models/stories260k/model.onnx"], () => {
  const dir = sharedPath("models/stories260k");
  let driver: ModelDriver;
  let server: RunningServer;
  beforeAll(async () => {
    driver = await loadCausalLM(dir, { files: diskFiles });
    server = await startServer(servedModel(driver, { name: "stories260k", dir }, false), {
      host: "127.0.0.1",
      port: 0,
    });
  });
  afterAll(async () => {
    await server.close();
    await driver.close();
  });
  const completion = async (body: object) => {
    const reply = await call(server.port, "POST", "/v1/completions", { model: "stories260k", ...body });
    expect(reply.status).toBe(200);
    return reply.json as Completion;
  };

  it("greedy text is the driver's", async () => {
    const prompts = ["Once upon a time", "One day, Tom and his mom", ""];
    const r = await completion({ prompt: prompts, max_tokens: 24, temperature: 0 });
    const direct = await driver.generate(prompts.map((p) => greedyRequest(p, 24)));
    expect(r.choices.map((c) => c.text)).toEqual(direct.map((d) => (d.ok ? d.samples[0]?.text : undefined)));
    expect(r.choices[0]?.text).toMatch(/^, there was a little girl named Lily\./);
  });

  it.each([
    ["Once upon a time, there was a little", [" girl", " table", " dog who liked to run"]],
    ["Lily went to the park. She saw a", [" big tree", " cat", " ball."]],
    ["Tom was sad because", [" he lost his toy", " the sun was hot"]],
  ])(
    "echo + logprobs split at the context's length give driver.score's log-likelihoods: %j",
    async (context, choices) => {
      const [scored] = await driver.score([{ context, choices, perToken: true }]);
      if (!scored?.ok) throw new Error("does not fit");
      const replies = await Promise.all(
        choices.map((c) => completion({ prompt: context + c, max_tokens: 0, echo: true, logprobs: 1 })),
      );
      for (const [i, r] of replies.entries()) {
        const lp = r.choices[0]?.logprobs as Logprobs;
        const at = lp.text_offset.findIndex((o) => o >= [...context].length);
        const tail = lp.token_logprobs.slice(at) as number[];
        const expected = scored.scores[i];
        expect(tail).toHaveLength(expected?.tokens ?? -1);
        expect(Math.abs(tail.reduce((a, b) => a + b, 0) - (expected?.sum ?? 0))).toBeLessThan(1e-5);
        for (const [j, l] of tail.entries())
          expect(Math.abs(l - (expected?.perToken?.[j]?.logprob ?? 0))).toBeLessThan(1e-5);
        // lm-evaluation-harness's is_greedy: the top token at every continuation position is the token.
        const greedy = lp.top_logprobs.slice(at).every((top, j) => Object.keys(top ?? {})[0] === lp.tokens[at + j]);
        expect(greedy).toBe(expected?.greedy);
      }
    },
  );

  it("a generated continuation's logprobs are driver.score's for it", async () => {
    const prompt = "Once upon a time";
    const r = await completion({ prompt, max_tokens: 12, temperature: 0, logprobs: 1 });
    const text = r.choices[0]?.text ?? "";
    const [scored] = await driver.score([{ context: prompt, choices: [text] }]);
    const sum = ((r.choices[0]?.logprobs.token_logprobs ?? []) as number[]).reduce((a, b) => a + b, 0);
    if (!scored?.ok) throw new Error("does not fit");
    expect(Math.abs((scored.scores[0]?.sum ?? 0) - sum)).toBeLessThan(1e-5);
    expect(scored.scores[0]?.greedy).toBe(true);
  });
});
