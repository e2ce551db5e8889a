/**
 * An error answered in OpenAI's shape, `{error: {message, type, param, code}}`, with its HTTP status:
 * clients (the openai package, lm-evaluation-harness, promptfoo) read the message from there.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The request field at fault, when there is one. */
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly type: string = status >= 500 ? "server_error" : "invalid_request_error",
  ) {
    super(message);
    this.name = "ApiError";
  }

  body(): { error: { message: string; type: string; param: string | null; code: string | null } } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

/** A 400 naming the field and what it takes. */
export function badField(param: string, wants: string): ApiError {
  return new ApiError(400, `'${param}' must be ${wants}`, param, "invalid_type");
}
