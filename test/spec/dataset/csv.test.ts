import fc from "fast-check";
import { parseCsv } from "../../../src/spec/dataset/csv";

describe("parseCsv", () => {
  it("reads a header and rows, with the offset where each row begins", () => {
    const text = "a,b\n1,2\n3,\n";
    expect(parseCsv(text)).toEqual({
      header: ["a", "b"],
      headerStart: 0,
      rows: [
        { start: 4, cells: ["1", "2"] },
        { start: 8, cells: ["3", ""] },
      ],
    });
  });

  it("unquotes fields with commas, doubled quotes and line breaks", () => {
    const text = 'q,a\n"x, y","say ""hi"""\n"line 1\nline 2","a\r\nb"\n';
    const { rows, error } = parseCsv(text);
    expect(error).toBeUndefined();
    expect(rows.map((r) => r.cells)).toEqual([
      ["x, y", 'say "hi"'],
      ["line 1\nline 2", "a\r\nb"],
    ]);
    expect(rows[1]?.start).toBe(text.indexOf('"line 1'));
  });

  it("accepts CRLF, a byte order mark, blank lines and no final line break", () => {
    const text = "\ufeffa,b\r\n1,2\r\n\r\n\n3,4";
    const table = parseCsv(text);
    expect(table.header).toEqual(["a", "b"]);
    expect(table.headerStart).toBe(1);
    expect(table.rows).toEqual([
      { start: text.indexOf("1,2"), cells: ["1", "2"] },
      { start: text.indexOf("3,4"), cells: ["3", "4"] },
    ]);
  });

  it("keeps a quoted empty field on its own line as a row", () => {
    expect(parseCsv('a\n""\n\nx\n').rows.map((r) => r.cells)).toEqual([[""], ["x"]]);
  });

  it("reads nothing from empty text", () => {
    expect(parseCsv("")).toEqual({ header: [], headerStart: 0, rows: [] });
    expect(parseCsv("\ufeff")).toEqual({ header: [], headerStart: 1, rows: [] });
  });

  it("places an unclosed quote at the opening quote, not at the end of the file", () => {
    const text = 'a,b\n1,2\n3,"never closed\n4,5\n6,7\n';
    const { error, rows } = parseCsv(text);
    expect(error?.start).toBe(text.indexOf('"never'));
    expect(error?.message).toMatch(/never closed/);
    expect(rows.map((r) => r.cells)).toEqual([["1", "2"]]);
  });

  it("places a ragged row at its start and says how many cells it has and should have", () => {
    const text = "a,b,c\n1,2,3\n4,5\n";
    const { error } = parseCsv(text);
    expect(error?.start).toBe(text.indexOf("4,5"));
    expect(error?.message).toMatch(/2 cells, expected 3/);
  });

  it("places a stray quote in an unquoted field at the quote", () => {
    const text = 'a,b\n1,say "hi"\n';
    expect(parseCsv(text).error?.start).toBe(text.indexOf('"'));
  });

  it("rejects text after a closing quote, at that text", () => {
    const text = 'a,b\n"x"y,2\n';
    expect(parseCsv(text).error?.start).toBe(text.indexOf("y"));
  });

  it("reads back any table written with proper quoting", () => {
    const piece = fc.oneof(
      fc.constantFrom(",", '"', "\n", "\r", "\r\n", " ", "é", "日本", "😀", "\ufeff"),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    );
    const cell = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(""));
    const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.record({
        header: fc.array(cell, { minLength: width, maxLength: width }),
        rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
        eol: fc.constantFrom("\n", "\r\n"),
        bom: fc.boolean(),
        finalEol: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(table, ({ header, rows, eol, bom, finalEol }) => {
        // As Python's csv module does: quote what needs it, and a lone empty field so the line is not blank.
        const field = (s: string, alone: boolean) =>
          /[",\r\n]/.test(s) || (alone && s === "") || s.startsWith("\ufeff") ? `"${s.replace(/"/g, '""')}"` : s;
        const line = (cells: string[]) => cells.map((c) => field(c, cells.length === 1)).join(",");
        let text = bom ? "\ufeff" : "";
        const starts: number[] = [];
        [header, ...rows].forEach((cells, i) => {
          if (i > 0) text += eol;
          starts.push(text.length);
          text += line(cells);
        });
        if (finalEol) text += eol;
        const parsed = parseCsv(text);
        expect(parsed.error).toBeUndefined();
        expect(parsed.header).toEqual(header);
        expect(parsed.headerStart).toBe(starts[0]);
        expect(parsed.rows).toEqual(rows.map((cells, i) => ({ start: starts[i + 1], cells })));
      }),
      { numRuns: 500 },
    );
  });
});
