import { existsSync, readFileSync, statSync } from "node:fs";

/** The loader's only window on the file system, so tests can hand it files from memory. */
export interface FileAccess {
  /** The file's UTF-8 text; throws an error with `code` ENOENT, EISDIR, EACCES… when it cannot. */
  read(path: string): string;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
}

export const diskFiles: FileAccess = {
  read: (path) => {
    if (statSync(path).isDirectory()) {
      throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
    }
    return readFileSync(path, "utf8");
  },
  exists: (path) => existsSync(path),
  isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
};

/** In-memory files for tests: paths map to their text; directories are implied by their files. */
export function memoryFiles(files: Record<string, string>): FileAccess {
  const isDir = (path: string) => Object.keys(files).some((f) => f.startsWith(`${path.replace(/\/$/, "")}/`));
  return {
    read: (path) => {
      const text = files[path];
      if (text !== undefined) return text;
      if (isDir(path)) throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
      throw Object.assign(new Error(`no such file: ${path}`), { code: "ENOENT" });
    },
    exists: (path) => files[path] !== undefined || isDir(path),
    isDirectory: isDir,
  };
}

/** Reads a file, turning failures into a one-line reason instead of an exception. */
export function readText(
  files: FileAccess,
  path: string,
): { text: string } | { reason: "missing" | "directory" | "unreadable"; detail: string } {
  try {
    return { text: files.read(path) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    const detail = e instanceof Error ? e.message : String(e);
    if (code === "ENOENT" || code === "ENOTDIR") return { reason: "missing", detail };
    if (code === "EISDIR") return { reason: "directory", detail };
    return { reason: "unreadable", detail };
  }
}
