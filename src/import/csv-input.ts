import { type CsvRow, parseCsv } from "../spec/dataset/csv";
import { bodyStart, type ImportProblem } from "./problem";

/** The public CSV file an importer reads: its name as users know it, and the columns it needs. */
export interface CsvSource {
  /** `DecodingTrust's user_prompts.csv`. */
  readonly name: string;
  /** The columns the importer reads (header names, trimmed). */
  readonly columns: readonly string[];
  /** The file's whole header, as the hint shows it. */
  readonly header: string;
}

/** A CSV with every column the importer needs: its rows, and where each column is. */
export interface CsvInput {
  readonly rows: CsvRow[];
  /** The index of a header column (trimmed), or -1. */
  column(name: string): number;
}

/**
 * Parses a public CSV file and checks it is the one expected: not empty, a header with every column the
 * importer reads (all missing ones named, with the columns found), valid CSV, at least one row.
 */
export function readCsvInput(text: string, source: CsvSource): CsvInput | { problems: ImportProblem[] } {
  const fail = (code: ImportProblem["code"], message: string, hint: string, offset: number) => ({
    problems: [{ code, message, hint, offset }],
  });
  if (text.slice(bodyStart(text)).trim() === "")
    return fail("EMPTY_FILE", "the file is empty", `pass ${source.name}`, 0);
  const table = parseCsv(text);
  const header = table.header.map((name) => name.trim());
  const missing = source.columns.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    return fail(
      "MISSING_COLUMNS",
      `not ${source.name}: the header lacks ${missing.map(quote).join(", ")} (found: ${columnList(header)})`,
      `pass ${source.name} (columns ${source.header})`,
      table.headerStart,
    );
  }
  if (table.error !== undefined) {
    return fail(
      "BAD_CSV",
      `not valid CSV: ${table.error.message}`,
      `${source.name} quotes every field with commas, quotes or line breaks; import an unmodified copy`,
      table.error.start,
    );
  }
  if (table.rows.length === 0) {
    return fail("EMPTY_FILE", "the CSV has a header but no rows", `pass the full ${source.name}`, table.headerStart);
  }
  return { rows: table.rows, column: (name) => header.indexOf(name) };
}

function quote(name: string): string {
  return JSON.stringify(name);
}

/** Up to eight column names, each cut to 30 characters: a header is sometimes a line of something else. */
export function columnList(header: readonly string[]): string {
  if (header.length === 0) return "no columns";
  const names = header.slice(0, 8).map((name) => quote(name.length > 30 ? `${name.slice(0, 29)}…` : name));
  return names.join(", ") + (header.length > 8 ? `, … (${header.length} columns)` : "");
}
