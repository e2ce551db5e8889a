/**
 * Generates src/spec/schema-types.generated.ts from schema/*.schema.json.
 * The JSON Schemas are the single source of truth for the spec and config formats;
 * `npm run gen:types` rewrites the types and a test fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "json-schema-to-typescript";

const root = join(__dirname, "..");
const out = join(root, "src/spec/schema-types.generated.ts");

export async function generateSchemaTypes(): Promise<string> {
  const banner =
    "/* Generated from schema/*.schema.json by `npm run gen:types`. Do not edit by hand. */\n/* eslint-disable */";
  const parts: string[] = [banner];
  for (const file of ["spec.schema.json", "config.schema.json"]) {
    const schema = JSON.parse(readFileSync(join(root, "schema", file), "utf8"));
    const ts = await compile(schema, schema.title, {
      bannerComment: "",
      cwd: join(root, "schema"),
      additionalProperties: false,
      declareExternallyReferenced: file === "spec.schema.json",
      style: { printWidth: 120, semi: true, singleQuote: false },
      unreachableDefinitions: false,
    });
    parts.push(ts.trim());
  }
  return `${parts.join("\n\n")}\n`;
}

if (require.main === module) {
  generateSchemaTypes().then((text) => {
    writeFileSync(out, text);
    process.stdout.write(`wrote ${out}\n`);
  });
}
