/**
 * A model behind an OpenAI-compatible server (config `kind: openai-completions` or `openai-chat`):
 * where it is and how to talk to it, every default applied. The API key is not here: only the name
 * of the environment variable that holds it, read when a request is sent.
 */
export interface RemoteModel {
  readonly kind: RemoteKind;
  /** The API root, normalised: no trailing slash (`http://localhost:8000/v1`). */
  readonly baseUrl: string;
  /** The model's name as the server serves it. */
  readonly model: string;
  readonly apiKeyEnv?: string;
  readonly maxConcurrency: number;
  readonly timeoutS: number;
  readonly maxRetries: number;
  /** The user's label for what the server runs; part of the cache fingerprint. */
  readonly revision?: string;
}

export type RemoteKind = "openai-completions" | "openai-chat";

export const REMOTE_KINDS: readonly RemoteKind[] = ["openai-completions", "openai-chat"];

export const REMOTE_DEFAULTS = { maxConcurrency: 4, timeoutS: 120, maxRetries: 5 } as const;

export function isRemoteKind(kind: string | undefined): kind is RemoteKind {
  return kind === "openai-completions" || kind === "openai-chat";
}

/** `http://host:8000/v1/` and `http://host:8000/v1` are one endpoint. */
export function normaliseBaseUrl(url: string): string {
  return url.replace(/\/+$/, "");
}

/**
 * How runs, keys and messages name a remote model in place of a folder: its endpoint and model,
 * `http://localhost:8000/v1 (model meta-llama/Llama-3.1-8B)`.
 */
export function remoteLabel(remote: Pick<RemoteModel, "baseUrl" | "model">): string {
  return `${remote.baseUrl} (model ${remote.model})`;
}

/** An environment variable's name as shells write them. */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Whether text written where an environment variable's name belongs looks like a key itself: an
 * OpenAI-style `sk-…`, a Hugging Face `hf_…` token, a bearer header, or a long run of characters no
 * variable is named with.
 */
export function looksLikeSecret(text: string): boolean {
  if (/^sk-/.test(text) || /^Bearer\s/i.test(text) || /^hf_[A-Za-z0-9]{20,}$/.test(text)) return true;
  return text.length >= 20 && !ENV_NAME.test(text);
}
