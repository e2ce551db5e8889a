import { randomBytes } from "node:crypto";
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { canonicalJson } from "./cache-key";

export interface CacheStats {
  readonly hits: number;
  /** Lookups that found nothing usable: absent, unreadable, or rejected. */
  readonly misses: number;
  readonly writes: number;
  /** Entries that parsed but failed the caller's shape check (counted among the misses too). */
  readonly rejected: number;
}

/**
 * The content-addressed inference cache: one JSON file per model call, named by its cacheKey().
 * Entries hold raw model outputs, which can contain private data (leaked PII, for one), so files
 * are written 0o600 and folders 0o700.
 */
export interface InferenceCache {
  /** Undefined when the cache is disabled. */
  readonly dir: string | undefined;
  /**
   * The stored value, or undefined on a miss: absent, disabled, unreadable / corrupt, or of a shape
   * `accept` rejects (a file can be edited or damaged and still parse). The caller re-runs a miss
   * and its put replaces the entry.
   */
  get<T>(key: string, accept: (value: unknown) => value is T): T | undefined;
  /**
   * Stores `value` atomically (temp file in the same folder, then rename), replacing any entry.
   * Throws when `value` is not plain JSON data (NaN, ±Infinity, bigint, Dates…), because it would
   * not read back as stored; `undefined` object members are dropped, as in JSON, and -0 reads back as 0.
   */
  put(key: string, value: unknown): void;
  /**
   * put, with the writing done off the main thread: the key and value are checked at once (throwing
   * as put does), and the promise settles when the entry is stored. A run stores each result while
   * the model computes the next ones; creating 817 files took 0.1–0.5 s of a run's wall time.
   */
  store(key: string, value: unknown): Promise<void>;
  /** Counts since openCache; a fresh snapshot on each read. */
  readonly stats: CacheStats;
}

/**
 * On-disk layout version: entries live under `<dir>/v1/`. A future change of the entry format
 * moves to v2, so it never reads entries written by this one.
 */
const LAYOUT = "v1";
const KEY = /^[0-9a-f]{64}$/;
const ENTRY = /^([0-9a-f]{64})\.json$/;
const TEMP = /^[0-9a-f]{64}\.json\.tmp-\d+-[0-9a-f]+$/;
const SHARD = /^[0-9a-f]{2}$/;

export function openCache(dir: string, options: { enabled?: boolean } = {}): InferenceCache {
  const enabled = options.enabled ?? true;
  let hits = 0;
  let misses = 0;
  let writes = 0;
  let rejected = 0;
  return {
    dir: enabled ? dir : undefined,
    get<T>(key: string, accept: (value: unknown) => value is T): T | undefined {
      checkKey(key);
      const found = enabled ? readEntry(entryPath(dir, key), key) : undefined;
      if (found !== undefined && accept(found.value)) {
        hits++;
        return found.value;
      }
      if (found !== undefined) rejected++;
      misses++;
      return undefined;
    },
    put(key: string, value: unknown): void {
      checkKey(key);
      canonicalJson(value, "cache value"); // throws on anything JSON would not give back as stored
      if (!enabled) return;
      writeEntry(dir, key, value);
      writes++;
    },
    store(key: string, value: unknown): Promise<void> {
      checkKey(key);
      canonicalJson(value, "cache value");
      if (!enabled) return Promise.resolve();
      // The text now: the caller may reuse the value once this returns.
      return storeEntry(dir, key, JSON.stringify({ key, value })).then(() => {
        writes++;
      });
    },
    get stats(): CacheStats {
      return { hits, misses, writes, rejected };
    },
  };
}

/**
 * Removes the cache's entries — entry files and temp files left by interrupted writes under
 * `<dir>/v1/<xx>/`, then the folders they leave empty — and nothing else: other files in `dir`
 * or among the entries survive. Returns the entries removed and the bytes freed (temp files included).
 */
export function clearCache(dir: string): { entries: number; bytes: number } {
  let entries = 0;
  let bytes = 0;
  for (const file of ownedFiles(dir)) {
    rmSync(file.path, { force: true });
    if (file.entry) entries++;
    bytes += file.bytes;
  }
  const root = join(dir, LAYOUT);
  for (const shard of listDir(root).filter((name) => SHARD.test(name))) removeIfEmpty(join(root, shard));
  removeIfEmpty(root);
  return { entries, bytes };
}

/** What clearCache would remove: entry count, and bytes including leftover temp files. */
export function cacheSize(dir: string): { entries: number; bytes: number } {
  let entries = 0;
  let bytes = 0;
  for (const file of ownedFiles(dir)) {
    if (file.entry) entries++;
    bytes += file.bytes;
  }
  return { entries, bytes };
}

function checkKey(key: string): void {
  // Keys name files: anything but a SHA-256 hex digest could escape the cache folder.
  if (!KEY.test(key)) throw new Error(`cache key "${key}" is not 64 lowercase hex digits: build keys with cacheKey()`);
}

function entryPath(dir: string, key: string): string {
  return join(dir, LAYOUT, key.slice(0, 2), `${key}.json`);
}

function readEntry(path: string, key: string): { value: unknown } | undefined {
  try {
    const entry: unknown = JSON.parse(readFileSync(path, "utf8"));
    // The stored key guards against a file that holds another entry (copied, mixed or mis-renamed).
    if (entry === null || typeof entry !== "object" || (entry as { key?: unknown }).key !== key) return undefined;
    if (!("value" in entry)) return undefined;
    return { value: entry.value };
  } catch {
    return undefined; // absent, unreadable or truncated: recompute, and the next put repairs it
  }
}

function writeEntry(dir: string, key: string, value: unknown): void {
  const path = entryPath(dir, key);
  const folder = join(dir, LAYOUT, key.slice(0, 2));
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // pid + random: two runs (or two writers in one process) never share a temp file.
  const temp = `${path}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    writeFileSync(temp, JSON.stringify({ key, value }), { mode: 0o600, flag: "wx" });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    // Windows refuses to rename over a file another process holds open; if a concurrent run has
    // just stored this key, its entry is as good as ours.
    if (readEntry(path, key) === undefined) throw error;
  }
}

/** writeEntry of an entry's text, on libuv's threads. */
async function storeEntry(dir: string, key: string, text: string): Promise<void> {
  const path = entryPath(dir, key);
  await mkdir(join(dir, LAYOUT, key.slice(0, 2)), { recursive: true, mode: 0o700 });
  const temp = `${path}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  try {
    await writeFile(temp, text, { mode: 0o600, flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if (readEntry(path, key) === undefined) throw error;
  }
}

interface OwnedFile {
  readonly path: string;
  readonly bytes: number;
  readonly entry: boolean;
}

function ownedFiles(dir: string): OwnedFile[] {
  const root = join(dir, LAYOUT);
  const files: OwnedFile[] = [];
  for (const shard of listDir(root)) {
    if (!SHARD.test(shard)) continue;
    for (const name of listDir(join(root, shard))) {
      const entry = ENTRY.exec(name);
      // An entry belongs in the folder named after its key's first two digits; anything else is not ours.
      const isEntry = entry?.[1]?.startsWith(shard) === true;
      if (!isEntry && !(TEMP.test(name) && name.startsWith(shard))) continue;
      const path = join(root, shard, name);
      const stat = lstatSync(path, { throwIfNoEntry: false });
      if (stat?.isFile()) files.push({ path, bytes: stat.size, entry: isEntry });
    }
  }
  return files;
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch {
    return [];
  }
}

function removeIfEmpty(path: string): void {
  try {
    rmdirSync(path); // fails, as it should, when the folder still holds someone's file
  } catch {
    // not empty, or already gone
  }
}
