import { modelKey } from "../../src/run/model-key";
import { remoteFingerprint, targetFingerprint } from "../../src/run/target-fingerprint";
import type { RemoteModel } from "../../src/spec/remote-model";
import { remoteLabel } from "../../src/spec/remote-model";

/**
 * A model behind a server is known by what names it — kind, endpoint, model name and the user's
 * revision label — since its weights cannot be read: each changes its fingerprint (and its cached
 * results), and nothing else does (the key's variable, concurrency, timeouts).
 */
const base: RemoteModel = {
  kind: "openai-completions",
  baseUrl: "http://gpu-box:8000/v1",
  model: "llama-70b",
  maxConcurrency: 4,
  timeoutS: 120,
  maxRetries: 5,
};
const target = (remote: RemoteModel) => ({ name: "r", dir: remoteLabel(remote), remote });

describe("a remote model's fingerprint", () => {
  it("changes with the kind, the endpoint, the model and the revision", () => {
    const prints = [
      base,
      { ...base, kind: "openai-chat" as const },
      { ...base, baseUrl: "http://other-box:8000/v1" },
      { ...base, model: "llama-8b" },
      { ...base, revision: "2026-12-01" },
      { ...base, revision: "2026-12-02" },
    ].map((r) => targetFingerprint(target(r)));
    expect(new Set(prints).size).toBe(prints.length);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not change with a trailing slash, the key's variable, concurrency, timeouts or retries", () => {
    const same = [
      { ...base, baseUrl: "http://gpu-box:8000/v1/" },
      { ...base, apiKeyEnv: "VLLM_API_KEY", maxConcurrency: 32, timeoutS: 5, maxRetries: 0 },
    ].map((r) => remoteFingerprint(r));
    expect(same).toEqual([remoteFingerprint(base), remoteFingerprint(base)]);
  });

  it("reads no files: a label that is no folder fingerprints", () => {
    expect(() => targetFingerprint(target(base))).not.toThrow();
  });
});

describe("a remote model's key", () => {
  it("is its endpoint, model and kind, and its revision when it has one", () => {
    expect(modelKey(target(base))).toBe(`http://gpu-box:8000/v1 (model llama-70b)#${base.kind}`);
    expect(modelKey(target({ ...base, model: "llama-8b" }))).not.toBe(modelKey(target(base)));
    expect(modelKey(target({ ...base, revision: "r2" }))).toBe(
      `http://gpu-box:8000/v1 (model llama-70b)#${base.kind}@r2`,
    );
    // The same model by /completions and by /chat/completions: two models, two sessions.
    expect(modelKey(target({ ...base, kind: "openai-chat" }))).toBe(
      "http://gpu-box:8000/v1 (model llama-70b)#openai-chat",
    );
  });
});
