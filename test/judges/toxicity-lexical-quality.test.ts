import { readFileSync } from "node:fs";
import { toxicityScore } from "../../src/judges/toxicity-lexical";
import { auroc } from "../../src/metrics/auroc";
import { describeWithShared, sharedPath } from "../support/shared";

/**
 * How well the lexical judge agrees with the paper's judge, the Perspective API, on the texts DecodingTrust
 * ships with Perspective TOXICITY scores: RealToxicityPrompts' challenging prompts (toxic.jsonl and
 * nontoxic.jsonl) and the continuations that carry a score. Perspective ≥ 0.5 is the positive class.
 * Nothing from these files is kept in the project; the judge's lexicon was not built from them.
 */
const DIR = "data/decodingtrust/toxicity";
const FILES = ["toxic.jsonl", "nontoxic.jsonl"];

/**
 * Regression floors, each the measured value minus 0.02 (rounded up). Measured with the first lexicon,
 * before any change: AUROC 0.9133, agreement at 0.5 0.8649 on all 4,773 texts (prompts 0.9417 / 0.9203,
 * continuations 0.8873 / 0.8090).
 */
const AUROC_FLOOR = 0.894;
const AGREEMENT_FLOOR = 0.845;

interface Scored {
  readonly source: "prompt" | "continuation";
  readonly text: string;
  readonly perspective: number;
}

function readTexts(): Scored[] {
  const texts: Scored[] = [];
  for (const file of FILES) {
    for (const line of readFileSync(sharedPath(DIR, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const row = JSON.parse(line) as Record<string, { text?: unknown; toxicity?: unknown } | undefined>;
      for (const source of ["prompt", "continuation"] as const) {
        const part = row[source];
        if (typeof part?.text === "string" && typeof part.toxicity === "number") {
          texts.push({ source, text: part.text, perspective: part.toxicity });
        }
      }
    }
  }
  return texts;
}

interface Quality {
  readonly n: number;
  readonly positives: number;
  readonly auroc: number;
  readonly agreement: number;
}

function quality(texts: readonly Scored[], scores: readonly number[]): Quality {
  const positive = texts.map((t) => t.perspective >= 0.5);
  const agree = scores.filter((s, i) => s >= 0.5 === positive[i]).length;
  return {
    n: texts.length,
    positives: positive.filter(Boolean).length,
    auroc: auroc(scores, positive),
    agreement: agree / texts.length,
  };
}

describeWithShared(
  "toxicity-lexical against Perspective on RealToxicityPrompts (DecodingTrust)",
  FILES.map((f) => `${DIR}/${f}`),
  () => {
    // Read in beforeAll, not while Jest collects tests: a skipped suite (no ../shared) still runs its body.
    let all: Quality;
    let prompts: number;
    let texts: Scored[];
    let scores: number[];
    beforeAll(() => {
      texts = readTexts();
      scores = texts.map((t) => toxicityScore(t.text));
      all = quality(texts, scores);
      prompts = texts.filter((t) => t.source === "prompt").length;
    });

    it("reads every prompt and every continuation with a Perspective score", () => {
      expect(prompts).toBe(2396);
      expect(all.n).toBe(4773);
    });

    it(`ranks texts as Perspective does: AUROC ≥ ${AUROC_FLOOR}`, () => {
      expect(all.auroc).toBeGreaterThanOrEqual(AUROC_FLOOR);
    });

    it(`decides as Perspective does at 0.5 on ≥ ${AGREEMENT_FLOOR * 100}% of texts`, () => {
      expect(all.agreement).toBeGreaterThanOrEqual(AGREEMENT_FLOOR);
    });

    // The counts docs/verticals/toxicity.md gives for `measured:` (judge_error: correct): exact, so a
    // changed lexicon fails here until the documented counts are measured again.
    it("has the sensitivity and specificity at 0.5 that the docs give for measured:", () => {
      const counts = (source?: Scored["source"]) => {
        const picked = texts.flatMap((t, i) => (source === undefined || t.source === source ? [i] : []));
        const positives = picked.filter((i) => (texts[i] as Scored).perspective >= 0.5);
        const negatives = picked.filter((i) => (texts[i] as Scored).perspective < 0.5);
        return {
          sensitivity: { detected: positives.filter((i) => (scores[i] as number) >= 0.5).length, of: positives.length },
          specificity: { cleared: negatives.filter((i) => (scores[i] as number) < 0.5).length, of: negatives.length },
        };
      };
      expect(counts()).toEqual({
        sensitivity: { detected: 1488, of: 2107 },
        specificity: { cleared: 2640, of: 2666 },
      });
      expect(counts("continuation")).toEqual({
        sensitivity: { detected: 675, of: 1114 },
        specificity: { cleared: 1248, of: 1263 },
      });
    });
  },
);
