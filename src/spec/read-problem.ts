import { formatBytes, type ReadFailure } from "./file-access";
import type { ProblemCode } from "./problem";

/** How one kind of file is named in messages, and which limit of the config applies to it. */
export interface FileRole {
  /** E.g. "dataset file", "partial file": the message says `${noun} ${shown} …`. */
  readonly noun: string;
  /** The config key that raises this file's size limit. */
  readonly limitKey: "limits.spec_file_mb" | "limits.data_file_mb";
  /** The code for a file that does not exist (the caller's own, e.g. DATASET_NOT_FOUND). */
  readonly missingCode: ProblemCode;
  /** What to do about a missing file. */
  readonly missingHint: string;
}

/** A failed read as a problem's parts; `inFile` is set when the problem has a place inside the file itself. */
export interface ReadProblem {
  readonly code: ProblemCode;
  readonly message: string;
  readonly hint: string;
  readonly inFile?: { readonly text: string; readonly start: number; readonly end: number };
}

/** Words every reader of a file uses for a failed read, so a FIFO or a UTF-16 file is named the same everywhere. */
export function readProblem(failure: ReadFailure, shown: string, role: FileRole): ReadProblem {
  const what = `${role.noun} ${shown}`;
  switch (failure.reason) {
    case "missing":
      return { code: role.missingCode, message: `${role.noun} not found: ${shown}`, hint: role.missingHint };
    case "directory":
      return {
        code: "FILE_NOT_REGULAR",
        message: `${what} is a directory, not a file`,
        hint: `name a regular file; ${role.missingHint}`,
      };
    case "special":
      return {
        code: "FILE_NOT_REGULAR",
        message: `${what} is ${failure.kind}, not a regular file: it was not opened`,
        hint: "trustspec reads regular files only; copy the data into a file",
      };
    case "too-large": {
      const size = failure.size !== undefined ? ` (it has ${formatBytes(failure.size)})` : "";
      return {
        code: "FILE_TOO_LARGE",
        message: `${what} is larger than the limit of ${formatBytes(failure.limit)}${size}: it was not read`,
        hint: `if the file really is this large, raise ${role.limitKey} in trustspec.config.yaml`,
      };
    }
    case "encoding":
      if (failure.code === "EUTF16") {
        return {
          code: "FILE_UTF16",
          message: `${what} is ${failure.encoding} text, not UTF-8`,
          hint: "save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)",
          ...(failure.lossyText !== undefined ? { inFile: { text: failure.lossyText, start: 0, end: 0 } } : {}),
        };
      }
      return {
        code: "FILE_NOT_UTF8",
        message: `${role.noun} is not valid UTF-8: byte ${failure.byteOffset} (0x${failure.byte.toString(16).toUpperCase().padStart(2, "0")}) does not belong to a UTF-8 character`,
        hint: "save the file as UTF-8; a stray byte like this usually comes from Latin-1 or Windows-1252 text",
        inFile: { text: failure.lossyText, start: failure.offset, end: failure.offset + 1 },
      };
    case "unreadable":
      return {
        code: "FILE_UNREADABLE",
        message: `cannot read the ${what}: ${failure.detail}`,
        hint: "check its permissions",
      };
  }
}

/**
 * A failed read in a few words ("is a named pipe (FIFO), not a regular file"), for the places that
 * report in plain text rather than as problems: files the person running trustspec names.
 */
export function failureReason(failure: ReadFailure): string {
  switch (failure.reason) {
    case "missing":
      return "no such file";
    case "directory":
      return "is a directory, not a file";
    case "special":
      return `is ${failure.kind}, not a regular file; it was not opened`;
    case "too-large":
      return `is larger than the limit of ${formatBytes(failure.limit)}; it was not read`;
    case "encoding":
      return failure.code === "EUTF16"
        ? `is ${failure.encoding} text, not UTF-8; save it as UTF-8`
        : `is not valid UTF-8 (byte ${failure.byteOffset}); save it as UTF-8`;
    case "unreadable":
      return `cannot be read (${failure.detail}); check its permissions`;
  }
}
