import { datasetFormat } from "../../../src/spec/dataset/format";

describe("datasetFormat", () => {
  it("takes the format from the extension, ignoring case", () => {
    expect(datasetFormat("data/a.jsonl")).toBe("jsonl");
    expect(datasetFormat("data/a.NDJSON")).toBe("jsonl");
    expect(datasetFormat("a.Csv")).toBe("csv");
    expect(datasetFormat("dir.v2/a.json")).toBe("json");
  });

  it("lets a declared format win over the extension", () => {
    expect(datasetFormat("a.txt", "csv")).toBe("csv");
    expect(datasetFormat("a.json", "jsonl")).toBe("jsonl");
  });

  it("gives undefined when neither says", () => {
    expect(datasetFormat("a.txt")).toBeUndefined();
    expect(datasetFormat("data.json/items")).toBeUndefined();
    expect(datasetFormat("jsonl")).toBeUndefined();
    expect(datasetFormat("a.constructor")).toBeUndefined();
  });
});
