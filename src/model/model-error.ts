/** Problems loading or running a model, each naming the file and the fix. */
export type ModelErrorCode =
  | "MODEL_DIR_NOT_FOUND"
  | "MODEL_ONNX_MISSING"
  | "MODEL_ONNX_CORRUPT"
  /** A dtype (`dtype:`, `--dtype`) whose files the folder does not hold. */
  | "MODEL_DTYPE_MISSING"
  /** An ONNX file whose external weights (`model.onnx_data`…) are not beside it. */
  | "MODEL_DATA_MISSING"
  /** onnxruntime's CPU provider has no kernel for an operator of the file (often in float16 or GPU-made graphs). */
  | "MODEL_OP_UNSUPPORTED"
  /** The GPU's execution provider cannot be set up (its libraries, the driver, the device). */
  | "MODEL_PROVIDER_UNAVAILABLE"
  | "MODEL_CONFIG_MISSING"
  | "MODEL_CONFIG_INVALID"
  | "TOKENIZER_MISSING"
  | "TOKENIZER_INVALID"
  | "MODEL_INPUTS_UNKNOWN"
  /** A classifier asked to generate or score, or a causal LM asked to classify. */
  | "MODEL_WRONG_KIND"
  | "TOKEN_BEYOND_LOGITS"
  /** A model behind a server: the server cannot be reached (refused, no such host). */
  | "MODEL_REMOTE_UNREACHABLE"
  /** The server refused the API key (401/403), or wants one and got none. */
  | "MODEL_REMOTE_UNAUTHORIZED"
  /** The server serves no model of the configured name (or base_url is not its API root). */
  | "MODEL_REMOTE_NOT_SERVED"
  /** The server kept failing (429, 5xx, timeouts, resets) through every retry. */
  | "MODEL_REMOTE_FAILED"
  /** The server rejected a request (400, 422…): a setting it does not take. */
  | "MODEL_REMOTE_REJECTED"
  /** The server's answer is not what the OpenAI API promises. */
  | "MODEL_REMOTE_INVALID"
  /** A chat template that cannot be read, parsed or rendered (not one that refuses a conversation). */
  | "CHAT_TEMPLATE_INVALID";

export class ModelError extends Error {
  constructor(
    readonly code: ModelErrorCode,
    message: string,
    /** The file (or directory) the problem is in. */
    readonly file: string,
    /** What to do about it. */
    readonly hint: string,
  ) {
    super(message);
    this.name = "ModelError";
  }
}
