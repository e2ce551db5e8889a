/**
 * The formats our schemas use beyond JSON Schema's, as functions: the runtime ajv adds them, and the
 * precompiled validators (schema-validators.generated.ts) require this module for them.
 */

/** Why a text is not a valid JavaScript regular expression, or undefined when it is. */
export function regexError(source: string, flags?: string): string | undefined {
  try {
    new RegExp(source, flags);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** `format: regex`: a JavaScript regular expression without the surrounding slashes. */
export function regex(source: string): boolean {
  return regexError(source) === undefined;
}
