import { quoteData } from "./excerpt";

/**
 * A probe slot file: one value per line (surrounding spaces and blank lines ignored), or a JSON list
 * of strings. What is wrong comes back as a message (the caller positions it at the slot's path).
 */
export type SlotFile = { readonly values: string[] } | { readonly error: string };

export function parseSlotFile(text: string): SlotFile {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      // V8's message quotes the text around the error: give only where, as a slot file may hold anything.
      const position = /at position (\d+)/.exec(e instanceof Error ? e.message : "")?.[1];
      const where = position !== undefined ? ` (at character ${Number(position) + 1})` : "";
      return { error: `the slot file starts with "[" but is not a JSON list${where}` };
    }
    if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === "string" && v.trim() !== "")) {
      return { error: "a JSON slot file must be a list of non-empty strings" };
    }
    return nonEmpty(parsed as string[]);
  }
  return nonEmpty(slotLines(text));
}

/** Slot values one per line; surrounding spaces and blank lines are ignored. */
export function slotLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function nonEmpty(values: string[]): SlotFile {
  if (values.length === 0) return { error: "the slot file has no values" };
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) return { error: `the slot file lists ${quoteData(v)} twice: each value must be listed once` };
    seen.add(v);
  }
  return { values };
}
