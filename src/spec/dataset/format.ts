/** The file formats a dataset can be read from. */
export type DataFormat = "jsonl" | "csv" | "json";

const byExtension: ReadonlyMap<string, DataFormat> = new Map([
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".csv", "csv"],
  [".json", "json"],
]);

/**
 * The format of a dataset file: the declared `format:` when there is one, otherwise from the
 * extension (case-insensitive); `undefined` when neither says.
 */
export function datasetFormat(path: string, declared?: DataFormat): DataFormat | undefined {
  if (declared !== undefined) return declared;
  const extension = /\.[^./\\]+$/.exec(path)?.[0];
  return extension === undefined ? undefined : byExtension.get(extension.toLowerCase());
}
