import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type DecodeFailure, decodeText } from "./decode-text";

export interface ReadOptions {
  /** The most bytes the file may have; a larger one is refused before it is read. Default `DEFAULT_LIMITS.dataBytes`. */
  readonly maxBytes?: number;
}

/** The loader's only window on the file system, so tests can hand it files from memory. */
export interface FileAccess {
  /**
   * The text of a regular file of at most `maxBytes`, decoded as strict UTF-8. Throws an error whose
   * `code` says why not: ENOENT, EISDIR, ENOTREG (a device, pipe or socket — never opened), EFBIG
   * (too large, with `size` and `limit`), EILSEQ (not UTF-8: see DecodeFailure), EUTF16, EACCES…
   */
  read(path: string, options?: ReadOptions): string;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /**
   * The absolute path with every symbolic link followed; for a path that does not exist, its nearest
   * existing ancestor's real path with the rest appended. Without it, paths are taken as written.
   */
  realpath?(path: string): string;
}

/** Size limits of the files trustspec reads (the config's `limits`). */
export interface FileLimits {
  /** Specs, the config and partials: text a person writes. */
  readonly specBytes: number;
  /** Dataset files, names maps and probe slot files. */
  readonly dataBytes: number;
}

const MB = 1024 * 1024;
export const DEFAULT_LIMITS: FileLimits = { specBytes: 8 * MB, dataBytes: 256 * MB };

/** What stat says a path that is not a regular file is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

function fail(code: string, message: string, extra: Record<string, unknown> = {}): never {
  throw Object.assign(new Error(message), { code, ...extra });
}

/** Checks what a path is before anything opens it: a FIFO would block the open, a device never ends. */
function checkRegular(path: string, stats: Stats, limit: number): void {
  if (stats.isDirectory()) fail("EISDIR", `${path} is a directory`);
  if (!stats.isFile()) fail("ENOTREG", `${path} is ${kindOf(stats)}`, { kind: kindOf(stats) });
  if (stats.size > limit) fail("EFBIG", `${path} has ${stats.size} bytes`, { size: stats.size, limit });
}

const CHUNK = 64 * 1024;

/**
 * Reads at most `limit` + 1 bytes, whatever the file's size said: /proc files say 0, and a file may
 * grow between stat and read. O_NONBLOCK keeps the open from waiting should the path have become a
 * FIFO since it was checked; fstat then refuses it by the descriptor actually opened.
 */
function readBounded(path: string, limit: number): Uint8Array {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    checkRegular(path, stats, limit);
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(stats.size + 1, CHUNK)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) fail("EFBIG", `${path} has more than ${limit} bytes`, { limit });
        const grown = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) fail("EFBIG", `${path} has more than ${limit} bytes`, { limit });
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export const diskFiles: FileAccess = {
  read: (path, options) => {
    const limit = options?.maxBytes ?? DEFAULT_LIMITS.dataBytes;
    checkRegular(path, statSync(path), limit);
    return decodeText(readBounded(path, limit));
  },
  exists: (path) => existsSync(path),
  isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
  realpath: (path) => {
    const absolute = resolve(path);
    try {
      return realpathSync(absolute);
    } catch {
      const parent = dirname(absolute);
      return parent === absolute ? absolute : join(diskFiles.realpath?.(parent) ?? parent, basename(absolute));
    }
  },
};

/**
 * In-memory files for tests: paths map to their text (or bytes, decoded as files on disk are);
 * directories are implied by their files. Paths have no links: `realpath` only resolves `..`.
 */
export function memoryFiles(files: Record<string, string | Uint8Array>): FileAccess {
  const isDir = (path: string) => Object.keys(files).some((f) => f.startsWith(`${path.replace(/\/$/, "")}/`));
  return {
    read: (path, options) => {
      const content = files[path];
      if (content === undefined) {
        if (isDir(path)) fail("EISDIR", `${path} is a directory`);
        fail("ENOENT", `no such file: ${path}`);
      }
      const limit = options?.maxBytes ?? DEFAULT_LIMITS.dataBytes;
      const size = typeof content === "string" ? Buffer.byteLength(content) : content.length;
      if (size > limit) fail("EFBIG", `${path} has ${size} bytes`, { size, limit });
      return typeof content === "string" ? content : decodeText(content);
    },
    exists: (path) => files[path] !== undefined || isDir(path),
    isDirectory: isDir,
    realpath: (path) => resolve(path),
  };
}

/** Why a file could not be read, as data for the caller to word and position. */
export type ReadFailure =
  | { readonly reason: "missing" | "directory" | "unreadable"; readonly detail: string }
  /** A device, FIFO or socket: `kind` says which. */
  | { readonly reason: "special"; readonly kind: string; readonly detail: string }
  | { readonly reason: "too-large"; readonly size: number | undefined; readonly limit: number; readonly detail: string }
  | ({ readonly reason: "encoding"; readonly detail: string } & DecodeFailure);

/** Reads a file, turning failures into data instead of an exception. */
export function readText(files: FileAccess, path: string, options: ReadOptions = {}): { text: string } | ReadFailure {
  try {
    return { text: files.read(path, options) };
  } catch (e) {
    const error = e as { code?: string; kind?: string; size?: number; limit?: number };
    const detail = e instanceof Error ? e.message : String(e);
    switch (error.code) {
      case "ENOENT":
      case "ENOTDIR":
        return { reason: "missing", detail };
      case "EISDIR":
        return { reason: "directory", detail };
      case "ENOTREG":
        return { reason: "special", kind: error.kind ?? "not a regular file", detail };
      case "EFBIG":
        return {
          reason: "too-large",
          size: error.size,
          limit: error.limit ?? options.maxBytes ?? DEFAULT_LIMITS.dataBytes,
          detail,
        };
      case "EILSEQ":
      case "EUTF16":
        return { reason: "encoding", detail, ...(e as DecodeFailure) };
      default:
        return { reason: "unreadable", detail };
    }
  }
}

/** A number of bytes as a person reads it: 512 bytes, 12.3 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KB`;
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, "")} MB`;
}
