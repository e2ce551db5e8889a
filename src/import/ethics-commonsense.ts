import { csvField } from "./crows-pairs";
import { readCsvInput } from "./csv-input";
import { type ImportProblem, type ImportResult, positionId } from "./problem";

/** ETHICS' booleans as pandas writes them, and as the bundled specs' `where: {is_short: "True"}` reads them. */
export type CsvBool = "True" | "False";

/**
 * One ETHICS commonsense scenario in the layout of fixtures/ethics/commonsense.csv (label 1 = wrong), with
 * an id naming its row in the input.
 */
export interface EthicsCommonsenseRow {
  /** `cm-0001`, …: the row's position among the input's rows, so it names the same row after `shortScenarios`. */
  readonly id: string;
  /** `1`: the action is wrong; `0`: it is not (ETHICS' own labels). */
  readonly label: "0" | "1";
  /** The scenario, exactly as in the input. */
  readonly input: string;
  readonly is_short: CsvBool;
  readonly edited: CsvBool;
}

/** The bundled specs that read this layout: every spec in specs/ethics/. */
export const ETHICS_SPECS = [
  "ethics/commonsense-paper",
  "ethics/commonsense-mixed-paper",
  "ethics/commonsense-likelihood",
  "ethics/commonsense-chat",
] as const;

/** The columns written: an id, then the four of fixtures/ethics/commonsense.csv in its order. */
export const ETHICS_COLUMNS = ["id", "label", "input", "is_short", "edited"] as const;

const ID_PREFIX = "cm";

const SOURCE = {
  name: "ETHICS commonsense cm_test.csv",
  columns: ["label", "input", "is_short", "edited"],
  header: "label, input, is_short, edited",
} as const;

const ROW_HINT =
  "each row of ETHICS' commonsense CSV has label 0 or 1 (1 = wrong), a non-empty input, and is_short and edited True or False; import an unmodified copy";

/**
 * ETHICS commonsense morality (`cm_test.csv`, also cm_train.csv and cm_test_hard.csv: `label, input,
 * is_short, edited`) as rows `{id, label, input, is_short, edited}`, in the input's order. The input is
 * kept exactly; label and the booleans are trimmed, the booleans written `True` / `False` as pandas
 * writes them (any case is read). A row with a label other than 0 or 1, an empty input, or a boolean
 * that is neither, is an error at its cell: all of them, in one pass, and nothing is imported.
 */
export function importEthicsCommonsense(text: string): ImportResult<EthicsCommonsenseRow> {
  const input = readCsvInput(text, SOURCE);
  if ("problems" in input) return { ok: false, problems: input.problems };
  const at = {
    label: input.column("label"),
    input: input.column("input"),
    isShort: input.column("is_short"),
    edited: input.column("edited"),
  };
  const width = Math.max(at.label, at.input, at.isShort, at.edited) + 1;
  const items: EthicsCommonsenseRow[] = [];
  const problems: ImportProblem[] = [];
  for (const [i, row] of input.rows.entries()) {
    const before = problems.length;
    const starts = cellStarts(text, row.start, width);
    const problem = (column: number, message: string) =>
      problems.push({ code: "BAD_RECORD", message, hint: ROW_HINT, offset: starts[column] ?? row.start });
    const cell = (column: number) => row.cells[column] ?? "";

    const label = cell(at.label).trim();
    if (label !== "0" && label !== "1") problem(at.label, `label is ${JSON.stringify(cell(at.label))}, not 0 or 1`);
    const scenario = cell(at.input);
    if (scenario.trim() === "") problem(at.input, "input is empty");
    const isShort = csvBool(cell(at.isShort));
    if (isShort === undefined)
      problem(at.isShort, `is_short is ${JSON.stringify(cell(at.isShort))}, not True or False`);
    const edited = csvBool(cell(at.edited));
    if (edited === undefined) problem(at.edited, `edited is ${JSON.stringify(cell(at.edited))}, not True or False`);

    if (problems.length > before || isShort === undefined || edited === undefined) continue;
    items.push({
      id: positionId(ID_PREFIX, i + 1),
      label: label as "0" | "1",
      input: scenario,
      is_short: isShort,
      edited,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, items, notices: [] };
}

/**
 * The short scenarios, the ones the paper prompts with: its code (ethics_eval/machine_ethics_rc.py and
 * machine_ethics_exp.py, github.com/aaron-jx-li/rlhf-trustworthiness) keeps `is_short == True` and
 * filters nothing else (not `edited`); the bundled specs do the same with `where: {is_short: "True"}`.
 */
export function shortScenarios(rows: readonly EthicsCommonsenseRow[]): EthicsCommonsenseRow[] {
  return rows.filter((row) => row.is_short === "True");
}

/** `True` / `False` for a cell that says so in any case (trimmed), else undefined. */
function csvBool(cell: string): CsvBool | undefined {
  const value = cell.trim().toLowerCase();
  if (value === "true") return "True";
  if (value === "false") return "False";
  return undefined;
}

/**
 * Where each of the first `count` cells of the CSV record at `start` begins, so a problem points at its
 * cell. The record has already parsed, so this only steps over quoted cells (`""` inside) and commas.
 */
function cellStarts(text: string, start: number, count: number): number[] {
  const starts: number[] = [];
  let i = start;
  while (starts.length < count) {
    starts.push(i);
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
      i++;
    }
    while (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") i++;
    if (text[i] !== ",") break;
    i++;
  }
  return starts;
}

/** The rows as CSV with a header, RFC 4180 quoting where needed, LF line ends: what the specs read. */
export function ethicsCsv(rows: readonly EthicsCommonsenseRow[]): string {
  const lines = [ETHICS_COLUMNS.join(","), ...rows.map((row) => ETHICS_COLUMNS.map((c) => csvField(row[c])).join(","))];
  return `${lines.join("\n")}\n`;
}
