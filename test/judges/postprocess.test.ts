import fc from "fast-check";
import { applyPostprocess } from "../../src/judges/postprocess";

describe("applyPostprocess", () => {
  it("returns the text unchanged with no steps", () => {
    fc.assert(fc.property(fc.string(), (text) => applyPostprocess(text, []) === text));
  });

  it("trim strips surrounding white space, including newlines, and keeps inner space", () => {
    expect(applyPostprocess(" \n\t a  b \r\n", ["trim"])).toBe("a  b");
  });

  it("lowercase lower-cases beyond ASCII", () => {
    expect(applyPostprocess("ÉTÉ Yes", ["lowercase"])).toBe("été yes");
  });

  it("first_line keeps the text before the first newline", () => {
    expect(applyPostprocess("one. two\nthree\nfour", ["first_line"])).toBe("one. two");
    expect(applyPostprocess("no newline", ["first_line"])).toBe("no newline");
    expect(applyPostprocess("\nstarts with one", ["first_line"])).toBe("");
  });

  describe("first_sentence (the paper's toxicity rule)", () => {
    it('cuts at the first ". " or newline, whichever comes first', () => {
      expect(applyPostprocess("You are a fool. And more\nlines", ["first_sentence"])).toBe("You are a fool");
      expect(applyPostprocess("a line\nthen. more", ["first_sentence"])).toBe("a line");
    });

    it('keeps a text without ". " or newline whole, a final "." included', () => {
      expect(applyPostprocess("No space after.the dot.", ["first_sentence"])).toBe("No space after.the dot.");
      expect(applyPostprocess("Really? Yes! Sure", ["first_sentence"])).toBe("Really? Yes! Sure");
    });

    it('leaves an empty text when the continuation starts with ". " or a newline', () => {
      expect(applyPostprocess(". and then", ["first_sentence"])).toBe("");
      expect(applyPostprocess("\nand then", ["first_sentence"])).toBe("");
    });

    it("keeps a carriage return before the newline, as the original's split on \\n does", () => {
      expect(applyPostprocess("line\r\nnext", ["first_sentence"])).toBe("line\r");
    });

    it('never leaves a newline or ". " in its result', () => {
      const text = fc.string({ unit: fc.constantFrom("a", " ", ".", "\n", "b") });
      fc.assert(
        fc.property(text, (t) => {
          const out = applyPostprocess(t, ["first_sentence"]) as string;
          return !out.includes("\n") && !out.includes(". ") && t.startsWith(out);
        }),
      );
    });
  });

  describe("drop_empty", () => {
    it("drops an empty text and keeps any other", () => {
      expect(applyPostprocess("", ["drop_empty"])).toBeUndefined();
      expect(applyPostprocess("x", ["drop_empty"])).toBe("x");
    });

    it("looks at the text as it is at that point: white space is not empty unless trimmed first", () => {
      expect(applyPostprocess("  \n ", ["drop_empty"])).toBe("  \n ");
      expect(applyPostprocess("  \n ", ["trim", "drop_empty"])).toBeUndefined();
      expect(applyPostprocess("  \n ", ["drop_empty", "trim"])).toBe("");
    });

    it("drops what the paper drops: a first sentence that is empty", () => {
      expect(applyPostprocess(". rest", ["first_sentence", "drop_empty"])).toBeUndefined();
      expect(applyPostprocess("kept. rest", ["first_sentence", "drop_empty"])).toBe("kept");
    });

    it("stops the steps after it once the text is dropped", () => {
      // This step would throw if it ran.
      expect(applyPostprocess("", ["drop_empty", { regex: { pattern: "a", group: 3 } }])).toBeUndefined();
      expect(() => applyPostprocess("b", ["drop_empty", { regex: { pattern: "a", group: 3 } }])).toThrow();
    });
  });

  it("cut_at keeps the text before the first occurrence, and all of it when absent", () => {
    expect(applyPostprocess("answer: yes ### answer: no", [{ cut_at: "###" }])).toBe("answer: yes ");
    expect(applyPostprocess("no marker", [{ cut_at: "###" }])).toBe("no marker");
    expect(applyPostprocess("###first", [{ cut_at: "###" }])).toBe("");
  });

  it("replace replaces every occurrence, literally", () => {
    expect(applyPostprocess("a.b.c", [{ replace: { from: ".", to: "!" } }])).toBe("a!b!c");
    expect(applyPostprocess("aaa", [{ replace: { from: "aa", to: "b" } }])).toBe("ba");
    // "$&" and "$1" are not replacement patterns here.
    expect(applyPostprocess("x-y", [{ replace: { from: "-", to: "$&$1" } }])).toBe("x$&$1y");
    expect(applyPostprocess("(a+)", [{ replace: { from: "a+", to: "" } }])).toBe("()");
  });

  describe("regex", () => {
    it("keeps the first match", () => {
      expect(applyPostprocess("ids 12 and 345", [{ regex: { pattern: "\\d+" } }])).toBe("12");
    });

    it("keeps a capture group", () => {
      expect(applyPostprocess("Answer: (b) no", [{ regex: { pattern: "\\((\\w)\\)", group: 1 } }])).toBe("b");
    });

    it('gives "" when nothing matches', () => {
      expect(applyPostprocess("no digits", [{ regex: { pattern: "\\d+" } }])).toBe("");
    });

    it('gives "" for a group that took no part in the match', () => {
      expect(applyPostprocess("b", [{ regex: { pattern: "(a)?b", group: 1 } }])).toBe("");
    });

    it("rejects a group number the pattern does not have, naming the groups it has", () => {
      expect(() => applyPostprocess("ab", [{ regex: { pattern: "(a)b", group: 2 } }])).toThrow(
        /has 1 capture group, so group 2 does not exist/,
      );
      expect(() => applyPostprocess("ab", [{ regex: { pattern: "a|b", group: 1 } }])).toThrow(/has 0 capture groups/);
    });

    it("applies the flags i, m, s and u", () => {
      expect(applyPostprocess("YES", [{ regex: { pattern: "yes" } }])).toBe("");
      expect(applyPostprocess("YES", [{ regex: { pattern: "yes", flags: "i" } }])).toBe("YES");
      expect(applyPostprocess("x\nyes", [{ regex: { pattern: "^yes", flags: "m" } }])).toBe("yes");
      expect(applyPostprocess("a\nb", [{ regex: { pattern: "a.b", flags: "s" } }])).toBe("a\nb");
      expect(applyPostprocess("é!", [{ regex: { pattern: "\\p{L}", flags: "u" } }])).toBe("é");
    });

    it("refuses the stateful flags g and y", () => {
      expect(() => applyPostprocess("a", [{ regex: { pattern: "a", flags: "g" } }])).toThrow(
        /flags "g" are not allowed/,
      );
    });

    it("gives the same answer on every call (no lastIndex carried over)", () => {
      const steps = [{ regex: { pattern: "\\d", flags: "i" } }];
      expect([1, 2, 3].map(() => applyPostprocess("a1", steps))).toEqual(["1", "1", "1"]);
    });
  });

  it("applies steps in order", () => {
    const text = "  The Answer: NOT wrong. Because\nreasons";
    expect(applyPostprocess(text, ["trim", "lowercase", "first_sentence", { cut_at: ":" }])).toBe("the answer");
    expect(applyPostprocess(text, [{ cut_at: ":" }, "lowercase", "trim"])).toBe("the answer");
    expect(
      applyPostprocess(text, [
        "lowercase",
        { regex: { pattern: "answer: ([a-z ]+)", group: 1 } },
        "trim",
        "drop_empty",
      ]),
    ).toBe("not wrong");
  });
});
