import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the fake server got it. */
export interface Received {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: Record<string, unknown> | undefined;
}

/** What a handler answers: a status and JSON body (and headers), or "reset" to drop the connection, or "hang" to never answer. */
export type Answer =
  | {
      readonly status: number;
      readonly body: unknown;
      readonly headers?: Record<string, string>;
      readonly delayMs?: number;
    }
  | "reset"
  | "hang";

export type Handler = (request: Received, index: number) => Answer | Promise<Answer>;

/**
 * An OpenAI-compatible server in the test process, on a free port, that answers as `handler` says:
 * it records every request and the most requests it had in flight at once.
 */
export class FakeOpenAIServer {
  readonly received: Received[] = [];
  maxInFlight = 0;
  private inFlight = 0;
  private readonly server: Server;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(public handler: Handler) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  /** Listens on `port` (default: a free one) and gives the base URL. */
  async start(port = 0): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Requests to one path (`/completions`, `/chat/completions`, `/models`). */
  to(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const request: Received = {
      method: req.method ?? "",
      path: (req.url ?? "").replace(/^\/v1/, ""),
      authorization: req.headers.authorization,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
    };
    const index = this.received.length;
    this.received.push(request);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const done = () => {
      this.inFlight -= 1;
    };
    const answer = await this.handler(request, index);
    if (answer === "reset") {
      done();
      req.socket.destroy();
      return;
    }
    if (answer === "hang") {
      res.on("close", done);
      return;
    }
    const send = () => {
      done();
      res.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      res.end(JSON.stringify(answer.body));
    };
    if (answer.delayMs === undefined) send();
    else {
      const t = setTimeout(() => {
        this.timers.delete(t);
        send();
      }, answer.delayMs);
      this.timers.add(t);
    }
  }
}

/** A completion answer with one choice per text. */
export function completion(texts: readonly string[], finish = "length"): Answer {
  return {
    status: 200,
    body: {
      id: "cmpl-1",
      object: "text_completion",
      created: 0,
      model: "m",
      choices: texts.map((text, index) => ({ index, text, finish_reason: finish, logprobs: null })),
      usage: { prompt_tokens: 3, completion_tokens: 2 * texts.length, total_tokens: 3 + 2 * texts.length },
    },
  };
}

/**
 * An echo answer for `prompt`, split into tokens of `size` characters (the first with a null
 * log-probability, as servers give), each token's log-probability -0.5 and its top-1 itself.
 */
export function echo(prompt: string, size = 3): Answer {
  const tokens: string[] = [];
  for (let i = 0; i < prompt.length; i += size) tokens.push(prompt.slice(i, i + size));
  const offsets = tokens.map((_, i) => i * size);
  return {
    status: 200,
    body: {
      object: "text_completion",
      choices: [
        {
          index: 0,
          text: prompt,
          finish_reason: "length",
          logprobs: {
            tokens,
            token_logprobs: tokens.map((_, i) => (i === 0 ? null : -0.5)),
            top_logprobs: tokens.map((t, i) => (i === 0 ? null : { [t]: -0.5 })),
            text_offset: offsets,
          },
        },
      ],
      usage: { prompt_tokens: tokens.length, completion_tokens: 0, total_tokens: tokens.length },
    },
  };
}

export function errorAnswer(status: number, message: string, headers?: Record<string, string>): Answer {
  return {
    status,
    body: { error: { message, type: "error", param: null, code: status } },
    ...(headers ? { headers } : {}),
  };
}
