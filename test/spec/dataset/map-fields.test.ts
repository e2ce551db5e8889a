import { mapFields } from "../../../src/spec/dataset/map-fields";

describe("mapFields", () => {
  it("without fields, makes every top-level key a field", () => {
    const record = { a: 1, b: { c: 2 } };
    const mapped = mapFields(record, undefined, "path");
    expect(mapped).toEqual({ fields: { a: 1, b: { c: 2 } }, missing: [], bad: [] });
    expect(mapped.fields).not.toBe(record);
  });

  it("reads each field from a dotted path, or for CSV from the exact column name", () => {
    const record = { prompt: { text: "p" }, "a.b": "column" };
    expect(mapFields(record, { text: "prompt.text", ab: { from: "a.b" } }, "path")).toEqual({
      fields: { text: "p" },
      missing: [{ field: "ab", from: "a.b" }],
      bad: [],
    });
    expect(mapFields(record, { ab: "a.b", text: "prompt.text" }, "column")).toEqual({
      fields: { ab: "column" },
      missing: [{ field: "text", from: "prompt.text" }],
      bad: [],
    });
  });

  it("converts numbers, booleans and text", () => {
    const record = { n: " 2.5 ", i: 3, b1: "Yes", b2: "0", b3: "FALSE", b4: 1, s: 4, t: true };
    const { fields, bad } = mapFields(
      record,
      {
        n: { from: "n", type: "number" },
        i: { from: "i", type: "number" },
        b1: { from: "b1", type: "boolean" },
        b2: { from: "b2", type: "boolean" },
        b3: { from: "b3", type: "boolean" },
        b4: { from: "b4", type: "boolean" },
        s: { from: "s", type: "string" },
        t: { from: "t", type: "string" },
      },
      "path",
    );
    expect(bad).toEqual([]);
    expect(fields).toEqual({ n: 2.5, i: 3, b1: true, b2: false, b3: false, b4: true, s: "4", t: "true" });
  });

  it("reports values that do not convert, naming the value, and leaves the field out", () => {
    const record = { n: "n/a", e: "", b: "maybe", o: { x: 1 }, z: null };
    const mapped = mapFields(
      record,
      {
        n: { from: "n", type: "number" },
        e: { from: "e", type: "number" },
        b: { from: "b", type: "boolean" },
        o: { from: "o", type: "string" },
        z: { from: "z", type: "number" },
      },
      "path",
    );
    expect(mapped.fields).toEqual({});
    expect(mapped.bad).toEqual([
      { field: "n", from: "n", message: '"n/a" is not a number' },
      { field: "e", from: "e", message: '"" is not a number' },
      { field: "b", from: "b", message: '"maybe" is not a boolean (true/false, yes/no, 1/0)' },
      { field: "o", from: "o", message: "an object is not text" },
      { field: "z", from: "z", message: "null is not a number" },
    ]);
  });

  it("cuts long values in messages", () => {
    const [bad] = mapFields({ n: "x".repeat(500) }, { n: { from: "n", type: "number" } }, "path").bad;
    expect(bad?.message.length).toBeLessThan(80);
  });

  it("splits text into a trimmed list, converting each part", () => {
    const record = { answers: "Nothing happens; It grows ;;", nums: "1|2| 3", list: ["4", "5"], one: 7 };
    const mapped = mapFields(
      record,
      {
        answers: { from: "answers", split: ";" },
        nums: { from: "nums", split: "|", type: "number" },
        list: { from: "list", split: ",", type: "number" },
        one: { from: "one", split: "," },
      },
      "path",
    );
    expect(mapped.fields).toEqual({ answers: ["Nothing happens", "It grows"], nums: [1, 2, 3], list: [4, 5] });
    expect(mapped.bad).toEqual([{ field: "one", from: "one", message: "7 cannot be split: split applies to text" }]);
  });

  it("reports a list part that does not convert", () => {
    const mapped = mapFields({ nums: "1,x" }, { nums: { from: "nums", split: ",", type: "number" } }, "path");
    expect(mapped.bad).toEqual([{ field: "nums", from: "nums", message: '"x" is not a number' }]);
  });

  it("makes a field named __proto__ an ordinary field", () => {
    const { fields } = mapFields({ a: { polluted: true } }, JSON.parse('{"__proto__": "a"}'), "path");
    expect(Object.hasOwn(fields, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect((fields as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
