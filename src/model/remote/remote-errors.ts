import type { RemoteModel } from "../../spec/remote-model";
import { didYouMean } from "../../spec/suggest";
import { ModelError } from "../model-error";
import { describeFailure, type HttpClient, RemoteRequestError } from "./http-client";
import { modelIds, WireError } from "./wire";

/**
 * A failed request as a ModelError naming the endpoint, what the server said and what to do (exit 3).
 * Never the API key: only the name of its variable.
 */
export async function remoteModelError(e: unknown, remote: RemoteModel, client: HttpClient): Promise<unknown> {
  if (e instanceof WireError) {
    return new ModelError(
      "MODEL_REMOTE_INVALID",
      `the server at ${remote.baseUrl} gave an answer that is not the OpenAI API's: ${e.message}`,
      remote.baseUrl,
      "check that base_url is an OpenAI-compatible API root (vLLM, TGI, llama.cpp's server, Ollama: …/v1)",
    );
  }
  if (!(e instanceof RemoteRequestError)) return e;
  const { failure, url } = e;
  const said = describeFailure(failure);
  if (failure.kind === "connection" && !["ECONNRESET", "EPIPE", "ECONNABORTED", "ETIMEDOUT"].includes(failure.code)) {
    return new ModelError(
      "MODEL_REMOTE_UNREACHABLE",
      `cannot reach the server of model ${remote.model} at ${url}: ${said}`,
      remote.baseUrl,
      "start the server, or check base_url in trustspec.config.yaml (the API root, e.g. http://localhost:8000/v1)",
    );
  }
  if (failure.kind === "status" && (failure.status === 401 || failure.status === 403)) {
    const env = remote.apiKeyEnv;
    const hint =
      env === undefined
        ? "the server wants an API key: put it in an environment variable and name that variable in the model's api_key_env: in trustspec.config.yaml"
        : process.env[env]
          ? `the key in the environment variable ${env} was not accepted: set ${env} to a key this server takes`
          : `the environment variable ${env} (api_key_env) is not set: set it to the server's API key`;
    return new ModelError(
      "MODEL_REMOTE_UNAUTHORIZED",
      `the server at ${url} refused the request: ${said}`,
      remote.baseUrl,
      hint,
    );
  }
  if (failure.kind === "status" && notServed(failure.status, failure.message)) {
    return notServedError(remote, client, said);
  }
  if (failure.kind === "status" && failure.status >= 400 && failure.status < 500 && failure.status !== 429) {
    return new ModelError(
      "MODEL_REMOTE_REJECTED",
      `the server at ${url} rejected the request for model ${remote.model}: ${said}`,
      remote.baseUrl,
      "the server does not take a setting of this spec (max_tokens beyond its context, top_k or stop_token_ids on a server without vLLM's extensions…): change the spec's generate: settings or the server's",
    );
  }
  const tries = e.attempts === 1 ? "1 attempt" : `${e.attempts} attempts`;
  return new ModelError(
    "MODEL_REMOTE_FAILED",
    `the server at ${url} failed for model ${remote.model} after ${tries}: ${said}`,
    remote.baseUrl,
    "look at the server's logs; max_retries and timeout_s on the model in trustspec.config.yaml say how long trustspec keeps trying (results so far are kept in the cache: a rerun asks only for the rest)",
  );
}

/** vLLM answers 404 "The model `x` does not exist."; others 400 or 404 with words to that effect. */
function notServed(status: number, message: string): boolean {
  if (status === 404) return true;
  return status === 400 && /model/i.test(message) && /(not exist|not found|unknown|no such)/i.test(message);
}

/** Asks the server which models it serves, to say which was meant. */
async function notServedError(remote: RemoteModel, client: HttpClient, said: string): Promise<ModelError> {
  let ids: string[] | undefined;
  let listing = "";
  try {
    ids = modelIds(await client.json("/models"));
  } catch (e) {
    listing = e instanceof RemoteRequestError ? describeFailure(e.failure) : String(e);
  }
  if (ids === undefined || ids.length === 0) {
    return new ModelError(
      "MODEL_REMOTE_NOT_SERVED",
      `the server at ${remote.baseUrl} has no model ${remote.model}, or base_url is not its API root: ${said}`,
      remote.baseUrl,
      `check base_url (the API root, ending in /v1 for vLLM and most servers: GET ${remote.baseUrl}/models answered ${listing || "no models"}) and the model's name`,
    );
  }
  const guess = didYouMean(remote.model, ids, "models it serves");
  const listed = ids.length > 10 ? `${ids.slice(0, 10).join(", ")} and ${ids.length - 10} more` : ids.join(", ");
  return new ModelError(
    "MODEL_REMOTE_NOT_SERVED",
    `the server at ${remote.baseUrl} serves no model named "${remote.model}" (it serves ${listed}): ${said}`,
    remote.baseUrl,
    `${guess.endsWith("?") ? guess : `${guess}.`} Set model: in trustspec.config.yaml to the id GET ${remote.baseUrl}/models lists`,
  );
}
