import { mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeText, firstInvalidByte } from "../../src/spec/decode-text";
import { diskFiles, type FileAccess, memoryFiles } from "../../src/spec/file-access";
import { formatProblem, positionProblem } from "../../src/spec/format-problems";
import { validateProject } from "../../src/spec/validate-project";

/**
 * Files that are not UTF-8 text are named for what they are, at the place that is wrong, instead of
 * being read as something else: a broken byte used to become U+FFFD inside a prompt, a UTF-16 spec
 * "held a single value", and a CR-only JSONL file ran its records together.
 */

const ROOT = "/p";
const CONFIG = "version: 1\nmodels:\n  base: { path: models/base }\n";
const SPEC = `version: 1
id: t/enc
vertical: toxicity
models: [base]
dataset:
  items:
    - { prompt: "Hello" }
prompt: "Say: {{prompt}}"
generate: { max_tokens: 5 }
judge: { kind: toxicity-lexical }
metrics:
  toxicity_probability: { max: 0.1 }
`;

function validate(files: Record<string, string | Uint8Array>, access: (f: typeof files) => FileAccess = memoryFiles) {
  const all = Object.fromEntries(Object.entries(files).map(([rel, content]) => [`${ROOT}/${rel}`, content]));
  const result = validateProject({ paths: [`${ROOT}/specs/a.trust.yaml`], cwd: ROOT, files: access(all) });
  return {
    result,
    positioned: result.problems.map((p) => positionProblem(p, result.sources, ROOT)),
  };
}

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decodeText", () => {
  it("reads UTF-8, keeping a byte order mark as U+FEFF as Node's own reader does", () => {
    expect(decodeText(bytes("héllo – ✓ 𝄞"))).toBe("héllo – ✓ 𝄞");
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], "a: 1"))).toBe("\uFEFFa: 1");
  });

  it.each([
    ["a Latin-1 é", bytes("caf", [0xe9], "!"), 3],
    ["a stray continuation byte", bytes("ab", [0x80]), 2],
    ["an overlong encoding of /", bytes("x", [0xc0, 0xaf]), 1],
    ["an encoded surrogate", bytes("x", [0xed, 0xa0, 0x80]), 1],
    ["a code point beyond U+10FFFF", bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ["a sequence cut off by the end of the file", bytes("ok ", [0xe2, 0x9c]), 3],
  ])("refuses %s, naming the byte and where it lands in the text", (_, input, byteOffset) => {
    expect(firstInvalidByte(input)).toBe(byteOffset);
    let error: unknown;
    try {
      decodeText(input);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "EILSEQ", byteOffset, byte: input[byteOffset] });
    const { lossyText, offset } = error as { lossyText: string; offset: number };
    expect(lossyText.charAt(offset)).toBe("\uFFFD");
    expect(lossyText.slice(0, offset)).toBe(input.subarray(0, byteOffset).toString("utf8"));
  });

  it.each([
    ["UTF-16LE with a byte order mark", Buffer.from("\uFEFFversion: 1\n", "utf16le"), "UTF-16LE"],
    ["UTF-16LE without one", Buffer.from("version: 1\nid: x\n", "utf16le"), "UTF-16LE"],
    ["UTF-16BE with a byte order mark", Buffer.from("\uFEFFversion: 1\n", "utf16le").swap16(), "UTF-16BE"],
    ["UTF-16BE without one", Buffer.from("version: 1\nid: x\n", "utf16le").swap16(), "UTF-16BE"],
    ["UTF-32LE with a byte order mark", bytes([0xff, 0xfe, 0, 0, 0x76, 0, 0, 0]), "UTF-32LE"],
  ])("names %s", (_, input, encoding) => {
    expect(() => decodeText(input)).toThrow(expect.objectContaining({ code: "EUTF16", encoding }));
  });

  it("takes UTF-8 text with a NUL or two for UTF-8, not UTF-16", () => {
    expect(decodeText(bytes("a\u0000b: 1\nc: 2\n"))).toBe("a\u0000b: 1\nc: 2\n");
  });
});

describe("a spec, partial or dataset that is not UTF-8", () => {
  it("is FILE_NOT_UTF8 at the broken byte in a spec, not a U+FFFD in the prompt", () => {
    const spec = bytes(SPEC.replace('prompt: "Say:', 'prompt: "Caf'), []);
    const at = spec.indexOf(Buffer.from('prompt: "Caf')) + 'prompt: "Caf'.length;
    const broken = Buffer.concat([spec.subarray(0, at), Buffer.from([0xe9]), spec.subarray(at)]);
    const { result, positioned } = validate({ "trustspec.config.yaml": CONFIG, "specs/a.trust.yaml": broken });
    expect(result.specs).toEqual([]);
    expect(positioned).toEqual([
      expect.objectContaining({ code: "FILE_NOT_UTF8", file: "specs/a.trust.yaml", line: 8, col: 13 }),
    ]);
    expect(positioned[0]?.message).toContain(`byte ${at} (0xE9)`);
    expect(positioned[0]?.hint).toMatch(/save the file as UTF-8/);
  });

  it("is FILE_UTF16 for a spec saved as UTF-16, not 'the file holds a single value'", () => {
    const { positioned } = validate({
      "trustspec.config.yaml": CONFIG,
      "specs/a.trust.yaml": Buffer.from(`\uFEFF${SPEC}`, "utf16le"),
    });
    // At the start of the file, whose first line the code frame shows as the UTF-16 text it is.
    expect(positioned).toEqual([
      expect.objectContaining({ code: "FILE_UTF16", file: "specs/a.trust.yaml", line: 1, col: 1 }),
    ]);
    expect(positioned[0]?.message).toContain("UTF-16LE");
    expect(positioned[0]?.hint).toMatch(/save the file as UTF-8/);
  });

  it("is FILE_NOT_UTF8 at the dataset line holding the broken byte", () => {
    const spec = SPEC.replace('  items:\n    - { prompt: "Hello" }', "  path: data.jsonl");
    const data = bytes('{"prompt": "one"}\n{"prompt": "two"}\n{"prompt": "thr', [0xff], 'ee"}\n');
    const { positioned } = validate({
      "trustspec.config.yaml": CONFIG,
      "specs/a.trust.yaml": spec,
      "specs/data.jsonl": data,
    });
    expect(positioned).toEqual([
      // Line 3, just after `{"prompt": "thr` (15 characters).
      expect.objectContaining({ code: "FILE_NOT_UTF8", file: "specs/data.jsonl", line: 3, col: 16 }),
    ]);
  });

  it("is FILE_UTF16 for a partial saved as UTF-16, at the start of the partial", () => {
    const spec = SPEC.replace('prompt: "Say:', 'partials: { primer: primer.txt }\nprompt: "{{> primer}}Say:');
    const { positioned } = validate({
      "trustspec.config.yaml": CONFIG,
      "specs/a.trust.yaml": spec,
      "specs/primer.txt": Buffer.from("\uFEFFQ: one\nA: two\n", "utf16le"),
    });
    expect(positioned).toEqual([
      expect.objectContaining({ code: "FILE_UTF16", file: "specs/primer.txt", line: 1, col: 1 }),
    ]);
  });

  it("is FILE_CR_LINE_ENDINGS for a JSONL dataset with old Mac line endings, not a parse error per record", () => {
    const spec = SPEC.replace('  items:\n    - { prompt: "Hello" }', "  path: data.jsonl");
    const { positioned } = validate({
      "trustspec.config.yaml": CONFIG,
      "specs/a.trust.yaml": spec,
      "specs/data.jsonl": '{"prompt": "one"}\r{"prompt": "two"}\r',
    });
    expect(positioned.map((p) => [p.code, p.file, p.line, p.col])).toEqual([
      ["FILE_CR_LINE_ENDINGS", "specs/data.jsonl", 1, 1],
    ]);
  });

  it("reads the same way from disk as from memory", () => {
    const dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-encodings-")));
    try {
      writeFileSync(join(dir, "utf16.trust.yaml"), Buffer.from(`\uFEFF${SPEC.replace("t/enc", "t/enc16")}`, "utf16le"));
      writeFileSync(join(dir, "latin1.trust.yaml"), Buffer.from(SPEC.replace("Hello", "Hallo M\u00fcnchen"), "latin1"));
      writeFileSync(join(dir, "trustspec.config.yaml"), CONFIG);
      const result = validateProject({ paths: [dir], cwd: dir, files: diskFiles });
      const codes = result.problems.map((p) => [positionProblem(p, result.sources, dir).file, p.code]).sort();
      expect(codes).toEqual([
        ["latin1.trust.yaml", "FILE_NOT_UTF8"],
        ["utf16.trust.yaml", "FILE_UTF16"],
      ]);
      const latin1 = result.problems.find((p) => p.code === "FILE_NOT_UTF8");
      if (latin1 === undefined) throw new Error("no FILE_NOT_UTF8");
      // The code frame shows the line with the broken byte as U+FFFD and a caret under it.
      const col = '    - { prompt: "Hallo M'.length + 1;
      expect(formatProblem(latin1, result.sources, dir)).toContain(`latin1.trust.yaml:7:${col}: error FILE_NOT_UTF8`);
      expect(formatProblem(latin1, result.sources, dir)).toContain("Hallo M\uFFFDnchen");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
