import fc from "fast-check";
import { jsonSyntaxError, lineColumnAt } from "../../src/spec/json-syntax";

/** The scanner that places JSON errors: it accepts exactly what JSON.parse accepts, and points at the first wrong character. */
describe("jsonSyntaxError", () => {
  it("accepts every text JSON.parse accepts (any JSON value, any indentation)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 0, 2, "\t"), (value, indent) => {
        expect(jsonSyntaxError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it("rejects whatever JSON.parse rejects among small near-JSON texts", () => {
    const pieces = [
      "{",
      "}",
      "[",
      "]",
      ":",
      ",",
      '"a"',
      "1",
      "-",
      "0.5",
      "tru",
      "true",
      "null",
      " ",
      "\n",
      '"\\x"',
      "01",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonSyntaxError(text) === undefined).toBe(parses);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['{"version": 1,\n  "oops"}', 2, 9, 'expected ":" after the key, found "}"'],
    ['{"a": [1, 2,, 3]}', 1, 13, 'expected a value, found ","'],
    ["{'a': 1}", 1, 2, 'expected a key in double quotes, found "\'"'],
    ['{"a": 1', 1, 8, 'the text ends early: expected "," or "}" in the object, found the end'],
    ["[1] [2]", 1, 5, 'unexpected "[" after the JSON value'],
    ['{"a": "x\\q"}', 1, 10, "unknown escape \\q"],
    ['{"a": 01}', 1, 8, 'expected "," or "}" in the object, found "1"'],
  ])("%j fails at %i:%i: %s", (text, line, column, message) => {
    const error = jsonSyntaxError(text);
    expect(error?.message).toBe(message);
    expect(lineColumnAt(text, error?.offset ?? -1)).toEqual({ line, column });
  });
});
