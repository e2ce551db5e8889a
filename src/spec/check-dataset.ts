import { asString, isRecord, report, type SpecContext } from "./check-context";
import { type DataFormat, datasetFormat } from "./dataset/format";
import { type Item, itemsFromFile, itemsFromInline, type MissingField } from "./dataset/items";
import { PII_KINDS, parseNamesMap, piiLeakageItems } from "./dataset/synthetic-pii";
import { cutData, quoteData } from "./excerpt";
import { readNamedFile, shownPath } from "./read-named-file";
import type { Synthetic } from "./schema-types.generated";
import { matchesDefinition } from "./schemas";
import { SourceText } from "./source-text";
import type { PathSegment } from "./yaml-locate";

/** The fields every pii-leakage item carries (see the synthetic generator). */
export const PII_LEAKAGE_FIELDS = ["pii", "people", "target"] as const;

export interface DatasetInfo {
  /** Field names templates and field references may use; undefined when the dataset could not be read. */
  readonly fields: ReadonlySet<string> | undefined;
  /** The items, when they could be read (or, for a synthetic dataset, generated). */
  readonly items: readonly Item[] | undefined;
  /** Absolute path of the data file, when the dataset is a file. */
  readonly file: string | undefined;
}

const UNKNOWN: DatasetInfo = { fields: undefined, items: undefined, file: undefined };
/** Synthetic items are generated while validating: a bound keeps a typo in per_kind from exhausting memory. */
export const MAX_SYNTHETIC_ITEMS = 100_000;
const perKindAt: PathSegment[] = ["dataset", "synthetic", "per_kind"];
/** The keys that select and map read records, and what to write instead for generated ones. */
const NOT_FOR_SYNTHETIC: Readonly<Record<string, string>> = {
  fields: "a synthetic item's fields are fixed (pii, people, target); remove dataset.fields",
  where: "choose the kinds with synthetic.pii, and remove dataset.where",
  id: "synthetic items are named KIND/N (ssn/0, ssn/1, …); remove dataset.id",
  sample: "set how many items each kind has with synthetic.per_kind, and remove dataset.sample",
};
/** A synthetic dataset whose items could not be generated: its fields are still known. */
const SYNTHETIC_UNREAD: DatasetInfo = { fields: new Set(PII_LEAKAGE_FIELDS), items: undefined, file: undefined };

/**
 * Resolves and reads the spec's dataset (honouring a --dataset override), reports what is wrong
 * with it at the spec line that causes it, and says which fields the templates can use.
 */
export function checkDataset(ctx: SpecContext): DatasetInfo {
  const dataset = ctx.data.dataset;
  if (!isRecord(dataset) || !matchesDefinition("dataset", dataset)) return UNKNOWN;
  const seed = typeof ctx.data.seed === "number" ? ctx.data.seed : (ctx.config?.defaults.seed ?? 0);
  const options = {
    ...(isRecord(dataset.fields) ? { fields: dataset.fields as never } : {}),
    ...(isRecord(dataset.where) ? { where: dataset.where as never } : {}),
    ...(typeof dataset.id === "string" ? { id: dataset.id } : {}),
    ...(isRecord(dataset.sample) && typeof dataset.sample.n === "number"
      ? { sample: dataset.sample as { n: number; seed?: number } }
      : {}),
    seed,
  };

  if (isRecord(dataset.synthetic)) {
    const refused = Object.entries(NOT_FOR_SYNTHETIC).filter(([key]) => dataset[key] !== undefined);
    for (const [key, hint] of refused) {
      report(
        ctx,
        "CONFLICTING_KEYS",
        `dataset.${key} does not apply to a synthetic dataset: its items are generated, not read`,
        ["dataset", key],
        { hint, at: "key" },
      );
    }
    if (refused.length > 0) return SYNTHETIC_UNREAD;
    const synthetic = dataset.synthetic as unknown as Synthetic; // the dataset matched the schema above
    const count = (synthetic.pii?.length ?? PII_KINDS.length) * (synthetic.per_kind ?? 100);
    if (count > MAX_SYNTHETIC_ITEMS) {
      report(ctx, "OUT_OF_RANGE", `per_kind makes ${count} items, more than ${MAX_SYNTHETIC_ITEMS}`, perKindAt, {
        hint: "the paper uses per_kind: 100 (1,800 items for all 18 kinds)",
      });
      return SYNTHETIC_UNREAD;
    }
    const at: PathSegment[] = ["dataset", "synthetic", "names"];
    let names: Record<string, string> | undefined;
    if (synthetic.names !== undefined) {
      const read = readNamedFile(ctx, {
        written: synthetic.names,
        at,
        data: true,
        role: {
          noun: "names file",
          limitKey: "limits.data_file_mb",
          missingCode: "FILE_NOT_FOUND",
          missingHint: "give a JSON file mapping names to e-mail addresses, relative to the spec",
        },
      });
      if (read === undefined) return SYNTHETIC_UNREAD;
      const parsed = parseNamesMap(read.text, synthetic.people ?? 4);
      if (!("names" in parsed)) {
        report(ctx, parsed.code, `names file ${shownPath(ctx, read.file)}: ${parsed.message}`, at, {
          hint: parsed.hint,
        });
        return SYNTHETIC_UNREAD;
      }
      names = parsed.names;
    }
    const items = piiLeakageItems({
      ...(synthetic.pii !== undefined ? { kinds: synthetic.pii } : {}),
      ...(synthetic.per_kind !== undefined ? { perKind: synthetic.per_kind } : {}),
      ...(synthetic.people !== undefined ? { people: synthetic.people } : {}),
      ...(names !== undefined ? { names } : {}),
      seed: synthetic.seed ?? seed,
    });
    return { fields: new Set(PII_LEAKAGE_FIELDS), items, file: undefined };
  }

  if (Array.isArray(dataset.items)) {
    if (!dataset.items.every(isRecord)) return UNKNOWN; // the schema reports it
    const result = itemsFromInline({ ...options, items: dataset.items as Record<string, unknown>[] });
    for (const bad of result.bad) {
      report(ctx, "DATASET_BAD_VALUE", `field ${bad.field} (from ${JSON.stringify(bad.from)}): ${bad.message}`, [
        "dataset",
        "items",
        bad.index,
      ]);
    }
    if (result.duplicateId) {
      const d = result.duplicateId;
      report(
        ctx,
        "DATASET_BAD_VALUE",
        `item ${d.index} repeats the id ${quoteData(d.id)} of item ${d.firstIndex}`,
        ["dataset", "items", d.index],
        { hint: "item ids must be unique" },
      );
    }
    reportMissing(ctx, result.missing, result.total, "inline items", undefined);
    return finish(ctx, result.items, result.total, undefined);
  }

  const written = asString(dataset.path);
  if (written === undefined) return UNKNOWN;
  const id = asString(ctx.data.id);
  const override = id !== undefined ? ctx.datasetOverrides[id] : undefined;
  const via = override !== undefined ? ` (from --dataset ${id}=${override})` : "";
  const read = readNamedFile(ctx, {
    written,
    at: ["dataset", "path"],
    data: true,
    role: {
      noun: "dataset file",
      limitKey: "limits.data_file_mb",
      missingCode: "DATASET_NOT_FOUND",
      missingHint: "paths are relative to the spec file; use --dataset SPEC_ID=PATH to point at another copy",
    },
    ...(override !== undefined
      ? {
          override: {
            path: override,
            via,
            hint: "check the path given to --dataset (relative to the current directory)",
          },
        }
      : {}),
    beforeRead: (file) => {
      if (datasetFormat(file, asString(dataset.format) as DataFormat | undefined) !== undefined) return true;
      report(
        ctx,
        "DATASET_FORMAT",
        `cannot tell the format of ${shownPath(ctx, file)}${via} from its name`,
        ["dataset", "path"],
        { hint: "add format: jsonl, csv or json to the dataset" },
      );
      return false;
    },
  });
  if (read === undefined) return UNKNOWN;
  const { file } = read;
  const format = datasetFormat(file, asString(dataset.format) as DataFormat | undefined) as DataFormat;
  ctx.sources[file] = read.text;
  const result = itemsFromFile({
    ...options,
    file,
    text: read.text,
    format,
    ...(typeof dataset.records === "string" ? { records: dataset.records } : {}),
  });
  ctx.problems.push(...result.problems);
  if (result.problems.some((p) => p.code === "DATASET_PARSE" || p.code === "FILE_CR_LINE_ENDINGS")) {
    return { ...UNKNOWN, file };
  }
  reportMissing(ctx, result.missing, result.total, shownPath(ctx, file), file, result.items);
  return finish(ctx, result.items, result.total, file);
}

function finish(ctx: SpecContext, items: readonly Item[], total: number, file: string | undefined): DatasetInfo {
  const dataset = ctx.data.dataset as Record<string, unknown>;
  if (items.length === 0) {
    const why = total === 0 ? "the dataset has no items" : `no item is left of ${total} after where`;
    report(ctx, "DATASET_EMPTY", why, ["dataset"], {
      at: "key",
      hint: total === 0 ? "add items to the dataset" : "check the where values against the data",
    });
  }
  const fields = isRecord(dataset.fields)
    ? new Set(Object.keys(dataset.fields))
    : new Set(items.flatMap((item) => Object.keys(item.fields)));
  return { fields, items, file };
}

function reportMissing(
  ctx: SpecContext,
  missing: readonly MissingField[],
  total: number,
  source: string,
  file: string | undefined,
  items: readonly Item[] = [],
): void {
  const dataset = ctx.data.dataset as Record<string, unknown>;
  for (const m of missing) {
    const line =
      file !== undefined && m.firstStart !== undefined
        ? new SourceText(ctx.sources[file] ?? "").position(m.firstStart).line
        : undefined;
    const first = line !== undefined ? `, first at line ${line}` : `, first in record ${m.firstIndex}`;
    const path: PathSegment[] =
      isRecord(dataset.fields) && m.field in dataset.fields
        ? ["dataset", "fields", m.field]
        : isRecord(dataset.where) && m.field in dataset.where
          ? ["dataset", "where", m.field]
          : ["dataset", "id"];
    const available = isRecord(dataset.fields) ? [] : Object.keys(items[0]?.fields ?? {});
    report(
      ctx,
      "DATASET_MISSING_FIELD",
      `${JSON.stringify(m.from)} is missing in ${m.count} of ${total} records of ${source}${first}`,
      path,
      {
        hint:
          available.length > 0
            ? `the records have: ${available
                .slice(0, 20)
                .map((key) => cutData(key))
                .join(", ")}${available.length > 20 ? ", …" : ""}`
            : "check the name against the data file (dots reach into nested values; CSV uses column names)",
      },
    );
  }
}
