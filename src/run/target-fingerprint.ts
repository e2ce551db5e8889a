import { createHash } from "node:crypto";
import type { RemoteModel } from "../spec/remote-model";
import { modelFingerprint } from "./fingerprint";
import type { ModelTarget } from "./infer";

/** Bumped when the recipe of a remote model's fingerprint changes. */
const REMOTE_RECIPE = "trustspec-remote-fingerprint-v1";

/**
 * A model's identity for cache keys: the hash of its files for an ONNX model (fingerprint.ts); for a
 * model behind a server, of what names it — kind, endpoint, model name and the user's revision label —
 * since its weights cannot be read. Not the key, the concurrency or the timeouts: they change nothing
 * a server answers.
 */
export function targetFingerprint(target: ModelTarget, memoFile?: string): string {
  if (target.remote !== undefined) return remoteFingerprint(target.remote);
  return modelFingerprint(target.dir, {
    ...(memoFile !== undefined ? { memoFile } : {}),
    ...(target.dtype !== undefined ? { dtype: target.dtype } : {}),
    ...(target.device !== undefined ? { device: target.device } : {}),
  });
}

export function remoteFingerprint(remote: Pick<RemoteModel, "kind" | "baseUrl" | "model" | "revision">): string {
  const parts = [REMOTE_RECIPE, remote.kind, remote.baseUrl.replace(/\/+$/, ""), remote.model, remote.revision ?? ""];
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
