import { isScalar, parseDocument, type Scalar } from "yaml";
import { scalarOffsets } from "../../src/spec/scalar-offsets";

/** The scalar under `k:` in `text`, its value, and the offset map under test. */
function scalar(text: string): { node: Scalar; value: string; offset: (i: number) => number } {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  const node = doc.get("k", true);
  if (!isScalar(node)) throw new Error("k is not a scalar");
  return { node, value: String(node.value), offset: scalarOffsets(text, node) };
}

/** Every index of the value maps to the same character in the source, in increasing order. */
function expectSameCharacters(text: string, value: string, offset: (i: number) => number): void {
  const mapped = [...value].map((_, i) => offset(i));
  expect([...value].map((_, i) => text.charAt(offset(i)))).toEqual([...value]);
  for (let i = 1; i < mapped.length; i++) expect(mapped[i]).toBeGreaterThan(mapped[i - 1] as number);
}

/**
 * Builds `k: <open><pieces><close>` from pieces of source text, each standing for one character
 * of the value, so every value index has a known source offset.
 */
function fromPieces(open: string, pieces: [source: string, char: string][], close: string) {
  const prefix = `k: ${open}`;
  const text = `${prefix}${pieces.map(([s]) => s).join("")}${close}\n`;
  const expected: number[] = [];
  let at = prefix.length;
  for (const [s] of pieces) {
    expected.push(at);
    at += s.length;
  }
  return { text, value: pieces.map(([, c]) => c).join(""), expected };
}

const plainPieces = (s: string): [string, string][] => [...s].map((c) => [c, c]);

describe("scalarOffsets", () => {
  it("maps a plain scalar character for character", () => {
    const text = "other: 1\nk: Q {{question}} & more, text\nafter: 2\n";
    const { node, value, offset } = scalar(text);
    expect(node.type).toBe("PLAIN");
    expectSameCharacters(text, value, offset);
    const start = text.indexOf("Q {{");
    for (let i = 0; i < value.length; i++) expect(offset(i)).toBe(start + i);
  });

  it("maps a single-quoted scalar, '' standing for one quote", () => {
    const { text, value, expected } = fromPieces(
      "'",
      [...plainPieces("it"), ["''", "'"], ...plainPieces("s {{x}} "), ["''", "'"], ...plainPieces("end")],
      "'",
    );
    const s = scalar(text);
    expect(s.node.type).toBe("QUOTE_SINGLE");
    expect(s.value).toBe(value);
    expectSameCharacters(text, s.value, s.offset);
    expect([...s.value].map((_, i) => s.offset(i))).toEqual(expected);

    // Quotes in a row: every one still maps to a quote, in order.
    const row = "k: 'say ''''{{x}}'''' now'\n";
    const r = scalar(row);
    expect(r.value).toBe("say ''{{x}}'' now");
    expectSameCharacters(row, r.value, r.offset);
    expect(r.offset(r.value.indexOf("{{x}}"))).toBe(row.indexOf("{{x}}"));
  });

  it("maps a double-quoted scalar, each escaped character to the backslash that produces it", () => {
    const { text, value, expected } = fromPieces(
      '"',
      [
        ...plainPieces("a"),
        ["\\n", "\n"],
        ...plainPieces("b"),
        ["\\t", "\t"],
        ...plainPieces("c "),
        ['\\"', '"'],
        ...plainPieces("q"),
        ['\\"', '"'],
        ...plainPieces(" caf"),
        ["\\u00e9", "é"],
        ...plainPieces(" "),
        ["\\x41", "A"],
        ["\\\\", "\\"],
        ...plainPieces("{{x}"),
        ["\\n", "\n"],
      ],
      '"',
    );
    const s = scalar(text);
    expect(s.node.type).toBe("QUOTE_DOUBLE");
    expect(s.value).toBe(value);
    expect([...s.value].map((_, i) => s.offset(i))).toEqual(expected);
    for (let i = 0; i < s.value.length; i++) {
      const source = text.charAt(s.offset(i));
      // The source holds either the character itself or the backslash of its escape.
      expect(source === s.value.charAt(i) || source === "\\").toBe(true);
    }
    // The escapes that stand for a different character are exactly those that map to a backslash.
    const escaped = [...s.value].flatMap((c, i) => (text.charAt(s.offset(i)) === "\\" ? [c] : []));
    expect(escaped).toEqual(["\n", "\t", '"', '"', "é", "A", "\\", "\n"]);
  });

  it("maps a block literal, line breaks included", () => {
    const text = "k: |\n  line one {{x}\n    indented\n  line three\nafter: 1\n";
    const { node, value, offset } = scalar(text);
    expect(node.type).toBe("BLOCK_LITERAL");
    expect(value).toBe("line one {{x}\n  indented\nline three\n");
    expectSameCharacters(text, value, offset);
    for (const word of ["line one", "{{x}", "indented", "line three"]) {
      expect(offset(value.indexOf(word))).toBe(text.indexOf(word));
    }
  });

  it("maps a stripped block literal without a final line break", () => {
    const text = "k: |-\n  a {{b}}\n  c\n";
    const { value, offset } = scalar(text);
    expect(value).toBe("a {{b}}\nc");
    expectSameCharacters(text, value, offset);
  });

  it("maps folded line breaks of a multi-line scalar to the line break", () => {
    const text = 'k: "first\n  second {{x}}"\n';
    const { value, offset } = scalar(text);
    expect(value).toBe("first second {{x}}");
    const space = value.indexOf(" ");
    expect(text.charAt(offset(space))).toBe("\n");
    for (let i = 0; i < value.length; i++) {
      if (i !== space) expect(text.charAt(offset(i))).toBe(value.charAt(i));
    }
    expect(offset(value.indexOf("{{x}}"))).toBe(text.indexOf("{{x}}"));
  });

  it("maps the index just past the value to just past its last character", () => {
    const text = 'k: "ab"\n';
    const { value, offset } = scalar(text);
    expect(offset(value.length)).toBe(text.indexOf('b"') + 1);
  });

  it("maps both halves of an escape beyond the BMP to its backslash, and keeps going after it", () => {
    const text = 'k: "\\U0001F600 x\\ty"\n';
    const { value, offset } = scalar(text);
    const backslash = text.indexOf("\\U");
    expect([0, 1].map(offset)).toEqual([backslash, backslash]);
    expect(text.charAt(offset(value.indexOf("x")))).toBe("x");
    expect(text.charAt(offset(value.indexOf("y")))).toBe("y");
  });
});
