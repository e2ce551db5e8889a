/** The outcome of looking a dotted path up in a value. */
export type PathLookup = { readonly found: true; readonly value: unknown } | { readonly found: false };

const NOT_FOUND: PathLookup = { found: false };

/** Names that lead to prototypes rather than data; a path never walks through them. */
const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);

const INDEX = /^(?:0|[1-9][0-9]*)$/;

/**
 * The value at a dotted path: each segment names an own property of an object, or, on an array, a
 * position (`choices.0`). Inherited properties and the prototype names are never reached, so a dataset
 * cannot smuggle `__proto__` or `toString` in as a field.
 */
export function getPath(value: unknown, dotted: string): PathLookup {
  let current = value;
  for (const segment of dotted.split(".")) {
    if (UNSAFE.has(segment) || current === null || typeof current !== "object") return NOT_FOUND;
    if (Array.isArray(current) && !INDEX.test(segment)) return NOT_FOUND;
    if (!Object.hasOwn(current, segment)) return NOT_FOUND;
    current = (current as Record<string, unknown>)[segment];
  }
  return { found: true, value: current };
}

/** The value of one own property, looked up by its exact name (a CSV column may contain dots). */
export function getOwn(value: unknown, key: string): PathLookup {
  if (UNSAFE.has(key) || value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return NOT_FOUND;
  return { found: true, value: (value as Record<string, unknown>)[key] };
}
