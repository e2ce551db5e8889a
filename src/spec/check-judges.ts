import { isRecord } from "./check-context";
import { loadJudgeModule } from "./judge-module";
import type { ProblemCode } from "./problem";
import type { FileRole } from "./read-problem";
import { regexError } from "./schemas";
import { compileJsonSchema, compileJsonSchemaText } from "./user-json-schema";
import type { PathSegment } from "./yaml-locate";

/** Where a judge is written (a spec, or the config's judges): how its checks report and read files. */
export interface JudgeSite {
  /** A problem at a path of the document that holds the judge. */
  report(code: ProblemCode, message: string, path: readonly PathSegment[], hint: string): void;
  /** Whether a path the judge names stays inside the project (reporting when it does not). */
  confined(written: string, path: readonly PathSegment[]): boolean;
  /** A file the judge names, relative to the document; undefined after reporting why it cannot be read. */
  read(written: string, path: readonly PathSegment[], role: FileRole): { file: string; text: string } | undefined;
  /** A problem at an offset inside a file the judge names. */
  reportInFile(file: string, text: string, code: ProblemCode, message: string, start: number, hint: string): void;
}

const MODULE_FILE: FileRole = {
  noun: "judge module",
  limitKey: "limits.spec_file_mb",
  missingCode: "FILE_NOT_FOUND",
  missingHint: "the path is relative to the file that names the judge",
};
const SCHEMA_FILE: FileRole = { ...MODULE_FILE, noun: "JSON Schema file" };
const SCHEMA_HINT = "fix the schema: trustspec compiles it with ajv (JSON Schema draft-07, 2019-09 or 2020-12)";

/**
 * What a judge's shape cannot show, checked where it is written, for the judge and every judge inside
 * it: patterns that do not compile with their flags, JSON Schemas that do not compile, module files that
 * do not load or export no function (loading one runs it, as Jest runs a jest.config.ts), paths that
 * leave the project, and contains labels where only pass / fail makes sense. Runs on what the schema
 * let through; anything else about the shape is already a schema problem.
 */
export function checkJudgeTree(site: JudgeSite, judge: unknown, path: readonly PathSegment[], inside = false): void {
  if (!isRecord(judge)) return;
  const at = (...rest: PathSegment[]) => [...path, ...rest];
  checkMeasured(site, judge.measured, at("measured"), inside);
  switch (judge.kind) {
    case "regex": {
      // Flags the schema refuses (g, a repeated one) are its problem; the pattern is checked with valid ones only.
      const flags = typeof judge.flags === "string" ? judge.flags : "";
      if (!/^(?!.*(.).*\1)[imsu]*$/.test(flags)) return;
      const reason = typeof judge.pattern === "string" ? regexError(judge.pattern, flags) : undefined;
      if (reason !== undefined) {
        site.report(
          "BAD_FORMAT",
          `the pattern is not a valid regular expression${flags ? ` with flags "${flags}"` : ""}: ${reason}`,
          at("pattern"),
          "write a JavaScript regular expression without the surrounding slashes; escape \\ as \\\\ inside double quotes",
        );
      }
      return;
    }
    case "contains":
      if (inside && (judge.then !== undefined || judge.else !== undefined)) {
        site.report(
          "BAD_VALUE",
          "inside not, all_of or any_of a contains judge passes or fails: then / else label outputs for a vertical's metrics",
          at(judge.then !== undefined ? "then" : "else"),
          "drop then and else: the output passes when it contains text (or any, or all)",
        );
      }
      return;
    case "classifier":
    case "toxicity-classifier":
      if (typeof judge.path === "string") site.confined(judge.path, at("path"));
      return;
    case "module":
      if (typeof judge.path === "string") checkModule(site, judge.path, judge.export, at);
      return;
    case "json":
      checkSchema(site, judge.schema, at("schema"));
      return;
    case "not":
      checkJudgeTree(site, judge.judge, at("judge"), true);
      return;
    case "all_of":
    case "any_of":
      if (Array.isArray(judge.judges)) {
        for (const [i, j] of judge.judges.entries()) checkJudgeTree(site, j, at("judges", i), true);
      }
      return;
    default:
      return;
  }
}

/** A judge's measured error: counts that can be, on the judge whose decisions a metric reads. */
function checkMeasured(site: JudgeSite, measured: unknown, at: readonly PathSegment[], inside: boolean): void {
  if (!isRecord(measured)) return;
  if (inside) {
    site.report(
      "BAD_VALUE",
      "measured: on a judge inside not, all_of or any_of is not used: a metric's correction reads the outer judge's decisions",
      at,
      "measure the whole judge on a labelled set and put measured: on the outermost one",
    );
    return;
  }
  for (const [rate, count] of [
    ["sensitivity", "detected"],
    ["specificity", "cleared"],
  ] as const) {
    const r = measured[rate];
    if (!isRecord(r) || typeof r[count] !== "number" || typeof r.of !== "number" || r[count] <= r.of) continue;
    site.report(
      "BAD_VALUE",
      `${rate}.${count} is ${r[count]}, more than the ${r.of} outputs it is out of`,
      [...at, rate, count],
      `${count} counts the ${rate === "sensitivity" ? "truly positive" : "truly negative"} outputs of the labelled set that the judge got right: at most of`,
    );
  }
}

function checkModule(
  site: JudgeSite,
  written: string,
  exportName: unknown,
  at: (...rest: PathSegment[]) => PathSegment[],
): void {
  if (!site.confined(written, at("path"))) return;
  const read = site.read(written, at("path"), MODULE_FILE);
  if (read === undefined) return;
  const loaded = loadJudgeModule(read.file, read.text, typeof exportName === "string" ? exportName : undefined);
  if (loaded.ok) return;
  const where = loaded.stage === "export" && exportName !== undefined ? at("export") : at("path");
  site.report("JUDGE_MODULE_INVALID", loaded.message, where, loaded.hint);
}

function checkSchema(site: JudgeSite, schema: unknown, at: PathSegment[]): void {
  if (schema === undefined) return;
  if (typeof schema === "string") {
    if (!site.confined(schema, at)) return;
    const read = site.read(schema, at, SCHEMA_FILE);
    if (read === undefined) return;
    const compiled = compileJsonSchemaText(read.text);
    if (compiled.ok) return;
    if (compiled.offset !== undefined) {
      site.reportInFile(read.file, read.text, "JSON_SCHEMA_INVALID", compiled.message, compiled.offset, SCHEMA_HINT);
    } else {
      site.report(
        "JSON_SCHEMA_INVALID",
        `the JSON Schema in ${schema} does not compile: ${compiled.message}`,
        at,
        SCHEMA_HINT,
      );
    }
    return;
  }
  if (!isRecord(schema)) return;
  const compiled = compileJsonSchema(schema);
  if (!compiled.ok)
    site.report("JSON_SCHEMA_INVALID", `the JSON Schema does not compile: ${compiled.message}`, at, SCHEMA_HINT);
}
