import { quoteData } from "../excerpt";
import { type Problem, problemsFor } from "../problem";
import type { PathLookup } from "./field-path";
import { getPath } from "./field-path";
import type { DataFormat } from "./format";
import { type BadField, type FieldMap, lookupSource, mapFields, type SourceLookup } from "./map-fields";
import { capProblems, readRecords } from "./read-records";
import { applyWhere, sampleItems, type Where } from "./select";

/** One dataset item, ready to render into prompts. */
export interface Item {
  /** The `id` field's value as text, or the record's position ("0", "1", …). */
  readonly id: string;
  /** Position of the record among all records read, from 0. */
  readonly index: number;
  readonly fields: Record<string, unknown>;
  /** Offset in the data file where the record begins; absent for inline items. */
  readonly start?: number;
}

/** A field some records lack: how many, and the first of them. */
export interface MissingField {
  /** The item field name (for a `where` or `id` key, the key itself). */
  readonly field: string;
  /** The source it is read from: a path, a column, or the `where`/`id` key. */
  readonly from: string;
  readonly count: number;
  readonly firstIndex: number;
  readonly firstStart?: number;
}

/** A value that could not be converted, or an id that is not text, in one record. */
export interface BadValue extends BadField {
  readonly index: number;
  readonly start?: number;
}

/** Two records with the same id: the first repeat found, and the record it repeats. */
export interface DuplicateId {
  readonly id: string;
  readonly index: number;
  readonly start?: number;
  readonly firstIndex: number;
  /** How many records in all repeat an earlier id. */
  readonly count: number;
}

/** What shapes a dataset's items, as in the spec's `dataset:`. */
export interface ItemOptions {
  readonly fields?: FieldMap;
  readonly where?: Where;
  /** Field holding a stable item id: an item field, else a source in the record. */
  readonly id?: string;
  readonly sample?: { readonly n: number; readonly seed?: number };
  /** The spec's seed, used when `sample.seed` is absent. */
  readonly seed: number;
}

export interface ItemsResult {
  /** The items after `where` and `sample`, in file order. */
  readonly items: Item[];
  /** Problems in the data file (parse errors, bad values, duplicate ids), positioned in its text. */
  readonly problems: Problem[];
  /** Fields records lack; the caller positions these in the spec, where `fields:` names them. */
  readonly missing: MissingField[];
  /** Records read, before `where` and `sample`. */
  readonly total: number;
}

/** Inline items live in the spec, so bad values and duplicate ids come back as data for the caller to position. */
export interface InlineItemsResult {
  readonly items: Item[];
  readonly missing: MissingField[];
  readonly bad: BadValue[];
  readonly duplicateId?: DuplicateId;
  readonly total: number;
}

/** The items of a dataset file's text. */
export function itemsFromFile(
  opts: ItemOptions & {
    readonly file: string;
    readonly text: string;
    readonly format: DataFormat;
    readonly records?: string;
  },
): ItemsResult {
  const read = readRecords(opts.file, opts.text, opts.format, opts.records);
  const built = buildItems(read.records, opts, opts.format === "csv" ? "column" : "path");
  const problem = problemsFor(opts.file, { dataFile: true });
  const badProblems = built.bad.map((bad) =>
    problem("DATASET_BAD_VALUE", `field ${bad.field} (from ${JSON.stringify(bad.from)}): ${bad.message}`, {
      ...(bad.start !== undefined ? { start: bad.start } : {}),
      hint: `fix the value in the file, or change how dataset.fields reads ${bad.field}`,
    }),
  );
  const problems = [...read.problems, ...capProblems(badProblems, opts.file, "bad values")];
  const dup = built.duplicateId;
  if (dup !== undefined) {
    const more = dup.count > 1 ? ` (${dup.count} records in all repeat an earlier id)` : "";
    problems.push(
      problem(
        "DATASET_BAD_VALUE",
        `id ${quoteData(dup.id)} of record ${dup.index} repeats the id of record ${dup.firstIndex}${more}`,
        {
          ...(dup.start !== undefined ? { start: dup.start } : {}),
          hint: "item ids must be unique: choose an id field that is, or leave id out to number the items",
        },
      ),
    );
  }
  return { items: built.items, problems, missing: built.missing, total: built.total };
}

/** The items of `dataset.items` written in the spec; fields are read by dotted paths. */
export function itemsFromInline(
  opts: ItemOptions & { readonly items: readonly Record<string, unknown>[] },
): InlineItemsResult {
  return buildItems(
    opts.items.map((value, index) => ({ index, value })),
    opts,
    "path",
  );
}

interface SourceRecord {
  readonly index: number;
  readonly start?: number;
  readonly value: Record<string, unknown>;
}

function buildItems(records: readonly SourceRecord[], opts: ItemOptions, lookup: SourceLookup): InlineItemsResult {
  const missing = new Map<
    string,
    { field: string; from: string; count: number; firstIndex: number; firstStart?: number }
  >();
  const noteMissing = (field: string, from: string, record: SourceRecord) => {
    const seen = missing.get(field);
    if (seen !== undefined) seen.count++;
    else missing.set(field, { field, from, count: 1, firstIndex: record.index, ...firstStartOf(record) });
  };
  const bad: BadValue[] = [];
  const rows: { item: Item; record: SourceRecord }[] = [];
  const firstWithId = new Map<string, number>();
  let duplicateId: DuplicateId | undefined;
  let duplicates = 0;

  // A field of an item, or of its record when no item field has that name (say, a CSV column left out of fields:).
  const fieldValue = (item: Item, record: SourceRecord, field: string): PathLookup => {
    const own = getPath(item.fields, field);
    return own.found ? own : lookupSource(record.value, field, lookup);
  };

  for (const record of records) {
    const mapped = mapFields(record.value, opts.fields, lookup);
    for (const m of mapped.missing) noteMissing(m.field, m.from, record);
    for (const b of mapped.bad) bad.push({ ...b, index: record.index, ...startOf(record) });
    let id = String(record.index);
    if (opts.id !== undefined) {
      const found = fieldValue({ id, index: record.index, fields: mapped.fields }, record, opts.id);
      const text = found.found ? idText(found.value) : undefined;
      if (!found.found) noteMissing(opts.id, opts.id, record);
      else if (text === undefined) {
        bad.push({
          field: opts.id,
          from: opts.id,
          message: "an id must be text or a number",
          index: record.index,
          ...startOf(record),
        });
      } else id = text;
      const first = firstWithId.get(id);
      if (first === undefined) firstWithId.set(id, record.index);
      else {
        duplicates++;
        duplicateId ??= { id, index: record.index, ...startOf(record), firstIndex: first, count: 0 };
      }
    }
    rows.push({ item: { id, index: record.index, fields: mapped.fields, ...startOf(record) }, record });
  }

  let kept = rows;
  if (opts.where !== undefined) {
    const first = rows[0];
    if (first !== undefined) {
      for (const key of Object.keys(opts.where)) {
        if (!missing.has(key) && !rows.some((row) => fieldValue(row.item, row.record, key).found)) {
          missing.set(key, {
            field: key,
            from: key,
            count: rows.length,
            firstIndex: first.record.index,
            ...firstStartOf(first.record),
          });
        }
      }
    }
    kept = applyWhere(
      rows.map((row) => ({ ...row, fields: row.item.fields })),
      opts.where,
      (row, field) => fieldValue(row.item, row.record, field),
    );
  }
  let items = kept.map((row) => row.item);
  if (opts.sample !== undefined) items = sampleItems(items, opts.sample.n, opts.sample.seed ?? opts.seed);

  return {
    items,
    missing: [...missing.values()],
    bad,
    ...(duplicateId !== undefined ? { duplicateId: { ...duplicateId, count: duplicates } } : {}),
    total: records.length,
  };
}

function startOf(record: SourceRecord): { start?: number } {
  return record.start !== undefined ? { start: record.start } : {};
}

function firstStartOf(record: SourceRecord): { firstStart?: number } {
  return record.start !== undefined ? { firstStart: record.start } : {};
}

function idText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}
