import fc from "fast-check";
import { readRecords } from "../../../src/spec/dataset/read-records";
import { SourceText } from "../../../src/spec/source-text";

const at = (text: string, offset: number | undefined) => new SourceText(text).position(offset ?? -1);

describe("readRecords: JSONL", () => {
  it("reads one object per line, skipping blank lines, with each record's offset", () => {
    const text = '\ufeff{"a":1}\r\n\n  {"a":2}\n\r\n{"a":3}';
    const { records, problems } = readRecords("d.jsonl", text, "jsonl");
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { index: 0, start: 1, value: { a: 1 } },
      { index: 1, start: text.indexOf('{"a":2}'), value: { a: 2 } },
      { index: 2, start: text.indexOf('{"a":3}'), value: { a: 3 } },
    ]);
  });

  it("places a syntax error at its line and column, without echoing the line", () => {
    const text = '{"a":1}\n{"a":1,}\n';
    const [problem, ...rest] = readRecords("d.jsonl", text, "jsonl").problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: "DATASET_PARSE", severity: "error", file: "d.jsonl" });
    expect(problem?.message).toMatch(/^line is not valid JSON: /);
    expect(problem?.hint).toBe("each line of a JSONL file must be one JSON object");
    expect(at(text, problem?.start)).toEqual({ line: 2, col: 8 });
  });

  it("places a cut-off line at its end, and an error V8 gives no position for on its line", () => {
    const text = '{"a": 1}\n{"secret": \n{"a":tru}\n';
    const problems = readRecords("d.jsonl", text, "jsonl").problems;
    expect(problems.map((p) => at(text, p.start).line)).toEqual([2, 3]);
    expect(at(text, problems[0]?.start)).toEqual({ line: 2, col: 11 });
    for (const p of problems) expect(p.message).not.toMatch(/secret|tru}/);
  });

  it("reports each line that is not an object, saying what it is", () => {
    const text = '[1]\n2\n"s"\nnull\n{"ok":true}\n';
    const { records, problems } = readRecords("d.jsonl", text, "jsonl");
    expect(records).toEqual([{ index: 0, start: text.indexOf("{"), value: { ok: true } }]);
    expect(problems.map((p) => [at(text, p.start).line, p.message])).toEqual([
      [1, "each line must be a JSON object, got an array"],
      [2, "each line must be a JSON object, got a number"],
      [3, "each line must be a JSON object, got a string"],
      [4, "each line must be a JSON object, got null"],
    ]);
  });

  it("lists the first 20 bad lines and sums up the rest", () => {
    const text = `${Array.from({ length: 30 }, () => "x").join("\n")}\n{"a":1}\n`;
    const { records, problems } = readRecords("d.jsonl", text, "jsonl");
    expect(records).toHaveLength(1);
    expect(problems).toHaveLength(21);
    expect(problems.slice(0, 20).map((p) => at(text, p.start).line)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(problems[20]?.message).toBe("10 more bad lines not listed");
    expect(at(text, problems[20]?.start).line).toBe(21);
  });
});

describe("readRecords: CSV", () => {
  it("keys each row by the header, with the row's offset", () => {
    const text = 'label,input\n1,"a, b"\n0,c\n';
    expect(readRecords("d.csv", text, "csv")).toEqual({
      records: [
        { index: 0, start: 12, value: { label: "1", input: "a, b" } },
        { index: 1, start: text.indexOf("0,c"), value: { label: "0", input: "c" } },
      ],
      problems: [],
    });
  });

  it("reports a repeated column name at the header", () => {
    const text = "\ufeffa,b,a\n1,2,3\n";
    const problems = readRecords("d.csv", text, "csv").problems;
    expect(problems).toEqual([expect.objectContaining({ code: "DATASET_PARSE", start: 1 })]);
    expect(problems[0]?.message).toMatch(/"a" appears more than once/);
  });

  it("reports a CSV syntax error where the CSV parser places it", () => {
    const text = 'a,b\n1,2\n3,"open\n';
    const problems = readRecords("d.csv", text, "csv").problems;
    expect(problems).toEqual([expect.objectContaining({ code: "DATASET_PARSE", start: text.indexOf('"open') })]);
    expect(problems[0]?.hint).toMatch(/quote/);
  });
});

describe("readRecords: JSON", () => {
  it("finds where each element begins, past strings holding brackets, quotes and backslashes", () => {
    const parts = ['{"a": "]}\\"[{,"}', '{"b": [1, {"c": "\\\\"}], "d": "\\\\\\""}', '{"e": {"f": ["]", "["]}}', "{}"];
    let text = "[\n";
    const starts: number[] = [];
    parts.forEach((part, i) => {
      text += i === 0 ? "  " : " ,\n\t";
      starts.push(text.length);
      text += part;
    });
    text += "\n]\n";
    const { records, problems } = readRecords("d.json", text, "json");
    expect(problems).toEqual([]);
    expect(records.map((r) => r.start)).toEqual(starts);
    expect(records.map((r) => r.value)).toEqual(parts.map((p) => JSON.parse(p)));
  });

  it("finds element offsets in any array of objects, however spaced", () => {
    const space = fc.constantFrom("", " ", "\n", "\r\n  ", "\t");
    const element = fc.record({
      value: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })),
      before: space,
      after: space,
    });
    fc.assert(
      fc.property(fc.array(element, { maxLength: 8 }), space, (elements, outer) => {
        let text = `${outer}[`;
        const starts: number[] = [];
        elements.forEach(({ value, before, after }, i) => {
          if (i > 0) text += ",";
          text += before;
          starts.push(text.length);
          text += JSON.stringify(value) + after;
        });
        text += `]${outer}`;
        const { records, problems } = readRecords("d.json", text, "json");
        expect(problems).toEqual([]);
        expect(records.map((r) => r.start)).toEqual(starts);
        expect(records.map((r) => r.value)).toEqual(elements.map((e) => JSON.parse(JSON.stringify(e.value))));
      }),
      { numRuns: 300 },
    );
  });

  it("reads the list a records: path names, with offsets inside it", () => {
    const text = '{"meta": {"items": "x"}, "data": {"n": 2, "items": [\n  {"q": "]"},\n  {"q": 2}\n]}}';
    const { records, problems } = readRecords("d.json", text, "json", "data.items");
    expect(problems).toEqual([]);
    expect(records.map((r) => at(text, r.start))).toEqual([
      { line: 2, col: 3 },
      { line: 3, col: 3 },
    ]);
  });

  it("follows indexes in a records: path, and takes the last of repeated keys as JSON.parse does", () => {
    const text = '{"sets": [{"rows": [{"a": 0}]}, {"rows": [{"a": 1}], "rows": [{"a": 2}, {"a": 3}]}]}';
    const { records } = readRecords("d.json", text, "json", "sets.1.rows");
    expect(records.map((r) => r.value)).toEqual([{ a: 2 }, { a: 3 }]);
    expect(records.map((r) => r.start)).toEqual([text.indexOf('{"a": 2}'), text.indexOf('{"a": 3}')]);
  });

  it("asks for records: when the top level is an object, naming the keys that hold lists", () => {
    const text = '{"version": 1, "items": [], "meta": {}, "extra": [1]}';
    const [problem, ...rest] = readRecords("d.json", text, "json").problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: "DATASET_PARSE", start: 0 });
    expect(problem?.message).toBe("the top level of the file is an object, not a list of records");
    expect(problem?.hint).toMatch(/records:.*items, extra$/);
  });

  it("reports a records: path that is absent or not a list", () => {
    const text = '\n{"data": {"items": {"a": 1}}, "list": []}';
    const absent = readRecords("d.json", text, "json", "data.rows").problems;
    expect(absent).toEqual([expect.objectContaining({ code: "DATASET_PARSE", start: 1 })]);
    expect(absent[0]?.message).toMatch(/"data.rows" is not in the file/);
    expect(absent[0]?.hint).toMatch(/: list$/);
    const notList = readRecords("d.json", text, "json", "data.items").problems;
    expect(notList).toEqual([expect.objectContaining({ start: text.indexOf('{"a"') })]);
    expect(notList[0]?.message).toMatch(/is an object, not a list/);
  });

  it("reports elements that are not objects at the element", () => {
    const text = '[{"a": 1}, [2], "three", {"a": 4}]';
    const { records, problems } = readRecords("d.json", text, "json");
    expect(records.map((r) => [r.index, r.value])).toEqual([
      [0, { a: 1 }],
      [1, { a: 4 }],
    ]);
    expect(problems.map((p) => [p.start, p.message])).toEqual([
      [text.indexOf("[2]"), "each record must be a JSON object, got an array"],
      [text.indexOf('"three"'), "each record must be a JSON object, got a string"],
    ]);
  });

  it("places a syntax error at its line and column", () => {
    const text = '\ufeff[\n  {"a": 1},\n  {"a" 2}\n]';
    const problems = readRecords("d.json", text, "json").problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^file is not valid JSON: Expected ':'/);
    expect(at(text, problems[0]?.start)).toEqual({ line: 3, col: 8 });
  });
});
