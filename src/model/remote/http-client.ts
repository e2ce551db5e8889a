import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { backoffDelay, retryAfterMs } from "./backoff";

/** How a client talks to one server: its limits and retries, and where the API key is. */
export interface HttpSettings {
  readonly timeoutS: number;
  readonly maxRetries: number;
  /** The environment variable holding the API key (read at each request, never stored). */
  readonly apiKeyEnv?: string;
  /** Requests in flight at most (the connection pool's size). */
  readonly maxConcurrency: number;
  /** The first retry's delay, doubled for each next (default 500 ms); tests make it tiny. */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Why a request got no answer: the server's error status, no answer in time, or a broken connection. */
export type HttpFailure =
  | { readonly kind: "status"; readonly status: number; readonly message: string }
  | { readonly kind: "timeout"; readonly seconds: number }
  | { readonly kind: "connection"; readonly code: string; readonly message: string }
  /** A 2xx answer that is not JSON. */
  | { readonly kind: "invalid"; readonly message: string };

/** A request that failed for good (after its retries, when it was worth retrying). */
export class RemoteRequestError extends Error {
  constructor(
    readonly url: string,
    readonly failure: HttpFailure,
    /** Requests made, the first one included. */
    readonly attempts: number,
  ) {
    super(`${url}: ${describeFailure(failure)}`);
    this.name = "RemoteRequestError";
  }
}

const RETRIED_STATUS = new Set([429, 500, 502, 503, 504]);
/** Connections that broke under a request: the server restarted, a proxy dropped it. */
const RETRIED_CONNECTION = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "ETIMEDOUT"]);

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** JSON over HTTP(S) to one server, with a pool of kept-alive connections, a timeout and retries. */
export class HttpClient {
  private readonly agent: HttpAgent;
  private readonly secure: boolean;
  /** Whether the server has answered a request yet: after that a refused connection is a restart. */
  private answered = false;

  constructor(
    readonly baseUrl: string,
    private readonly settings: HttpSettings,
  ) {
    this.secure = baseUrl.toLowerCase().startsWith("https:");
    const options = { keepAlive: true, maxSockets: settings.maxConcurrency };
    this.agent = this.secure ? new HttpsAgent(options) : new HttpAgent(options);
  }

  /**
   * `path` below the base URL (`/completions`), the body as JSON (GET without one). A 429, 5xx,
   * timeout or reset connection is retried up to maxRetries times, waiting an exponential backoff
   * with jitter, or as long as the server's Retry-After says if that is longer. Anything else, or
   * the last failure, is thrown as a {@link RemoteRequestError}.
   */
  async json(path: string, body?: unknown): Promise<unknown> {
    const url = `${this.baseUrl}${path}`;
    const { maxRetries, backoffMs = 500, maxBackoffMs = 30_000, sleep = sleepFor } = this.settings;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.once(url, body);
      if (outcome.ok) return outcome.value;
      if (!retried(outcome.failure, this.answered) || attempt >= maxRetries) {
        throw new RemoteRequestError(url, outcome.failure, attempt + 1);
      }
      const wait = Math.max(backoffDelay(attempt, backoffMs, maxBackoffMs), outcome.retryAfterMs ?? 0);
      await sleep(wait);
    }
  }

  close(): void {
    this.agent.destroy();
  }

  private once(
    url: string,
    body: unknown,
  ): Promise<{ ok: true; value: unknown } | { ok: false; failure: HttpFailure; retryAfterMs?: number }> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const key = this.apiKey();
    const headers: Record<string, string | number> = {
      accept: "application/json",
      ...(payload ? { "content-type": "application/json", "content-length": payload.length } : {}),
      ...(key !== undefined ? { authorization: `Bearer ${key}` } : {}),
    };
    const seconds = this.settings.timeoutS;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (value: Awaited<ReturnType<HttpClient["once"]>>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(value);
      };
      const send = this.secure ? httpsRequest : httpRequest;
      const req = send(url, { method: payload ? "POST" : "GET", headers, agent: this.agent }, (res) => {
        this.answered = true;
        readBody(res).then(
          (text) => finish(answer(res, text, key)),
          (e: NodeJS.ErrnoException) => finish({ ok: false, failure: connectionFailure(e) }),
        );
      });
      // The whole exchange, not one idle gap: a server trickling bytes must not hold a slot forever.
      const timer = setTimeout(() => {
        finish({ ok: false, failure: { kind: "timeout", seconds } });
        req.destroy();
      }, seconds * 1000);
      req.on("error", (e: NodeJS.ErrnoException) => finish({ ok: false, failure: connectionFailure(e) }));
      req.end(payload);
    });
  }

  /** The key, read now from its variable: never kept, so it is in no object a run writes out. */
  private apiKey(): string | undefined {
    const name = this.settings.apiKeyEnv;
    const value = name === undefined ? undefined : process.env[name];
    return value === undefined || value === "" ? undefined : value;
  }
}

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on("data", (c: Buffer) => chunks.push(c));
    res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    res.on("error", reject);
    res.on("aborted", () =>
      reject(Object.assign(new Error("the server closed the connection mid-answer"), { code: "ECONNRESET" })),
    );
  });
}

function answer(
  res: IncomingMessage,
  text: string,
  key: string | undefined,
): { ok: true; value: unknown } | { ok: false; failure: HttpFailure; retryAfterMs?: number } {
  const status = res.statusCode ?? 0;
  if (status >= 200 && status < 300) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return { ok: false, failure: { kind: "invalid", message: `the answer is not JSON: ${clip(redact(text, key))}` } };
    }
  }
  const header = res.headers["retry-after"];
  const wait = retryAfterMs(Array.isArray(header) ? header[0] : header);
  return {
    ok: false,
    failure: { kind: "status", status, message: redact(serverMessage(text), key) },
    ...(wait !== undefined ? { retryAfterMs: wait } : {}),
  };
}

/**
 * Whether a failure is worth another try: 429 and 5xx, timeouts, broken connections, and a refused
 * connection once the server has answered before (it is restarting: vLLM takes a while to come back).
 * A server that has never answered is not there: retrying would only delay the error.
 */
function retried(failure: HttpFailure, serverAnswered: boolean): boolean {
  if (failure.kind === "status") return RETRIED_STATUS.has(failure.status);
  if (failure.kind === "connection") {
    return RETRIED_CONNECTION.has(failure.code) || (serverAnswered && failure.code === "ECONNREFUSED");
  }
  return failure.kind === "timeout";
}

function connectionFailure(e: NodeJS.ErrnoException): HttpFailure {
  return { kind: "connection", code: e.code ?? "ERROR", message: e.message };
}

/** The message of an OpenAI-style error body ({error: {message}}), TGI's ({error: "…"}), FastAPI's ({detail}), or the text. */
export function serverMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
    const error = body.error;
    if (typeof error === "string") return clip(error);
    if (error !== null && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
      return clip((error as { message: string }).message);
    }
    if (typeof body.message === "string") return clip(body.message);
    if (typeof body.detail === "string") return clip(body.detail);
  } catch {
    // not JSON: the text itself
  }
  return clip(text.trim());
}

/** A server that echoes the key it was sent must not get it into trustspec's messages. */
function redact(text: string, key: string | undefined): string {
  return key === undefined || key.length < 4 ? text : text.split(key).join("[api key]");
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, " ");
  return one.length > 300 ? `${one.slice(0, 297)}...` : one;
}

export function describeFailure(failure: HttpFailure): string {
  switch (failure.kind) {
    case "status":
      return `HTTP ${failure.status}${failure.message ? `: ${failure.message}` : ""}`;
    case "timeout":
      return `no answer within ${failure.seconds} s (timeout_s)`;
    case "connection":
      return `connection failed (${failure.code}: ${failure.message})`;
    case "invalid":
      return failure.message;
  }
}
