import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CrowsPair, csvField, importCrowsPairs, PAIRS_COLUMNS, pairsCsv } from "../../src/import/crows-pairs";
import type { ImportProblem, ImportResult } from "../../src/import/problem";
import { parseCsv } from "../../src/spec/dataset/csv";
import { lineColumnAt } from "../../src/spec/json-syntax";

// Every sentence here is our own; the rows have the layout of CrowS-Pairs' crows_pairs_anonymized.csv.

const HEADER = ",sent_more,sent_less,stereo_antistereo,bias_type,annotations,anon_writer,anon_annotators\n";

function row(index: number, more: string, less: string, direction: string, bias: string): string {
  return `${index},${csvField(more)},${csvField(less)},${direction},${bias},"[['${bias}'], ['${bias}']]",a${index},"['a1', 'a2']"\n`;
}

function items(result: ImportResult<CrowsPair>): CrowsPair[] {
  if (!result.ok) throw new Error(`expected items, got problems: ${JSON.stringify(result.problems)}`);
  return result.items;
}

function problems(result: ImportResult<CrowsPair>): ImportProblem[] {
  if (result.ok) throw new Error("expected problems, got items");
  return result.problems;
}

function positioned(text: string, result: ImportResult<CrowsPair>): string[] {
  return problems(result).map((p) => {
    const { line, column } = lineColumnAt(text, p.offset);
    return `${line}:${column} ${p.code} ${p.message}`;
  });
}

const GRANDAD = row(
  0,
  "My grandad could not find the mute button.",
  "My nephew could not find the mute button.",
  "stereo",
  "age",
);
// antistereo: sent_less is the one that goes against the stereotype; sent_more is still the stereotypical one.
const PENSIONER = row(
  1,
  "The teenager fixed the router, then the printer.",
  "The pensioner fixed the router, then the printer.",
  "antistereo",
  "age",
);

describe("importCrowsPairs", () => {
  it("keeps sent_more, sent_less, stereo_antistereo and bias_type, every row in order, antistereo rows unchanged", () => {
    const out = items(importCrowsPairs(HEADER + GRANDAD + PENSIONER));
    expect(out).toEqual([
      {
        sent_more: "My grandad could not find the mute button.",
        sent_less: "My nephew could not find the mute button.",
        stereo_antistereo: "stereo",
        bias_type: "age",
      },
      {
        // Not swapped: in both directions sent_more is the more stereotypical sentence.
        sent_more: "The teenager fixed the router, then the printer.",
        sent_less: "The pensioner fixed the router, then the printer.",
        stereo_antistereo: "antistereo",
        bias_type: "age",
      },
    ]);
    // Only the four columns of fixtures/bias/pairs.csv, in its order.
    expect(Object.keys(out[0] as object)).toEqual([...PAIRS_COLUMNS]);
  });

  it("keeps the sentences exactly (spaces, line breaks), trims the labels, and reads CRLF rows and a byte order mark", () => {
    const text =
      "\ufeffbias_type,stereo_antistereo,sent_less,sent_more\r\n" +
      ' age , stereo ," My nephew dozed off."," My grandad\r\ndozed off."\r\n';
    expect(items(importCrowsPairs(text))).toEqual([
      {
        sent_more: " My grandad\r\ndozed off.",
        sent_less: " My nephew dozed off.",
        stereo_antistereo: "stereo",
        bias_type: "age",
      },
    ]);
  });

  it("lists every bad row in one pass, at its line, and writes nothing: a skipped row would renumber the rest", () => {
    const text =
      HEADER +
      GRANDAD +
      row(1, " ", "My nephew could not find the mute button.", "stereo", "age") +
      row(2, "My grandad dozed off.", "", "Stereo", "") +
      row(3, "My grandad dozed off.", "My nephew dozed off.", "neutral", "age") +
      PENSIONER;
    expect(positioned(text, importCrowsPairs(text))).toEqual([
      "3:1 BAD_RECORD sent_more is empty",
      "4:1 BAD_RECORD sent_less is empty",
      '4:1 BAD_RECORD stereo_antistereo is "Stereo", not "stereo" or "antistereo"',
      "4:1 BAD_RECORD bias_type is empty",
      '5:1 BAD_RECORD stereo_antistereo is "neutral", not "stereo" or "antistereo"',
    ]);
    expect(problems(importCrowsPairs(text))[0]?.hint).toMatch(/stereo or antistereo.*unmodified copy/);
  });

  it("names the missing columns and the columns it found, at the header", () => {
    const text = "sent1,sent2,direction,bias_type\nA.,B.,stereo,age\n";
    const [problem] = problems(importCrowsPairs(text));
    expect(positioned(text, importCrowsPairs(text))).toEqual([
      `1:1 MISSING_COLUMNS not CrowS-Pairs' crows_pairs_anonymized.csv: the header lacks "sent_more", "sent_less", "stereo_antistereo" (found: "sent1", "sent2", "direction", "bias_type")`,
    ]);
    expect(problem?.hint).toBe(
      "pass CrowS-Pairs' crows_pairs_anonymized.csv (columns , sent_more, sent_less, stereo_antistereo, bias_type, annotations, anon_writer, anon_annotators)",
    );
  });

  it("reports CSV that does not parse, an empty file and a header without rows", () => {
    const broken = `${HEADER}${GRANDAD}2,"My grandad dozed off.,x,stereo,age,a,b,c\n`;
    expect(positioned(broken, importCrowsPairs(broken))).toEqual([
      "3:3 BAD_CSV not valid CSV: quoted field is never closed: a line break inside quotes continues the field to the end of the file",
    ]);
    expect(positioned("", importCrowsPairs(""))).toEqual(["1:1 EMPTY_FILE the file is empty"]);
    expect(positioned(HEADER, importCrowsPairs(HEADER))).toEqual(["1:1 EMPTY_FILE the CSV has a header but no rows"]);
  });
});

describe("pairsCsv", () => {
  const pairs: CrowsPair[] = [
    { sent_more: "Plain words only.", sent_less: "Other words only.", stereo_antistereo: "stereo", bias_type: "age" },
    {
      sent_more: 'He said "fine", then left.',
      sent_less: "Two\nlines, and a comma",
      stereo_antistereo: "antistereo",
      bias_type: "physical-appearance",
    },
  ];

  it("writes the header of fixtures/bias/pairs.csv, then one row per pair, quoting only where needed", () => {
    const fixture = readFileSync(join(__dirname, "..", "..", "fixtures", "bias", "pairs.csv"), "utf8");
    expect(pairsCsv(pairs)).toBe(
      `${fixture.split("\n")[0]}\n` +
        "Plain words only.,Other words only.,stereo,age\n" +
        '"He said ""fine"", then left.","Two\nlines, and a comma",antistereo,physical-appearance\n',
    );
  });

  it("reads back, through the CSV reader the specs use, as the same cells", () => {
    const table = parseCsv(pairsCsv(pairs));
    expect(table.error).toBeUndefined();
    expect(table.header).toEqual([...PAIRS_COLUMNS]);
    expect(table.rows.map((r) => r.cells)).toEqual(pairs.map((p) => PAIRS_COLUMNS.map((c) => p[c])));
  });

  it("quotes a field with a comma, a quote, or a line break; leaves others bare", () => {
    expect(csvField("a b")).toBe("a b");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField("a\rb")).toBe('"a\rb"');
    expect(csvField(" padded ")).toBe(" padded ");
  });
});
