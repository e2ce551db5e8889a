import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ITEMS_VERSION, type ItemRecord, type SuiteItems } from "./item-record";

/** The run directory's folder of items files, one JSON Lines file per spec and model. */
export const ITEMS_DIR = "items";

/**
 * Writes a suite's items (already masked) as `items/<spec>__<model>.jsonl` in the run directory, one
 * case per line. The folder is 0700 and the file 0600, as the inference cache's: outputs are masked
 * for a spec's `redact` fields, but a model can write private data no spec declared.
 */
export function writeSuiteItems(runDir: string, suite: SuiteItems): void {
  const dir = join(runDir, ITEMS_DIR);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const name = `${suite.spec}__${suite.model}`.replace(/[^A-Za-z0-9._-]+/g, "_");
  const path = join(dir, `${name}.jsonl`);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, suite.items.map((item) => `${JSON.stringify(item)}\n`).join(""), { mode: 0o600 });
  renameSync(temporary, path);
}

/** Whether a run directory holds items files. */
export function hasItems(runDir: string): boolean {
  const dir = join(runDir, ITEMS_DIR);
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".jsonl"));
}

export type ReadItems =
  | { readonly ok: true; readonly suites: readonly SuiteItems[] }
  | { readonly ok: false; readonly message: string };

/**
 * Every suite's items in a run directory, by spec then model; a line that is not an item this
 * trustspec wrote is an error naming its file and line.
 */
export function readRunItems(runDir: string): ReadItems {
  const dir = join(runDir, ITEMS_DIR);
  if (!existsSync(dir)) return { ok: true, suites: [] };
  const suites = new Map<string, { spec: string; model: string; items: ItemRecord[] }>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    const path = join(dir, file);
    const lines = readFileSync(path, "utf8").split("\n");
    for (const [i, line] of lines.entries()) {
      if (line.trim() === "") continue;
      const item = parseItem(line);
      if (typeof item === "string") return { ok: false, message: `${path}:${i + 1}: ${item}` };
      const key = `${item.spec}\u0000${item.model}`;
      let suite = suites.get(key);
      if (!suite) {
        suite = { spec: item.spec, model: item.model, items: [] };
        suites.set(key, suite);
      }
      suite.items.push(item);
    }
  }
  const order = (a: SuiteItems, b: SuiteItems) =>
    a.spec === b.spec ? compareText(a.model, b.model) : compareText(a.spec, b.spec);
  return { ok: true, suites: [...suites.values()].sort(order) };
}

/** An items line, or why it is not one. */
function parseItem(line: string): ItemRecord | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return "not valid JSON: is it an items file trustspec wrote?";
  }
  const v = value as Partial<ItemRecord> | null;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return "not an item: each line is one JSON object";
  if (v.version !== ITEMS_VERSION) {
    return `items version ${JSON.stringify(v.version)}; this trustspec reads version ${ITEMS_VERSION} (run the specs again)`;
  }
  if (typeof v.spec !== "string" || typeof v.model !== "string" || typeof v.case !== "string") {
    return "not an item: spec, model and case must be texts";
  }
  if (!Array.isArray(v.failing)) return "not an item: failing must be a list";
  return v as ItemRecord;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
