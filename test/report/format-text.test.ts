import { formatMarkdown } from "../../src/report/format-markdown";
import { formatTerminal } from "../../src/report/format-terminal";
import { githubAnnotations } from "../../src/report/github";
import { maskSecret } from "../../src/report/mask";
import type { Scorecard } from "../../src/report/scorecard";
import { card } from "../support/scorecard-fixture";

/** The text formats of the fixture scorecard: Markdown (pull requests, job summaries), terminal, GitHub annotations. */
describe("formatMarkdown", () => {
  const md = formatMarkdown(card);

  it("renders the fixture scorecard", () => {
    expect(md).toMatchSnapshot();
  });

  it("leads with the gate's verdict and counts the failures", () => {
    const failures = card.gate.failures.length;
    expect(failures).toBeGreaterThan(0);
    expect(md.split("\n")[0]).toBe(
      `## trustspec scorecard: ❌ gate failed (${failures} ${failures === 1 ? "failure" : "failures"})`,
    );
    const passed = formatMarkdown({ ...card, gate: { pass: true, failures: [] } });
    expect(passed.split("\n")[0]).toBe("## trustspec scorecard: ✅ gate passed");
  });

  it("names every comparison's metric, change and Holm-adjusted p-value in one table row", () => {
    for (const c of card.comparisons) {
      const k = c.comparison;
      const row = md.split("\n").find((l) => l.startsWith(`| ${c.specId} | ${c.metric} |`));
      expect(row).toContain(`${c.baseline} ${k.baseline.toFixed(3)} → ${c.model} ${k.candidate.toFixed(3)}`);
      expect(row).toContain(`| ${k.delta >= 0 ? "+" : ""}${k.delta.toFixed(3)} |`);
      expect(row).toContain(c.adjustedP < 0.001 ? c.adjustedP.toExponential(1) : c.adjustedP.toFixed(3));
    }
  });

  it("lists each gate failure with its spec file and line", () => {
    for (const f of card.gate.failures) expect(md).toContain(`\`${f.file}:${f.line}\``);
  });

  it("keeps table rows intact: pipes in text are escaped and line breaks joined", () => {
    const piped: Scorecard = {
      ...card,
      models: ["a|b", ...card.models.slice(1)],
      gate: {
        pass: false,
        failures: [{ ...(card.gate.failures[0] as Scorecard["gate"]["failures"][number]), message: "two\nlines" }],
      },
    };
    const text = formatMarkdown(piped);
    expect(text).toContain("a\\|b");
    expect(text).toContain("two lines");
    // Every table row has as many cells as its header.
    const rows = text.split("\n").filter((l) => l.startsWith("| "));
    for (const row of rows) expect(row.replace(/\\\|/g, "").split(" | ").length).toBeGreaterThan(1);
  });

  it("shows masked secrets only", () => {
    expect(md).not.toContain("alice@example.com");
    expect(JSON.stringify(card)).toContain(maskSecret("alice@example.com"));
  });
});

describe("formatTerminal", () => {
  it("summarises the gate, the trust per vertical and each failure at its spec line, without colour by default", () => {
    const text = formatTerminal(card, undefined, ["reports/scorecard.json"]);
    expect(text).toMatchSnapshot();
    expect(text).not.toContain(String.fromCharCode(27));
    for (const f of card.gate.failures) expect(text).toContain(`${f.file}:${f.line}`);
  });

  it("colours through the paint it is given", () => {
    const mark = (s: string) => `<${s}>`;
    const text = formatTerminal(card, { error: mark, warning: mark, dim: mark, bold: mark, caret: mark });
    expect(text).toContain("<✗ gate failed");
  });
});

describe("githubAnnotations", () => {
  it("prints one ::error workflow command per failure, at its spec line", () => {
    const lines = githubAnnotations(card).trimEnd().split("\n");
    expect(lines).toHaveLength(card.gate.failures.length);
    card.gate.failures.forEach((f, i) => {
      expect(lines[i]).toMatch(
        new RegExp(`^::error file=${f.file.replace(/[.]/g, "\\.")},line=${f.line},col=${f.column},title=trustspec `),
      );
    });
  });

  it("escapes what the runner would otherwise read as syntax", () => {
    const f = card.gate.failures[0] as Scorecard["gate"]["failures"][number];
    const odd: Scorecard = {
      ...card,
      gate: { pass: false, failures: [{ ...f, spec: "a:b,c", message: "50%\nnext\rline" }] },
    };
    const line = githubAnnotations(odd);
    expect(line).toContain("title=trustspec threshold%3A a%3Ab%2Cc");
    expect(line).toContain("::50%25%0Anext%0Dline\n");
    expect(line.trimEnd().split("\n")).toHaveLength(1);
  });

  it("prints nothing when the gate passes", () => {
    expect(githubAnnotations({ ...card, gate: { pass: true, failures: [] } })).toBe("");
  });
});
