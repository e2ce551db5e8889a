import fc from "fast-check";

/**
 * The value generators a probe slot can name. Each shrinks towards the simplest value it has — the
 * first entries of its lists, which are ordered shortest first, the smallest number, the fewest
 * words — so a counterexample is shown with the plainest filler that still fails.
 * Our own word lists: invented, neutral, with no protected attribute in them.
 */

// biome-ignore format: a table of names reads better packed
const FIRST_NAMES = [
  "Ada", "Ben", "Eli", "Ida", "Kai", "Lou", "Max", "Noa", "Ola", "Ravi", "Sami", "Tova", "Yuki",
  "Amani", "Bruno", "Carla", "Dario", "Elena", "Fiona", "Goran", "Hedda", "Imani", "Jonas", "Leona",
] as const;

// biome-ignore format: a table of names reads better packed
const LAST_NAMES = [
  "Berg", "Cole", "Dahl", "Ekon", "Fox", "Hale", "Ito", "Lund", "Moss", "Ngata", "Ortiz", "Price",
  "Quinn", "Rossi", "Sato", "Tembo", "Vance", "Wolff", "Adeyemi", "Brandt", "Castro", "Duarte",
] as const;

// biome-ignore format: a table of words reads better packed
const WORDS = [
  "a", "new", "old", "red", "box", "day", "map", "cup", "tea", "park", "road", "book", "lamp",
  "chair", "plant", "river", "quiet", "early", "window", "garden", "market", "yellow", "morning",
] as const;

/** Upper bound of the numbers generator when the slot gives none. */
export const DEFAULT_MAX_NUMBER = 1000;

const pick = (list: readonly string[]) => fc.integer({ min: 0, max: list.length - 1 }).map((i) => list[i] as string);

/** "First Last": synthetic person names, shrinking to the shortest. */
export function names(): fc.Arbitrary<string> {
  return fc.tuple(pick(FIRST_NAMES), pick(LAST_NAMES)).map(([first, last]) => `${first} ${last}`);
}

/** Integers in [min, max] as text, shrinking towards the one nearest 0. */
export function numbers(min = 0, max = DEFAULT_MAX_NUMBER): fc.Arbitrary<string> {
  return fc.integer({ min, max }).map(String);
}

/** One to four neutral words, shrinking to one short word. */
export function phrases(): fc.Arbitrary<string> {
  return fc.array(pick(WORDS), { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
}

/** Values of a list or file slot, shrinking to the earliest entry. */
export function listValues(values: readonly string[]): fc.Arbitrary<string> {
  return pick(values);
}
