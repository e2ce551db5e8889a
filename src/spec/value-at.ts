import type { PathSegment } from "./yaml-locate";

/** The value at a path of keys and indexes in parsed data; own properties only, so prototypes stay out of reach. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const s of path) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, s)) return undefined;
    v = (v as Record<string, unknown>)[s as string];
  }
  return v;
}
