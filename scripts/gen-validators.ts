/**
 * Generates src/spec/schema-validators.generated.ts: the validators of schema/spec.schema.json and
 * schema/config.schema.json (and the definitions semantic checks match against), compiled by ajv
 * ahead of time, so that no process pays for compiling them. The file records the digest of the
 * schema files it was made from; a process whose schema files differ compiles them itself instead.
 * `npm run gen:validators` rewrites it, and a test fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { _ } from "ajv";
import standaloneCode from "ajv/dist/standalone";
import { MATCHED_DEFINITIONS, newSchemaAjv, SCHEMA_IDS, schemaDigest } from "../src/spec/schemas";

const out = join(__dirname, "..", "src", "spec", "schema-validators.generated.ts");

export function generateValidators(): string {
  // The formats are functions: the generated code requires them from the module that defines them.
  const ajv = newSchemaAjv({ code: { source: true, esm: true, lines: true, formats: _`require("./schema-formats")` } });
  const exports: Record<string, string> = { spec: SCHEMA_IDS.spec, config: SCHEMA_IDS.config };
  for (const name of MATCHED_DEFINITIONS) exports[name] = `${SCHEMA_IDS.spec}#/definitions/${name}`;
  const code = standaloneCode(ajv, exports).replace(/^"use strict";\n/, "");
  return [
    "/* Generated from schema/spec.schema.json and schema/config.schema.json by `npm run gen:validators`. Do not edit by hand. */",
    "// @ts-nocheck",
    `export const SCHEMA_DIGEST = "${schemaDigest()}";`,
    `${code.trim()}\n`,
  ].join("\n");
}

if (require.main === module) {
  writeFileSync(out, generateValidators());
  process.stdout.write(`wrote ${out}\n`);
}
