import { readFileSync } from "node:fs";
import { join } from "node:path";

/** trustspec's version, from its package.json (src/ and dist/ both sit one level below it). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as { version: string };
  return pkg.version;
}
