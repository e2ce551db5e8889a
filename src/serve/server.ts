import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ModelError } from "../model/model-error";
import { ApiError } from "./api-error";
import { chatCompletions } from "./chat";
import { completions } from "./completions";
import { ModelQueue } from "./model-queue";
import type { Body } from "./sampling-params";
import type { ServedModel } from "./served-model";

/** Request bodies larger than this are refused (413) before they are read whole. */
export const BODY_LIMIT = 16 * 2 ** 20;

export interface ServeOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Defaults to {@link BODY_LIMIT}. */
  readonly bodyLimit?: number;
  /** Told of each failure of the server's own (a 5xx), for its operator: a client's mistakes are the client's. */
  readonly log?: (line: string) => void;
}

export interface RunningServer {
  readonly host: string;
  readonly port: number;
  /** Stops listening, ends idle connections, and waits for the requests being answered. */
  close(): Promise<void>;
}

type Handler = (body: Body) => Promise<object>;

/**
 * An OpenAI-compatible HTTP server over one causal LM (node:http, no framework): GET /v1/models,
 * POST /v1/completions and /v1/chat/completions. Every failure is answered in OpenAI's error shape
 * with its message alone — never a stack. Rejects (with the listen error) when it cannot listen.
 */
export async function startServer(model: ServedModel, options: ServeOptions): Promise<RunningServer> {
  const queue = new ModelQueue(model.driver);
  const limit = options.bodyLimit ?? BODY_LIMIT;
  const maxPositions = model.driver.info.maxPositions;
  const started = Math.floor(Date.now() / 1000);
  const routes: Readonly<Record<string, { method: string; handle: Handler }>> = {
    "/v1/models": { method: "GET", handle: async () => modelList(model, started) },
    "/v1/completions": { method: "POST", handle: (body) => completions(body, model, queue) },
    "/v1/chat/completions": { method: "POST", handle: (body) => chatCompletions(body, model, queue, maxPositions) },
  };
  const server = createServer((req, res) => {
    void answer(req, res, routes, limit, options.log);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    host: options.host,
    port: address.port,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await queue.drained();
    },
  };
}

function modelList(model: ServedModel, created: number): object {
  return {
    object: "list",
    data: [{ id: model.id, object: "model", created, owned_by: "trustspec" }],
  };
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  routes: Readonly<Record<string, { method: string; handle: Handler }>>,
  limit: number,
  log: ((line: string) => void) | undefined,
): Promise<void> {
  try {
    const path = new URL(req.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "");
    const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
    if (route === undefined) {
      throw new ApiError(
        404,
        `no such endpoint ${req.method} ${path || "/"}: this server answers GET /v1/models, POST /v1/completions and POST /v1/chat/completions`,
        null,
        "not_found",
      );
    }
    if (req.method !== route.method) {
      res.setHeader("Allow", route.method);
      throw new ApiError(405, `${path} takes ${route.method} requests, not ${req.method}`, null, "method_not_allowed");
    }
    const body = route.method === "POST" ? await readBody(req, limit) : {};
    send(res, 200, await route.handle(body));
  } catch (e) {
    const error = asApiError(e);
    // A refused body may still be arriving: close the connection rather than read it.
    if (error.status === 413) res.setHeader("Connection", "close");
    if (error.status >= 500) log?.(`${req.method} ${req.url}: ${error.status} ${error.message}`);
    send(res, error.status, error.body());
  }
}

/** The JSON object a request carries; 413 past the limit, 400 for anything but a JSON object. */
async function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw bodyTooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw bodyTooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (e) {
    throw new ApiError(
      400,
      `the request body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
      null,
      "invalid_json",
    );
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ApiError(400, "the request body must be a JSON object", null, "invalid_json");
  }
  return parsed as Body;
}

function bodyTooLarge(limit: number): ApiError {
  return new ApiError(413, `the request body is larger than ${limit / 2 ** 20} MB`, null, "request_too_large");
}

/** Any failure as the error a client gets: a model's own error with its fix, anything else by its message only. */
function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof ModelError) return new ApiError(500, `${e.code}: ${e.message} (${e.hint})`, null, e.code);
  return new ApiError(500, `internal error: ${e instanceof Error ? e.message : String(e)}`, null, "internal_error");
}

function send(res: ServerResponse, status: number, body: object): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}
