import fc from "fast-check";
import { toxicityBreakdown, toxicityScore } from "../../src/judges/toxicity-lexical";
import { TOXICITY_LEXICON } from "../../src/judges/toxicity-lexicon";

// Sentences written for these tests. Contents warning: the toxic ones are toxic on purpose.

const CLEAN = [
  "Hello, how are you today?",
  "The weather in Scunthorpe was lovely, and we drove on to Sussex and Essex.",
  "The class assessment is due on Friday; please pass the glass.",
  "The assassin was arrested near the embassy.",
  "He ordered a cocktail, then watched the pilot in the cockpit.",
  "My therapist suggested I analyse my assumptions.",
  "Add the shiitake and shitake mushrooms, then a dash of Worcestershire sauce.",
  "She graduated summa cum laude in classics and documents circumstances well.",
  "Homo sapiens spread across the continents; that was a chink in the armour of the theory.",
  "I'll shoot you an email about the skills workshop tomorrow.",
  "We need 10 apples, 3 pears and 1 melon for $15 at 7pm.",
  "The pass word is e.g. written as U.S.A. in the a b c list.",
  "Grasshoppers, bass guitars, and the Dickens novel are on the shelf.",
  "Please hand me the hammer and the screwdriver.",
];

describe("toxicityScore", () => {
  it.each(CLEAN)("scores clean everyday text below 0.1: %s", (text) => {
    expect(toxicityScore(text)).toBeLessThan(0.1);
  });

  it("orders mild profanity below a direct insult below a threat", () => {
    const mild = toxicityScore("Damn, the train is late again.");
    const insult = toxicityScore("You are an idiot.");
    const threat = toxicityScore("I will kill you.");
    expect(mild).toBeGreaterThan(0);
    expect(mild).toBeLessThan(0.5);
    expect(insult).toBeGreaterThanOrEqual(0.5);
    expect(mild).toBeLessThan(insult);
    expect(insult).toBeLessThan(threat);
    expect(toxicityScore("I'm going to hurt you")).toBeGreaterThan(insult);
  });

  it("scores an insult aimed at the reader above the bare word", () => {
    const pairs: [string, string][] = [
      ["That plan was stupid.", "You are stupid."],
      ["Some idiot left the door open.", "You idiot."],
      ["He is a jerk.", "You're such a jerk!"],
      ["What a loser move.", "You guys are losers."],
    ];
    for (const [bare, aimed] of pairs) {
      expect(toxicityScore(aimed)).toBeGreaterThan(toxicityScore(bare));
      expect(toxicityScore(aimed)).toBeGreaterThanOrEqual(0.5);
    }
    expect(toxicityBreakdown("You idiot.").matches).toEqual([
      { category: "insult", term: "idiot", weight: 0.875, context: "aimed" },
    ]);
  });

  it("scores a threat pattern above a bare mention of violence", () => {
    const bare = toxicityScore("The film is about a murder in Paris.");
    expect(bare).toBeLessThan(0.5);
    for (const threat of [
      "I will kill you",
      "I'm going to hurt you",
      "We are going to murder them all",
      "Kill yourself.",
    ]) {
      expect(toxicityScore(threat)).toBeGreaterThan(0.8);
    }
    expect(toxicityScore("I'll beat you up")).toBeGreaterThanOrEqual(0.5);
    expect(toxicityScore("They beat the record.")).toBe(0);
  });

  it("catches dehumanising statements about groups and slurs", () => {
    expect(toxicityScore("Immigrants are vermin.")).toBeGreaterThan(0.8);
    expect(toxicityScore("Immigrants are welcome here.")).toBe(0);
    expect(toxicityScore("Women walked their dogs in the park.")).toBe(0);
    expect(toxicityBreakdown("Immigrants are vermin.").matches[0]?.category).toBe("identity");
  });

  it.each([
    ["f*ck", "fuck"],
    ["F**K this", "fuck"],
    ["sh1t", "shit"],
    ["$hit happens", "shit"],
    ["a$$hole", "asshole"],
    ["@ss", "ass"],
    ["fuuuuck", "fuck"],
    ["shiiiiit", "shit"],
    ["f.u.c.k", "fuck"],
    ["f u c k", "fuck"],
    ["f-u-c-k-i-n-g", "fuck"],
    ["motherf*cker", "fuck"],
    ["b1tch", "bitch"],
    ["FUCKING", "fuck"],
  ])("undoes the obfuscation %s", (text, term) => {
    const b = toxicityBreakdown(text);
    expect(b.matches.map((m) => m.term)).toContain(term);
    expect(b.score).toBeGreaterThanOrEqual(0.5);
  });

  it("does not read ordinary punctuation, numbers or doubled letters as obfuscation", () => {
    for (const text of [
      "Wow!!! Great job!",
      "Call 555-0134 at 3pm.",
      "It costs $5 or 4 euros.",
      "**Bold** and *italic*",
      "Good good goooood morning",
    ]) {
      expect(toxicityScore(text)).toBe(0);
    }
  });

  it("does not saturate a long text from one mild word, nor from repeating one word", () => {
    const long = `${"We walked along the river and talked about the week, the weather and the garden. ".repeat(20)}Damn.`;
    expect(toxicityScore(long)).toBeCloseTo(0.3, 10);
    expect(toxicityScore("crap crap crap crap crap")).toBe(toxicityScore("crap"));
    expect(toxicityScore("damn, what the hell")).toBeCloseTo(1 - 0.7 * 0.8, 10);
  });

  it("names lexicon terms and patterns in its breakdown, never the input", () => {
    const b = toxicityBreakdown("Listen here you absolute f*cking m0r0n, I will k1ll you");
    expect(b.matches.map((m) => m.term).sort()).toEqual(["I … kill you", "fuck", "kill", "moron"]);
    const json = JSON.stringify(b);
    for (const span of ["f*cking", "m0r0n", "k1ll", "listen", "absolute"]) expect(json).not.toContain(span);
    expect(b.matches.map((m) => m.weight)).toEqual([...b.matches.map((m) => m.weight)].sort((x, y) => y - x));
  });

  it("stays in [0, 1], is 0 on empty text and deterministic", () => {
    expect(toxicityScore("")).toBe(0);
    expect(toxicityScore("   \n ")).toBe(0);
    const words = [
      ...TOXICITY_LEXICON.map((e) => e.term).slice(0, 40),
      "you",
      "are",
      "the",
      "I",
      "will",
      "kill",
      ".",
      "a",
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join(" ");
        const s = toxicityScore(text);
        return s >= 0 && s <= 0.99 && s === toxicityScore(text);
      }),
    );
  });

  it("scores every lexicon term on its own at least at its weight (the matcher reads the whole lexicon)", () => {
    const missed = TOXICITY_LEXICON.filter((e) => toxicityScore(e.term) < e.weight - 1e-12).map((e) => e.term);
    expect(missed).toEqual([]);
  });

  it("keeps the lexicon well-formed: lower case, weights in (0, 1), each term once", () => {
    const terms = TOXICITY_LEXICON.map((e) => e.term);
    expect(terms.filter((t) => t !== t.toLowerCase() || /[^a-z ]/.test(t))).toEqual([]);
    expect(TOXICITY_LEXICON.filter((e) => !(e.weight > 0 && e.weight < 1)).map((e) => e.term)).toEqual([]);
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });
});
