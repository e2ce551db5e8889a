import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";

/** A JSON Schema node as stored in schema/*.schema.json. */
export type SchemaNode = Record<string, unknown>;

/** The schema files ship beside src/ and dist/ (both two levels below the package root). */
export const SCHEMA_DIR = join(__dirname, "..", "..", "schema");

function loadSchema(file: string): SchemaNode & { $id: string } {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")) as SchemaNode & { $id: string };
}

const specSchema = loadSchema("spec.schema.json");
const configSchema = loadSchema("config.schema.json");

export type SchemaKind = "spec" | "config";

export const SCHEMA_IDS: Record<SchemaKind, string> = {
  spec: specSchema.$id,
  config: configSchema.$id,
};

/** The root schema objects; ajv holds the same objects, so errors' `parentSchema` point into them. */
export const SCHEMA_ROOTS: Record<SchemaKind, SchemaNode> = {
  spec: specSchema,
  config: configSchema,
};

/** How every schema of ours is compiled: strict, all errors, union types, discriminators. */
export const AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  discriminator: true,
} as const;

let shared: Ajv | undefined;

/** One ajv instance for the process: both schemas compiled once, annotations allowed. */
export function schemaAjv(): Ajv {
  if (shared) return shared;
  const ajv = new Ajv(AJV_OPTIONS);
  // Annotations of ours: editor and error hints, metric catalog, type generation.
  ajv.addVocabulary(["x-hint", "x-not-message", "x-direction", "x-mode", "tsType"]);
  ajv.addFormat("regex", (s: string) => regexError(s) === undefined);
  ajv.addSchema(specSchema);
  ajv.addSchema(configSchema);
  shared = ajv;
  return ajv;
}

export function validatorFor(kind: SchemaKind): ValidateFunction {
  const v = schemaAjv().getSchema(SCHEMA_IDS[kind]);
  if (!v) throw new Error(`internal: schema ${SCHEMA_IDS[kind]} is not registered`);
  return v;
}

/** Why a text is not a valid JavaScript regular expression, or undefined when it is. */
export function regexError(source: string, flags?: string): string | undefined {
  try {
    new RegExp(source, flags);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Follows a `$ref` inside our schemas (`#/definitions/x` or `spec.schema.json#/definitions/x`,
 * relative or absolute) to the node it names. `base` is the schema the ref was written in.
 */
export function resolveRef(node: SchemaNode, base: SchemaKind = "spec"): SchemaNode {
  let current = node;
  for (let hops = 0; hops < 16; hops++) {
    const ref = current.$ref;
    if (typeof ref !== "string") return current;
    const [file, pointer = ""] = ref.split("#");
    const kind: SchemaKind = file?.endsWith("config.schema.json")
      ? "config"
      : file?.endsWith("spec.schema.json")
        ? "spec"
        : base;
    let target: unknown = SCHEMA_ROOTS[kind];
    for (const part of pointer.split("/").filter(Boolean)) {
      target = (target as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    if (target === undefined || typeof target !== "object") return current;
    current = target as SchemaNode;
    base = kind;
  }
  return current;
}

/**
 * Whether a value matches one definition of the spec schema. Semantic checks use it to run only on
 * parts whose shape is right (the schema errors about the rest are already reported).
 */
export function matchesDefinition(name: string, value: unknown): boolean {
  const validate = schemaAjv().getSchema(`${SCHEMA_IDS.spec}#/definitions/${name}`);
  if (!validate) throw new Error(`internal: no definition ${name} in the spec schema`);
  return validate(value) === true;
}
