import type { GenerateResult } from "./generate";
import type { ScoreResult } from "./score";

/**
 * The contract the rest of trustspec uses to query a model: text in, text or log-likelihoods out.
 * The ONNX causal LM implements it; an HTTP-endpoint driver can implement it later.
 */
export interface GenerateTextRequest {
  readonly prompt: string;
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

export interface ScoreTextRequest {
  readonly context: string;
  /** Each choice is scored as a continuation of the context (write the space: " Yes"). */
  readonly choices: readonly string[];
}

export interface ModelInfo {
  readonly dir: string;
  readonly modelType: string;
  readonly layers: number;
  readonly vocabSize: number;
  readonly maxPositions: number | undefined;
  readonly hasCache: boolean;
  readonly takesPositionIds: boolean;
}

export interface ModelDriver {
  readonly info: ModelInfo;
  generate(requests: readonly GenerateTextRequest[]): Promise<GenerateResult[]>;
  score(requests: readonly ScoreTextRequest[]): Promise<ScoreResult[]>;
  close(): Promise<void>;
}
