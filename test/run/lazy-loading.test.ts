/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import type { ModelCall } from "../../src/run/calls";
import type { ModelTarget } from "../../src/run/infer";
import type { Progress } from "../../src/run/progress";

/**
 * What a run answered from the cache does not load: the model layer (onnxruntime-node, the tokenizers)
 * and fast-check are loaded by the first model a run opens and the first probe it has. Each test
 * requires the run's modules afresh, with the modules in question replaced by recorders.
 */
const root = mkdtempSync(join(tmpdir(), "trustspec-lazy-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const target: ModelTarget = { name: "gpt2", dir: join(root, "gpt2") };
beforeAll(() => writeModelDir(target.dir, buildTestDecoder("gpt2")));

const quiet: Progress = { start: () => {}, advance: () => {}, finish: () => {} };
const score = (context: string): ModelCall => ({ kind: "score", context, choices: [" Yes", " No"] });

/** The run's modules, required afresh, with each module of `watched` recorded in `loaded` when required. */
function freshRun(watched: Record<string, string>) {
  const loaded: string[] = [];
  let modules!: {
    infer: typeof import("../../src/run/infer");
    cache: typeof import("../../src/run/cache");
    calls: typeof import("../../src/run/calls");
    probes: typeof import("../../src/run/probe-phase");
  };
  jest.resetModules(); // each call's modules load afresh, recorded anew
  jest.isolateModules(() => {
    for (const [name, path] of Object.entries(watched)) {
      jest.doMock(path, () => {
        loaded.push(name);
        return jest.requireActual(path);
      });
    }
    modules = {
      infer: require("../../src/run/infer"),
      cache: require("../../src/run/cache"),
      calls: require("../../src/run/calls"),
      probes: require("../../src/run/probe-phase"),
    };
  });
  return { loaded, ...modules };
}

describe("a run's inference phase", () => {
  it("answered from the cache loads no model runtime; a miss loads it", async () => {
    const run = freshRun({ "the model loader": "../../src/model/load-model" });
    const cache = run.cache.openCache(join(root, "cache"));
    const fingerprint = new run.infer.ModelSession(target, { cache, batchSize: 4, progress: quiet }).fingerprint;
    const cached = [score("Q: Is the sea blue?\nA:"), score("Q: Is grass red?\nA:")];
    for (const call of cached) {
      cache.put(run.calls.callKey(fingerprint, call), {
        ok: true,
        scores: [
          { sum: -1, mean: -1, tokens: 1, greedy: true },
          { sum: -2, mean: -2, tokens: 1, greedy: false },
        ],
      });
    }
    const options = { cache, batchSize: 4, progress: quiet };

    const [warm] = await run.infer.runInference([{ target, calls: cached }], options);
    expect({ hits: warm?.hits, misses: warm?.misses }).toEqual({ hits: 2, misses: 0 });
    expect(run.loaded).toEqual([]);

    const [cold] = await run.infer.runInference([{ target, calls: [...cached, score("People")] }], options);
    expect({ hits: cold?.hits, misses: cold?.misses }).toEqual({ hits: 2, misses: 1 });
    expect(run.loaded).toEqual(["the model loader"]);
  });

  it("with no probes loads neither fast-check nor the probes' measures", async () => {
    const run = freshRun({ "fast-check": "fast-check", "the probe runner": "../../src/probe/run-probe" });
    const cache = run.cache.openCache(join(root, "cache"));
    expect(await run.probes.runProbes([], { cache, batchSize: 4, progress: quiet })).toEqual({
      runs: [],
      summaries: [],
    });
    expect(run.loaded).toEqual([]);
  });
});
