import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type Ajv from "ajv";
import type { Options, ValidateFunction } from "ajv";
import { regex } from "./schema-formats";

export { regexError } from "./schema-formats";

/** A JSON Schema node as stored in schema/*.schema.json. */
export type SchemaNode = Record<string, unknown>;

/** The schema files ship beside src/ and dist/ (both two levels below the package root). */
export const SCHEMA_DIR = join(__dirname, "..", "..", "schema");

const specText = readFileSync(join(SCHEMA_DIR, "spec.schema.json"), "utf8");
const configText = readFileSync(join(SCHEMA_DIR, "config.schema.json"), "utf8");
const specSchema = JSON.parse(specText) as SchemaNode & { $id: string };
const configSchema = JSON.parse(configText) as SchemaNode & { $id: string };

export type SchemaKind = "spec" | "config";

export const SCHEMA_IDS: Record<SchemaKind, string> = {
  spec: specSchema.$id,
  config: configSchema.$id,
};

/**
 * The root schema objects. Errors' `schema` and `parentSchema` are these nodes, or (from the
 * precompiled validators) equal copies of them: follow their `$ref`s with resolveRef.
 */
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

/** The definitions of the spec schema that semantic checks match values against (matchesDefinition). */
export const MATCHED_DEFINITIONS = ["dataset", "judge"] as const;

/**
 * A new ajv with both schemas and our annotations and formats: the one the process validates with
 * when the precompiled validators do not fit the schema files, and the one that generates them
 * (scripts/gen-validators.ts, with its `code` options).
 */
export function newSchemaAjv(options: Options = {}): Ajv {
  // Loaded here, not at the top: a run whose schema files match the precompiled validators never compiles one.
  const { default: AjvClass } = require("ajv") as typeof import("ajv");
  const ajv = new AjvClass({ ...AJV_OPTIONS, ...options });
  // Annotations of ours: editor and error hints, metric catalog, type generation.
  ajv.addVocabulary(["x-hint", "x-not-message", "x-direction", "x-mode", "tsType"]);
  ajv.addFormat("regex", regex);
  ajv.addSchema(specSchema);
  ajv.addSchema(configSchema);
  return ajv;
}

/** The digest of both schema files' text, which the precompiled validators record to be checked against. */
export function schemaDigest(spec: string = specText, config: string = configText): string {
  return createHash("sha256").update(spec).update("\0").update(config).digest("hex");
}

let shared: Ajv | undefined;

/**
 * One ajv instance for the process: both schemas compiled once, annotations allowed. Validation itself
 * runs on the precompiled validators; this compiles what they do not hold (the branches of an anyOf
 * that errors are explained with), and everything when the schema files are not the ones they were
 * generated from.
 */
export function schemaAjv(): Ajv {
  shared ??= newSchemaAjv();
  return shared;
}

type Precompiled = Record<SchemaKind | (typeof MATCHED_DEFINITIONS)[number], ValidateFunction>;

let fresh: boolean | undefined;

/**
 * The validators generated from the schema files at build time (`npm run gen:validators`): compiling
 * the spec schema with ajv took about a sixth of a second in every process that validates a spec — each
 * `trustspec run`, and each of its Jest workers. Undefined when the schema files have changed since.
 */
function precompiledValidators(): Precompiled | undefined {
  // Required here: a process that only reads the schemas (the metric catalog) does not load them.
  const precompiled = require("./schema-validators.generated") as typeof import("./schema-validators.generated");
  fresh ??= precompiled.SCHEMA_DIGEST === schemaDigest();
  return fresh ? (precompiled as unknown as Precompiled) : undefined;
}

export function validatorFor(kind: SchemaKind): ValidateFunction {
  const ready = precompiledValidators()?.[kind];
  if (ready) return ready;
  const v = schemaAjv().getSchema(SCHEMA_IDS[kind]);
  if (!v) throw new Error(`internal: schema ${SCHEMA_IDS[kind]} is not registered`);
  return v;
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
export function matchesDefinition(name: (typeof MATCHED_DEFINITIONS)[number], value: unknown): boolean {
  const validate = precompiledValidators()?.[name] ?? schemaAjv().getSchema(`${SCHEMA_IDS.spec}#/definitions/${name}`);
  if (!validate) throw new Error(`internal: no definition ${name} in the spec schema`);
  return validate(value) === true;
}
