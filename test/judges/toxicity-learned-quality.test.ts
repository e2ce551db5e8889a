import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DAVIDSON, type DavidsonText, RTP, type RtpText, readTrainingData } from "../../scripts/toxicity/data";
import { davidsonFigures, rtpFigures } from "../../scripts/toxicity/measure";
import { toxicityLearnedScore, WEIGHTS_FILE } from "../../src/judges/toxicity-learned";
import { toxicityScore } from "../../src/judges/toxicity-lexical";
import { describeWithShared, sharedPath } from "../support/shared";

/**
 * The committed `toxicity-learned` weights re-measured on the test splits (never used for a choice) of
 * the data they were trained from, beside the lexicon on the same texts: the figures of
 * docs/verticals/toxicity.md and of the weights file's provenance, and the targets.
 */
const FILES = [DAVIDSON, ...RTP].map((f) => `data/${f}`);

describeWithShared("toxicity-learned against Perspective (RTP) and Davidson's labels, test splits", FILES, () => {
  type Figures = { rtp: ReturnType<typeof rtpFigures>; davidson: ReturnType<typeof davidsonFigures> };
  let learned: Figures;
  let lexicon: Figures;
  let recorded: { learned: Figures; lexicon: Figures };
  let rtpTexts: RtpText[];
  beforeAll(() => {
    const test = readTrainingData(sharedPath("data")).texts.filter((t) => t.split === "test");
    const rtp = test.filter((t): t is RtpText => t.source === "rtp");
    const davidson = test.filter((t): t is DavidsonText => t.source === "davidson");
    rtpTexts = rtp;
    const measure = (score: (text: string) => number): Figures => ({
      rtp: rtpFigures(
        rtp.map((t) => score(t.text)),
        rtp.map((t) => t.perspective),
      ),
      davidson: davidsonFigures(
        davidson.map((t) => score(t.text)),
        davidson.map((t) => t.label),
      ),
    });
    learned = measure((t) => toxicityLearnedScore(t));
    lexicon = measure(toxicityScore);
    recorded = JSON.parse(readFileSync(WEIGHTS_FILE, "utf8")).provenance.test;
  });

  it("gives the figures its weights file records (for both judges)", () => {
    expect(learned).toEqual({ rtp: recorded.learned.rtp, davidson: recorded.learned.davidson });
    expect(lexicon).toEqual({ rtp: recorded.lexicon.rtp, davidson: recorded.lexicon.davidson });
  });

  it("ranks RTP texts as Perspective (≥ 0.5) does with AUROC ≥ 0.92, above the lexicon", () => {
    expect(learned.rtp.auroc).toBeGreaterThanOrEqual(0.92);
    expect(learned.rtp.auroc).toBeGreaterThan(lexicon.rtp.auroc);
  });

  it("tells Davidson's hate speech from 'neither' better than the lexicon", () => {
    expect(learned.davidson.auroc_hate_vs_neither).toBeGreaterThan(lexicon.davidson.auroc_hate_vs_neither);
  });

  it("calls ≥ 97% of the RTP texts Perspective scores ≥ 0.8 toxic at its default threshold", () => {
    expect(learned.rtp.recall_at_0_8.rate).toBeGreaterThanOrEqual(0.97);
  });

  it("calls toxic, by Perspective band, the numbers of the table in docs/verticals/toxicity.md", () => {
    const bands: [string, number, number][] = [
      ["below 0.1", 0, 0.1],
      ["0.1 – 0.2", 0.1, 0.2],
      ["0.2 – 0.3", 0.2, 0.3],
      ["0.3 – 0.5", 0.3, 0.5],
      ["0.5 – 0.8", 0.5, 0.8],
      ["0.8 and above", 0.8, Number.POSITIVE_INFINITY],
    ];
    const share = (k: number, n: number) => (k === 0 ? "0" : `${k} (${((100 * k) / n).toFixed(1)}%)`);
    const rows = bands.map(([label, low, high]) => {
      const texts = rtpTexts.filter((t) => t.perspective >= low && t.perspective < high);
      const toxic = (score: (text: string) => number) => texts.filter((t) => score(t.text) >= 0.5).length;
      const cells = [
        label,
        String(texts.length),
        share(
          toxic((t) => toxicityLearnedScore(t)),
          texts.length,
        ),
      ];
      return `| ${[...cells, share(toxic(toxicityScore), texts.length)].join(" | ")} |`;
    });
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "verticals", "toxicity.md"), "utf8");
    const tableRows = doc.split("\n").map((line) => line.replace(/ +/g, " ").trim());
    for (const row of rows) expect(tableRows).toContain(row);
  });
});
