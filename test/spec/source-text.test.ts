import { SourceText } from "../../src/spec/source-text";

describe("SourceText", () => {
  const text = "ab\ncd\r\n\nlast";
  const src = new SourceText(text);

  it("maps every offset to the line and column a text editor shows", () => {
    for (let offset = 0; offset <= text.length; offset++) {
      const before = text.slice(0, offset);
      const line = before.split("\n").length;
      const col = offset - (before.lastIndexOf("\n") + 1) + 1;
      expect(src.position(offset)).toEqual({ line, col });
      expect(src.offset(line, col)).toBe(offset);
    }
  });

  it("returns lines without their line breaks", () => {
    expect([1, 2, 3, 4].map((n) => src.line(n))).toEqual(["ab", "cd", "", "last"]);
    expect(src.lineCount).toBe(4);
  });
});
