import { chmodSync, mkdirSync } from "node:fs";
import { sep } from "node:path";

/**
 * The preset's Jest cache folder (jest-preset.js `cacheDirectory`), under the project's private
 * `.trustspec/` rather than the system temp folder, where Jest's default is readable by every user:
 * Jest caches each transformed spec, whose module holds the rendered prompts — a privacy spec's
 * planted secrets among them.
 */
export const JEST_CACHE = ".trustspec/jest-cache";

/**
 * Makes the preset's Jest cache folders owner-only (0700). Jest creates its cache folder with default
 * permissions when it starts, before the runner; the runner calls this before any spec is
 * transformed. A cache folder a user configured elsewhere is theirs, and left as it is.
 */
export function protectJestCache(cacheDirectories: Iterable<string>): void {
  for (const dir of new Set(cacheDirectories)) {
    if (dir.split(sep).slice(-2).join("/") !== JEST_CACHE) continue;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  }
}
