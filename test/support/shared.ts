import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * `../shared` (public datasets, the real stories260k model) exists in developer sessions and CI,
 * never on a user's clone. Integration tests that read it run only when it is there.
 */
export const sharedDir = join(__dirname, "..", "..", "..", "shared");

export function sharedPath(...parts: string[]): string {
  return join(sharedDir, ...parts);
}

/** `describe` when every listed path under ../shared exists, otherwise a skipped suite that says why. */
export function describeWithShared(name: string, paths: string[], body: () => void): void {
  const missing = paths.filter((p) => !existsSync(sharedPath(p)));
  if (missing.length === 0) {
    describe(name, body);
  } else {
    const skip = describe.skip;
    skip(`${name} (skipped: ../shared/${missing[0]} is absent)`, body);
  }
}
