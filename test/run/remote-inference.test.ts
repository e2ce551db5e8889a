import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ModelError } from "../../src/model/model-error";
import { openCache } from "../../src/run/cache";
import type { ModelCall } from "../../src/run/calls";
import { type ModelTarget, runInference } from "../../src/run/infer";
import type { Progress } from "../../src/run/progress";
import { type RemoteModel, remoteLabel } from "../../src/spec/remote-model";
import { completion, errorAnswer, FakeOpenAIServer } from "../support/fake-openai-server";
import { generateRequest } from "../support/requests";

/**
 * A run's calls on a model behind a server: each result is stored as it comes, so a run the server
 * fails part-way keeps what it got, and the rerun asks only for the rest; calls go out as slots free.
 */
const quiet: Progress = { start: () => {}, advance: () => {}, finish: () => {} };
const calls: ModelCall[] = Array.from({ length: 10 }, (_, i) => ({
  kind: "generate",
  ...generateRequest(`prompt ${i}`, { maxTokens: 4 }),
}));

let dir: string;
let server: FakeOpenAIServer;
let target: ModelTarget;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "trustspec-remote-infer-"));
  server = new FakeOpenAIServer((r) => completion([`answer to ${String(r.body?.prompt)}`]));
  const remote: RemoteModel = {
    kind: "openai-completions",
    baseUrl: await server.start(),
    model: "m",
    maxConcurrency: 2,
    timeoutS: 5,
    maxRetries: 0,
  };
  target = { name: "remote", dir: remoteLabel(remote), remote };
});
afterEach(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("inference on a model behind a server", () => {
  it("keeps every answer a failing run got, and the rerun asks only for the rest", async () => {
    const cache = openCache(join(dir, "cache"));
    // Four answers, then the server fails for good.
    server.handler = (r, i) => (i < 4 ? completion([`answer to ${String(r.body?.prompt)}`]) : errorAnswer(500, "boom"));
    await expect(runInference([{ target, calls }], { cache, batchSize: 8, progress: quiet })).rejects.toBeInstanceOf(
      ModelError,
    );
    const first = server.to("/completions").map((r) => r.body?.prompt);
    const answered = first.slice(0, 4);
    // No new call starts after the failure: at most the other slot's call was in flight.
    expect(first.length).toBeLessThanOrEqual(6);

    server.received.length = 0;
    server.handler = (r) => completion([`answer to ${String(r.body?.prompt)}`]);
    const [summary] = await runInference([{ target, calls }], { cache, batchSize: 8, progress: quiet });
    const second = server.to("/completions").map((r) => r.body?.prompt);
    expect(summary?.hits).toBe(4);
    expect(second).toHaveLength(6);
    expect(second.filter((p) => answered.includes(p))).toEqual([]);

    // And a third run asks nothing.
    server.received.length = 0;
    const [third] = await runInference([{ target, calls }], { cache, batchSize: 8, progress: quiet });
    expect(server.received).toEqual([]);
    expect(third?.hits).toBe(10);
  });

  it("keeps max_concurrency requests in flight across the run's calls", async () => {
    server.handler = (r) => ({ ...(completion([String(r.body?.prompt)]) as object), delayMs: 10 }) as never;
    const cache = openCache(join(dir, "cache"));
    await runInference([{ target, calls }], { cache, batchSize: 8, progress: quiet });
    expect(server.maxInFlight).toBe(2);
  });

  it("keeps a server's completions and chat endpoints for one model apart: each kind its own session and requests", async () => {
    server.handler = (r) =>
      r.path === "/chat/completions"
        ? {
            status: 200,
            body: {
              object: "chat.completion",
              choices: [{ index: 0, message: { role: "assistant", content: "chat answer" }, finish_reason: "length" }],
              usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
            },
          }
        : completion([`answer to ${String(r.body?.prompt)}`]);
    // As docs/models.md's example: release and release-chat, the same server and model by two kinds.
    const chatRemote: RemoteModel = { ...(target.remote as RemoteModel), kind: "openai-chat" };
    const chatTarget: ModelTarget = { name: "remote-chat", dir: remoteLabel(chatRemote), remote: chatRemote };
    const chatCalls: ModelCall[] = [
      {
        kind: "generate",
        ...generateRequest("", { maxTokens: 4, messages: [{ role: "user", content: "Hi" }] }),
      },
    ];
    const cache = openCache(join(dir, "cache"));
    const summaries = await runInference(
      [
        { target, calls: calls.slice(0, 2) },
        { target: chatTarget, calls: chatCalls },
      ],
      { cache, batchSize: 8, progress: quiet },
    );
    expect(server.to("/completions").map((r) => r.body?.prompt)).toEqual(["prompt 0", "prompt 1"]);
    expect(server.to("/chat/completions").map((r) => r.body?.messages)).toEqual([[{ role: "user", content: "Hi" }]]);
    expect(summaries.map((s) => s.misses)).toEqual([2, 1]);
  });
});
