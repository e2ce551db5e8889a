import { itemsFromFile, itemsFromInline } from "../../../src/spec/dataset/items";
import { SourceText } from "../../../src/spec/source-text";

const line = (text: string, offset: number | undefined) => new SourceText(text).position(offset ?? -1).line;

describe("itemsFromFile", () => {
  const csv = "id,label,input,set\na1,1,first,x\na2,0,second,y\na3,1,third,x\n";

  it("makes an item of each record, numbered by position, with its offset", () => {
    const result = itemsFromFile({ file: "d.csv", text: csv, format: "csv", seed: 0 });
    expect(result.problems).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.total).toBe(3);
    expect(result.items[1]).toEqual({
      id: "1",
      index: 1,
      start: csv.indexOf("a2"),
      fields: { id: "a2", label: "0", input: "second", set: "y" },
    });
  });

  it("maps fields, takes ids from the id field and filters with where, reading columns fields: left out", () => {
    const result = itemsFromFile({
      file: "d.csv",
      text: csv,
      format: "csv",
      fields: { text: "input", wrong: { from: "label", type: "boolean" } },
      id: "id",
      where: { set: "x" },
      seed: 0,
    });
    expect(result.problems).toEqual([]);
    expect(result.total).toBe(3);
    expect(result.items.map((i) => [i.id, i.index, i.fields])).toEqual([
      ["a1", 0, { text: "first", wrong: true }],
      ["a3", 2, { text: "third", wrong: true }],
    ]);
  });

  it("reads nested JSONL fields by path and counts the records that lack one", () => {
    const text = '{"prompt": {"text": "a"}}\n{"prompt": {}}\n{"prompt": {"text": "c"}}\n{"other": 1}\n';
    const result = itemsFromFile({ file: "d.jsonl", text, format: "jsonl", fields: { text: "prompt.text" }, seed: 0 });
    expect(result.problems).toEqual([]);
    expect(result.missing).toEqual([
      { field: "text", from: "prompt.text", count: 2, firstIndex: 1, firstStart: text.indexOf('{"prompt": {}}') },
    ]);
    expect(result.items.map((i) => i.fields)).toEqual([{ text: "a" }, {}, { text: "c" }, {}]);
  });

  it("reports a where field that no item has as missing", () => {
    const result = itemsFromFile({
      file: "d.csv",
      text: csv,
      format: "csv",
      where: { split: "test", set: "x" },
      seed: 0,
    });
    expect(result.items).toEqual([]);
    expect(result.missing).toEqual([
      { field: "split", from: "split", count: 3, firstIndex: 0, firstStart: csv.indexOf("a1") },
    ]);
  });

  it("reports values that do not convert at their record", () => {
    const text = "n\n1\nmany\n3\n";
    const result = itemsFromFile({
      file: "d.csv",
      text,
      format: "csv",
      fields: { n: { from: "n", type: "number" } },
      seed: 0,
    });
    expect(result.problems).toEqual([expect.objectContaining({ code: "DATASET_BAD_VALUE", file: "d.csv" })]);
    expect(line(text, result.problems[0]?.start)).toBe(3);
    expect(result.problems[0]?.message).toBe('field n (from "n"): "many" is not a number');
  });

  it("reports the first repeated id at its record, naming the record it repeats", () => {
    const text = '[{"k": "a"}, {"k": "b"},\n {"k": "a"},\n {"k": "b"}]';
    const result = itemsFromFile({ file: "d.json", text, format: "json", id: "k", seed: 0 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: "DATASET_BAD_VALUE",
      start: text.indexOf('{"k": "a"},\n {"k": "b"}]'),
    });
    expect(result.problems[0]?.message).toBe(
      'id "a" of record 2 repeats the id of record 0 (2 records in all repeat an earlier id)',
    );
  });

  it("counts a missing id field and numbers those records instead", () => {
    const text = '{"k": 7}\n{"x": 1}\n';
    const result = itemsFromFile({ file: "d.jsonl", text, format: "jsonl", id: "k", seed: 0 });
    expect(result.items.map((i) => i.id)).toEqual(["7", "1"]);
    expect(result.missing).toEqual([{ field: "k", from: "k", count: 1, firstIndex: 1, firstStart: 9 }]);
  });

  it("passes on the problems of reading the file", () => {
    const result = itemsFromFile({ file: "d.jsonl", text: '{"a":1}\nnope\n', format: "jsonl", seed: 0 });
    expect(result.problems.map((p) => p.code)).toEqual(["DATASET_PARSE"]);
    expect(result.total).toBe(1);
  });

  it("samples with sample.seed, else the spec's seed, after where", () => {
    const text = Array.from({ length: 50 }, (_, i) => JSON.stringify({ k: `k${i}`, even: i % 2 === 0 })).join("\n");
    const run = (sample: { n: number; seed?: number }, seed: number) =>
      itemsFromFile({ file: "d.jsonl", text, format: "jsonl", id: "k", where: { even: true }, sample, seed }).items.map(
        (i) => i.id,
      );
    const a = run({ n: 5 }, 1);
    expect(a).toHaveLength(5);
    expect(a.every((id) => Number(id.slice(1)) % 2 === 0)).toBe(true);
    expect(run({ n: 5, seed: 1 }, 99)).toEqual(a);
    expect(run({ n: 5 }, 2)).not.toEqual(a);
    expect(run({ n: 100 }, 1)).toHaveLength(25);
  });
});

describe("itemsFromInline", () => {
  it("makes items of inline objects, with bad values and repeated ids as data", () => {
    const result = itemsFromInline({
      items: [
        { q: "a", n: "1" },
        { q: "b", n: "x" },
        { q: "a", n: "3" },
      ],
      fields: { question: "q", n: { from: "n", type: "number" } },
      id: "question",
      seed: 0,
    });
    expect(result.items).toEqual([
      { id: "a", index: 0, fields: { question: "a", n: 1 } },
      { id: "b", index: 1, fields: { question: "b" } },
      { id: "a", index: 2, fields: { question: "a", n: 3 } },
    ]);
    expect(result.bad).toEqual([{ field: "n", from: "n", message: '"x" is not a number', index: 1 }]);
    expect(result.duplicateId).toEqual({ id: "a", index: 2, firstIndex: 0, count: 1 });
    expect(result.total).toBe(3);
  });

  it("reports an id that is not text or a number as a bad value", () => {
    const result = itemsFromInline({ items: [{ k: { x: 1 } }], id: "k", seed: 0 });
    expect(result.bad).toEqual([{ field: "k", from: "k", message: "an id must be text or a number", index: 0 }]);
    expect(result.items.map((i) => i.id)).toEqual(["0"]);
  });
});
