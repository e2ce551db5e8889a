import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { decoderPaths, findDecoderFiles } from "../model/model-files";
import { checkOnnxFile } from "../model/onnx-scan";
import type { Device } from "../spec/device";
import type { Dtype } from "../spec/dtype";
import { diskFiles } from "../spec/file-access";

/** The files besides the ONNX graphs and their external weights that change what a model does. */
const BEHAVIOUR_FILES = new Set([
  "config.json",
  "generation_config.json",
  "tokenizer.json",
  "tokenizer_config.json",
  "special_tokens_map.json",
  "chat_template.jinja",
  "chat_template.json",
]);
/** Bumped when the fingerprint's recipe changes, so old cache entries stop matching. */
const RECIPE = "trustspec-model-fingerprint-v1";
const CHUNK = 1024 * 1024;

interface MemoEntry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

/** Content hashes of this process, for callers that pass no memo file. */
const processMemo = new Map<string, MemoEntry>();

/**
 * A model's identity for cache keys: SHA-256 over every file that defines its behaviour — the ONNX
 * files of its variant (`dtype`: `model.onnx` by default, `model_q4.onnx`…; all of a split export's),
 * the external weights they refer to, and config.json, generation_config.json, the tokenizer files and
 * the chat template files, at the root and under `onnx/` — each contributing its relative path and
 * content hash, in sorted path order. Other files (README, licences, the folder's other variants) do
 * not count: a q4 run is not redone because the fp16 file was downloaded. A model run on a GPU
 * (`device`) adds its provider, not its device id.
 *
 * Content hashes are memoised by (absolute path, size, mtimeMs): in `memoFile` when given (the
 * runner keeps it in the cache folder), otherwise in this process only. A file whose content changes
 * while its size and mtime stay the same keeps its old hash — the price of not rereading gigabytes
 * of weights on every run; any write through ordinary tools moves the mtime.
 */
export function modelFingerprint(
  dir: string,
  options: { memoFile?: string; dtype?: Dtype; device?: Device } = {},
): string {
  // The errors loading would give (no such folder, no file of this dtype, weights missing), so a run
  // under plain Jest reports them with their fix.
  const graphs = decoderPaths(findDecoderFiles(dir, diskFiles, options.dtype));
  const weights = graphs.flatMap((path) => checkOnnxFile(path).dataFiles);
  const files = [
    ...new Set([...behaviourFiles(dir), ...[...graphs, ...weights].map((p) => relativePath(dir, p))]),
  ].sort();
  const memo = options.memoFile === undefined ? processMemo : readMemo(options.memoFile);
  let changed = false;
  const hash = createHash("sha256").update(`${RECIPE}\n`);
  // A GPU's kernels round differently from the CPU's: its results are cached apart (the CPU's key is unchanged).
  if (options.device !== undefined) hash.update(`provider\0${options.device.provider}\n`);
  for (const file of files) {
    const path = resolve(dir, file);
    const { size, mtimeMs } = statSync(path);
    let known = memo.get(path);
    if (known === undefined || known.size !== size || known.mtimeMs !== mtimeMs) {
      known = { size, mtimeMs, sha256: hashFile(path) };
      memo.set(path, known);
      changed = true;
    }
    hash.update(`${file}\0${known.sha256}\n`);
  }
  if (changed && options.memoFile !== undefined) writeMemo(options.memoFile, memo);
  return hash.digest("hex");
}

/** A path below `dir` as the fingerprint names it: relative, with `/`, so fingerprints match across platforms. */
function relativePath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join("/");
}

/** SHA-256 hex of a file, read in 1 MB chunks so multi-gigabyte weights never sit in memory whole. */
export function hashFile(path: string): string {
  const hash = createHash("sha256");
  const buffer = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, buffer, 0, CHUNK, null); n > 0; n = readSync(fd, buffer, 0, CHUNK, null)) {
      hash.update(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

/** Relative paths (with `/`) of the behaviour files besides the ONNX graphs, sorted. */
function behaviourFiles(dir: string): string[] {
  const found: string[] = [];
  for (const sub of ["", "onnx"]) {
    let names: string[];
    try {
      names = readdirSync(join(dir, sub));
    } catch {
      continue; // no onnx/ folder
    }
    for (const name of names) {
      if (!BEHAVIOUR_FILES.has(name)) continue;
      // statSync follows symlinks: Hugging Face caches link model files to blobs.
      if (!statSync(join(dir, sub, name), { throwIfNoEntry: false })?.isFile()) continue;
      found.push(sub ? `${sub}/${name}` : name);
    }
  }
  return found.sort();
}

/** The memo file's hashes; a missing or corrupt file is an empty memo (rewritten after this run). */
function readMemo(file: string): Map<string, MemoEntry> {
  const memo = new Map<string, MemoEntry>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return memo;
  }
  if (parsed === null || typeof parsed !== "object") return memo;
  const { version, files } = parsed as { version?: unknown; files?: unknown };
  if (version !== 1 || files === null || typeof files !== "object") return memo;
  for (const [path, entry] of Object.entries(files as Record<string, unknown>)) {
    const e = entry as Partial<MemoEntry> | null;
    if (typeof e?.size === "number" && typeof e.mtimeMs === "number" && typeof e.sha256 === "string") {
      memo.set(path, { size: e.size, mtimeMs: e.mtimeMs, sha256: e.sha256 });
    }
  }
  return memo;
}

/**
 * Writes the memo atomically (temp file, then rename). Two runs writing at once lose at most
 * the other's new hashes, which the next run recomputes.
 */
function writeMemo(file: string, memo: ReadonlyMap<string, MemoEntry>): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`;
  const files = Object.fromEntries([...memo].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  try {
    writeFileSync(temp, `${JSON.stringify({ version: 1, files }, null, 1)}\n`, { mode: 0o600, flag: "wx" });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
