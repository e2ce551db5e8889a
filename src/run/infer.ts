import type { PlanModel } from "../compile/plan";
import type { ModelDriver } from "../model/driver";
import { ModelError } from "../model/model-error";
import { diskFiles } from "../spec/file-access";
import type { InferenceCache } from "./cache";
import { type CallResult, callKey, type ModelCall } from "./calls";
import { modelKey } from "./model-key";
import type { Progress } from "./progress";
import { fitsCall } from "./result-shape";
import { targetFingerprint } from "./target-fingerprint";

/** A model the run queries: its config name (for display), directory and settings. */
export type ModelTarget = PlanModel;

export interface ModelSummary {
  readonly name: string;
  readonly dir: string;
  /** The folder and dtype (model-key.ts): what fingerprints and failures are kept by. */
  readonly key: string;
  readonly fingerprint: string;
  /** Calls asked for, and how many distinct ones that is. */
  readonly calls: number;
  readonly unique: number;
  readonly hits: number;
  /** Calls that ran on the model (cache misses). */
  readonly misses: number;
  /** Tokens generated (generate) or continuation tokens scored (score) by the misses. */
  readonly tokens: number;
  /** Samples whose token count the model did not give (a server's, several a call): `tokens` leaves them out. */
  readonly uncounted: number;
  readonly seconds: number;
  /**
   * The process's peak resident memory (MB) when the model's last calls were done: with models run
   * one after another and each loaded once, the first model's figure is its own, and each later one's
   * is at least what it needed.
   */
  readonly peakRssMb: number;
}

export interface InferenceOptions {
  readonly cache: InferenceCache;
  /** Sequences per forward batch. Results do not depend on it. */
  readonly batchSize: number;
  readonly progress: Progress;
  /** Where model-file hashes are memoised (by path, size and mtime). */
  readonly fingerprintMemo?: string;
  /** Opens a model; the ONNX loader by default. */
  readonly open?: (target: ModelTarget, batchSize: number) => Promise<ModelDriver>;
  /** Sessions shared across a run's phases (the caller closes them); without it each phase opens its own. */
  readonly pool?: SessionPool;
  /**
   * Called when a model fails to load or run (a ModelError); the run goes on with the other models.
   * Without it the error ends the whole call.
   */
  readonly onModelError?: (target: ModelTarget, error: ModelError) => void;
}

/** Calls handed to the driver at once: large enough to fill batches, small enough for live progress. */
const CHUNK_BATCHES = 8;

/**
 * Runs every model call of a run: per model, each distinct call is looked up in the cache, and the
 * misses run on the model — loaded once, only when there is a miss — in large batches, their
 * results stored under their keys. Identical calls (from several specs, or repeated) run once.
 * Afterwards every call's result can be read from the cache by `callKey(fingerprint, call)`.
 */
export async function runInference(
  work: readonly { readonly target: ModelTarget; readonly calls: readonly ModelCall[] }[],
  options: InferenceOptions,
): Promise<ModelSummary[]> {
  const byDir = new Map<string, { target: ModelTarget; calls: ModelCall[] }>();
  for (const { target, calls } of work) {
    const entry = byDir.get(modelKey(target)) ?? { target, calls: [] };
    entry.calls.push(...calls);
    byDir.set(modelKey(target), entry);
  }
  const summaries: ModelSummary[] = [];
  for (const { target, calls } of byDir.values()) {
    try {
      summaries.push(await inferModel(target, calls, options));
    } catch (e) {
      if (!(e instanceof ModelError && options.onModelError)) throw e;
      options.onModelError(target, e);
    }
  }
  return summaries;
}

async function inferModel(
  target: ModelTarget,
  calls: readonly ModelCall[],
  options: InferenceOptions,
): Promise<ModelSummary> {
  const session = options.pool?.get(target, options) ?? new ModelSession(target, options);
  try {
    await session.ensure(calls, options.progress);
  } finally {
    if (!options.pool) await session.close();
  }
  return session.summary();
}

/**
 * The model sessions of one run, shared by its phases (dataset calls, the classifier judge, probes), so
 * a model is loaded at most once per run however many phases use it. One session per model directory
 * and batch size (a judge may run at its own); its summary adds up every phase.
 */
export class SessionPool {
  private readonly sessions = new Map<string, ModelSession>();

  /** The session of a model at the options' batch size, opened (lazily, on its first miss) when new. */
  get(target: ModelTarget, options: InferenceOptions): ModelSession {
    const key = `${modelKey(target)}\u0000${options.batchSize}`;
    const found = this.sessions.get(key);
    if (found) return found;
    const session = new ModelSession(target, options);
    this.sessions.set(key, session);
    return session;
  }

  summaries(): ModelSummary[] {
    return [...this.sessions.values()].map((s) => s.summary());
  }

  async close(): Promise<void> {
    for (const s of this.sessions.values()) await s.close();
  }
}

/**
 * One model during a run: calls are answered from the cache, and the misses run on the model —
 * opened on the first miss and kept open until `close` — in large batches, their results stored
 * under their keys. Several rounds of calls (a probe's) share one load and add up in one summary.
 */
export class ModelSession {
  readonly fingerprint: string;
  private driver: Promise<ModelDriver> | undefined;
  private readonly started = Date.now();
  private readonly keys = new Set<string>();
  private calls = 0;
  private hits = 0;
  private misses = 0;
  private tokens = 0;
  private uncounted = 0;
  private peakRssMb = 0;

  constructor(
    readonly target: ModelTarget,
    private readonly options: InferenceOptions,
  ) {
    this.fingerprint = targetFingerprint(target, options.fingerprintMemo);
  }

  /** Every call's result, in order; each distinct call runs at most once. */
  async run(calls: readonly ModelCall[], progress?: Progress): Promise<CallResult[]> {
    const keys = calls.map((call) => callKey(this.fingerprint, call));
    const results = new Map<string, CallResult>();
    await this.ensure(calls, progress, results);
    return keys.map((key) => {
      const result = results.get(key);
      if (result === undefined) throw new Error(`internal: no result for a call on ${this.target.name}`);
      return result;
    });
  }

  /**
   * Puts every call's result in the cache, running the misses. With `collect`, every result — read
   * from the cache or just run — is also put there by key, so nothing is read twice.
   */
  async ensure(calls: readonly ModelCall[], progress?: Progress, collect?: Map<string, CallResult>): Promise<void> {
    const { cache } = this.options;
    const distinct = new Map<string, ModelCall>();
    for (const call of calls) distinct.set(callKey(this.fingerprint, call), call);
    const misses = [...distinct].filter(([key, call]) => {
      const hit = cache.get(key, fitsCall(call));
      if (hit !== undefined) collect?.set(key, hit);
      return hit === undefined;
    });
    const missed = new Set(misses.map(([key]) => key));
    this.calls += calls.length;
    for (const key of distinct.keys()) {
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      if (!missed.has(key)) this.hits += 1;
    }
    if (misses.length > 0) {
      this.driver ??= (this.options.open ?? openTarget)(this.target, this.options.batchSize);
      const driver = await this.driver;
      progress?.start(this.target.name, misses.length);
      const chunk = this.options.batchSize * CHUNK_BATCHES;
      // Results are written while the model computes the next ones; all are stored before this returns.
      const writes: Promise<void>[] = [];
      const ran = await this.runMisses(driver, misses, chunk, writes, progress, collect).then(
        () => ({ ok: true as const }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const stored = await Promise.allSettled(writes);
      // A model's error is the one to report; a failed write, when nothing else failed.
      if (!ran.ok) throw ran.error;
      const failed = stored.find((s): s is PromiseRejectedResult => s.status === "rejected");
      if (failed !== undefined) throw failed.reason;
      progress?.finish();
      this.misses += misses.length;
      this.peakRssMb = peakRssMb();
    }
  }

  /** Runs the misses; each result's cache write is pushed to `writes` as it starts. */
  private runMisses(
    driver: ModelDriver,
    misses: readonly (readonly [string, ModelCall])[],
    chunk: number,
    writes: Promise<void>[],
    progress: Progress | undefined,
    collect: Map<string, CallResult> | undefined,
  ): Promise<void> {
    const store = (part: readonly (readonly [string, ModelCall])[], results: readonly CallResult[]) => {
      let partTokens = 0;
      part.forEach(([key], j) => {
        const result = results[j] as CallResult;
        const write = this.options.cache.store(key, result);
        // Handled here, reported by the caller: a write that fails early is not an unhandled rejection.
        write.catch(() => undefined);
        writes.push(write);
        collect?.set(key, result);
        partTokens += tokensOf(result);
        this.uncounted += uncountedSamples(result);
      });
      this.tokens += partTokens;
      progress?.advance(part.length, partTokens);
    };
    return driver.concurrency !== undefined
      ? streamMisses(driver, driver.concurrency, misses, store)
      : this.batchMisses(driver, misses, chunk, store);
  }

  /** Runs the misses in chunks of each kind, storing each chunk's results. */
  private async batchMisses(
    driver: ModelDriver,
    misses: readonly (readonly [string, ModelCall])[],
    chunk: number,
    store: Store,
  ): Promise<void> {
    for (const kind of ["generate", "score", "classify"] as const) {
      const todo = misses.filter(([, call]) => call.kind === kind);
      for (let i = 0; i < todo.length; i += chunk) {
        const part = todo.slice(i, i + chunk);
        const results = await runCalls(
          driver,
          part.map(([, call]) => call),
        );
        store(part, results);
      }
    }
  }

  /** Calls asked for, distinct ones, cache hits, misses run, their tokens, and the time since opening. */
  summary(): ModelSummary {
    return {
      name: this.target.name,
      dir: this.target.dir,
      key: modelKey(this.target),
      fingerprint: this.fingerprint,
      calls: this.calls,
      unique: this.keys.size,
      hits: this.hits,
      misses: this.misses,
      tokens: this.tokens,
      uncounted: this.uncounted,
      seconds: (Date.now() - this.started) / 1000,
      peakRssMb: this.peakRssMb,
    };
  }

  async close(): Promise<void> {
    const driver = this.driver;
    this.driver = undefined;
    // A model that failed to open has nothing to close; its error reached whoever ran the calls.
    const opened = await driver?.catch(() => undefined);
    await opened?.close();
  }
}

type Store = (part: readonly (readonly [string, ModelCall])[], results: readonly CallResult[]) => void;

/**
 * The misses on a driver that answers calls one by one (a server): `slots` workers each take the next
 * call as soon as their last is answered, and each result is stored as it comes, so a run that dies
 * keeps every answer it got. After a failure no new call is started; those in flight are waited for
 * (and stored when they succeed) before the first failure is thrown.
 */
async function streamMisses(
  driver: ModelDriver,
  slots: number,
  misses: readonly (readonly [string, ModelCall])[],
  store: Store,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (failure === undefined && next < misses.length) {
      const miss = misses[next++] as readonly [string, ModelCall];
      try {
        store([miss], await runCalls(driver, [miss[1]]));
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(slots, misses.length)) }, worker));
  if (failure !== undefined) throw failure.error;
}

/** Opens a model: a server's (kind: openai-completions, openai-chat), or the ONNX files of a folder. */
function openTarget(target: ModelTarget, batchSize: number): Promise<ModelDriver> {
  if (target.remote !== undefined) {
    const { openRemote } = require("../model/remote/remote-driver") as typeof import("../model/remote/remote-driver");
    return Promise.resolve(openRemote(target.remote));
  }
  return openOnnx(target, batchSize);
}

function openOnnx(target: ModelTarget, batchSize: number): Promise<ModelDriver> {
  // The ONNX runtime and the tokenizers load with the first model a run opens: a run answered from the
  // cache never needs them.
  const { loadModel } = require("../model/load-model") as typeof import("../model/load-model");
  return loadModel(target.dir, {
    files: diskFiles,
    batchSize,
    ...(target.threads !== undefined ? { threads: target.threads } : {}),
    ...(target.device !== undefined ? { device: target.device } : {}),
    ...(target.maxLength !== undefined ? { maxPositions: target.maxLength, maxLength: target.maxLength } : {}),
    ...(target.dtype !== undefined ? { dtype: target.dtype } : {}),
  });
}

/** The process's peak resident set size so far, in MB (maxRSS is in kilobytes). */
function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Calls of one kind, in order, through the driver (which batches them). */
async function runCalls(driver: ModelDriver, calls: readonly ModelCall[]): Promise<CallResult[]> {
  const generate = calls.flatMap((c) => (c.kind === "generate" ? [c] : []));
  if (generate.length === calls.length) {
    return driver.generate(generate.map(({ kind: _, ...request }) => request));
  }
  const classify = calls.flatMap((c) => (c.kind === "classify" ? [c] : []));
  if (classify.length === calls.length) {
    const results = await driver.classify(classify.map(({ kind: _, ...request }) => request));
    return results.map((r) => ({ ok: true as const, ...r }));
  }
  const score = calls.flatMap((c) => (c.kind === "score" ? [c] : []));
  return driver.score(score.map(({ kind: _, ...request }) => request));
}

/** Samples with text whose tokens are unknown: no count and no ids (a server's samples, several a call, without logprobs). */
function uncountedSamples(result: CallResult): number {
  if (!result.ok || !("samples" in result)) return 0;
  return result.samples.filter((s) => s.tokens === undefined && s.tokenIds.length === 0 && s.text !== "").length;
}

function tokensOf(result: CallResult): number {
  if (!result.ok) return 0;
  if ("samples" in result) return result.samples.reduce((n, s) => n + (s.tokens ?? s.tokenIds.length), 0);
  if ("labels" in result) return result.tokens;
  return result.scores.reduce((n, s) => n + s.tokens, 0);
}
