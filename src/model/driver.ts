import type { ClassifyResult, ScoreActivation } from "./classify";
import type { GenerateResult } from "./generate";
import type { ScoreResult } from "./score";
import type { TokenLogprobsRequest, TokenLogprobsResult } from "./token-logprobs";

/**
 * The contract the rest of trustspec uses to query a model: text in, text, log-likelihoods or label
 * scores out. The ONNX causal LM, the ONNX sequence classifier and a model behind an OpenAI-compatible
 * server (model/remote/) implement it. A model of the wrong kind rejects with MODEL_WRONG_KIND.
 */
export interface GenerateTextRequest {
  /** The text to continue; empty when `messages` is given. */
  readonly prompt: string;
  /**
   * A conversation as it is, for a chat endpoint (kind: openai-chat), whose server applies its own
   * template. Local models never get one: their template renders the conversation into `prompt`.
   */
  readonly messages?: readonly ChatMessage[];
  /**
   * False for a prompt a chat template rendered: the template writes its own BOS and turn markers,
   * so it is encoded as apply_chat_template(tokenize=True) encodes it, without the tokenizer adding
   * special tokens again. Default true (plain text, as tokenizer_config.json says).
   */
  readonly addSpecialTokens?: boolean;
  readonly maxTokens: number;
  /** 0 is greedy. */
  readonly temperature: number;
  /** 0 is off. */
  readonly topK: number;
  /** 1 is off. */
  readonly topP: number;
  readonly samples: number;
  /** The same seed gives the same text, whatever the batch size or request order. */
  readonly seed: number;
  readonly stop: readonly string[];
  /** Token ids that end generation besides the model's EOS. */
  readonly stopTokenIds: readonly number[];
}

/** One message of a conversation sent to a chat endpoint. */
export interface ChatMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

export interface ScoreTextRequest {
  readonly context: string;
  /** As {@link GenerateTextRequest.addSpecialTokens}, for the context (a rendered conversation). */
  readonly addSpecialTokens?: boolean;
  /** Each choice is scored as a continuation of the context (write the space: " Yes"). */
  readonly choices: readonly string[];
  /** Also give each choice token's id and log-probability (ContinuationScore.perToken). */
  readonly perToken?: boolean;
}

export interface ClassifyTextRequest {
  readonly text: string;
  /** The second text of a sentence pair (NLI, paraphrase); type id 1 where the model takes type ids. */
  readonly textPair?: string;
}

export type ModelKind = "causal-lm" | "classifier";

interface CommonInfo {
  readonly dir: string;
  readonly modelType: string;
  readonly layers: number;
  readonly vocabSize: number;
  readonly maxPositions: number | undefined;
  /** Whether the export keeps a KV cache (always false for a classifier). */
  readonly hasCache: boolean;
  /** Whether the export takes position_ids (always false for a classifier). */
  readonly takesPositionIds: boolean;
}

export interface CausalLMInfo extends CommonInfo {
  readonly kind: "causal-lm";
}

export interface ClassifierInfo extends CommonInfo {
  readonly kind: "classifier";
  /** Label names in id order (config.json id2label, or LABEL_0… when it has none: see labelSource). */
  readonly labels: readonly string[];
  readonly labelSource: "id2label" | "default";
  /** How logits become scores: softmax (single-label), sigmoid (multi-label) or none (regression). */
  readonly activation: ScoreActivation;
  /** Tokens per input at most; longer inputs are truncated (and flagged) to fit. */
  readonly maxLength: number | undefined;
  readonly takesTokenTypeIds: boolean;
}

/** What a loaded model is; `kind` says which requests it answers. */
export type ModelInfo = CausalLMInfo | ClassifierInfo;

export interface ModelDriver {
  readonly info: ModelInfo;
  /**
   * Set by a driver that answers each call on its own, up to this many at once (a server): the run
   * then hands it calls one by one as slots free up, and stores each result when it comes. Absent: the
   * driver batches the calls it is given.
   */
  readonly concurrency?: number;
  generate(requests: readonly GenerateTextRequest[]): Promise<GenerateResult[]>;
  score(requests: readonly ScoreTextRequest[]): Promise<ScoreResult[]>;
  classify(requests: readonly ClassifyTextRequest[]): Promise<ClassifyResult[]>;
  /**
   * Each token of a text with its log-probability given the tokens before it and the most likely
   * tokens there (`trustspec serve`'s echo with logprobs). Only a local causal LM has it.
   */
  tokenLogprobs?(requests: readonly TokenLogprobsRequest[]): Promise<TokenLogprobsResult[]>;
  close(): Promise<void>;
}
