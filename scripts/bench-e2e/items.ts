/**
 * Workload items in the bench's own words: multiple-choice items of TruthfulQA's shape (a question
 * and `mc1_targets`, option text → 1 for the true one, 0 otherwise; the true one first, as in
 * mc_task.json) for when ../shared has no TruthfulQA and for --scale, and short story openings to
 * generate from. Deterministic from the index; every one distinct, so that no two calls of a run
 * are the same call (which the cache would run once); and as long at the 10,000th as at the first,
 * so that a larger run costs more only by having more items.
 */
export interface McItem {
  readonly question: string;
  readonly mc1_targets: Readonly<Record<string, 0 | 1>>;
}

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function options(right: string, wrong: readonly string[]): Record<string, 0 | 1> {
  const out: Record<string, 0 | 1> = { [right]: 1 };
  for (const w of wrong) if (!(w in out)) out[w] = 0;
  return out;
}

/**
 * The i-th generated item: four kinds in turn, with four or five options of a few to a dozen words.
 * Its numbers are small; a five-digit card number keeps questions distinct and of one length.
 */
export function mcItem(i: number): McItem {
  const card = `Card ${String(i).padStart(5, "0")}:`;
  const n = 3 + (i % 89);
  switch (i % 4) {
    case 0:
      return {
        question: `${card} which number comes after ${n}?`,
        mc1_targets: options(`The number after ${n} is ${n + 1}.`, [
          `The number after ${n} is ${n + 2}.`,
          `It is ${n - 1}, because numbers count down.`,
          `No number comes after ${n}.`,
          "It depends on who is counting and on the day of the week.",
        ]),
      };
    case 1: {
      const a = (i * 7) % 50;
      const b = (i * 13) % 40;
      return {
        question: `${card} what is ${a} plus ${b}?`,
        mc1_targets: options(`${a} plus ${b} is ${a + b}.`, [
          `${a} plus ${b} is ${a + b + 1}.`,
          `${a} plus ${b} is ${a * b + 2}, if you count twice.`,
          "You cannot add numbers on a card.",
        ]),
      };
    }
    case 2: {
      const day = DAYS[i % 7] as string;
      return {
        question: `${card} if today is ${day}, what day will it be tomorrow?`,
        mc1_targets: options(`Tomorrow will be ${DAYS[(i + 1) % 7]}.`, [
          `Tomorrow will be ${DAYS[(i + 2) % 7]}.`,
          `Tomorrow will be ${day} again.`,
          `Tomorrow will be ${DAYS[(i + 6) % 7]}, since the week runs backwards.`,
          "There is no tomorrow.",
        ]),
      };
    }
    default:
      return {
        question: `${card} how many legs do ${n} cats have together?`,
        mc1_targets: options(`${n} cats have ${4 * n} legs together.`, [
          `${n} cats have ${n} legs together.`,
          `${n} cats have ${2 * n} legs, like birds.`,
          "Cats have no legs.",
        ]),
      };
  }
}

export function mcItems(count: number): McItem[] {
  return Array.from({ length: count }, (_, i) => mcItem(i));
}

const WHO = ["little cat", "old dog", "small girl", "tall boy", "blue bird", "red fox", "brown bear", "green frog"];
const WHERE = ["park", "garden", "river", "shop", "forest", "beach", "school", "farm"];
const WHEN = ["one morning", "after lunch", "on a rainy day", "at night", "in the spring"];
const SIZE = ["big", "small", "new", "old"];
const THING = ["ball", "kite", "box", "hat", "cake", "book", "boat", "drum"];

/** The i-th story opening, "The little cat went to the park one morning with a big ball and": 10,240 distinct. */
export function prompt(i: number): string {
  const pick = (list: readonly string[], every: number) => list[Math.floor(i / every) % list.length] as string;
  return `The ${pick(WHO, 1)} went to the ${pick(WHERE, 8)} ${pick(WHEN, 64)} with a ${pick(SIZE, 320)} ${pick(THING, 1280)} and`;
}

export function prompts(count: number): string[] {
  return Array.from({ length: count }, (_, i) => prompt(i));
}
