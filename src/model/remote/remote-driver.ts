import { type RemoteModel, remoteLabel } from "../../spec/remote-model";
import type { ClassifyResult } from "../classify";
import type {
  ChatMessage,
  ClassifyTextRequest,
  GenerateTextRequest,
  ModelDriver,
  ModelInfo,
  ScoreTextRequest,
} from "../driver";
import type { GeneratedSample, GenerateResult } from "../generate";
import { ModelError } from "../model-error";
import type { ScoreResult } from "../score";
import { HttpClient, RemoteRequestError } from "./http-client";
import { remoteModelError } from "./remote-errors";
import { ScoreSplitError, scoreFromEcho } from "./score-split";
import { Semaphore } from "./semaphore";
import { chatChoices, completionChoices, usageOf, WireError } from "./wire";

/** What tests change: how long retries wait. */
export interface RemoteDriverOptions {
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * A model behind an OpenAI-compatible server: `openai-completions` generates and scores through
 * /completions, `openai-chat` generates through /chat/completions. Each call is one request (with
 * `n` samples), at most `max_concurrency` in flight.
 */
export function openRemote(remote: RemoteModel, options: RemoteDriverOptions = {}): ModelDriver {
  return new RemoteDriver(remote, options);
}

class RemoteDriver implements ModelDriver {
  readonly info: ModelInfo;
  readonly concurrency: number;
  private readonly client: HttpClient;
  private readonly slots: Semaphore;
  /** 0 until the server rejects it; then 1, as lm-evaluation-harness sends (the generated token is left out). */
  private scoreMaxTokens = 0;
  /**
   * False until the server answers one choice to `n` > 1 (llama.cpp's server, Ollama, TGI's chat):
   * then every sample is its own request, sample i with seed + i.
   */
  private oneSamplePerRequest = false;

  constructor(
    private readonly remote: RemoteModel,
    options: RemoteDriverOptions,
  ) {
    this.concurrency = remote.maxConcurrency;
    this.slots = new Semaphore(remote.maxConcurrency);
    this.client = new HttpClient(remote.baseUrl, {
      timeoutS: remote.timeoutS,
      maxRetries: remote.maxRetries,
      maxConcurrency: remote.maxConcurrency,
      ...(remote.apiKeyEnv !== undefined ? { apiKeyEnv: remote.apiKeyEnv } : {}),
      ...options,
    });
    this.info = {
      kind: "causal-lm",
      dir: remoteLabel(remote),
      modelType: remote.kind,
      layers: 0,
      vocabSize: 0,
      maxPositions: undefined,
      hasCache: false,
      takesPositionIds: false,
    };
  }

  generate(requests: readonly GenerateTextRequest[]): Promise<GenerateResult[]> {
    return this.each(requests, (r) => this.generateOne(r));
  }

  /**
   * One call's samples: one request with `n`, or — on a server that ignores `n` — one request per
   * sample, sample i seeded with seed + i mod 2^32 (the same seed would give the same text `samples` times).
   */
  private async generateOne(r: GenerateTextRequest): Promise<GenerateResult> {
    const ask = (one: GenerateTextRequest) =>
      this.remote.kind === "openai-chat" ? this.chat(one) : this.complete(one);
    if (!this.oneSamplePerRequest || r.samples === 1) {
      const got = await ask(r);
      if (got.length === r.samples) return samplesOf(got);
      if (got.length !== 1) throw fewerSamples(r.samples, got.length);
      this.oneSamplePerRequest = true;
    }
    const samples: Answered[] = [];
    for (let i = 0; i < r.samples; i++) {
      // Seeds are 32-bit (case seeds are FNV-1a hashes): wrap, as servers with a uint32 seed do.
      const got = await ask({ ...r, samples: 1, seed: (r.seed + i) >>> 0 });
      if (got.length !== 1) throw fewerSamples(1, got.length);
      samples.push(...got);
    }
    return samplesOf(samples);
  }

  score(requests: readonly ScoreTextRequest[]): Promise<ScoreResult[]> {
    if (this.remote.kind === "openai-chat") {
      return Promise.reject(
        new ModelError(
          "MODEL_WRONG_KIND",
          `model ${this.remote.model} at ${this.remote.baseUrl} is a chat endpoint (kind: openai-chat): chat endpoints return no prompt log-probabilities, so it cannot score`,
          this.remote.baseUrl,
          "use kind: openai-completions on the same server to score",
        ),
      );
    }
    const choices = requests.flatMap((r, i) => r.choices.map((choice) => ({ r, i, choice })));
    return this.each(choices, ({ r, choice }) => this.scoreOne(r, choice)).then((scores) => {
      let k = 0;
      return requests.map((r) => ({
        ok: true as const,
        scores: r.choices.map(() => scores[k++] as (typeof scores)[number]),
      }));
    });
  }

  classify(_requests: readonly ClassifyTextRequest[]): Promise<ClassifyResult[]> {
    return Promise.reject(
      new ModelError(
        "MODEL_WRONG_KIND",
        `model ${this.remote.model} at ${this.remote.baseUrl} is a language model, not a classifier`,
        this.remote.baseUrl,
        "classifier judges run ONNX sequence classifiers (a model folder)",
      ),
    );
  }

  async close(): Promise<void> {
    this.client.close();
  }

  /**
   * Runs `one` for every item, at most max_concurrency at once, results in order. After the first
   * failure no further request goes out; the failure is thrown as a ModelError.
   */
  private async each<T, R>(items: readonly T[], one: (item: T) => Promise<R>): Promise<R[]> {
    let failed = false;
    try {
      return await Promise.all(
        items.map((item) =>
          this.slots.use(async () => {
            if (failed) throw new Error("stopped after an earlier failure");
            try {
              return await one(item);
            } catch (e) {
              failed = true;
              throw e;
            }
          }),
        ),
      );
    } catch (e) {
      throw await remoteModelError(e, this.remote, this.client);
    }
  }

  private async complete(r: GenerateTextRequest): Promise<Answered[]> {
    if (r.messages !== undefined) {
      throw new ModelError(
        "MODEL_WRONG_KIND",
        `model ${this.remote.model} at ${this.remote.baseUrl} is a completions endpoint: it takes text, not messages`,
        this.remote.baseUrl,
        "use kind: openai-chat, or name a chat template for it (chat: path/to/template.jinja)",
      );
    }
    const body = await this.client.json("/completions", {
      model: this.remote.model,
      prompt: r.prompt,
      ...decoding(r),
      // vLLM's extension: a prompt a chat template rendered has its BOS already.
      ...(r.addSpecialTokens === false ? { add_special_tokens: false } : {}),
    });
    const choices = completionChoices(body);
    return answered(
      choices.map((c) => ({ text: c.text, finish: c.finishReason, tokens: c.logprobs?.tokens.length })),
      usageOf(body).completionTokens,
    );
  }

  private async chat(r: GenerateTextRequest): Promise<Answered[]> {
    // A prompt: spec on a chat endpoint is one user message.
    const messages: readonly ChatMessage[] = r.messages ?? [{ role: "user", content: r.prompt }];
    const body = await this.client.json("/chat/completions", { model: this.remote.model, messages, ...decoding(r) });
    const choices = chatChoices(body);
    return answered(
      choices.map((c) => ({ text: c.content, finish: c.finishReason, tokens: undefined })),
      usageOf(body).completionTokens,
    );
  }

  private async scoreOne(r: ScoreTextRequest, choice: string) {
    const prompt = r.context + choice;
    const ask = () =>
      this.client.json("/completions", {
        model: this.remote.model,
        prompt,
        max_tokens: this.scoreMaxTokens,
        temperature: 0,
        echo: true,
        logprobs: 1,
        ...(r.addSpecialTokens === false ? { add_special_tokens: false } : {}),
      });
    let body: unknown;
    try {
      body = await ask();
    } catch (e) {
      if (!(this.scoreMaxTokens === 0 && rejectsZeroTokens(e))) throw e;
      this.scoreMaxTokens = 1;
      body = await ask();
    }
    const first = completionChoices(body)[0];
    // A server that ignores echo (llama.cpp's, Ollama) gives the generated token's log-probability
    // alone, which must not pass for the choice's.
    if (first !== undefined && !first.text.startsWith(prompt)) {
      throw new WireError(
        "the answer to echo: true does not start with the prompt: this server does not echo prompts, so it cannot score (vLLM can)",
      );
    }
    if (first?.logprobs === undefined) {
      throw new WireError(
        "the answer to echo: true, logprobs: 1 has no log-probabilities for the prompt (this server cannot score: vLLM can)",
      );
    }
    try {
      return scoreFromEcho(r.context, choice, first.logprobs, r.perToken === true);
    } catch (e) {
      if (e instanceof ScoreSplitError) throw new WireError(e.message);
      throw e;
    }
  }
}

/** The decoding settings of a request as the API names them; vLLM's top_k and stop_token_ids only when set. */
function decoding(r: GenerateTextRequest): Record<string, unknown> {
  return {
    max_tokens: r.maxTokens,
    temperature: r.temperature,
    top_p: r.topP,
    n: r.samples,
    seed: r.seed,
    ...(r.stop.length > 0 ? { stop: r.stop } : {}),
    ...(r.topK > 0 ? { top_k: r.topK } : {}),
    ...(r.stopTokenIds.length > 0 ? { stop_token_ids: r.stopTokenIds } : {}),
  };
}

/** One choice of an answer: its text, why it ended, and its token count when the answer says. */
interface Answered {
  readonly text: string;
  readonly finish: GeneratedSample["finish"];
  readonly tokens?: number;
}

/** An answer's choices; a choice's token count from its logprobs, or the usage when it is the only one. */
function answered(
  got: readonly { text: string; finish: GeneratedSample["finish"]; tokens: number | undefined }[],
  completionTokens: number | undefined,
): Answered[] {
  return got.map((s) => {
    const tokens = s.tokens ?? (got.length === 1 ? completionTokens : undefined);
    return { text: s.text, finish: s.finish, ...(tokens !== undefined ? { tokens } : {}) };
  });
}

function samplesOf(got: readonly Answered[]): GenerateResult {
  return { ok: true, samples: got.map((s) => ({ tokenIds: [], ...s })) };
}

function fewerSamples(asked: number, got: number): WireError {
  return new WireError(`asked for ${asked} samples (n), got ${got} choices`);
}

/** A server (not vLLM) that will not generate 0 tokens says so in a 400 about max_tokens. */
function rejectsZeroTokens(e: unknown): boolean {
  return (
    e instanceof RemoteRequestError &&
    e.failure.kind === "status" &&
    (e.failure.status === 400 || e.failure.status === 422) &&
    /max_tokens/i.test(e.failure.message)
  );
}
