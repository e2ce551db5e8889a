import type { GenerateTextRequest, ModelDriver } from "../model/driver";
import type { GenerateResult } from "../model/generate";
import type { TokenLogprobsRequest, TokenLogprobsResult } from "../model/token-logprobs";

interface Job<R, T> {
  readonly request: R;
  readonly resolve: (result: T) => void;
  readonly reject: (error: unknown) => void;
}

type Kind = "generate" | "logprobs";

/**
 * One model answers one call at a time: requests that arrive while it is busy wait, and those
 * waiting together go to the driver in one call (it batches them; its results do not depend on
 * what shares a call). Generation and prompt log-probs take turns, oldest kind first.
 */
export class ModelQueue {
  private readonly waiting: { kind: Kind; job: Job<unknown, unknown> }[] = [];
  private busy = false;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly driver: ModelDriver,
    /** Requests per driver call at most. */
    private readonly maxBatch = 64,
  ) {}

  generate(request: GenerateTextRequest): Promise<GenerateResult> {
    return this.push("generate", request) as Promise<GenerateResult>;
  }

  tokenLogprobs(request: TokenLogprobsRequest): Promise<TokenLogprobsResult> {
    return this.push("logprobs", request) as Promise<TokenLogprobsResult>;
  }

  /** Resolves when every request queued so far has been answered. */
  drained(): Promise<void> {
    return this.idle;
  }

  private push(kind: Kind, request: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ kind, job: { request, resolve, reject } });
      if (!this.busy) this.idle = this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.busy = true;
    // Requests parsed in the same turn of the event loop (one HTTP request's prompts, or several
    // clients' at once) join the first call.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) {
      const kind = (this.waiting[0] as { kind: Kind }).kind;
      const batch: Job<unknown, unknown>[] = [];
      for (let i = 0; i < this.waiting.length && batch.length < this.maxBatch; ) {
        const w = this.waiting[i] as { kind: Kind; job: Job<unknown, unknown> };
        if (w.kind === kind) {
          batch.push(w.job);
          this.waiting.splice(i, 1);
        } else i++;
      }
      try {
        const requests = batch.map((j) => j.request);
        const results =
          kind === "generate"
            ? await this.driver.generate(requests as GenerateTextRequest[])
            : await this.logprobs(requests as TokenLogprobsRequest[]);
        for (const [i, j] of batch.entries()) j.resolve(results[i]);
      } catch (e) {
        for (const j of batch) j.reject(e);
      }
    }
    this.busy = false;
  }

  private logprobs(requests: TokenLogprobsRequest[]): Promise<TokenLogprobsResult[]> {
    if (this.driver.tokenLogprobs === undefined)
      throw new Error("internal: the served model gives no prompt log-probs");
    return this.driver.tokenLogprobs(requests);
  }
}
