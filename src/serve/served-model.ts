import type { PlanMessage } from "../compile/plan";
import type { ModelDriver } from "../model/driver";
import type { TextTokenizer } from "../model/tokenizer";
import { ApiError } from "./api-error";

/** The model a server answers for, and what its endpoints need besides the driver. */
export interface ServedModel {
  /** The id clients name it by (GET /v1/models, a request's `model`). */
  readonly id: string;
  /** A causal LM: it generates and gives prompt log-probs (ModelDriver.tokenLogprobs). */
  readonly driver: ModelDriver;
  /** The driver's tokenizer, to count the tokens of prompts as the driver encodes them. */
  readonly tokenizer: TextTokenizer;
  /**
   * The conversation as the model's chat template writes it, up to the assistant's turn (the
   * generation prompt); an {@link ApiError} (400) when the model has no template or it refuses the
   * conversation.
   */
  readonly renderChat: (messages: readonly PlanMessage[]) => string;
}

/** Tokens a prompt is fed as: its encoding, or the start token alone for an empty one (as the driver feeds it). */
export function promptTokenCount(model: ServedModel, prompt: string, addSpecialTokens = true): number {
  return Math.max(1, model.tokenizer.encode(prompt, { addSpecialTokens }).length);
}

/** A chat renderer's failure as the 400 a client gets. */
export function chatUnavailable(message: string): ApiError {
  return new ApiError(400, message, "messages", "chat_template_unavailable");
}
