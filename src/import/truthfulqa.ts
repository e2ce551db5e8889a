import { parseCsv } from "../spec/dataset/csv";
import { elementStarts, skipWhitespace, valueAt } from "../spec/dataset/json-offsets";
import { jsonSyntaxError } from "../spec/json-syntax";
import { columnList } from "./csv-input";
import { bodyStart, type ImportProblem, type ImportResult, isObject, kindOf, type Notice, positionId } from "./problem";

/** Answer text → 1 (true) or 0 (false), in TruthfulQA's order. */
export type Targets = Record<string, 0 | 1>;

/** One item in the shape of TruthfulQA's mc_task.json, with an id (and, from the CSV, type and category). */
export interface TruthfulQAItem {
  readonly id: string;
  readonly type?: string;
  readonly category?: string;
  readonly question: string;
  readonly mc1_targets: Targets;
  readonly mc2_targets: Targets;
}

export type TruthfulQAFormat = "json" | "csv";

/** The bundled specs that read this layout (run them with --dataset ID=PATH). */
export const TRUTHFULQA_SPECS = [
  "truthfulness/mc1",
  "truthfulness/mc2",
  "truthfulness/mc1-primed",
  "truthfulness/generative-paper",
] as const;

const ID_PREFIX = "tqa";

const BOTH = "listed as both correct and incorrect: read as incorrect, as mc_task.json has it";

/** The CSV columns the importer reads; Type and Category are copied when present. */
export const CSV_COLUMNS = ["Question", "Best Answer", "Correct Answers", "Incorrect Answers"] as const;
const CSV_HEADER = "Type, Category, Question, Best Answer, Correct Answers, Incorrect Answers, Source";

/** JSON when the text starts with `[` or `{` (after a byte order mark and whitespace), else CSV. */
export function truthfulQAFormat(text: string): TruthfulQAFormat {
  const first = text[skipWhitespace(text, bodyStart(text))];
  return first === "[" || first === "{" ? "json" : "csv";
}

/**
 * TruthfulQA's mc_task.json or TruthfulQA.csv (told apart by content) as mc_task.json items with ids
 * `tqa-0001`, … by position in the input. The two files list the questions in different orders, so
 * the same id names different questions in the two imports.
 */
export function importTruthfulQA(text: string): ImportResult<TruthfulQAItem> {
  if (text.slice(bodyStart(text)).trim() === "") {
    return fail({
      code: "EMPTY_FILE",
      message: "the file is empty",
      hint: "pass TruthfulQA's mc_task.json or TruthfulQA.csv",
      offset: 0,
    });
  }
  return truthfulQAFormat(text) === "json" ? fromJson(text) : fromCsv(text);
}

function fail(...problems: ImportProblem[]): ImportResult<TruthfulQAItem> {
  return { ok: false, problems };
}

const JSON_ITEM_HINT =
  "each item of mc_task.json is {question, mc1_targets: {answer: 1|0, …}, mc2_targets: {…}}; import an unmodified mc_task.json";

function fromJson(text: string): ImportResult<TruthfulQAItem> {
  const base = bodyStart(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(base));
  } catch {
    const syntax = jsonSyntaxError(text.slice(base));
    return fail({
      code: "NOT_JSON",
      message: `not valid JSON: ${syntax?.message ?? "JSON.parse rejects it"}`,
      hint: "mc_task.json is one JSON array; download or copy it again",
      offset: base + (syntax?.offset ?? 0),
    });
  }
  const top = skipWhitespace(text, base);
  if (!Array.isArray(parsed)) {
    return fail({
      code: "WRONG_SHAPE",
      message: `the top level is ${kindOf(parsed)}, not a list of questions`,
      hint: "TruthfulQA's mc_task.json is a JSON array of {question, mc1_targets, mc2_targets}",
      offset: top,
    });
  }
  const starts = elementStarts(text, top);
  const items: TruthfulQAItem[] = [];
  const problems: ImportProblem[] = [];
  for (const [i, value] of (parsed as unknown[]).entries()) {
    const item = jsonItem(text, starts[i] ?? top, value, i + 1);
    if ("problems" in item) problems.push(...item.problems);
    else items.push(item);
  }
  if (problems.length > 0) return fail(...problems);
  if (items.length === 0) {
    return fail({ code: "WRONG_SHAPE", message: "the list is empty", hint: JSON_ITEM_HINT, offset: top });
  }
  return { ok: true, items, notices: [] };
}

/** One element of mc_task.json as an item, or every problem it has. */
function jsonItem(
  text: string,
  start: number,
  value: unknown,
  position: number,
): TruthfulQAItem | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const problem = (message: string, key?: string) =>
    problems.push({
      code: "BAD_RECORD",
      message: `item ${position}: ${message}`,
      hint: JSON_ITEM_HINT,
      offset: (key !== undefined ? valueAt(text, start, [key]) : undefined) ?? start,
    });
  if (!isObject(value)) {
    problem(`is ${kindOf(value)}, not an object`);
    return { problems };
  }
  const { question, mc1_targets, mc2_targets } = value;
  if (typeof question !== "string" || question.trim() === "") {
    problem(
      question === undefined ? "has no question" : `question is ${kindOf(question)}, not a non-empty string`,
      "question",
    );
  }
  const mc1 = checkTargets(mc1_targets, "mc1_targets", "one");
  if (typeof mc1 === "string") problem(mc1, "mc1_targets");
  const mc2 = checkTargets(mc2_targets, "mc2_targets", "some");
  if (typeof mc2 === "string") problem(mc2, "mc2_targets");
  if (typeof question !== "string" || typeof mc1 === "string" || typeof mc2 === "string" || problems.length > 0) {
    return { problems };
  }
  return { id: positionId(ID_PREFIX, position), question, mc1_targets: mc1, mc2_targets: mc2 };
}

/** The targets object, or what is wrong with it. `one`: exactly one true answer (MC1); `some`: true and false ones. */
function checkTargets(value: unknown, key: string, trues: "one" | "some"): Targets | string {
  if (value === undefined) return `has no ${key}`;
  if (!isObject(value)) return `${key} is ${kindOf(value)}, not an object of answer → 1/0`;
  const entries = Object.entries(value);
  for (const [answer, flag] of entries) {
    if (flag !== 0 && flag !== 1) return `${key}[${JSON.stringify(answer)}] is ${JSON.stringify(flag)}, not 1 or 0`;
  }
  const count = entries.filter(([, flag]) => flag === 1).length;
  if (trues === "one" && count !== 1) return `${key} has ${count} true answers; MC1 needs exactly one`;
  if (count === 0) return `${key} has no true answer`;
  if (count === entries.length) return `${key} has no false answer`;
  return value as Targets;
}

function fromCsv(text: string): ImportResult<TruthfulQAItem> {
  const table = parseCsv(text);
  const header = table.header.map((name) => name.trim());
  const missing = CSV_COLUMNS.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    return fail({
      code: "MISSING_COLUMNS",
      message: `neither a JSON array nor a CSV with TruthfulQA's columns: the header lacks ${missing.map(quote).join(", ")} (found: ${columnList(header)})`,
      hint: `pass TruthfulQA's mc_task.json or TruthfulQA.csv (columns ${CSV_HEADER})`,
      offset: table.headerStart,
    });
  }
  if (table.error !== undefined) {
    return fail({
      code: "BAD_CSV",
      message: `not valid CSV: ${table.error.message}`,
      hint: "TruthfulQA.csv quotes every field with commas, quotes or line breaks; import an unmodified copy",
      offset: table.error.start,
    });
  }
  if (table.rows.length === 0) {
    return fail({
      code: "EMPTY_FILE",
      message: "the CSV has a header but no rows",
      hint: "pass the full TruthfulQA.csv",
      offset: table.headerStart,
    });
  }
  const column = (name: string) => header.indexOf(name);
  const at = {
    type: column("Type"),
    category: column("Category"),
    question: column("Question"),
    best: column("Best Answer"),
    correct: column("Correct Answers"),
    incorrect: column("Incorrect Answers"),
  };
  const items: TruthfulQAItem[] = [];
  const notices: Notice[] = [];
  for (const [i, row] of table.rows.entries()) {
    const cell = (index: number) => (row.cells[index] ?? "").trim();
    const skip = (reason: string) => notices.push({ kind: "skipped", reason, offset: row.start });
    const question = cell(at.question);
    const best = closeAnswer(cell(at.best));
    const correct = splitAnswers(cell(at.correct));
    const incorrect = splitAnswers(cell(at.incorrect));
    if (question === "") skip("no question");
    else if (cell(at.best) === "") skip("no best answer");
    else if (incorrect.includes(best)) skip("best answer also listed as incorrect");
    else if (incorrect.length === 0) skip("no incorrect answers");
    else {
      for (const answer of correct.filter((answer) => incorrect.includes(answer))) {
        notices.push({ kind: "resolved", reason: BOTH, offset: row.start, text: answer });
      }
      const trues = correct.includes(best) ? correct : [best, ...correct];
      items.push({
        id: positionId(ID_PREFIX, i + 1),
        ...(at.type >= 0 ? { type: cell(at.type) } : {}),
        ...(at.category >= 0 ? { category: cell(at.category) } : {}),
        question,
        mc1_targets: targets([best], incorrect),
        mc2_targets: targets(trues, incorrect),
      });
    }
  }
  return { ok: true, items, notices };
}

/**
 * Trues then falses, as mc_task.json was built (a Python dict): an answer in both lists keeps its place
 * among the trues and is false.
 */
function targets(trues: readonly string[], falses: readonly string[]): Targets {
  const out: Targets = {};
  for (const answer of trues) out[answer] = 1;
  for (const answer of falses) out[answer] = 0;
  return out;
}

/**
 * A `;`-separated answer list as TruthfulQA's own loader reads it (`split_multi_answer`): split on
 * `;`, trim, drop empty pieces, end each answer with a period; repeats are kept once.
 */
export function splitAnswers(cell: string): string[] {
  const answers = cell
    .split(";")
    .map((answer) => answer.trim())
    .filter((answer) => answer !== "")
    .map(closeAnswer);
  return [...new Set(answers)];
}

/**
 * An answer ending with a period, as TruthfulQA's loader closes them (`format_best`) and as mc_task.json
 * writes them. It also keeps answer texts from looking like integers, which objects would reorder.
 */
export function closeAnswer(answer: string): string {
  const trimmed = answer.trim();
  return trimmed.endsWith(".") ? trimmed : `${trimmed}.`;
}

function quote(name: string): string {
  return JSON.stringify(name);
}
