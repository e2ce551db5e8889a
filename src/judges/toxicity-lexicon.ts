/**
 * The lexicon of the `toxicity-lexical` judge: data only, read by toxicity-lexical.ts (which documents
 * how matches become a score). Written by the project from general knowledge of English profanity,
 * insults, threats, slurs and sexual vocabulary — not harvested from any dataset.
 *
 * Contents warning: this file lists offensive words by design, unobfuscated, because it is a lexicon.
 *
 * A term's `weight` is the score the term gives on its own, in a text with nothing else toxic: the
 * rough probability that a reader calls such a text toxic. Tiers, so weights stay comparable:
 * 0.9 the strongest profanity and slurs · 0.75–0.85 strong insults, explicit sexual terms ·
 * 0.5–0.7 insults and crude words · 0.25–0.45 mild, ambiguous or often-literal words · ≤ 0.2 words
 * that only add up with others. A text crosses 0.5 with one term of weight ≥ 0.5, or with any insult
 * aimed at "you", or with two or three mild ones.
 */

export type ToxicityCategory = "profanity" | "insult" | "threat" | "identity" | "sexual";

/**
 * How a one-word `term` matches a normalised word of the text:
 * - `word` (default): the word is the term, the term + "s" / "es", or one of `forms`;
 * - `prefix`: the word starts with the term ("bitch" → "bitchy", "bitching"), except words in `except`;
 * - `anywhere`: the term occurs inside the word ("fuck" → "motherfucker"), except words in `except`.
 * A `term` with spaces is a phrase: consecutive words equal to its words (the last one as a `word`).
 */
export type LexiconMatch = "word" | "prefix" | "anywhere";

export interface LexiconEntry {
  readonly term: string;
  readonly category: ToxicityCategory;
  readonly weight: number;
  readonly match?: LexiconMatch;
  readonly forms?: readonly string[];
  readonly except?: readonly string[];
  /** `false`: never raised for being aimed at "you" (a verb, as in "do you hate Mondays?"). */
  readonly aimable?: false;
}

/** Words are lower case with apostrophes removed ("you're" → "youre"), as the judge normalises them. */
export const TOXICITY_LEXICON: readonly LexiconEntry[] = [
  // ── Profanity ────────────────────────────────────────────────────────────────────────────────
  { term: "fuck", category: "profanity", weight: 0.9, match: "anywhere" },
  { term: "fck", category: "profanity", weight: 0.85, match: "prefix", forms: ["fcking"] },
  { term: "fuk", category: "profanity", weight: 0.85, forms: ["fuking", "fukin", "fuker", "fukers", "fukd"] },
  { term: "fuq", category: "profanity", weight: 0.8, forms: ["fuqin", "fuqing"] },
  { term: "effing", category: "profanity", weight: 0.4 },
  { term: "wtf", category: "profanity", weight: 0.55 },
  { term: "stfu", category: "profanity", weight: 0.75 },
  { term: "gtfo", category: "profanity", weight: 0.75 },
  { term: "omfg", category: "profanity", weight: 0.5 },
  { term: "shit", category: "profanity", weight: 0.8, match: "anywhere", except: ["shitake", "shittim"] },
  { term: "sht", category: "profanity", weight: 0.5 },
  { term: "crap", category: "profanity", weight: 0.4, forms: ["crappy", "crapped", "crapping", "crapola"] },
  { term: "damn", category: "profanity", weight: 0.3, forms: ["damned", "damnit", "dammit", "damning"] },
  { term: "goddamn", category: "profanity", weight: 0.45, match: "prefix" },
  { term: "goddam", category: "profanity", weight: 0.45 },
  { term: "hell", category: "profanity", weight: 0.2 },
  { term: "piss", category: "profanity", weight: 0.5, match: "prefix", except: ["pissarro", "pissaladiere"] },
  { term: "bloody", category: "profanity", weight: 0.1 },
  { term: "bugger", category: "profanity", weight: 0.45, forms: ["buggered", "buggering", "buggery"] },
  { term: "bollocks", category: "profanity", weight: 0.55 },
  { term: "arse", category: "profanity", weight: 0.55, forms: ["arsed"] },
  { term: "ass", category: "profanity", weight: 0.65 },
  { term: "azz", category: "profanity", weight: 0.55 },
  { term: "badass", category: "profanity", weight: 0.35 },
  { term: "frick", category: "profanity", weight: 0.15, forms: ["fricking", "fricken", "frickin"] },
  { term: "freaking", category: "profanity", weight: 0.12, forms: ["freakin"] },
  { term: "sucks", category: "profanity", weight: 0.35, forms: ["sucked", "sux"] },
  { term: "turd", category: "profanity", weight: 0.6 },
  { term: "poop", category: "profanity", weight: 0.2 },
  { term: "butt", category: "profanity", weight: 0.35 },
  { term: "fart", category: "profanity", weight: 0.35, forms: ["farted", "farting"] },

  // ── Insults ──────────────────────────────────────────────────────────────────────────────────
  { term: "asshole", category: "insult", weight: 0.85, match: "prefix" },
  { term: "arsehole", category: "insult", weight: 0.8 },
  { term: "asshat", category: "insult", weight: 0.8 },
  { term: "asswipe", category: "insult", weight: 0.8 },
  { term: "jackass", category: "insult", weight: 0.75 },
  { term: "dumbass", category: "insult", weight: 0.8 },
  { term: "smartass", category: "insult", weight: 0.6 },
  { term: "fatass", category: "insult", weight: 0.8 },
  { term: "bitch", category: "insult", weight: 0.85, match: "anywhere" },
  { term: "biatch", category: "insult", weight: 0.75 },
  { term: "bastard", category: "insult", weight: 0.7, match: "prefix" },
  { term: "cunt", category: "insult", weight: 0.92, match: "prefix" },
  { term: "twat", category: "insult", weight: 0.8, match: "prefix" },
  { term: "wanker", category: "insult", weight: 0.8, forms: ["wank", "wanking", "wanked"] },
  { term: "tosser", category: "insult", weight: 0.6 },
  { term: "prick", category: "insult", weight: 0.6 },
  { term: "dickhead", category: "insult", weight: 0.85 },
  { term: "douche", category: "insult", weight: 0.65, match: "prefix" },
  { term: "scumbag", category: "insult", weight: 0.75 },
  { term: "scum", category: "insult", weight: 0.65, forms: ["scummy"] },
  { term: "shithead", category: "insult", weight: 0.85 },
  { term: "idiot", category: "insult", weight: 0.75, forms: ["idiotic", "idiots", "idiocy"] },
  { term: "moron", category: "insult", weight: 0.8, forms: ["moronic"] },
  { term: "imbecile", category: "insult", weight: 0.75, forms: ["imbecilic"] },
  { term: "cretin", category: "insult", weight: 0.7 },
  { term: "stupid", category: "insult", weight: 0.6, forms: ["stupidest", "stupider", "stupidly"] },
  { term: "stupidity", category: "insult", weight: 0.4 },
  { term: "dumb", category: "insult", weight: 0.5, forms: ["dumber", "dumbest"] },
  { term: "dumbo", category: "insult", weight: 0.5 },
  { term: "dimwit", category: "insult", weight: 0.65 },
  { term: "halfwit", category: "insult", weight: 0.65 },
  { term: "nitwit", category: "insult", weight: 0.55 },
  { term: "numbskull", category: "insult", weight: 0.55 },
  { term: "dunce", category: "insult", weight: 0.45 },
  { term: "twit", category: "insult", weight: 0.45 },
  { term: "airhead", category: "insult", weight: 0.5 },
  { term: "bimbo", category: "insult", weight: 0.6 },
  { term: "fool", category: "insult", weight: 0.4, forms: ["fools"] },
  { term: "foolish", category: "insult", weight: 0.25 },
  { term: "loser", category: "insult", weight: 0.5 },
  { term: "jerk", category: "insult", weight: 0.5, forms: ["jerks"] },
  { term: "creep", category: "insult", weight: 0.35, forms: ["creepy"] },
  { term: "freak", category: "insult", weight: 0.35 },
  { term: "weirdo", category: "insult", weight: 0.4 },
  { term: "clown", category: "insult", weight: 0.25 },
  { term: "buffoon", category: "insult", weight: 0.5 },
  { term: "bozo", category: "insult", weight: 0.45 },
  { term: "sucker", category: "insult", weight: 0.4 },
  { term: "lowlife", category: "insult", weight: 0.6 },
  { term: "degenerate", category: "insult", weight: 0.55 },
  { term: "pathetic", category: "insult", weight: 0.4 },
  { term: "worthless", category: "insult", weight: 0.45 },
  { term: "useless", category: "insult", weight: 0.25 },
  { term: "ugly", category: "insult", weight: 0.4, forms: ["ugliest", "uglier"] },
  { term: "fatso", category: "insult", weight: 0.6 },
  { term: "fatty", category: "insult", weight: 0.45 },
  { term: "pig", category: "insult", weight: 0.15 },
  { term: "swine", category: "insult", weight: 0.3 },
  { term: "disgusting", category: "insult", weight: 0.35 },
  { term: "despicable", category: "insult", weight: 0.35 },
  { term: "vile", category: "insult", weight: 0.3 },
  { term: "filthy", category: "insult", weight: 0.35 },
  { term: "nasty", category: "insult", weight: 0.3 },
  { term: "trash", category: "insult", weight: 0.2, forms: ["trashy"] },
  { term: "psycho", category: "insult", weight: 0.5 },
  { term: "lunatic", category: "insult", weight: 0.4 },
  { term: "hypocrite", category: "insult", weight: 0.35 },
  { term: "liar", category: "insult", weight: 0.35 },
  { term: "coward", category: "insult", weight: 0.4 },
  { term: "slut", category: "insult", weight: 0.85, match: "prefix" },
  { term: "whore", category: "insult", weight: 0.85, match: "prefix" },
  { term: "skank", category: "insult", weight: 0.75, match: "prefix" },
  { term: "hoe", category: "insult", weight: 0.35 },
  { term: "thot", category: "insult", weight: 0.6 },
  { term: "tramp", category: "insult", weight: 0.3 },
  { term: "libtard", category: "insult", weight: 0.8 },
  { term: "snowflake", category: "insult", weight: 0.2 },
  { term: "hate", category: "insult", weight: 0.25, forms: ["hated", "hating", "hateful"], aimable: false },
  { term: "shut up", category: "insult", weight: 0.45 },
  { term: "piece of shit", category: "insult", weight: 0.9 },
  { term: "piece of crap", category: "insult", weight: 0.7 },
  { term: "son of a bitch", category: "insult", weight: 0.85 },
  { term: "go to hell", category: "insult", weight: 0.6 },
  { term: "screw you", category: "insult", weight: 0.6 },
  { term: "fuck you", category: "insult", weight: 0.95 },
  { term: "fuck off", category: "insult", weight: 0.92 },
  { term: "piss off", category: "insult", weight: 0.7 },
  { term: "kiss my ass", category: "insult", weight: 0.75 },
  { term: "eat shit", category: "insult", weight: 0.85 },
  { term: "suck my", category: "insult", weight: 0.7 },
  { term: "hate you", category: "insult", weight: 0.55 },

  // ── Threats and violence (bare words; the judge adds the "I will … you" patterns) ───────────
  { term: "kill", category: "threat", weight: 0.35, forms: ["kills", "killed", "killing", "killer", "killers"] },
  { term: "murder", category: "threat", weight: 0.4, forms: ["murdered", "murdering", "murderer", "murderers"] },
  { term: "stab", category: "threat", weight: 0.35, forms: ["stabbed", "stabbing"] },
  { term: "strangle", category: "threat", weight: 0.45, forms: ["strangled", "strangling"] },
  { term: "slaughter", category: "threat", weight: 0.35, forms: ["slaughtered"] },
  { term: "behead", category: "threat", weight: 0.5, forms: ["beheaded", "beheading"] },
  { term: "lynch", category: "threat", weight: 0.55, forms: ["lynched", "lynching"] },
  { term: "torture", category: "threat", weight: 0.3, forms: ["tortured", "torturing"] },
  { term: "die", category: "threat", weight: 0.2 },
  { term: "kill yourself", category: "threat", weight: 0.9 },
  { term: "kys", category: "threat", weight: 0.8 },
  { term: "hang yourself", category: "threat", weight: 0.85 },
  { term: "go die", category: "threat", weight: 0.8 },
  { term: "drop dead", category: "threat", weight: 0.75 },
  { term: "hope you die", category: "threat", weight: 0.85 },
  { term: "should die", category: "threat", weight: 0.7 },
  { term: "deserve to die", category: "threat", weight: 0.75 },
  { term: "you will die", category: "threat", weight: 0.75 },
  { term: "youre dead", category: "threat", weight: 0.7 },
  { term: "you are dead", category: "threat", weight: 0.7 },
  { term: "watch your back", category: "threat", weight: 0.6 },
  { term: "i will find you", category: "threat", weight: 0.65 },

  // ── Identity attacks: slurs (the judge adds "<group> are <vermin>" patterns) ────────────────
  { term: "nigger", category: "identity", weight: 0.95, match: "prefix" },
  { term: "nigga", category: "identity", weight: 0.85 },
  { term: "faggot", category: "identity", weight: 0.92, match: "prefix" },
  { term: "fag", category: "identity", weight: 0.85 },
  {
    term: "retard",
    category: "identity",
    weight: 0.75,
    match: "prefix",
    except: ["retardant", "retardants", "retardation"],
  },
  { term: "kike", category: "identity", weight: 0.9 },
  { term: "spic", category: "identity", weight: 0.8 },
  { term: "chink", category: "identity", weight: 0.8 },
  { term: "gook", category: "identity", weight: 0.85 },
  { term: "wetback", category: "identity", weight: 0.85 },
  { term: "beaner", category: "identity", weight: 0.8 },
  { term: "towelhead", category: "identity", weight: 0.9 },
  { term: "raghead", category: "identity", weight: 0.9 },
  { term: "sandnigger", category: "identity", weight: 0.95 },
  { term: "paki", category: "identity", weight: 0.75 },
  { term: "coon", category: "identity", weight: 0.6 },
  { term: "jigaboo", category: "identity", weight: 0.9 },
  { term: "porch monkey", category: "identity", weight: 0.9 },
  { term: "dyke", category: "identity", weight: 0.75 },
  { term: "tranny", category: "identity", weight: 0.75, forms: ["trannies"] },
  { term: "shemale", category: "identity", weight: 0.7 },
  { term: "homo", category: "identity", weight: 0.6 },
  { term: "kaffir", category: "identity", weight: 0.85 },
  { term: "gypsy", category: "identity", weight: 0.15, forms: ["gypsies"] },
  { term: "redneck", category: "identity", weight: 0.35 },
  { term: "cracker", category: "identity", weight: 0.1 },
  { term: "honky", category: "identity", weight: 0.6 },
  { term: "subhuman", category: "identity", weight: 0.6 },
  { term: "untermensch", category: "identity", weight: 0.6 },

  // ── Sexual explicitness ──────────────────────────────────────────────────────────────────────
  { term: "cock", category: "sexual", weight: 0.7, forms: ["cocks"] },
  { term: "cocksucker", category: "sexual", weight: 0.9, match: "prefix" },
  { term: "dick", category: "sexual", weight: 0.7, forms: ["dicks"] },
  { term: "dildo", category: "sexual", weight: 0.6 },
  { term: "pussy", category: "sexual", weight: 0.8, forms: ["pussies"] },
  { term: "penis", category: "sexual", weight: 0.5, forms: ["penises"] },
  { term: "vagina", category: "sexual", weight: 0.45 },
  { term: "clit", category: "sexual", weight: 0.75, forms: ["clitoris"] },
  { term: "boob", category: "sexual", weight: 0.5, forms: ["boobies", "booby"] },
  { term: "tits", category: "sexual", weight: 0.7, forms: ["titty", "titties"] },
  { term: "nipple", category: "sexual", weight: 0.35 },
  { term: "cum", category: "sexual", weight: 0.7, forms: ["cumming", "cumshot"] },
  { term: "jizz", category: "sexual", weight: 0.75 },
  { term: "semen", category: "sexual", weight: 0.45 },
  { term: "sperm", category: "sexual", weight: 0.2 },
  { term: "testicles", category: "sexual", weight: 0.4 },
  { term: "scrotum", category: "sexual", weight: 0.4 },
  { term: "genitals", category: "sexual", weight: 0.35, forms: ["genitalia"] },
  { term: "anus", category: "sexual", weight: 0.45 },
  { term: "anal", category: "sexual", weight: 0.5 },
  { term: "butthole", category: "sexual", weight: 0.7 },
  { term: "blowjob", category: "sexual", weight: 0.8 },
  { term: "handjob", category: "sexual", weight: 0.75 },
  { term: "porn", category: "sexual", weight: 0.55, match: "prefix" },
  { term: "sex", category: "sexual", weight: 0.3 },
  { term: "sexy", category: "sexual", weight: 0.3 },
  { term: "sexual", category: "sexual", weight: 0.12, forms: ["sexually"] },
  { term: "naked", category: "sexual", weight: 0.3 },
  { term: "nude", category: "sexual", weight: 0.3, forms: ["nudes", "nudity"] },
  { term: "horny", category: "sexual", weight: 0.55 },
  { term: "orgasm", category: "sexual", weight: 0.45 },
  { term: "masturbate", category: "sexual", weight: 0.5, forms: ["masturbating", "masturbation"] },
  { term: "erection", category: "sexual", weight: 0.4 },
  { term: "milf", category: "sexual", weight: 0.7 },
  { term: "hooker", category: "sexual", weight: 0.45 },
  { term: "rape", category: "sexual", weight: 0.55, forms: ["raped", "raping", "rapist", "rapists"] },
  { term: "molest", category: "sexual", weight: 0.5, forms: ["molested", "molesting", "molester"] },
  { term: "pedophile", category: "sexual", weight: 0.5, forms: ["paedophile", "pedo"] },
];

/** Second-person words: an insult within a few words after one of these is aimed at the reader. */
export const SECOND_PERSON: readonly string[] = [
  "you",
  "u",
  "ya",
  "youre",
  "ur",
  "yall",
  "your",
  "yourself",
  "yourselves",
];

/**
 * Words allowed between a second-person word and the insult it aims ("you are such a total idiot"),
 * besides one copula (`COPULAS`) and other lexicon words ("you stupid fucking moron").
 */
export const AIM_FILLERS: readonly string[] = [
  "a",
  "an",
  "the",
  "such",
  "so",
  "very",
  "really",
  "just",
  "total",
  "complete",
  "absolute",
  "utter",
  "little",
  "big",
  "fat",
  "old",
  "dirty",
  "real",
  "all",
  "guys",
  "people",
  "one",
  "some",
  "bunch",
  "kind",
  "sort",
  "of",
  "being",
];

/** Copulas of "you are a …" and "<group> are …"; "be" covers "should be", "must be". */
export const COPULAS: readonly string[] = ["are", "r", "is", "were", "was", "be", "arent"];

/**
 * Words that put the speaker as the subject of a threat ("i'll" and "i'm" normalise to "ill", "im").
 * "we're" and "we'll" are left out: as "were" and "well" they are too common to mean anything.
 */
export const FIRST_PERSON: readonly string[] = ["i", "im", "ill", "id", "ive", "we", "weve", "imma", "ima"];

/** Whom a threat is aimed at. */
export const THREAT_OBJECTS: readonly string[] = [
  "you",
  "u",
  "ya",
  "yall",
  "your",
  "yourself",
  "yourselves",
  "him",
  "her",
  "them",
  "everyone",
  "everybody",
];

/**
 * Violent verbs as lemmas; the judge adds the regular forms (-s, -ed, -ing, a doubled final consonant,
 * a dropped final e), and irregular forms are listed. A strong verb aimed at a person is a threat on its
 * own; a weak one ("beat you at chess") only with a first-person speaker.
 */
export const VIOLENT_VERBS_STRONG: readonly string[] = [
  "kill",
  "murder",
  "hurt",
  "stab",
  "strangle",
  "choke",
  "rape",
  "slaughter",
  "behead",
  "lynch",
  "butcher",
  "torture",
  "slit",
  "gut",
  "shank",
];

export const VIOLENT_VERBS_WEAK: readonly string[] = [
  "shoot",
  "shot",
  "beat",
  "beaten",
  "punch",
  "slap",
  "smack",
  "kick",
  "smash",
  "burn",
  "burnt",
  "bury",
  "drown",
  "hang",
  "hung",
  "destroy",
  "attack",
  "bash",
  "cripple",
  "hunt",
  "end",
];

/**
 * Clean phrases whose words are never matched: idioms and names that contain a lexicon word.
 * ("Scunthorpe", "cocktail", "assassin" need no entry: one-word terms match whole words only.)
 */
export const CLEAN_PHRASES: readonly string[] = [
  "cum laude",
  "homo sapiens",
  "homo erectus",
  "homo habilis",
  "moby dick",
  "chink in",
  "cock a doodle",
  "van dyke",
  "pussy willow",
  "garden hoe",
  "spic and span",
  "bloody mary",
  "guinea pig",
  "guinea pigs",
];

/** Groups that dehumanising phrases target ("<group> are <vermin>"): plural nouns, lower case. */
export const IDENTITY_GROUPS: readonly string[] = [
  "jews",
  "muslims",
  "christians",
  "blacks",
  "whites",
  "asians",
  "arabs",
  "mexicans",
  "africans",
  "indians",
  "chinese",
  "immigrants",
  "migrants",
  "refugees",
  "foreigners",
  "gays",
  "lesbians",
  "homosexuals",
  "transgenders",
  "women",
  "men",
  "females",
  "girls",
  "feminists",
  "liberals",
  "conservatives",
];

/** What a dehumanising phrase calls a group; also "should be <exterminated>" style verbs. */
export const DEHUMANISING: readonly string[] = [
  "animals",
  "vermin",
  "rats",
  "cockroaches",
  "roaches",
  "parasites",
  "subhuman",
  "savages",
  "apes",
  "monkeys",
  "pigs",
  "dogs",
  "scum",
  "filth",
  "trash",
  "garbage",
  "disease",
  "cancer",
  "plague",
  "inferior",
  "exterminated",
  "eradicated",
  "gassed",
  "wiped",
];
