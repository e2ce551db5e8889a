import { ApiError, badField } from "./api-error";
import type { Body } from "./sampling-params";
import type { ServedModel } from "./served-model";

/** A request's `model` must be the served one (absent means it, as vLLM takes it); another is a 404 naming it. */
export function checkModel(body: Body, model: ServedModel): void {
  const asked = body.model;
  if (asked === undefined || asked === null) return;
  if (typeof asked !== "string") throw badField("model", "a string (the served model's id)");
  if (asked !== model.id) {
    throw new ApiError(
      404,
      `The model '${asked}' does not exist: this server serves '${model.id}' (GET /v1/models lists it)`,
      "model",
      "model_not_found",
    );
  }
}
