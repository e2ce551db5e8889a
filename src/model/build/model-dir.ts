import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** A model directory as built in memory: relative path → ONNX bytes or a JSON document. */
export type BuiltFiles = Readonly<Record<string, Uint8Array | object>>;

/**
 * Writes a built model directory atomically: into a sibling temporary folder first, then renamed
 * into place, so a reader (or a second concurrent build) never sees a half-written model.
 */
export function writeModelDir(dir: string, files: BuiltFiles): void {
  const temp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  rmSync(temp, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    const path = join(temp, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content instanceof Uint8Array ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(temp, dir);
}
