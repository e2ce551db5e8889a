import type { Dataset } from "../schema-types.generated";
import { getOwn, getPath, type PathLookup } from "./field-path";

/** `dataset.fields`: item field name to its source. */
export type FieldMap = NonNullable<Dataset["fields"]>;
/** One entry of `dataset.fields`: a source, or `{from, split, type}`. */
export type FieldSource = FieldMap[string];

/**
 * How a source names a value in a record: a dotted path (JSON, JSONL, inline items), or an exact
 * column name (CSV, whose headers may contain dots).
 */
export type SourceLookup = "path" | "column";

export interface BadField {
  readonly field: string;
  readonly from: string;
  /** What is wrong with the value, e.g. `"n/a" is not a number`. */
  readonly message: string;
}

export interface MappedFields {
  /** The fields that could be read; missing and bad ones are absent. */
  readonly fields: Record<string, unknown>;
  /** Fields whose source the record lacks, as `{field, from}`. */
  readonly missing: { readonly field: string; readonly from: string }[];
  readonly bad: BadField[];
}

/** Reads a record's value by a source name, the way `lookup` says. */
export function lookupSource(record: Record<string, unknown>, from: string, lookup: SourceLookup): PathLookup {
  return lookup === "column" ? getOwn(record, from) : getPath(record, from);
}

/**
 * The item fields of one record. Without `fields`, every top-level key of the record is a field of
 * the same name; with it, each field is read from its source, split and converted as declared.
 */
export function mapFields(
  record: Record<string, unknown>,
  fields: FieldMap | undefined,
  lookup: SourceLookup,
): MappedFields {
  if (fields === undefined) return { fields: Object.fromEntries(Object.entries(record)), missing: [], bad: [] };
  const entries: [string, unknown][] = [];
  const missing: { field: string; from: string }[] = [];
  const bad: BadField[] = [];
  for (const [field, source] of Object.entries(fields)) {
    const spec = typeof source === "string" ? { from: source } : source;
    const found = lookupSource(record, spec.from, lookup);
    if (!found.found) {
      missing.push({ field, from: spec.from });
      continue;
    }
    const converted = convert(found.value, spec.split, spec.type);
    if (converted.ok) entries.push([field, converted.value]);
    else bad.push({ field, from: spec.from, message: converted.message });
  }
  // fromEntries, not assignment: a field may be named __proto__.
  return { fields: Object.fromEntries(entries), missing, bad };
}

type Converted = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

type ValueType = NonNullable<Exclude<FieldSource, string>["type"]>;

function convert(value: unknown, split: string | undefined, type: ValueType | undefined): Converted {
  if (split === undefined) return type === undefined ? { ok: true, value } : convertOne(value, type);
  let parts: unknown[];
  if (typeof value === "string") {
    parts = value
      .split(split)
      .map((part) => part.trim())
      .filter((part) => part !== "");
  } else if (Array.isArray(value)) {
    parts = value;
  } else {
    return { ok: false, message: `${describe(value)} cannot be split: split applies to text` };
  }
  if (type === undefined) return { ok: true, value: parts };
  const out: unknown[] = [];
  for (const part of parts) {
    const one = convertOne(part, type);
    if (!one.ok) return one;
    out.push(one.value);
  }
  return { ok: true, value: out };
}

const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ["true", true],
  ["false", false],
  ["yes", true],
  ["no", false],
  ["1", true],
  ["0", false],
]);

function convertOne(value: unknown, type: ValueType): Converted {
  switch (type) {
    case "number": {
      if (typeof value === "number") return { ok: true, value };
      if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value.trim());
        if (Number.isFinite(n)) return { ok: true, value: n };
      }
      return { ok: false, message: `${describe(value)} is not a number` };
    }
    case "boolean": {
      if (typeof value === "boolean") return { ok: true, value };
      const key =
        typeof value === "string" || typeof value === "number" ? String(value).trim().toLowerCase() : undefined;
      const b = key === undefined ? undefined : BOOLEANS.get(key);
      if (b !== undefined) return { ok: true, value: b };
      return { ok: false, message: `${describe(value)} is not a boolean (true/false, yes/no, 1/0)` };
    }
    case "string": {
      if (typeof value === "string") return { ok: true, value };
      if (typeof value === "number" || typeof value === "boolean") return { ok: true, value: String(value) };
      return { ok: false, message: `${describe(value)} is not text` };
    }
  }
}

/** A short description of a value for messages; long text is cut so a message never carries a whole record. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
