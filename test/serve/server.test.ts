/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { loadCausalLM } from "../../src/model/causal-lm";
import type { GenerateTextRequest, ModelDriver } from "../../src/model/driver";
import { readModelConfig } from "../../src/model/model-config";
import { ModelError } from "../../src/model/model-error";
import type { ContinuationScore } from "../../src/model/score";
import { loadTokenizer } from "../../src/model/tokenizer";
import { servedModel } from "../../src/serve/open-served";
import { type RunningServer, startServer } from "../../src/serve/server";
import { diskFiles } from "../../src/spec/file-access";
import { call } from "../support/http-client";
import { generateRequest } from "../support/requests";

/**
 * `trustspec serve`'s server, in-process on a free port, over built test models: everything it
 * answers is checked against the in-process driver (generate, score) and the tokenizer.
 */
const TEMPLATE =
  "{% for message in messages %}{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + message['content'] + ' [/INST]' }}{% elif message['role'] == 'system' %}{{ '<<SYS>>' + message['content'] + '<</SYS>>' }}{% else %}{{ ' ' + message['content'] + ' ' + eos_token }}{% endif %}{% endfor %}";

interface Logprobs {
  tokens: string[];
  token_logprobs: (number | null)[];
  top_logprobs: (Record<string, number> | null)[];
  text_offset: number[];
}
interface Completion {
  object: string;
  model: string;
  choices: { index: number; text: string; finish_reason: string; logprobs: Logprobs | null }[];
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number };
}
interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

let root: string;
const servers: RunningServer[] = [];
const drivers: ModelDriver[] = [];

/** A built model served on a free port, with its driver and tokenizer for the checks. */
async function serve(name: string, template?: string) {
  const dir = join(root, `${name}${template ? "-chat" : ""}`);
  writeModelDir(dir, buildTestDecoder(name));
  if (template !== undefined) {
    const path = join(dir, "tokenizer_config.json");
    const config = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...config, chat_template: template }));
  }
  const driver = await loadCausalLM(dir, { files: diskFiles, batchSize: 4 });
  drivers.push(driver);
  const server = await startServer(servedModel(driver, { name: dir, dir }, false), { host: "127.0.0.1", port: 0 });
  servers.push(server);
  const tokenizer = loadTokenizer(dir, diskFiles, readModelConfig(dir, diskFiles));
  return { dir, driver, port: server.port, tokenizer, id: template ? `${name}-chat` : name };
}

let llama: Awaited<ReturnType<typeof serve>>;
let gpt2: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  root = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-serve-")));
  llama = await serve("llama", TEMPLATE);
  gpt2 = await serve("gpt2");
});
afterAll(async () => {
  for (const s of servers) await s.close();
  for (const d of drivers) await d.close();
  rmSync(root, { recursive: true, force: true });
});

const request = (over: Partial<GenerateTextRequest> & { prompt: string }): GenerateTextRequest =>
  generateRequest(over.prompt, { maxTokens: 16, ...over });

async function direct(driver: ModelDriver, r: GenerateTextRequest) {
  const [result] = await driver.generate([r]);
  if (!result?.ok) throw new Error("the prompt does not fit");
  return result.samples;
}

const completion = async (port: number, body: object) => {
  const reply = await call(port, "POST", "/v1/completions", body);
  expect(reply.status).toBe(200);
  return reply.json as Completion;
};

describe("GET /v1/models", () => {
  it("lists the served model by its folder's name", async () => {
    const reply = await call(llama.port, "GET", "/v1/models");
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe("application/json");
    expect(reply.json).toMatchObject({ object: "list", data: [{ id: "llama-chat", object: "model" }] });
  });
});

describe("POST /v1/completions generates what the driver generates", () => {
  it("greedy (temperature 0): the driver's text, finish_reason length at max_tokens, usage counted", async () => {
    const prompt = "Once upon a time, a helpful";
    const r = await completion(llama.port, { model: "llama-chat", prompt, max_tokens: 12, temperature: 0 });
    const [sample] = await direct(llama.driver, request({ prompt, maxTokens: 12 }));
    expect(r.object).toBe("text_completion");
    expect(r.model).toBe("llama-chat");
    expect(r.choices).toEqual([
      { index: 0, text: sample?.text, logprobs: null, finish_reason: sample?.finish === "length" ? "length" : "stop" },
    ]);
    expect(sample?.text.length).toBeGreaterThan(0);
    expect(r.usage).toEqual({
      prompt_tokens: llama.tokenizer.encode(prompt).length,
      completion_tokens: sample?.tokenIds.length,
      total_tokens: llama.tokenizer.encode(prompt).length + (sample?.tokenIds.length ?? 0),
    });
  });

  it("sampled with a seed: the driver's samples with that seed, n of them, for each prompt in order", async () => {
    const prompts = ["People agree", "Q: Is the sky green?\nA:"];
    const settings = { temperature: 0.9, top_p: 0.95, top_k: 40, n: 3, seed: 1234, max_tokens: 10 };
    const r = await completion(gpt2.port, { prompt: prompts, ...settings });
    const expected = [];
    for (const prompt of prompts) {
      const samples = await direct(
        gpt2.driver,
        request({ prompt, maxTokens: 10, temperature: 0.9, topP: 0.95, topK: 40, samples: 3, seed: 1234 }),
      );
      expected.push(...samples.map((s) => s.text));
    }
    expect(r.choices.map((c) => c.text)).toEqual(expected);
    expect(r.choices.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5]);
    // Sampling, not greedy: the three samples of a prompt are not all the same.
    expect(new Set(expected.slice(0, 3)).size).toBeGreaterThan(1);
  });

  it("defaults as OpenAI's: temperature 1, max_tokens 16", async () => {
    const r = await completion(gpt2.port, { prompt: "People agree", seed: 7 });
    const [sample] = await direct(gpt2.driver, request({ prompt: "People agree", temperature: 1, seed: 7 }));
    expect(r.choices[0]?.text).toBe(sample?.text);
    expect(r.usage.completion_tokens).toBe(sample?.tokenIds.length);
  });

  it("stop strings end the text before them, with finish_reason stop, as the driver does", async () => {
    const prompt = "Once upon a time";
    const [free] = await direct(llama.driver, request({ prompt, maxTokens: 16 }));
    const text = free?.text ?? "";
    // A stop string from the middle of the greedy text.
    const stop = text.slice(Math.floor(text.length / 2), Math.floor(text.length / 2) + 2);
    expect(stop.trim().length).toBeGreaterThan(0);
    const r = await completion(llama.port, { prompt, max_tokens: 16, temperature: 0, stop });
    const [cut] = await direct(llama.driver, request({ prompt, maxTokens: 16, stop: [stop] }));
    expect(r.choices[0]).toMatchObject({ text: cut?.text, finish_reason: "stop" });
    expect(r.choices[0]?.text.includes(stop)).toBe(false);
    expect(text.startsWith(r.choices[0]?.text ?? "-")).toBe(true);
  });

  it("requests at once (batched into one driver call) give what each gives alone", async () => {
    const bodies = [11, 12, 13].map((seed) => ({ prompt: "One day", max_tokens: 8, temperature: 1, seed }));
    const together = await Promise.all(bodies.map((b) => completion(gpt2.port, b)));
    for (const [i, b] of bodies.entries()) {
      const [alone] = await direct(
        gpt2.driver,
        request({ prompt: "One day", maxTokens: 8, temperature: 1, seed: b.seed }),
      );
      expect(together[i]?.choices[0]?.text).toBe(alone?.text);
    }
  });

  it("add_special_tokens: false (vLLM's) adds no BOS to a prompt that holds its own, in the text and the echo", async () => {
    // A conversation as a chat template writes it, its BOS in the text.
    const prompt = "<s>[INST] Is the sky green? [/INST]";
    const own = llama.tokenizer.encode(prompt, { addSpecialTokens: false });
    expect(own.length).toBeLessThan(llama.tokenizer.encode(prompt).length);
    const body = { prompt, max_tokens: 8, temperature: 0, add_special_tokens: false };
    const r = await completion(llama.port, body);
    const [sample] = await direct(llama.driver, request({ prompt, maxTokens: 8, addSpecialTokens: false }));
    const [doubled] = await direct(llama.driver, request({ prompt, maxTokens: 8 }));
    expect(sample?.text).not.toBe(doubled?.text);
    expect(r.choices[0]?.text).toBe(sample?.text);
    expect(r.usage.prompt_tokens).toBe(own.length);
    const echoed = await completion(llama.port, { ...body, max_tokens: 0, echo: true, logprobs: 1 });
    expect(echoed.choices[0]?.logprobs?.tokens).toHaveLength(own.length);
    expect(echoed.usage.prompt_tokens).toBe(own.length);
  });
});

/** Log-probabilities of the continuation tokens: those at or after the context's end (in characters), by text_offset. */
function continuationOf(lp: Logprobs, context: string) {
  const at = lp.text_offset.findIndex((o) => o >= [...context].length);
  return {
    logprobs: lp.token_logprobs.slice(at) as number[],
    top: lp.top_logprobs.slice(at),
    tokens: lp.tokens.slice(at),
  };
}

describe.each([
  ["llama (SentencePiece, BOS)", () => llama],
  ["gpt2 (byte-level BPE, no BOS)", () => gpt2],
])("echo with logprobs on %s: the prompt's log-probabilities are driver.score's", (_, model) => {
  const PAIRS: [string, string[]][] = [
    ["Once upon a time, a helpful", [" assistant", " cat", " answered every question"]],
    ["Q: Is the sky green?\nA:", [" No", " Yes"]],
    ["People", [" agree", " say no."]],
    // Offsets count characters: the emoji is one (two UTF-16 units), so a split by UTF-16 length would be off.
    ["She smiled 🙂 and said", [" hello", " no"]],
  ];

  it.each(PAIRS)("context %j", async (context, choices) => {
    const { driver, tokenizer, port } = model();
    const [scored] = await driver.score([{ context, choices, perToken: true }]);
    if (!scored?.ok) throw new Error("does not fit");
    for (const [i, choice] of choices.entries()) {
      // score splits context + choice where the context's own tokens end: here a clean boundary.
      expect(tokenizer.splitContinuation(context, choice).exact).toBe(true);
      const prompt = context + choice;
      const r = await completion(port, { prompt, max_tokens: 0, echo: true, logprobs: 2 });
      const choiceReply = r.choices[0];
      expect(choiceReply?.text).toBe(prompt);
      expect(choiceReply?.finish_reason).toBe("length");
      const lp = choiceReply?.logprobs as Logprobs;
      const expected = scored.scores[i] as ContinuationScore;
      const tail = continuationOf(lp, context);
      expect(tail.logprobs).toHaveLength(expected.tokens);
      const sum = tail.logprobs.reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - expected.sum)).toBeLessThan(1e-5);
      tail.logprobs.forEach((l, j) => {
        expect(Math.abs(l - (expected.perToken?.[j]?.logprob as number))).toBeLessThan(1e-5);
        // The most likely alternative is the token itself exactly when greedy decoding picks it.
        const top = tail.top[j] as Record<string, number>;
        const best = Object.entries(top).reduce((a, b) => (b[1] > a[1] ? b : a));
        expect(best[0] === tail.tokens[j]).toBe(expected.perToken?.[j]?.greedy);
        expect(Object.keys(top).length).toBeLessThanOrEqual(2);
      });
      checkOffsets(lp, prompt, tokenizer.encode(prompt).length);
      expect(r.usage.prompt_tokens).toBe(tokenizer.encode(prompt).length);
    }
  });
});

/**
 * Every token's text is the prompt between its offset and the next, counted in characters (code
 * points, as Python's vLLM counts them); the first token has no log-probability.
 */
function checkOffsets(lp: Logprobs, text: string, tokens: number) {
  const chars = [...text];
  expect(lp.tokens).toHaveLength(tokens);
  expect(lp.token_logprobs[0]).toBeNull();
  expect(lp.top_logprobs[0]).toBeNull();
  expect(lp.token_logprobs.slice(1).every((l) => typeof l === "number" && l <= 0)).toBe(true);
  lp.tokens.forEach((token, i) => {
    expect(chars.slice(lp.text_offset[i], lp.text_offset[i + 1] ?? chars.length).join("")).toBe(token);
  });
  expect(lp.tokens.join("")).toBe(text);
}

describe("echo and logprobs beyond the prompt", () => {
  it("the top logprob at each position is the argmax: its entry holds the highest log-probability", async () => {
    const prompt = "Once upon a time, there was";
    const r = await completion(llama.port, { prompt, max_tokens: 0, echo: true, logprobs: 5 });
    const lp = r.choices[0]?.logprobs as Logprobs;
    // BOS: no text, offset 0.
    expect(lp.tokens[0]).toBe("");
    expect(lp.text_offset[0]).toBe(0);
    for (const [i, top] of lp.top_logprobs.entries()) {
      if (i === 0) continue;
      const values = Object.values(top as Record<string, number>);
      expect(values.length).toBeGreaterThan(0);
      expect(values.length).toBeLessThanOrEqual(5);
      expect(Math.max(...values)).toBeGreaterThanOrEqual(lp.token_logprobs[i] as number);
    }
  });

  it("text that splits characters into byte tokens: offsets still rebuild it", async () => {
    const prompt = "héllo 🙂 wörld, 日本";
    for (const model of [llama, gpt2]) {
      const r = await completion(model.port, { prompt, max_tokens: 0, echo: true, logprobs: 0 });
      checkOffsets(r.choices[0]?.logprobs as Logprobs, prompt, model.tokenizer.encode(prompt).length);
      expect(r.choices[0]?.logprobs?.top_logprobs.slice(1).every((t) => Object.keys(t ?? {}).length === 0)).toBe(true);
    }
  });

  it("with max_tokens > 0 the generated tokens follow the prompt's, each (greedy) its position's top token", async () => {
    const prompt = "Once upon a time";
    const r = await completion(llama.port, { prompt, max_tokens: 6, temperature: 0, echo: true, logprobs: 1 });
    const [sample] = await direct(llama.driver, request({ prompt, maxTokens: 6 }));
    const c = r.choices[0];
    expect(c?.text).toBe(prompt + sample?.text);
    const lp = c?.logprobs as Logprobs;
    checkOffsets(
      lp,
      prompt + (sample?.text ?? ""),
      llama.tokenizer.encode(prompt).length + (sample?.tokenIds.length ?? 0),
    );
    // Greedy decoding: each generated token is the most likely one there, its own top entry.
    const tail = continuationOf(lp, prompt);
    expect(tail.logprobs).toHaveLength(sample?.tokenIds.length ?? -1);
    tail.logprobs.forEach((l, j) => {
      expect(tail.top[j]).toEqual({ [tail.tokens[j] as string]: l });
    });
  });

  it("without echo, logprobs cover the generated tokens, their offsets counted from the prompt's start", async () => {
    const prompt = "Once upon a time";
    const r = await completion(llama.port, { prompt, max_tokens: 5, temperature: 0, logprobs: 1 });
    const c = r.choices[0];
    const lp = c?.logprobs as Logprobs;
    expect(lp.tokens.join("")).toBe(c?.text);
    expect(lp.text_offset[0]).toBe([...prompt].length);
    expect(lp.token_logprobs.every((l) => typeof l === "number")).toBe(true);
  });
});

describe("POST /v1/chat/completions", () => {
  it("answers what the driver generates from the conversation the template writes", async () => {
    const messages = [
      { role: "system", content: "Be brief." },
      { role: "user", content: "Is the sky green?" },
    ];
    const reply = await call(llama.port, "POST", "/v1/chat/completions", { messages, max_tokens: 8, temperature: 0 });
    expect(reply.status).toBe(200);
    const text = "<<SYS>>Be brief.<</SYS>><s>[INST] Is the sky green? [/INST]";
    const [sample] = await direct(llama.driver, request({ prompt: text, addSpecialTokens: false, maxTokens: 8 }));
    expect(reply.json).toMatchObject({
      object: "chat.completion",
      model: "llama-chat",
      choices: [{ index: 0, message: { role: "assistant", content: sample?.text }, finish_reason: "length" }],
      usage: { prompt_tokens: llama.tokenizer.encode(text, { addSpecialTokens: false }).length },
    });
  });

  it("takes content as text parts, and seeds as completions do", async () => {
    const parts = [
      { type: "text", text: "Is the sky " },
      { type: "text", text: "green?" },
    ];
    const body = { messages: [{ role: "user", content: parts }], max_tokens: 8, n: 2, seed: 5 };
    const reply = await call(llama.port, "POST", "/v1/chat/completions", body);
    const text = "<s>[INST] Is the sky green? [/INST]";
    const samples = await direct(
      llama.driver,
      request({ prompt: text, addSpecialTokens: false, maxTokens: 8, temperature: 1, samples: 2, seed: 5 }),
    );
    const answers = (reply.json as { choices: { message: { content: string } }[] }).choices.map(
      (c) => c.message.content,
    );
    expect(answers).toEqual(samples.map((s) => s.text));
  });

  it("a template that refuses the conversation (the config's chat: file here): 400 in its own words", async () => {
    const file = join(root, "no-system.jinja");
    writeFileSync(
      file,
      "{% for m in messages %}{% if m['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}{{ m['content'] }}{% endfor %}",
    );
    const target = { name: "strict", dir: llama.dir, chat: { mode: "auto" as const, template: file } };
    const server = await startServer(servedModel(llama.driver, target, true), { host: "127.0.0.1", port: 0 });
    try {
      const messages = [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
      ];
      const reply = await call(server.port, "POST", "/v1/chat/completions", { model: "strict", messages });
      expect(reply.status).toBe(400);
      expect((reply.json as ErrorBody).error.message).toMatch(/refuses the conversation: "System role not supported"/);
      // Without the system message the same template takes it.
      const ok = await call(server.port, "POST", "/v1/chat/completions", {
        messages: messages.slice(1),
        max_tokens: 2,
      });
      expect(ok.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("a model without a chat template: 400 saying so", async () => {
    const reply = await call(gpt2.port, "POST", "/v1/chat/completions", {
      messages: [{ role: "user", content: "hi" }],
    });
    expect(reply.status).toBe(400);
    expect((reply.json as ErrorBody).error).toMatchObject({ param: "messages", code: "chat_template_unavailable" });
    expect((reply.json as ErrorBody).error.message).toMatch(/has no chat template/);
  });
});

describe("errors in OpenAI's shape, never a stack", () => {
  const cases: [string, string, string, unknown, number, Partial<ErrorBody["error"]>, RegExp][] = [
    [
      "a wrong model id",
      "POST",
      "/v1/completions",
      { model: "gpt-4", prompt: "a" },
      404,
      { param: "model", code: "model_not_found" },
      /'gpt-4'.*serves 'gpt2'/,
    ],
    ["bad JSON", "POST", "/v1/completions", "{bad", 400, { code: "invalid_json" }, /not valid JSON/],
    ["a JSON array body", "POST", "/v1/completions", "[1]", 400, { code: "invalid_json" }, /JSON object/],
    ["no prompt", "POST", "/v1/completions", { max_tokens: 3 }, 400, { param: "prompt" }, /'prompt' must be a string/],
    ["token-id prompts", "POST", "/v1/completions", { prompt: [1, 2] }, 400, { param: "prompt" }, /token-id prompts/],
    [
      "a string temperature",
      "POST",
      "/v1/completions",
      { prompt: "a", temperature: "hot" },
      400,
      { param: "temperature", type: "invalid_request_error" },
      /'temperature' must be a number/,
    ],
    [
      "a fractional max_tokens",
      "POST",
      "/v1/completions",
      { prompt: "a", max_tokens: 1.5 },
      400,
      { param: "max_tokens" },
      /whole number/,
    ],
    [
      "logprobs above OpenAI's 5",
      "POST",
      "/v1/completions",
      { prompt: "a", logprobs: 6 },
      400,
      { param: "logprobs" },
      /from 0 to 5/,
    ],
    ["stop of numbers", "POST", "/v1/completions", { prompt: "a", stop: [1] }, 400, { param: "stop" }, /string/],
    [
      "streaming",
      "POST",
      "/v1/completions",
      { prompt: "a", stream: true },
      400,
      { param: "stream" },
      /streaming is not supported/,
    ],
    [
      "a penalty it cannot apply",
      "POST",
      "/v1/completions",
      { prompt: "a", presence_penalty: 0.5 },
      400,
      { param: "presence_penalty" },
      /not supported/,
    ],
    [
      "echo not a boolean",
      "POST",
      "/v1/completions",
      { prompt: "a", echo: "yes" },
      400,
      { param: "echo" },
      /true or false/,
    ],
    [
      "a message without a role",
      "POST",
      "/v1/chat/completions",
      { messages: [{ content: "hi" }] },
      400,
      { param: "messages[0].role" },
      /"user"/,
    ],
    [
      "chat logprobs",
      "POST",
      "/v1/chat/completions",
      { messages: [{ role: "user", content: "hi" }], logprobs: true },
      400,
      { param: "logprobs" },
      /not supported/,
    ],
    ["another path", "GET", "/v1/engines", undefined, 404, { code: "not_found" }, /no such endpoint/],
    ["the wrong method", "GET", "/v1/completions", undefined, 405, { code: "method_not_allowed" }, /takes POST/],
    [
      "a prompt too long for the model",
      "POST",
      "/v1/completions",
      { prompt: "word ".repeat(200), max_tokens: 4 },
      400,
      { code: "context_length_exceeded" },
      /maximum context length is 128/,
    ],
  ];
  it.each(cases)("%s", async (_, method, path, body, status, error, message) => {
    const reply = await call(gpt2.port, method, path, body);
    expect(reply.status).toBe(status);
    expect((reply.json as ErrorBody).error).toMatchObject({ ...error });
    expect((reply.json as ErrorBody).error.message).toMatch(message);
    expect(reply.text).not.toMatch(/\n\s+at |\.ts:\d+/);
  });

  it("unknown fields are ignored, as vLLM ignores them", async () => {
    const r = await completion(gpt2.port, {
      prompt: "People",
      max_tokens: 2,
      temperature: 0,
      user: "me",
      whatever: [1],
    });
    expect(r.choices).toHaveLength(1);
  });

  it.each([
    [
      "a model's own error: 500 with its code, message and fix",
      new ModelError(
        "MODEL_OP_UNSUPPORTED",
        "no kernel for GroupQueryAttention",
        "/m/model.onnx",
        "export for the CPU",
      ),
      /^MODEL_OP_UNSUPPORTED: no kernel for GroupQueryAttention \(export for the CPU\)$/,
    ],
    [
      "any other failure: 500 with its message alone",
      new TypeError("x is not a function"),
      /^internal error: x is not a function$/,
    ],
  ])("%s", async (_, error, message) => {
    const failing: ModelDriver = { ...gpt2.driver, generate: async () => Promise.reject(error) };
    const logged: string[] = [];
    const server = await startServer(servedModel(failing, { name: gpt2.dir, dir: gpt2.dir }, false), {
      host: "127.0.0.1",
      port: 0,
      log: (line) => logged.push(line),
    });
    try {
      const reply = await call(server.port, "POST", "/v1/completions", { prompt: "a", max_tokens: 2 });
      expect(reply.status).toBe(500);
      expect((reply.json as ErrorBody).error).toMatchObject({ type: "server_error" });
      expect((reply.json as ErrorBody).error.message).toMatch(message);
      expect(reply.text).not.toMatch(/\n\s+at |\.ts:\d+/);
      // The operator sees it on the server's side too.
      expect(logged).toEqual([`POST /v1/completions: 500 ${(reply.json as ErrorBody).error.message}`]);
    } finally {
      await server.close();
    }
  });

  it("an impossible token's -Infinity is written -9999, as vLLM writes it (JSON would read null)", async () => {
    const impossible: ModelDriver = {
      ...gpt2.driver,
      tokenLogprobs: async () => [
        {
          ok: true,
          text: "ab",
          promptTokens: 2,
          tokens: [
            { id: 1, text: "a", offset: 0, logprob: null, top: null },
            { id: 2, text: "b", offset: 1, logprob: -Infinity, top: [{ id: 2, text: "b", logprob: -Infinity }] },
          ],
        },
      ],
    };
    const server = await startServer(servedModel(impossible, { name: gpt2.dir, dir: gpt2.dir }, false), {
      host: "127.0.0.1",
      port: 0,
    });
    try {
      const r = await call(server.port, "POST", "/v1/completions", {
        prompt: "ab",
        max_tokens: 0,
        echo: true,
        logprobs: 1,
      });
      expect((r.json as Completion).choices[0]?.logprobs).toMatchObject({
        token_logprobs: [null, -9999],
        top_logprobs: [null, { b: -9999 }],
      });
    } finally {
      await server.close();
    }
  });

  it("a body over the limit: 413", async () => {
    const small = await startServer(servedModel(gpt2.driver, { name: gpt2.dir, dir: gpt2.dir }, false), {
      host: "127.0.0.1",
      port: 0,
      bodyLimit: 1024,
    });
    try {
      const reply = await call(small.port, "POST", "/v1/completions", { prompt: "x".repeat(2000) });
      expect(reply.status).toBe(413);
      expect((reply.json as ErrorBody).error.code).toBe("request_too_large");
    } finally {
      await small.close();
    }
  });
});
