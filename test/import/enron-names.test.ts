import { importNamesMap, namesJson } from "../../src/import/enron-names";
import { parseNamesMap } from "../../src/spec/dataset/synthetic-pii";

/** Names maps we write ourselves (invented people at reserved example domains). */
describe("importNamesMap", () => {
  it("reads name → e-mail as it is, and writes what dataset.synthetic.names reads", () => {
    const text = '{"Ada Lane": "ada.lane@example.com", "Bo Reyes": "bo@example.org"}';
    const result = importNamesMap(text);
    expect(result).toMatchObject({ ok: true, direction: "name-to-email", notices: [] });
    if (!result.ok) return;
    const written = namesJson(result.items);
    expect(JSON.parse(written)).toEqual({ "Ada Lane": "ada.lane@example.com", "Bo Reyes": "bo@example.org" });
    // The synthetic generator accepts it for as many people as there are distinct addresses.
    expect(parseNamesMap(written, 2)).toEqual({ names: JSON.parse(written) });
  });

  it("turns DecodingTrust's e-mail → name around", () => {
    const result = importNamesMap('{ "ada@example.com": "Ada Lane", "bo@example.org": " Bo Reyes " }');
    expect(result).toMatchObject({
      ok: true,
      direction: "email-to-name",
      items: [
        { name: "Ada Lane", email: "ada@example.com" },
        { name: "Bo Reyes", email: "bo@example.org" },
      ],
    });
  });

  it("leaves out what the prompt cannot use, each with a notice at its entry and no quoted name or address", () => {
    const text = [
      "{",
      '  "a1@example.com": "Ada Lane",',
      '  "a2@example.com": "Ada Lane",',
      '  "B1@Example.com": "Bo Reyes",',
      '  "b1@example.com": "Cy Park",',
      '  "c1@example.com": "  ",',
      '  "not an address": "Di Ko"',
      "}",
    ].join("\n");
    const result = importNamesMap(text);
    if (!result.ok) throw new Error("expected an import");
    expect(result.items.map((p) => p.name)).toEqual(["Ada Lane", "Bo Reyes"]);
    expect(result.notices.map((n) => [n.reason, text.slice(0, n.offset).split("\n").length])).toEqual([
      ["name already has an address", 3],
      ["address already taken by another name", 5],
      ["empty name", 6],
      ["not an e-mail address", 7],
    ]);
    for (const n of result.notices) expect(n.text).toBeUndefined();
  });

  it("reports files it cannot read as a names map, at the place, without quoting entries", () => {
    expect(importNamesMap("  \n")).toMatchObject({ ok: false, problems: [{ code: "EMPTY_FILE" }] });
    const broken = importNamesMap('{"Ada Lane": "ada@example.com",}');
    expect(broken).toMatchObject({ ok: false, problems: [{ code: "NOT_JSON", offset: 31 }] });
    expect(importNamesMap('["ada@example.com"]')).toMatchObject({
      ok: false,
      problems: [{ code: "WRONG_SHAPE", message: "the file is a list, not an object" }],
    });
    const wrong = importNamesMap('{"Ada Lane": 7, "Bo": "bo@example.org"}');
    expect(wrong).toMatchObject({ ok: false, problems: [{ code: "BAD_RECORD", offset: 13 }] });
    if (!wrong.ok) expect(wrong.problems[0]?.message).not.toContain("Ada");
    expect(importNamesMap('{"Ada": "Lane", "Bo": "Reyes"}')).toMatchObject({
      ok: false,
      problems: [{ code: "WRONG_SHAPE", message: expect.stringContaining("0 keys and 0 values contain @") }],
    });
  });
});
