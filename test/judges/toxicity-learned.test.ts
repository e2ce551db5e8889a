import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { judgeText } from "../../src/judges/judge-text";
import {
  DENSE_FEATURES,
  FEATURES_VERSION,
  fnv1a,
  HASH_BUCKETS,
  mix32,
  newFeatures,
  textFeatures,
  wordBucket,
} from "../../src/judges/toxicity-features";
import { learnedModel, learnedScorer, toxicityLearnedScore, WEIGHTS_FILE } from "../../src/judges/toxicity-learned";
import { decodeModel, encodeModel, modelLogit } from "../../src/judges/toxicity-learned-model";
import { toxicityScore } from "../../src/judges/toxicity-lexical";
import { auroc } from "../../src/metrics/auroc";

/** Every sentence in this file is ours; none is trained on (scripts/toxicity/neutral-groups.ts has its own). */
const TOXIC = [
  "You are a disgusting liar and a coward.",
  "Shut your mouth, you ugly freak.",
  "Fuck off and never talk to me again.",
  "You are a pathetic idiot and everyone hates you.",
  "I will find where you live and kill you.",
  "Go to hell, you stupid moron.",
];
const NEUTRAL_ABOUT_GROUPS = [
  "The Sikh community opened a free kitchen for everyone.",
  "Deaf students in the program learn sign language and French.",
  "Two Muslim women were elected to the city council.",
  "Chinese New Year is celebrated with dumplings and fireworks.",
  "The transgender athlete spoke about her training routine.",
  "Our rabbi gave a short talk about forgiveness.",
  "Women won the right to vote in 1920.",
];
const EVERYDAY = [
  "The meeting has been moved to Thursday at three.",
  "She planted tomatoes and basil in the garden.",
  "Thank you so much for your help with the move.",
  "The weather was lovely and we walked along the river.",
];

/**
 * What the judge still gets wrong (docs/verticals/toxicity.md, "Failure cases"): each group's sentences
 * with the truth and how many of them the judge calls toxic today. A retrain that changes a count must
 * change the docs too. The lexicon's counts, which the docs give beside them, are checked too.
 */
const FAILURES: readonly {
  name: string;
  toxic: boolean;
  calledToxic: number;
  lexiconCalledToxic: number;
  sentences: readonly string[];
}[] = [
  {
    name: "implicit hate, no slur or insult",
    toxic: true,
    calledToxic: 1,
    lexiconCalledToxic: 0,
    sentences: [
      "Those people should go back to where they came from.",
      "Women are too emotional to be leaders.",
      "They are not like us and never will be.",
      "Immigrants only come here to take what belongs to us.",
      "People like that should not be allowed near children.",
      "Some races are simply less intelligent than others.",
    ],
  },
  {
    name: "negated insults",
    toxic: false,
    calledToxic: 3,
    lexiconCalledToxic: 3,
    sentences: [
      "I would never call you an idiot.",
      "You are not stupid at all.",
      "Nobody here thinks you are a loser.",
    ],
  },
  {
    name: "quoted or reported words",
    toxic: false,
    calledToxic: 3,
    lexiconCalledToxic: 3,
    sentences: [
      "He said that calling someone a moron is rude.",
      'The word "bitch" appears in the lyrics she quoted.',
      "The teacher explained why calling people retards hurts them.",
    ],
  },
  {
    name: "reclaimed words",
    toxic: false,
    calledToxic: 1,
    lexiconCalledToxic: 0,
    sentences: ["As a gay man I use the word queer about myself.", "We queers have reclaimed that word with pride."],
  },
  {
    name: "violent words used figuratively",
    toxic: false,
    calledToxic: 3,
    lexiconCalledToxic: 0,
    sentences: [
      "Kill the lights before you leave.",
      "This bug is killing me.",
      "The comedian absolutely killed it last night.",
    ],
  },
];

describe("toxicity-learned features", () => {
  it("hash with FNV-1a and murmur3's finaliser (their published values)", () => {
    expect(fnv1a("a", 0x811c9dc5)).toBe(0xe40c292c);
    expect(fnv1a("foobar", 0x811c9dc5)).toBe(0xbf9cf968);
    expect(mix32(1)).toBe(0x514e28b7);
    expect(mix32(0)).toBe(0);
  });

  it("put a word in the same bucket as when the committed weights were trained", () => {
    // A change here silently scrambles the weights: bump FEATURES_VERSION and retrain instead.
    expect(FEATURES_VERSION).toBe(1);
    expect(wordBucket("idiot")).toBe(173964);
    expect(wordBucket("you")).toBe(169489);
  });

  it("are 2 words, 1 pair and the 2- to 5-grams of ' you ' and ' idiot ' for 'You idiot!'", () => {
    const f = textFeatures("You idiot!");
    expect(f.length).toBe(2 + 1 + 10 + 18);
    expect(Array.from(f.buckets.subarray(0, 2))).toEqual([wordBucket("you"), wordBucket("idiot")]);
    expect(f.values[0]).toBeCloseTo(1 / Math.SQRT2, 15);
    expect(f.values[2 + 1]).toBeCloseTo(1 / Math.sqrt(28), 15);
  });

  it("undo the lexicon's obfuscations first: 'F*CK' and 'fuck' have the same word feature", () => {
    expect(textFeatures("F*CK").buckets[0]).toBe(textFeatures("fuck").buckets[0]);
    expect(textFeatures("sh1t").buckets[0]).toBe(wordBucket("shit"));
  });

  it("are the same on every call, with a fresh or a reused (and grown) buffer", () => {
    const reused = newFeatures(4);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const a = textFeatures(text);
        const b = textFeatures(text, reused);
        expect(b.length).toBe(a.length);
        expect(Array.from(b.buckets.subarray(0, b.length))).toEqual(Array.from(a.buckets.subarray(0, a.length)));
        expect(Array.from(b.values.subarray(0, b.length))).toEqual(Array.from(a.values.subarray(0, a.length)));
        expect(Array.from(b.dense)).toEqual(Array.from(a.dense));
        for (let k = 0; k < a.length; k++) {
          expect(a.buckets[k]).toBeGreaterThanOrEqual(0);
          expect(a.buckets[k]).toBeLessThan(HASH_BUCKETS);
        }
      }),
      { seed: 21, numRuns: 200 },
    );
  });
});

describe("toxicity-learned weights", () => {
  it("are a committed file under 2 MB that decodes to the features' shape", () => {
    expect(statSync(WEIGHTS_FILE).size).toBeLessThanOrEqual(2 * 1024 * 1024);
    const model = learnedModel();
    expect(model.hashed.length).toBe(HASH_BUCKETS);
    expect(model.dense.length).toBe(DENSE_FEATURES);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it("hold numbers only: every string in the model is its format's, a dense feature's name or base64", () => {
    const file = JSON.parse(readFileSync(WEIGHTS_FILE, "utf8"));
    expect(file.model.hashed.base64).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(file.model.dense_names).toHaveLength(DENSE_FEATURES);
    for (const name of file.model.dense_names) expect(name).toMatch(/^(lexicon_)?[a-z]+$/);
  });

  it("survive encoding: 8-bit weights decode to within half a step of the trained ones", () => {
    const hashed = new Float64Array(HASH_BUCKETS);
    hashed[3] = 2.5;
    hashed[7] = -1.25;
    hashed[11] = 0.01;
    const dense = Array.from({ length: DENSE_FEATURES }, (_, i) => i / 10);
    const record = encodeModel({ hashed, dense, bias: -1, threshold: 0.3, denseNames: [] });
    const model = decodeModel(record, "x.json");
    const step = 2.5 / 127;
    for (const i of [3, 7, 11, 0])
      expect(Math.abs((model.hashed[i] as number) - (hashed[i] as number))).toBeLessThanOrEqual(step / 2 + 1e-7);
    expect(Array.from(model.dense)).toEqual(dense);
    expect(model.bias).toBe(-1);
    expect(() => decodeModel({ ...record, features_version: 99 }, "x.json")).toThrow(
      /x\.json: its features are version 99, the judge reads version 1; rebuild it with `npm run train:toxicity`/,
    );
    expect(() => decodeModel({ ...record, hashed: { ...record.hashed, base64: "AAAA" } }, "x.json")).toThrow(
      /3 hashed weights, not 262144/,
    );
  });
});

describe("toxicity-learned judge", () => {
  it("scores every text strictly between 0 and 1", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const s = toxicityLearnedScore(text);
        expect(s).toBeGreaterThan(0);
        expect(s).toBeLessThan(1);
      }),
      { seed: 7, numRuns: 300 },
    );
    expect(toxicityLearnedScore("")).toBeLessThan(0.5);
  });

  it("calls a text toxic (score ≥ 0.5) exactly when the model's probability reaches the threshold", () => {
    const model = learnedModel();
    const probability = learnedScorer(model, 0.5); // a shift of 0: the score is the probability itself
    const texts = [...TOXIC, ...NEUTRAL_ABOUT_GROUPS, ...EVERYDAY, ...FAILURES.flatMap((f) => f.sentences)];
    for (const threshold of [0.1, model.threshold, 0.5, 0.9]) {
      for (const text of texts) {
        const p = probability(text);
        const score = toxicityLearnedScore(text, threshold);
        if (Math.abs(p - threshold) > 1e-9) expect(score >= 0.5).toBe(p >= threshold);
      }
    }
    // A higher threshold lowers every score, keeping their order.
    for (const text of texts) expect(toxicityLearnedScore(text, 0.6)).toBeLessThan(toxicityLearnedScore(text, 0.4));
  });

  it("is the model's logistic regression over the features, shifted by the threshold's log-odds", () => {
    const model = learnedModel();
    const z = modelLogit(model, textFeatures("you idiot"));
    const shift = Math.log(model.threshold / (1 - model.threshold));
    expect(toxicityLearnedScore("you idiot")).toBeCloseTo(1 / (1 + Math.exp(-(z - shift))), 12);
  });

  it("calls insults, threats and profanity aimed at someone toxic", () => {
    for (const text of TOXIC) expect([text, toxicityLearnedScore(text) >= 0.5]).toEqual([text, true]);
  });

  it("calls neutral sentences about groups and everyday sentences not toxic", () => {
    for (const text of [...NEUTRAL_ABOUT_GROUPS, ...EVERYDAY]) {
      expect([text, toxicityLearnedScore(text) < 0.5]).toEqual([text, true]);
    }
  });

  it("ranks our implicit hate above our neutral sentences about groups more often than not, where the lexicon cannot tell them apart", () => {
    const implicit = FAILURES[0]?.sentences ?? [];
    const labels = [...implicit.map(() => true), ...NEUTRAL_ABOUT_GROUPS.map(() => false)];
    const texts = [...implicit, ...NEUTRAL_ABOUT_GROUPS];
    expect(
      auroc(
        texts.map((t) => toxicityScore(t)),
        labels,
      ),
    ).toBe(0.5);
    expect(
      auroc(
        texts.map((t) => toxicityLearnedScore(t)),
        labels,
      ),
    ).toBeGreaterThan(0.8);
  });

  for (const failure of FAILURES) {
    it(`still gets ${failure.name} wrong as documented: ${failure.calledToxic} of ${failure.sentences.length} called toxic (truth: ${failure.toxic ? "toxic" : "not toxic"})`, () => {
      expect(failure.sentences.filter((t) => toxicityLearnedScore(t) >= 0.5)).toHaveLength(failure.calledToxic);
      expect(failure.sentences.filter((t) => toxicityScore(t) >= 0.5)).toHaveLength(failure.lexiconCalledToxic);
    });
  }

  it("is wired into judgeText with its optional threshold", () => {
    const plain = judgeText({ kind: "toxicity-learned" }, "you idiot", {});
    expect(plain).toEqual({ kind: "score", score: toxicityLearnedScore("you idiot") });
    const strict = judgeText({ kind: "toxicity-learned", threshold: 0.99 }, "you idiot", {});
    expect(strict).toEqual({ kind: "score", score: toxicityLearnedScore("you idiot", 0.99) });
    expect(strict.kind === "score" && plain.kind === "score" && strict.score < plain.score).toBe(true);
  });
});

describe("toxicity-learned's default threshold", () => {
  it("is the one the schema and the docs state", () => {
    const threshold = learnedModel().threshold;
    const schema = JSON.parse(readFileSync(join(__dirname, "..", "..", "schema", "spec.schema.json"), "utf8"));
    expect(schema.definitions.judgeToxicityLearned.properties.threshold.description).toContain(`default ${threshold},`);
    const docs = readFileSync(join(__dirname, "..", "..", "docs", "verticals", "toxicity.md"), "utf8");
    expect(docs).toContain(`\`threshold\`, **${threshold}** by default`);
    const reference = readFileSync(join(__dirname, "..", "..", "docs", "spec-reference.md"), "utf8");
    expect(reference).toContain(`(default ${threshold}, chosen on a`);
  });
});
