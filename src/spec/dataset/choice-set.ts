import { quoteData } from "../excerpt";

/**
 * A list of choices (or options) and which of them are correct, as datasets give them: a list of
 * texts with a separate `correct` value — an index, a choice's text, or one 1/0 (true/false) per
 * choice — or a text → 1/0 object such as TruthfulQA's `mc1_targets`, whose 1s are the correct ones
 * (a `correct` value, when given, overrides them). One reading for score queries and judges alike.
 */
export interface ChoiceSet {
  readonly texts: readonly string[];
  /** Per choice, whether it is correct; undefined when nothing says. */
  readonly correct: readonly boolean[] | undefined;
}

/** Reads a choice set; bad data is an Error whose message starts with `who` and says what is wrong. */
export function readChoiceSet(choices: unknown, correct: unknown, who: string): ChoiceSet {
  let texts: string[];
  let flags: boolean[] | undefined;
  if (Array.isArray(choices)) {
    texts = choices.map((value) => choiceText(value, who));
  } else if (choices !== null && typeof choices === "object") {
    const entries = Object.entries(choices);
    texts = entries.map(([text]) => text);
    flags = entries.map(([, value]) => truthy(value));
  } else {
    throw new Error(`${who}: the choices must be a list or a text → 1/0 object, not ${describe(choices)}`);
  }
  if (correct !== undefined) flags = correctFlags(correct, texts, who);
  return { texts, correct: flags };
}

/** 1, true, "1" and "true" (any case) are true. */
export function truthy(value: unknown): boolean {
  return (
    value === true || value === 1 || value === "1" || (typeof value === "string" && value.toLowerCase() === "true")
  );
}

function correctFlags(correct: unknown, texts: readonly string[], who: string): boolean[] {
  if (Array.isArray(correct)) {
    if (correct.length !== texts.length) {
      throw new Error(
        `${who}: correct has ${correct.length} flags for ${texts.length} choices; give one 1/0 per choice`,
      );
    }
    return correct.map(truthy);
  }
  let index = -1;
  if (typeof correct === "number") index = correct;
  else if (typeof correct === "string") index = texts.includes(correct) ? texts.indexOf(correct) : digits(correct);
  if (!Number.isInteger(index) || index < 0 || index >= texts.length) {
    throw new Error(
      `${who}: correct is ${describe(correct)}, which is neither a choice's text nor an index from 0 to ${texts.length - 1}`,
    );
  }
  return texts.map((_, i) => i === index);
}

function digits(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : -1;
}

function choiceText(value: unknown, who: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(`${who}: a choice is ${describe(value)}; choices must be texts`);
}

function describe(value: unknown): string {
  if (typeof value === "string") return quoteData(value);
  if (Array.isArray(value)) return "a list";
  if (value !== null && typeof value === "object") return "an object";
  return value === undefined ? "undefined" : String(value);
}
