/**
 * What an importer reports besides its items. Positions are offsets into the input's text; the CLI
 * turns them into `file:line:col`.
 */

export type ImportProblemCode =
  /** The file holds nothing but whitespace. */
  | "EMPTY_FILE"
  /** JSON (or a JSONL line) that does not parse. */
  | "NOT_JSON"
  /** CSV that does not parse. */
  | "BAD_CSV"
  /** JSON of the wrong shape at the top level. */
  | "WRONG_SHAPE"
  /** A CSV header without the columns the importer needs. */
  | "MISSING_COLUMNS"
  /** A record without a field the importer needs, or with a value of the wrong kind. */
  | "BAD_RECORD";

/** A problem that stops the import: the input is not the file the importer reads. */
export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** What is wrong. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** Offset of the character the problem is about. */
  readonly offset: number;
}

/** Something the importer decided about the input; the import still succeeds. */
export interface Notice {
  /** `skipped`: an item left out; `resolved`: an answer the input gives two readings, read one way. */
  readonly kind: "skipped" | "resolved";
  /** Why, in a few words; notices of one kind with the same reason are counted together. */
  readonly reason: string;
  /** Offset of the record it is about. */
  readonly offset: number;
  /** The answer's text, for a resolved answer. */
  readonly text?: string;
}

/** Items, or the problems that stopped the import (all of them, in one pass). */
export type ImportResult<T> =
  | { readonly ok: true; readonly items: T[]; readonly notices: Notice[] }
  | { readonly ok: false; readonly problems: ImportProblem[] };

/** `tqa-0007`: a stable id from a prefix and a 1-based position. */
export function positionId(prefix: string, position: number): string {
  return `${prefix}-${String(position).padStart(4, "0")}`;
}

/** The offset just past a byte order mark, if the text starts with one. */
export function bodyStart(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  return `a ${typeof value}`;
}
