import { formatHtml } from "../../src/report/format-html";
import { formatMarkdown } from "../../src/report/format-markdown";
import { intervalChart } from "../../src/report/html/charts";
import type { Scorecard } from "../../src/report/scorecard";
import { card, mapSpecMetrics } from "../support/scorecard-fixture";

/**
 * Where a report shows a figure corrected for the judge's error, it says so: the comparison tables of
 * the Markdown and HTML reports print the corrected values (the raw ones are in the metric tables
 * beside them), and the HTML chart's note, which gives both figures, fits in its chart.
 */
const LABEL = "corrected for the judge&#39;s error; tested on its raw decisions";

function withCorrected(corrected: boolean): Scorecard {
  return {
    ...card,
    comparisons: card.comparisons.map(({ corrected: _, ...c }) => (corrected ? { ...c, corrected: true as const } : c)),
  };
}

const comparisonRows = (markdown: string) => {
  const start = markdown.indexOf("### Against the baseline");
  return markdown
    .slice(start, markdown.indexOf("\n### ", start + 1))
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| spec") && !line.startsWith("| ---"));
};

describe("a baseline comparison corrected for the judge's error, in the reports", () => {
  it("is labelled in the Markdown comparison table, and an uncorrected one is not", () => {
    expect(card.comparisons.length).toBeGreaterThan(0);
    const corrected = comparisonRows(formatMarkdown(withCorrected(true)));
    expect(corrected.length).toBe(card.comparisons.length);
    for (const row of corrected)
      expect(row).toContain("(corrected for the judge's error; tested on its raw decisions)");
    for (const row of comparisonRows(formatMarkdown(withCorrected(false)))) expect(row).not.toContain("corrected");
  });

  it("is labelled in the HTML comparison table, and an uncorrected one is not", () => {
    const section = (page: string) => page.slice(page.indexOf('<section id="comparisons">'));
    const corrected = section(formatHtml(withCorrected(true)));
    expect(corrected.split(LABEL).length - 1).toBe(card.comparisons.length);
    expect(section(formatHtml(withCorrected(false)))).not.toContain(LABEL);
  });
});

describe("an ungated metric corrected for the judge's error, in the HTML report", () => {
  it("names its chart's figure corrected, as the chart draws the corrected value", () => {
    const measured = { sensitivity: { detected: 90, of: 100 }, specificity: { cleared: 95, of: 100 } };
    const corrected = mapSpecMetrics(card, "privacy-emails", (x) => ({
      ...x,
      corrected: { value: x.value, method: "rogan-gladen" as const, ...measured },
    }));
    const titles = (page: string) =>
      [...page.matchAll(/<title>privacy-emails · leakage_rate: ([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles(formatHtml(corrected))).toEqual(["corrected value and interval per model"]);
    expect(titles(formatHtml(card))).toEqual(["value and interval per model"]);
    const caption = (page: string) => /<figcaption><b>leakage_rate<\/b>([^<]*)<\/figcaption>/.exec(page)?.[1];
    expect(caption(formatHtml(corrected))).toContain("corrected for the judge&#39;s error");
    expect(caption(formatHtml(card))).not.toContain("corrected");
  });
});

describe("an interval chart's notes", () => {
  it("fit in the chart: a corrected figure's note (both intervals) is not cut off", () => {
    const note = "corrected 0.164 [0.050, 0.332] · raw 0.109 [0.054, 0.209] · n 64 · FAIL";
    const svg = intervalChart(
      "t",
      [
        {
          label: "base",
          style: { colour: "#0072B2", dash: "" },
          estimate: { point: 0.164, lower: 0.05, upper: 0.332 },
          note,
          tooltip: "",
          failed: true,
        },
      ],
      [{ kind: "max", value: 0.25 }],
    ).text;
    const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1]);
    const start = Number(/<text class="note" x="([\d.]+)"/.exec(svg)?.[1]);
    // At 7 px a character of the 12 px font (bold when failed, a little wider: 7.5 px).
    expect(width - start).toBeGreaterThanOrEqual(note.length * 7.5);
  });
});
