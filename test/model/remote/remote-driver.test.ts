import { ModelError } from "../../../src/model/model-error";
import { openRemote } from "../../../src/model/remote/remote-driver";
import type { RemoteModel } from "../../../src/spec/remote-model";
import { completion, echo, errorAnswer, FakeOpenAIServer, type Handler } from "../../support/fake-openai-server";
import { generateRequest } from "../../support/requests";

/**
 * The remote driver against a server in this process that misbehaves on purpose: what it sends,
 * what it retries and how long it waits (an injected sleep records the waits; none is real), what a
 * failure says, and how many requests are in flight.
 */
let server: FakeOpenAIServer;
let baseUrl: string;
const waits: number[] = [];

beforeEach(async () => {
  waits.length = 0;
  server = new FakeOpenAIServer(() => completion(["ok"]));
  baseUrl = await server.start();
});
afterEach(() => server.stop());

function model(settings: Partial<RemoteModel> = {}, backoffMs = 1) {
  const remote: RemoteModel = {
    kind: "openai-completions",
    baseUrl,
    model: "served-model",
    maxConcurrency: 4,
    timeoutS: 5,
    maxRetries: 5,
    ...settings,
  };
  return openRemote(remote, {
    backoffMs,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
}

const request = generateRequest;

/** Answers `failures` in turn, then `completion(["ok"])`. */
function failing(...failures: ReturnType<Handler>[]): Handler {
  return (_, i) => failures[i] ?? completion(["ok"]);
}

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("expected a ModelError");
}

describe("generate through /completions", () => {
  it("sends the decoding settings, n samples, and vLLM's top_k and stop_token_ids only when set", async () => {
    server.handler = (r) => completion(r.body?.n === 3 ? ["a", "b", "c"] : ["z"]);
    const driver = model();
    const [result] = await driver.generate([
      request("Once", { temperature: 0.7, topP: 0.9, samples: 3, seed: 11, stop: ["\n"], maxTokens: 5 }),
    ]);
    await driver.generate([request("Twice", { topK: 40, stopTokenIds: [2] })]);
    await driver.close();
    expect(server.to("/completions").map((r) => r.body)).toEqual([
      {
        model: "served-model",
        prompt: "Once",
        max_tokens: 5,
        temperature: 0.7,
        top_p: 0.9,
        n: 3,
        seed: 11,
        stop: ["\n"],
      },
      {
        model: "served-model",
        prompt: "Twice",
        max_tokens: 8,
        temperature: 0,
        top_p: 1,
        n: 1,
        seed: 0,
        top_k: 40,
        stop_token_ids: [2],
      },
    ]);
    expect(result).toEqual({
      ok: true,
      samples: ["a", "b", "c"].map((text) => ({ tokenIds: [], text, finish: "length" })),
    });
  });

  it("tells vLLM not to add a BOS to a conversation a chat template wrote (add_special_tokens: false)", async () => {
    const driver = model();
    await driver.generate([request("<s>[INST] Hi [/INST]", { addSpecialTokens: false })]);
    await driver.close();
    expect(server.received[0]?.body).toMatchObject({ prompt: "<s>[INST] Hi [/INST]", add_special_tokens: false });
  });

  it("names finish reasons as the local driver does, and counts tokens from the usage of a single sample", async () => {
    server.handler = (_, i) =>
      i === 0
        ? completion(["x"], "stop")
        : {
            status: 200,
            body: {
              choices: [{ index: 0, text: "y", finish_reason: "stop", stop_reason: "\n" }],
              usage: { completion_tokens: 7 },
            },
          };
    const driver = model();
    const results = await driver.generate([request("a"), request("b")]);
    await driver.close();
    expect(results).toEqual([
      { ok: true, samples: [{ tokenIds: [], text: "x", finish: "eos", tokens: 2 }] },
      { ok: true, samples: [{ tokenIds: [], text: "y", finish: "stop", tokens: 7 }] },
    ]);
  });
});

describe("retries", () => {
  it("waits as long as Retry-After says after a 429, then succeeds", async () => {
    server.handler = failing(errorAnswer(429, "slow down", { "retry-after": "2" }));
    const driver = model();
    const [result] = await driver.generate([request("a")]);
    await driver.close();
    expect(result?.ok).toBe(true);
    expect(server.to("/completions")).toHaveLength(2);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
  });

  it("retries 503 twice with growing backoff, then succeeds", async () => {
    server.handler = failing(errorAnswer(503, "loading"), errorAnswer(503, "loading"));
    const driver = model({}, 100);
    const [result] = await driver.generate([request("a")]);
    await driver.close();
    expect(result?.ok).toBe(true);
    expect(server.to("/completions")).toHaveLength(3);
    // Jittered within [half, all] of 100 ms, then of 200 ms.
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it("abandons a request slower than timeout_s and retries it", async () => {
    server.handler = failing("hang");
    const driver = model({ timeoutS: 0.2 });
    const [result] = await driver.generate([request("a")]);
    await driver.close();
    expect(result?.ok).toBe(true);
    expect(server.to("/completions")).toHaveLength(2);
  });

  it("retries a reset connection", async () => {
    server.handler = failing("reset");
    const driver = model();
    const [result] = await driver.generate([request("a")]);
    await driver.close();
    expect(result?.ok).toBe(true);
    expect(server.to("/completions")).toHaveLength(2);
  });

  it("retries a refused connection once the server has answered before (a restart mid-run)", async () => {
    server.handler = () => completion(["before"]);
    let restarts = 0;
    const driver = openRemote(
      { kind: "openai-completions", baseUrl, model: "served-model", maxConcurrency: 1, timeoutS: 5, maxRetries: 5 },
      {
        backoffMs: 1,
        sleep: async (ms) => {
          waits.push(ms);
          // The server comes back on its port while the client waits to retry.
          if (restarts++ === 0) {
            server = new FakeOpenAIServer(() => completion(["after"]));
            await server.start(Number(new URL(baseUrl).port));
          }
        },
      },
    );
    const [before] = await driver.generate([request("a")]);
    await server.stop();
    // Let the pool drop its closed socket: the next request connects afresh and is refused.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [after] = await driver.generate([request("b")]);
    await driver.close();
    expect([before, after].map((r) => (r?.ok ? r.samples.map((s) => s.text) : r))).toEqual([["before"], ["after"]]);
    expect(waits.length).toBeGreaterThanOrEqual(1);
  });

  it("gives up after max_retries on a permanent 500, naming the endpoint, the status and the server's message", async () => {
    server.handler = () => errorAnswer(500, "CUDA out of memory");
    const driver = model({ maxRetries: 2 });
    const e = await failure(driver.generate([request("a")]));
    await driver.close();
    expect(server.to("/completions")).toHaveLength(3);
    expect(e.code).toBe("MODEL_REMOTE_FAILED");
    expect(e.message).toContain(`${baseUrl}/completions`);
    expect(e.message).toContain("HTTP 500: CUDA out of memory");
    expect(e.message).toContain("3 attempts");
    expect(e.hint).toMatch(/max_retries/);
  });

  it("does not retry a 400, and says the server rejected the request", async () => {
    server.handler = () => errorAnswer(400, "top_k is not supported");
    const driver = model();
    const e = await failure(driver.generate([request("a", { topK: 5 })]));
    await driver.close();
    expect(server.to("/completions")).toHaveLength(1);
    expect(e.code).toBe("MODEL_REMOTE_REJECTED");
    expect(e.message).toContain("top_k is not supported");
  });
});

describe("the API key", () => {
  const env = "TRUSTSPEC_DRIVER_TEST_KEY";
  afterEach(() => {
    delete process.env[env];
  });

  it("is read from its variable at request time and sent as a Bearer token", async () => {
    const driver = model({ apiKeyEnv: env });
    process.env[env] = "key-set-after-opening";
    await driver.generate([request("a")]);
    await driver.close();
    expect(server.received[0]?.authorization).toBe("Bearer key-set-after-opening");
  });

  it("401: names the variable and says to set it, never giving its value", async () => {
    server.handler = () => errorAnswer(401, "invalid key wrong-secret-value");
    process.env[env] = "wrong-secret-value";
    const driver = model({ apiKeyEnv: env });
    const e = await failure(driver.generate([request("a")]));
    await driver.close();
    expect(e.code).toBe("MODEL_REMOTE_UNAUTHORIZED");
    expect(`${e.message} ${e.hint} ${e.file}`).toContain(env);
    // The server echoed the key: trustspec's message does not.
    expect(`${e.message} ${e.hint} ${e.file}`).not.toContain("wrong-secret-value");
    expect(server.to("/completions")).toHaveLength(1);
  });

  it("401 without the variable set: says it is not set", async () => {
    server.handler = () => errorAnswer(401, "missing key");
    const e = await failure(model({ apiKeyEnv: env }).generate([request("a")]));
    expect(e.hint).toContain(`${env} (api_key_env) is not set`);
    expect(server.received[0]?.authorization).toBeUndefined();
  });
});

describe("a model the server does not serve", () => {
  it("lists the models GET /models names, with the nearest as a guess", async () => {
    server.handler = (r) =>
      r.path === "/models"
        ? { status: 200, body: { object: "list", data: [{ id: "served-model", object: "model", owned_by: "me" }] } }
        : errorAnswer(404, "The model `served-modle` does not exist.");
    const driver = model({ model: "served-modle" });
    const e = await failure(driver.generate([request("a")]));
    await driver.close();
    expect(e.code).toBe("MODEL_REMOTE_NOT_SERVED");
    expect(e.message).toContain('serves no model named "served-modle" (it serves served-model)');
    expect(e.hint).toBe(
      `did you mean "served-model"? Set model: in trustspec.config.yaml to the id GET ${driver.info.dir.split(" ")[0]}/models lists`,
    );
  });

  it("says to check base_url when /models is not there either", async () => {
    server.handler = () => errorAnswer(404, "Not Found");
    const e = await failure(model().generate([request("a")]));
    expect(e.code).toBe("MODEL_REMOTE_NOT_SERVED");
    expect(e.hint).toMatch(/check base_url/);
  });
});

describe("a server that ignores n (llama.cpp's server, Ollama)", () => {
  it("gets one request per sample, sample i seeded with seed + i, after its first one-choice answer", async () => {
    server.handler = (r) => completion([`seed ${String(r.body?.seed)}`]);
    const driver = model();
    const [first] = await driver.generate([request("a", { temperature: 0.7, samples: 3, seed: 4294967295 })]);
    const [second] = await driver.generate([request("b", { temperature: 0.7, samples: 2, seed: 10 })]);
    await driver.close();
    const texts = (r: typeof first) => (r?.ok ? r.samples.map((s) => s.text) : r);
    expect(texts(first)).toEqual(["seed 4294967295", "seed 0", "seed 1"]);
    expect(texts(second)).toEqual(["seed 10", "seed 11"]);
    // The first call asked with n once; after that, never again.
    expect(server.to("/completions").map((r) => [r.body?.n, r.body?.seed])).toEqual([
      [3, 4294967295],
      [1, 4294967295],
      [1, 0],
      [1, 1],
      [1, 10],
      [1, 11],
    ]);
  });

  it("an answer with some but not all of n choices is an error", async () => {
    server.handler = () => completion(["x", "y"]);
    const e = await failure(model().generate([request("a", { temperature: 0.7, samples: 3 })]));
    expect(e.code).toBe("MODEL_REMOTE_INVALID");
    expect(e.message).toMatch(/asked for 3 samples \(n\), got 2 choices/);
  });
});

describe("a server that is not there", () => {
  it("is MODEL_REMOTE_UNREACHABLE at once, not retried", async () => {
    await server.stop();
    server = new FakeOpenAIServer(() => completion(["ok"]));
    const e = await failure(model().generate([request("a")]));
    expect(e.code).toBe("MODEL_REMOTE_UNREACHABLE");
    expect(e.hint).toMatch(/start the server/);
    expect(waits).toEqual([]);
    await server.start();
  });
});

describe("concurrency", () => {
  it("has at most max_concurrency requests in flight, and more than one when allowed", async () => {
    server.handler = () => ({ ...(completion(["ok"]) as object), delayMs: 20 }) as never;
    const driver = model({ maxConcurrency: 3 });
    const results = await driver.generate(Array.from({ length: 12 }, (_, i) => request(`p${i}`)));
    await driver.close();
    expect(results).toHaveLength(12);
    expect(server.maxInFlight).toBeLessThanOrEqual(3);
    expect(server.maxInFlight).toBeGreaterThan(1);
    expect(
      server
        .to("/completions")
        .map((r) => r.body?.prompt)
        .sort(),
    ).toEqual(Array.from({ length: 12 }, (_, i) => `p${i}`).sort());
  });

  it("one at a time with max_concurrency 1", async () => {
    server.handler = () => ({ ...(completion(["ok"]) as object), delayMs: 5 }) as never;
    const driver = model({ maxConcurrency: 1 });
    await driver.generate(Array.from({ length: 4 }, (_, i) => request(`p${i}`)));
    await driver.close();
    expect(server.maxInFlight).toBe(1);
  });
});

describe("score through /completions with echo", () => {
  it("sends context + choice with echo, logprobs 1 and max_tokens 0, one request per choice", async () => {
    server.handler = (r) => echo(String(r.body?.prompt), 3);
    const driver = model();
    const [result] = await driver.score([{ context: "Q: sky? A:", choices: [" blue", " green!"] }]);
    await driver.close();
    expect(server.to("/completions").map((r) => r.body)).toEqual(
      ["Q: sky? A: blue", "Q: sky? A: green!"].map((prompt) => ({
        model: "served-model",
        prompt,
        max_tokens: 0,
        temperature: 0,
        echo: true,
        logprobs: 1,
      })),
    );
    // Tokens of 3 characters: "Q: |sky|? A|: b|lue" — ": b" straddles the context's end (10 characters).
    expect(result).toEqual({
      ok: true,
      scores: [
        { sum: -1, mean: -0.5, tokens: 2, greedy: true },
        { sum: -1.5, mean: -0.5, tokens: 3, greedy: true },
      ],
    });
  });

  it("asks with max_tokens 1 when the server rejects 0, and leaves the generated token out", async () => {
    server.handler = (r) => {
      if (r.body?.max_tokens === 0) return errorAnswer(400, "max_tokens must be at least 1");
      const prompt = String(r.body?.prompt);
      const answer = echo(prompt, 2) as { body: { choices: { logprobs: Record<string, unknown[]> }[] } };
      const lp = answer.body.choices[0]?.logprobs as Record<string, unknown[]>;
      // The generated token after the prompt, which must not count.
      (lp.tokens as string[]).push(" X");
      (lp.token_logprobs as number[]).push(-7);
      (lp.top_logprobs as object[]).push({ " X": -7 });
      (lp.text_offset as number[]).push(prompt.length);
      return answer as never;
    };
    const driver = model();
    const [result] = await driver.score([{ context: "ab", choices: ["cd"] }]);
    await driver.close();
    expect(server.to("/completions").map((r) => r.body?.max_tokens)).toEqual([0, 1]);
    // "ab" | "cd" | " X": the continuation is "cd" alone.
    expect(result).toEqual({ ok: true, scores: [{ sum: -0.5, mean: -0.5, tokens: 1, greedy: true }] });
  });

  it("refuses a server that does not echo the prompt, rather than score the generated token", async () => {
    server.handler = () => ({
      status: 200,
      body: {
        choices: [
          {
            index: 0,
            text: " Paris",
            finish_reason: "length",
            logprobs: {
              tokens: [" Paris"],
              token_logprobs: [-0.1],
              top_logprobs: [{ " Paris": -0.1 }],
              text_offset: [0],
            },
          },
        ],
      },
    });
    const driver = model();
    const e = await failure(driver.score([{ context: "The capital of France is", choices: [" Paris"] }]));
    await driver.close();
    expect(e.code).toBe("MODEL_REMOTE_INVALID");
    expect(e.message).toMatch(/does not echo prompts/);
  });

  it("on a chat endpoint is MODEL_WRONG_KIND, without a request", async () => {
    const driver = model({ kind: "openai-chat" });
    const e = await failure(driver.score([{ context: "a", choices: ["b"] }]));
    expect(e.code).toBe("MODEL_WRONG_KIND");
    expect(e.hint).toMatch(/openai-completions/);
    expect(server.received).toEqual([]);
  });
});

describe("chat through /chat/completions", () => {
  it("sends the messages as they are, and a prompt as one user message", async () => {
    server.handler = () => ({
      status: 200,
      body: { choices: [{ index: 0, message: { role: "assistant", content: "Hi!" }, finish_reason: "stop" }] },
    });
    const driver = model({ kind: "openai-chat" });
    const messages = [
      { role: "system" as const, content: "Be brief." },
      { role: "user" as const, content: "Hello" },
    ];
    const results = await driver.generate([request("", { messages }), request("Plain text")]);
    await driver.close();
    expect(server.to("/chat/completions").map((r) => r.body?.messages)).toEqual([
      messages,
      [{ role: "user", content: "Plain text" }],
    ]);
    expect(results[0]).toEqual({ ok: true, samples: [{ tokenIds: [], text: "Hi!", finish: "eos" }] });
  });
});
