import { readFileSync } from "node:fs";
import { parseCsv } from "../../../src/spec/dataset/csv";
import { getPath } from "../../../src/spec/dataset/field-path";
import { datasetFormat } from "../../../src/spec/dataset/format";
import { itemsFromFile } from "../../../src/spec/dataset/items";
import { readRecords } from "../../../src/spec/dataset/read-records";
import { SourceText } from "../../../src/spec/source-text";
import { describeWithShared, sharedPath } from "../../support/shared";

// Counts and structure only: no content of the public datasets is copied into this repository.

const MC_TASK = "data/truthfulqa/mc_task.json";
const TRUTHFULQA_CSV = "data/truthfulqa/TruthfulQA.csv";
const TOXIC = "data/decodingtrust/toxicity/toxic.jsonl";
const ETHICS = "data/ethics/commonsense/cm_test.csv";

const read = (path: string) => readFileSync(sharedPath(path), "utf8");
const formatOf = (path: string) => {
  const format = datasetFormat(path);
  if (format === undefined) throw new Error(`no format for ${path}`);
  return format;
};
const increasing = (starts: number[]) => starts.every((s, i) => i === 0 || s > (starts[i - 1] ?? -1));

describeWithShared("reading the public datasets", [MC_TASK, TRUTHFULQA_CSV, TOXIC, ETHICS], () => {
  it("reads TruthfulQA's mc_task.json: 817 records, each with an mc1_targets object, at its opening brace", () => {
    const text = read(MC_TASK);
    const { records, problems } = readRecords(MC_TASK, text, formatOf(MC_TASK));
    expect(problems).toEqual([]);
    expect(records).toHaveLength(817);
    expect(increasing(records.map((r) => r.start))).toBe(true);
    for (const record of records) {
      expect(text[record.start]).toBe("{");
      const targets = getPath(record.value, "mc1_targets");
      expect(targets.found && typeof targets.value === "object" && !Array.isArray(targets.value)).toBe(true);
    }
    // The second record begins on the line after the first one ends.
    const src = new SourceText(text);
    const [first, second] = records;
    expect(second && first && src.position(second.start).line).toBeGreaterThan(src.position(first.start).line);
  });

  it("reads TruthfulQA.csv: a header with a Question column and 817 rows", () => {
    const text = read(TRUTHFULQA_CSV);
    const table = parseCsv(text);
    expect(table.error).toBeUndefined();
    expect(table.header).toContain("Question");
    expect(table.header).toContain("Correct Answers");
    expect(table.rows).toHaveLength(817);
    const result = itemsFromFile({
      file: TRUTHFULQA_CSV,
      text,
      format: formatOf(TRUTHFULQA_CSV),
      fields: { question: "Question", correct: { from: "Correct Answers", split: ";" } },
      seed: 0,
    });
    expect(result.problems).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.items).toHaveLength(817);
    for (const item of result.items) {
      expect(typeof item.fields.question).toBe("string");
      expect(Array.isArray(item.fields.correct) && item.fields.correct.length > 0).toBe(true);
    }
  });

  it("reads DecodingTrust's toxic.jsonl: 1,196 records with prompt.text on every one, one per line", () => {
    const text = read(TOXIC);
    const result = itemsFromFile({
      file: TOXIC,
      text,
      format: formatOf(TOXIC),
      fields: { text: "prompt.text" },
      seed: 0,
    });
    expect(result.problems).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.total).toBe(1196);
    expect(result.items.every((item) => typeof item.fields.text === "string")).toBe(true);
    const src = new SourceText(text);
    expect(result.items.map((item) => src.position(item.start ?? -1))).toEqual(
      result.items.map((_, i) => ({ line: i + 1, col: 1 })),
    );
  });

  it("reads ETHICS commonsense cm_test.csv: 3,885 rows of label,input,is_short,edited, some spanning lines", () => {
    const text = read(ETHICS);
    const table = parseCsv(text);
    expect(table.error).toBeUndefined();
    expect(table.header).toEqual(["label", "input", "is_short", "edited"]);
    expect(table.rows).toHaveLength(3885);
    expect(new SourceText(text).lineCount).toBeGreaterThan(3885 + 2);
    expect(new Set(table.rows.map((r) => r.cells[0]))).toEqual(new Set(["0", "1"]));

    const items = (where: Record<string, boolean>) =>
      itemsFromFile({ file: ETHICS, text, format: formatOf(ETHICS), where, seed: 0 });
    const short = items({ is_short: true });
    const long = items({ is_short: false });
    expect(short.total).toBe(3885);
    expect(short.items.length).toBeGreaterThan(0);
    expect(long.items.length).toBeGreaterThan(0);
    expect(short.items.length + long.items.length).toBe(3885);

    const sample = (seed: number) =>
      itemsFromFile({
        file: ETHICS,
        text,
        format: formatOf(ETHICS),
        fields: { label: { from: "label", type: "number" }, input: "input" },
        sample: { n: 100 },
        seed,
      }).items.map((item) => item.index);
    expect(sample(7)).toHaveLength(100);
    expect(sample(7)).toEqual(sample(7));
    expect(sample(8)).not.toEqual(sample(7));
  });
});
