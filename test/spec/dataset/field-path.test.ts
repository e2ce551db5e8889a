import { getOwn, getPath } from "../../../src/spec/dataset/field-path";

describe("getPath", () => {
  const record = JSON.parse(
    '{"prompt": {"text": "t", "scores": [0.1, {"v": 2}]}, "empty": null, "list": [], "a.b": 1, "__proto__": {"x": 1}}',
  );

  it("walks objects by name and arrays by position", () => {
    expect(getPath(record, "prompt.text")).toEqual({ found: true, value: "t" });
    expect(getPath(record, "prompt.scores.0")).toEqual({ found: true, value: 0.1 });
    expect(getPath(record, "prompt.scores.1.v")).toEqual({ found: true, value: 2 });
    expect(getPath(record, "empty")).toEqual({ found: true, value: null });
    expect(getPath(record, "prompt")).toEqual({ found: true, value: record.prompt });
  });

  it("does not find what is not there", () => {
    for (const path of ["missing", "prompt.missing", "prompt.text.length", "empty.x", "prompt.scores.2", "list.0"]) {
      expect(getPath(record, path)).toEqual({ found: false });
    }
    expect(getPath(record, "prompt.scores.01")).toEqual({ found: false });
    expect(getPath(record, "prompt.scores.length")).toEqual({ found: false });
    expect(getPath(record, "a.b")).toEqual({ found: false });
  });

  it("never reaches prototypes or inherited properties, even when the data has such a key", () => {
    expect(Object.hasOwn(record, "__proto__")).toBe(true);
    for (const path of [
      "__proto__",
      "__proto__.x",
      "constructor",
      "constructor.prototype",
      "toString",
      "hasOwnProperty",
    ]) {
      expect(getPath(record, path)).toEqual({ found: false });
    }
    expect(getPath({ constructor: 1, prototype: 2 }, "constructor")).toEqual({ found: false });
    expect(getPath({ prototype: 2 }, "prototype")).toEqual({ found: false });
    expect(getPath([1], "map")).toEqual({ found: false });
    expect(getPath(Object.create({ inherited: 1 }), "inherited")).toEqual({ found: false });
  });
});

describe("getOwn", () => {
  it("reads a key by its exact name, dots included, and nothing inherited", () => {
    expect(getOwn({ "a.b": 1 }, "a.b")).toEqual({ found: true, value: 1 });
    expect(getOwn({ a: { b: 1 } }, "a.b")).toEqual({ found: false });
    expect(getOwn({}, "toString")).toEqual({ found: false });
    expect(getOwn("text", "length")).toEqual({ found: false });
  });
});
