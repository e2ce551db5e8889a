import { DEFAULT_LIMITS, diskFiles } from "../spec/file-access";
import type { JudgeJson } from "../spec/schema-types.generated";
import { compileJsonSchema, compileJsonSchemaText } from "../spec/user-json-schema";
import { type CheckVerdict, passVerdict } from "./verdict";

/**
 * A `json` judge, ready to judge: its schema (inline, or the file its absolute path names) compiled
 * once; each output passes when it parses as JSON and, with a schema, is valid against it.
 */
export function jsonJudge(judge: JudgeJson): (output: string) => CheckVerdict {
  const schema = judge.schema;
  const compiled =
    schema === undefined
      ? undefined
      : typeof schema === "string"
        ? compileJsonSchemaText(diskFiles.read(schema, { maxBytes: DEFAULT_LIMITS.specBytes }))
        : compileJsonSchema(schema);
  if (compiled && !compiled.ok) {
    throw new Error(
      `json judge: the schema${typeof schema === "string" ? ` ${schema}` : ""} does not compile: ${compiled.message}`,
    );
  }
  return (output) => {
    let data: unknown;
    try {
      data = JSON.parse(output);
    } catch {
      return passVerdict(false);
    }
    return passVerdict(compiled === undefined || compiled.validate(data));
  };
}
