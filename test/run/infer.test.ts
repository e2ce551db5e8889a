/** @jest-environment ./test/support/onnx-environment.js */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import type { ModelDriver } from "../../src/model/driver";
import { loadModel } from "../../src/model/load-model";
import { openCache } from "../../src/run/cache";
import { type CallResult, callKey, type ModelCall } from "../../src/run/calls";
import { ModelSession, type ModelTarget, runInference, SessionPool } from "../../src/run/infer";
import type { Progress } from "../../src/run/progress";
import { cachedResult } from "../../src/run/result-shape";
import { diskFiles } from "../../src/spec/file-access";

/**
 * The run's inference phase on real built models: results identical at any batch size, a warm
 * run that never opens a model, identical calls run once, and one changed call re-runs alone.
 */
const root = mkdtempSync(join(tmpdir(), "trustspec-infer-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const llama: ModelTarget = { name: "llama", dir: join(root, "llama") };
const gpt2: ModelTarget = { name: "gpt2", dir: join(root, "gpt2") };
beforeAll(() => {
  writeModelDir(llama.dir, buildTestDecoder("llama"));
  writeModelDir(gpt2.dir, buildTestDecoder("gpt2"));
});

const generateCall = (prompt: string, seed: number, temperature = 0.8): ModelCall => ({
  kind: "generate",
  prompt,
  maxTokens: 12,
  temperature,
  topK: 0,
  topP: 0.95,
  samples: 3,
  seed,
  stop: [],
  stopTokenIds: [],
});
const CALLS: ModelCall[] = [
  generateCall("Once upon a time", 1),
  generateCall("People agree that", 2),
  generateCall("Q: Is the sky green?\nA:", 3, 0),
  generateCall("The", 4),
  generateCall("Yes", 5),
  { kind: "score", context: "Q: Is the sea blue?\nA:", choices: [" Yes", " No", " Maybe not"] },
  { kind: "score", context: "People", choices: [" agree", " disagree"] },
  { kind: "score", context: "Once upon a time there was a helpful assistant.", choices: [" The end."] },
];

const quiet: Progress = { start: () => {}, advance: () => {}, finish: () => {} };

function counting() {
  const opened: string[] = [];
  const open = async (target: ModelTarget, batchSize: number) => {
    opened.push(target.name);
    return loadModel(target.dir, { files: diskFiles, batchSize, threads: 1 });
  };
  return { opened, open };
}

/** Two runs' results of a call: texts identical, log-likelihoods to float rounding (batches differ). */
function expectSameResult(x: CallResult | undefined, y: CallResult | undefined, call: ModelCall): void {
  if (!x?.ok || !y?.ok) throw new Error(`missing or skipped result for ${JSON.stringify(call)}`);
  if ("samples" in x && "samples" in y) {
    expect(y.samples).toEqual(x.samples); // discrete outputs: identical
  } else if ("scores" in x && "scores" in y) {
    expect(y.scores).toHaveLength(x.scores.length);
    y.scores.forEach((s, i) => {
      const r = x.scores[i];
      expect(s.tokens).toBe(r?.tokens);
      expect(s.greedy).toBe(r?.greedy);
      expect(Math.abs(s.sum - (r?.sum ?? Number.NaN))).toBeLessThanOrEqual(1e-6 * Math.abs(s.sum) + 1e-6);
    });
  } else {
    throw new Error(`results of different kinds for ${JSON.stringify(call)}`);
  }
}

describe("runInference", () => {
  it("stores the same results at batch sizes 1 and 8, for GPT-2 and Llama-style exports", async () => {
    for (const target of [llama, gpt2]) {
      const one = openCache(join(root, `cache-${target.name}-1`));
      const eight = openCache(join(root, `cache-${target.name}-8`));
      const [a] = await runInference([{ target, calls: CALLS }], { cache: one, batchSize: 1, progress: quiet });
      await runInference([{ target, calls: CALLS }], { cache: eight, batchSize: 8, progress: quiet });
      for (const call of CALLS) {
        const x = cachedResult(one, a?.fingerprint ?? "", call);
        const y = cachedResult(eight, a?.fingerprint ?? "", call);
        expectSameResult(x, y, call);
      }
    }
  });

  it("with a session pool, loads a model once across phases and sums their calls; results are those of a session alone", async () => {
    const pooled = counting();
    const pool = new SessionPool();
    const options = {
      cache: openCache(join(root, "cache-pool")),
      batchSize: 4,
      progress: quiet,
      open: pooled.open,
      pool,
    };
    try {
      await runInference([{ target: llama, calls: CALLS.slice(0, 4) }], options);
      // A later phase (probes, a judge) asks the pool for the same model and sees the first phase's results.
      const later = pool.get(llama, options);
      const results = await later.run(CALLS);
      expect(pooled.opened).toEqual(["llama"]);
      expect(pool.summaries()).toEqual([
        expect.objectContaining({ calls: 4 + CALLS.length, unique: CALLS.length, hits: 0, misses: CALLS.length }),
      ]);
      const alone = new ModelSession(llama, {
        cache: openCache(join(root, "cache-alone")),
        batchSize: 4,
        progress: quiet,
      });
      try {
        expect(await alone.run(CALLS)).toEqual(results);
      } finally {
        await alone.close();
      }
    } finally {
      await pool.close();
    }
  });

  it("reports a model that fails to open from the phase that ran it, and the pool still closes", async () => {
    const pool = new SessionPool();
    const broken = new Error("cannot open");
    const options = {
      cache: openCache(join(root, "cache-broken")),
      batchSize: 4,
      progress: quiet,
      open: () => Promise.reject(broken),
      pool,
    };
    await expect(runInference([{ target: llama, calls: CALLS }], options)).rejects.toBe(broken);
    await expect(pool.close()).resolves.toBeUndefined();
  });

  it("fails the run when a result cannot be stored, once the calls are done; a model's error comes first", async () => {
    // A file where the cache's entries folder should be: every write fails.
    const blocked = join(root, "cache-blocked");
    mkdirSync(blocked, { recursive: true });
    writeFileSync(join(blocked, "v1"), "");
    const run = (open: (target: ModelTarget, batchSize: number) => Promise<ModelDriver>) =>
      runInference([{ target: llama, calls: CALLS }], {
        cache: openCache(blocked),
        batchSize: 4,
        progress: quiet,
        open,
      });
    await expect(run(counting().open)).rejects.toThrow(/v1/);
    // The generate calls run and fail to be stored before the score calls fail: the model's error is reported.
    const broken = new Error("the model failed");
    const failingScore = async (target: ModelTarget, batchSize: number) => {
      const driver = await counting().open(target, batchSize);
      return { ...driver, score: () => Promise.reject(broken) };
    };
    await expect(run(failingScore)).rejects.toBe(broken);
  });

  it("answers a warm run from the cache without opening a model, and re-runs only a changed call", async () => {
    const cache = openCache(join(root, "cache-warm"));
    const cold = counting();
    const [first] = await runInference([{ target: llama, calls: CALLS }], {
      cache,
      batchSize: 4,
      progress: quiet,
      open: cold.open,
    });
    expect(cold.opened).toEqual(["llama"]);
    expect(first).toMatchObject({ calls: CALLS.length, unique: CALLS.length, hits: 0, misses: CALLS.length });
    expect(first?.tokens).toBeGreaterThan(0);

    const warm = counting();
    const [second] = await runInference([{ target: llama, calls: CALLS }], {
      cache: openCache(join(root, "cache-warm")),
      batchSize: 4,
      progress: quiet,
      open: warm.open,
    });
    expect(warm.opened).toEqual([]);
    expect(second).toMatchObject({ hits: CALLS.length, misses: 0, tokens: 0 });

    const edited = [...CALLS.slice(1), generateCall("Once upon a time, long ago", 1)];
    const again = counting();
    const [third] = await runInference([{ target: llama, calls: edited }], {
      cache: openCache(join(root, "cache-warm")),
      batchSize: 4,
      progress: quiet,
      open: again.open,
    });
    expect(third).toMatchObject({ hits: CALLS.length - 1, misses: 1 });
  });

  it("re-runs and rewrites an entry that parses but has the wrong shape, with the result a fresh run gives", async () => {
    const dir = join(root, "cache-damaged");
    const cold = counting();
    const [first] = await runInference([{ target: llama, calls: CALLS }], {
      cache: openCache(dir),
      batchSize: 4,
      progress: quiet,
      open: cold.open,
    });
    const fingerprint = first?.fingerprint ?? "";
    const fresh = CALLS.map((call) => cachedResult(openCache(dir), fingerprint, call));
    expect(fresh.every((r) => r?.ok)).toBe(true);
    // A null, a string, a generate result short of a sample, a score result short of a choice: all
    // parse, and a suite took the first for a crash and the others for skipped or wrong items.
    const damaged = openCache(dir);
    const key = (i: number) => callKey(fingerprint, CALLS[i] as ModelCall);
    const shortOfOne = (i: number, field: "samples" | "scores") => {
      const result = fresh[i] as unknown as Record<string, unknown[]>;
      return { ...result, [field]: (result[field] as unknown[]).slice(1) };
    };
    damaged.put(key(0), null);
    damaged.put(key(1), "a string");
    damaged.put(key(2), shortOfOne(2, "samples"));
    damaged.put(key(5), shortOfOne(5, "scores"));

    const warm = counting();
    const cache = openCache(dir);
    const [second] = await runInference([{ target: llama, calls: CALLS }], {
      cache,
      batchSize: 4,
      progress: quiet,
      open: warm.open,
    });
    expect(warm.opened).toEqual(["llama"]);
    expect(second).toMatchObject({ hits: CALLS.length - 4, misses: 4 });
    expect(cache.stats).toMatchObject({ rejected: 4, writes: 4 });
    CALLS.forEach((call, i) => {
      expectSameResult(fresh[i], cachedResult(openCache(dir), fingerprint, call), call);
    });

    const [third] = await runInference([{ target: llama, calls: CALLS }], {
      cache: openCache(dir),
      batchSize: 4,
      progress: quiet,
      open: counting().open,
    });
    expect(third).toMatchObject({ hits: CALLS.length, misses: 0 });
  });

  it("runs identical calls once, also across specs naming the same model", async () => {
    const cache = openCache(join(root, "cache-dedupe"));
    const [summary] = await runInference(
      [
        { target: llama, calls: CALLS },
        { target: { ...llama, name: "llama-again" }, calls: [...CALLS, ...CALLS] },
      ],
      { cache, batchSize: 8, progress: quiet },
    );
    expect(summary).toMatchObject({ calls: 3 * CALLS.length, unique: CALLS.length, misses: CALLS.length });
    expect(cache.stats.writes).toBe(CALLS.length);
  });

  it("reports progress per model: the misses as total, advanced to completion", async () => {
    const events: string[] = [];
    const progress: Progress = {
      start: (label, total) => events.push(`start ${label} ${total}`),
      advance: (done) => events.push(`advance ${done}`),
      finish: () => events.push("finish"),
    };
    await runInference([{ target: gpt2, calls: CALLS }], {
      cache: openCache(join(root, "cache-progress")),
      batchSize: 2,
      progress,
    });
    expect(events[0]).toBe(`start gpt2 ${CALLS.length}`);
    expect(events[events.length - 1]).toBe("finish");
    const advanced = events.filter((e) => e.startsWith("advance")).reduce((n, e) => n + Number(e.split(" ")[1]), 0);
    expect(advanced).toBe(CALLS.length);
  });
});
