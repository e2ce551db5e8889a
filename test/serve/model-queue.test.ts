import type { GenerateTextRequest, ModelDriver } from "../../src/model/driver";
import type { GenerateResult } from "../../src/model/generate";
import type { TokenLogprobsRequest, TokenLogprobsResult } from "../../src/model/token-logprobs";
import { ModelQueue } from "../../src/serve/model-queue";
import { greedyRequest } from "../support/requests";

/** A driver that records its calls and answers each request with its prompt, after the caller lets it. */
function fakeDriver() {
  const calls: string[][] = [];
  const pending: (() => void)[] = [];
  const driver = {
    generate: async (requests: readonly GenerateTextRequest[]): Promise<GenerateResult[]> => {
      calls.push(requests.map((r) => `generate ${r.prompt}`));
      await new Promise<void>((resolve) => pending.push(resolve));
      return requests.map((r) => ({ ok: true, samples: [{ tokenIds: [], text: r.prompt, finish: "length" }] }));
    },
    tokenLogprobs: async (requests: readonly TokenLogprobsRequest[]): Promise<TokenLogprobsResult[]> => {
      calls.push(requests.map((r) => `logprobs ${r.prompt}`));
      return requests.map((r) => ({ ok: true, text: r.prompt, promptTokens: 0, tokens: [] }));
    },
  } as unknown as ModelDriver;
  const release = () => {
    for (const resolve of pending.splice(0)) resolve();
  };
  return { driver, calls, release };
}

describe("ModelQueue", () => {
  it("sends requests that wait together in one driver call, one call at a time, each its own answer", async () => {
    const { driver, calls, release } = fakeDriver();
    const queue = new ModelQueue(driver);
    const first = [queue.generate(greedyRequest("a", 1)), queue.generate(greedyRequest("b", 1))];
    await new Promise((resolve) => setImmediate(resolve));
    // The model is busy with a and b: these wait, then go together.
    const later = queue.generate(greedyRequest("c", 1));
    const logprobs = queue.tokenLogprobs({ prompt: "d", top: 0 });
    const last = queue.generate(greedyRequest("e", 1));
    expect(calls).toEqual([["generate a", "generate b"]]);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual([
      ["generate a", "generate b"],
      ["generate c", "generate e"],
    ]);
    release();
    const texts = await Promise.all(
      [...first, later, last].map(async (p) => {
        const r = await p;
        return r.ok ? r.samples[0]?.text : undefined;
      }),
    );
    expect(texts).toEqual(["a", "b", "c", "e"]);
    expect(await logprobs).toMatchObject({ text: "d" });
    expect(calls[2]).toEqual(["logprobs d"]);
    await queue.drained();
  });

  it("a failed call rejects its own requests only", async () => {
    let n = 0;
    const driver = {
      generate: async (requests: readonly GenerateTextRequest[]) => {
        n++;
        if (n === 1) throw new Error("boom");
        return requests.map(() => ({ ok: true, samples: [] }));
      },
    } as unknown as ModelDriver;
    const queue = new ModelQueue(driver);
    const failed = queue.generate(greedyRequest("a", 1));
    await expect(failed).rejects.toThrow("boom");
    await expect(queue.generate(greedyRequest("b", 1))).resolves.toEqual({ ok: true, samples: [] });
  });
});
