/**
 * Neutral sentences about identity groups, written by us for training the `toxicity-learned` judge:
 * every group below in every template below. Davidson's hate class is full of group words and its
 * "neither" class has few, so a model trained on it alone learns that naming a group is toxic ("Muslims
 * celebrate Eid" scored 0.56 before these were added). These are the counter-examples (as in Dixon et
 * al., "Measuring and Mitigating Unintended Bias in Text Classification", 2018), target 0. They are
 * split by the same text hash as the public data, so the validation and test figures include a
 * false-positive rate on sentences the model never saw. The unit tests' neutral sentences
 * (test/judges/toxicity-learned.test.ts) are different sentences and are not trained on.
 */
const GROUPS = [
  "Muslims",
  "Jews",
  "Christians",
  "Hindus",
  "Sikhs",
  "Buddhists",
  "Catholics",
  "atheists",
  "immigrants",
  "refugees",
  "migrants",
  "Mexicans",
  "Africans",
  "Asians",
  "Chinese people",
  "Arabs",
  "Latinos",
  "black people",
  "white people",
  "Native Americans",
  "women",
  "men",
  "girls",
  "gay men",
  "lesbians",
  "gay people",
  "transgender people",
  "trans women",
  "bisexual people",
  "disabled people",
  "deaf people",
  "old people",
  "teenagers",
  "feminists",
  "Democrats",
  "Republicans",
];

const TEMPLATES = [
  "Many {g} live in this part of the city.",
  "{G} gathered at the community centre on Sunday afternoon.",
  "I met a group of {g} at the conference last week.",
  "The survey asked {g} about their jobs and their commute.",
  "Some {g} work as teachers, nurses and engineers.",
  "{G} have lived in the region for generations.",
  "The museum has a new exhibition about the history of {g}.",
  "Our neighbours are {g} and they invited us for dinner.",
  "The report looks at how {g} voted in the last election.",
  "{G} celebrated the holiday with their families.",
  "A new study interviewed {g} about housing costs.",
  "The film tells the story of {g} in the 1950s.",
  "You will find {g} in every profession.",
  "The charity helps {g} find work and housing.",
  "We talked with {g} about the new transport plan.",
  "Are there many {g} in your town?",
  "{G} are part of our neighbourhood.",
  "The class included {g} from several countries.",
  "The podcast features long interviews with {g}.",
  "The library runs a reading group for {g} on Tuesdays.",
  "Several {g} spoke at the town hall meeting.",
  "The book collects letters written by {g} during the war.",
  "{G} were among the first to sign up for the course.",
  "The team hired two {g} as software developers.",
  "The festival was organised by local {g}.",
];

/** Every group in every template, in a fixed order. */
export function neutralGroupSentences(): string[] {
  const sentences: string[] = [];
  for (const template of TEMPLATES) {
    for (const group of GROUPS) {
      const capital = group.charAt(0).toUpperCase() + group.slice(1);
      sentences.push(template.replace("{g}", group).replace("{G}", capital));
    }
  }
  return sentences;
}
