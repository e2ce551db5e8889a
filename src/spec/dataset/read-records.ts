import { cutData, quoteData } from "../excerpt";
import { jsonSyntaxError } from "../json-syntax";
import { type Problem, problemsFor } from "../problem";
import { parseCsv } from "./csv";
import { getPath } from "./field-path";
import type { DataFormat } from "./format";
import { elementStarts, skipWhitespace, valueAt } from "./json-offsets";

/** One record of a dataset file, before its fields are mapped. */
export interface DataRecord {
  /** Position among the records read, from 0. */
  readonly index: number;
  /** Offset in the data file's text where the record begins. */
  readonly start: number;
  readonly value: Record<string, unknown>;
}

export interface RecordsResult {
  readonly records: DataRecord[];
  /** Problems in the data file, positioned by offsets into its text. */
  readonly problems: Problem[];
}

/** How many problems of one kind are listed before the rest are summed up in one. */
export const MAX_LISTED = 20;

/**
 * The records of a dataset file's text. Every problem found is reported, not only the first; a record
 * that cannot be read is left out. `recordsPath` (JSON only) is the dotted path to the list of records.
 */
export function readRecords(file: string, text: string, format: DataFormat, recordsPath?: string): RecordsResult {
  switch (format) {
    case "jsonl":
      return readJsonl(file, text);
    case "csv":
      return readCsv(file, text);
    case "json":
      return readJson(file, text, recordsPath);
  }
}

/** The first `MAX_LISTED` problems, then one that says how many more there are, positioned at the first left out. */
export function capProblems(problems: readonly Problem[], file: string, noun: string): Problem[] {
  if (problems.length <= MAX_LISTED) return [...problems];
  const rest = problems.length - MAX_LISTED;
  const first = problems[MAX_LISTED];
  const summary = problemsFor(file, { dataFile: true })(
    first?.code ?? "DATASET_PARSE",
    `${rest} more ${noun} not listed`,
    {
      ...(first?.start !== undefined ? { start: first.start } : {}),
      hint: "fix the ones listed and run again to see the rest",
    },
  );
  return [...problems.slice(0, MAX_LISTED), summary];
}

function readJsonl(file: string, text: string): RecordsResult {
  const problem = problemsFor(file, { dataFile: true });
  if (!text.includes("\n") && /\r(?!\n)/.test(text.trimEnd())) {
    // Old Mac line endings: JSON.parse takes a lone CR for a space, so the records would run together.
    return {
      records: [],
      problems: [
        problem(
          "FILE_CR_LINE_ENDINGS",
          "the file's lines end with a lone carriage return (CR, old Mac line endings), not a line feed",
          { start: 0, end: 0, hint: "save the file with LF (or CRLF) line endings: JSONL holds one record per line" },
        ),
      ],
    };
  }
  const records: DataRecord[] = [];
  const bad: Problem[] = [];
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const contentEnd = text.charCodeAt(lineEnd - 1) === 13 && lineEnd > lineStart ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, contentEnd);
    const valueStart = skipWhitespace(text, lineStart);
    if (valueStart < contentEnd) {
      const parsed = parseJson(line);
      if (!parsed.ok) {
        const at = lineStart + errorOffset(parsed, line);
        bad.push(
          problem("DATASET_PARSE", `line is not valid JSON: ${parsed.reason}`, {
            start: at,
            end: Math.max(at, contentEnd),
            hint: "each line of a JSONL file must be one JSON object",
          }),
        );
      } else if (!isObject(parsed.value)) {
        bad.push(
          problem("DATASET_PARSE", `each line must be a JSON object, got ${kindOf(parsed.value)}`, {
            start: valueStart,
            end: contentEnd,
            hint: 'write one object of fields per line, e.g. {"prompt": "…"}',
          }),
        );
      } else {
        records.push({ index: records.length, start: valueStart, value: parsed.value });
      }
    }
    lineStart = lineEnd + 1;
  }
  return { records, problems: capProblems(bad, file, "bad lines") };
}

function readCsv(file: string, text: string): RecordsResult {
  const problem = problemsFor(file, { dataFile: true });
  const table = parseCsv(text);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const name of table.header) {
    if (seen.has(name) && !reported.has(name)) {
      reported.add(name);
      problems.push(
        problem("DATASET_PARSE", `column ${quoteData(name)} appears more than once in the header`, {
          start: table.headerStart,
          hint: "give every column a distinct name",
        }),
      );
    }
    seen.add(name);
  }
  if (table.error !== undefined) {
    problems.push(
      problem("DATASET_PARSE", table.error.message, {
        start: table.error.start,
        hint: 'quote fields that contain commas, quotes or line breaks, and write a quote inside them as ""',
      }),
    );
  }
  const records = table.rows.map((row, index) => ({
    index,
    start: row.start,
    value: Object.fromEntries(table.header.map((name, i) => [name, row.cells[i]])),
  }));
  return { records, problems };
}

function readJson(file: string, text: string, recordsPath: string | undefined): RecordsResult {
  const problem = problemsFor(file, { dataFile: true });
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = text.slice(base);
  const parsed = parseJson(body);
  if (!parsed.ok) {
    const at = base + errorOffset(parsed, body);
    const hint = "the file must be one JSON value: a list of objects, or an object with records: naming the list";
    return {
      records: [],
      problems: [problem("DATASET_PARSE", `file is not valid JSON: ${parsed.reason}`, { start: at, hint })],
    };
  }
  const top = skipWhitespace(text, base);
  let selected: unknown = parsed.value;
  let at = top;
  if (recordsPath !== undefined) {
    const found = getPath(parsed.value, recordsPath);
    if (!found.found) {
      const message = `records: ${JSON.stringify(recordsPath)} is not in the file`;
      return {
        records: [],
        problems: [problem("DATASET_PARSE", message, { start: top, hint: recordsHint(parsed.value) })],
      };
    }
    selected = found.value;
    at = valueAt(text, top, recordsPath.split(".")) ?? top;
  }
  if (!Array.isArray(selected)) {
    const what = recordsPath === undefined ? "the top level of the file" : `records: ${JSON.stringify(recordsPath)}`;
    const message = `${what} is ${kindOf(selected)}, not a list of records`;
    return {
      records: [],
      problems: [problem("DATASET_PARSE", message, { start: at, hint: recordsHint(parsed.value) })],
    };
  }
  const starts = elementStarts(text, at);
  const records: DataRecord[] = [];
  const bad: Problem[] = [];
  selected.forEach((value: unknown, i) => {
    const start = starts[i] ?? at;
    if (isObject(value)) {
      records.push({ index: records.length, start, value });
    } else {
      bad.push(
        problem("DATASET_PARSE", `each record must be a JSON object, got ${kindOf(value)}`, {
          start,
          hint: 'records are objects of fields, e.g. {"question": "…"}',
        }),
      );
    }
  });
  return { records, problems: capProblems(bad, file, "bad records") };
}

/** What to set `records:` to, naming the top-level keys that hold lists. */
function recordsHint(top: unknown): string {
  if (!isObject(top)) return "a JSON dataset is a list of objects, or an object with records: naming the list";
  const keys = Object.keys(top).filter((key) => Array.isArray(top[key]));
  if (keys.length === 0)
    return "set records: to the dotted path of the list of records (no top-level key holds a list)";
  const shown =
    keys
      .slice(0, 10)
      .map((key) => cutData(key))
      .join(", ") + (keys.length > 10 ? ", …" : "");
  return `set records: to the key holding the list of records; top-level keys holding lists: ${shown}`;
}

type Parsed =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: string; readonly position?: number; readonly atEnd: boolean };

function parseJson(text: string): Parsed {
  // A file of bad lines throws once per line; the stack traces are never used and cost the most.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    return {
      ok: false,
      reason: reasonOf(message),
      ...(position !== undefined ? { position: Number(position) } : {}),
      atEnd: message.startsWith("Unexpected end of JSON input"),
    };
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/** Where in the parsed text the error is: V8's position, the end for a truncated value, else our own scan's. */
function errorOffset(error: Extract<Parsed, { ok: false }>, text: string): number {
  if (error.position !== undefined) return Math.min(error.position, text.length);
  if (error.atEnd) return text.trimEnd().length;
  return jsonSyntaxError(text)?.offset ?? skipWhitespace(text, 0);
}

/** V8's message without its position and without the echo of the text (which could be a whole record). */
function reasonOf(message: string): string {
  let reason = message.replace(/\s+in JSON at position \d+[\s\S]*$/, "");
  const echo = reason.indexOf(', "');
  if (echo >= 0 && /is not valid JSON$/.test(reason)) reason = reason.slice(0, echo);
  return reason;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "number") return "a number";
  return "a string";
}
