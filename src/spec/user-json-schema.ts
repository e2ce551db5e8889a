import { jsonSyntaxError } from "./json-syntax";

export type CompiledSchema =
  | { readonly ok: true; readonly validate: (data: unknown) => boolean }
  | { readonly ok: false; readonly message: string; readonly offset?: number };

const compiled = new Map<string, CompiledSchema>();

/**
 * A `json` judge's JSON Schema compiled with ajv, once per schema text: draft-07 (and the default when
 * `$schema` is absent), 2019-09 or 2020-12, chosen by `$schema`. Formats (`format: email`) are not
 * checked — ajv leaves them to a plugin we do not ship — and unknown keywords are allowed, as most
 * validators allow them. Each schema gets its own ajv, so two schemas may share an `$id`.
 */
export function compileJsonSchema(schema: unknown): CompiledSchema {
  const key = JSON.stringify(schema);
  const cached = compiled.get(key);
  if (cached) return cached;
  const result = compileOnce(schema);
  compiled.set(key, result);
  return result;
}

function compileOnce(schema: unknown): CompiledSchema {
  if (typeof schema !== "boolean" && (schema === null || typeof schema !== "object" || Array.isArray(schema))) {
    return { ok: false, message: "a JSON Schema is an object (or true / false)" };
  }
  const dialect = typeof schema === "object" ? String((schema as Record<string, unknown>).$schema ?? "") : "";
  const options = { strict: false, validateFormats: false, allErrors: false } as const;
  // ajv loads only for a spec with a json judge (about 50 ms of module loading that every other run skips).
  const ajv = dialect.includes("2020-12")
    ? new (require("ajv/dist/2020") as typeof import("ajv/dist/2020")).default(options)
    : dialect.includes("2019-09")
      ? new (require("ajv/dist/2019") as typeof import("ajv/dist/2019")).default(options)
      : new (require("ajv") as typeof import("ajv")).default(options);
  try {
    const validate = ajv.compile(schema as object);
    return { ok: true, validate: (data) => validate(data) === true };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      message: /no schema with key or ref "http:\/\/json-schema.org\/draft-0[34]/.test(message)
        ? `${message} (trustspec checks draft-07, 2019-09 and 2020-12 schemas)`
        : message,
    };
  }
}

/** A schema file's text parsed and compiled; a syntax error says where (its offset in the text). */
export function compileJsonSchemaText(text: string): CompiledSchema {
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (e) {
    const where = jsonSyntaxError(text);
    return {
      ok: false,
      message: `the file is not JSON: ${where?.message ?? (e instanceof Error ? e.message : String(e))}`,
      ...(where ? { offset: where.offset } : {}),
    };
  }
  return compileJsonSchema(schema);
}
