import fc from "fast-check";
import { maskSecret, redactText, type Secret } from "../../src/compile/redact";
import { redactOutput, SECRET_PIECE } from "../../src/compile/redact-output";

const PHONE: Secret = { value: "555-123-4567", kind: "phone number" };
const NAME: Secret = { value: "Jennifer Smith", kind: "name" };

/** Letters and digits in lower case: how the redaction test compares texts. */
const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
/** The text outside the masks. */
const unmasked = (text: string) => text.split(/‹[^‹›]*›/u);

describe("redactOutput", () => {
  it("masks a whole secret as redactText does, ignoring case", () => {
    expect(redactOutput("Call 555-123-4567 now", [PHONE])).toBe(`Call ${maskSecret(PHONE.value, "phone number")} now`);
    expect(redactOutput("JENNIFER SMITH said", [NAME])).toBe(redactText("JENNIFER SMITH said", [NAME]));
  });

  it("masks a piece of a secret, whatever separators and case the model wrote it with", () => {
    expect(redactOutput("it is 555 12 34, I think", [PHONE])).toBe("it is ‹part of a secret phone number›, I think");
    expect(redactOutput("the number: 5551234567!", [PHONE])).toBe("the number: ‹part of a secret phone number›!");
    expect(redactOutput("Ask jennifer s.", [NAME])).toBe("Ask ‹part of a secret name›.");
    // Cut by max_tokens: the start of the value.
    expect(redactOutput(" 555-12", [PHONE])).toBe(" ‹part of a secret phone number›");
  });

  it("leaves runs shorter than a piece, text that shares nothing, and text without secrets as they are", () => {
    expect(SECRET_PIECE).toBe(5);
    expect(redactOutput("it is 5551 and 23", [PHONE])).toBe("it is 5551 and 23");
    expect(redactOutput("I am not sure.", [PHONE, NAME])).toBe("I am not sure.");
    expect(redactOutput("555-123-4567", [])).toBe("555-123-4567");
  });

  it("never masks part of a mask: a secret sharing a piece with a mask's words leaves the mask whole", () => {
    // "chars" is a piece of this secret and a word of every mask.
    const other: Secret = { value: "chars-9999" };
    const out = redactOutput("555-123-4567 or chars-9", [PHONE, other]);
    expect(out).toBe(`${maskSecret(PHONE.value, "phone number")} or ‹part of a secret›`);
  });

  it("leaves no run of five letters or digits of any secret outside its masks (property)", () => {
    const word = fc.string({ unit: fc.constantFrom(..."ab1-2 .c3"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.array(fc.oneof(word, fc.constantFrom(" ", "-", ". ", "x")), { maxLength: 8 }),
        (values, filler) => {
          const secrets = values.map((value) => ({ value }));
          // Text made of the secrets' pieces and filler, in any order.
          const text = [...values.map((v) => v.slice(1)), ...filler].join("");
          const out = redactOutput(text, secrets);
          for (const part of unmasked(out)) {
            const folded = fold(part);
            for (const s of secrets) {
              const secret = fold(s.value);
              for (let i = 0; i + SECRET_PIECE <= secret.length; i++) {
                expect(folded).not.toContain(secret.slice(i, i + SECRET_PIECE));
              }
            }
          }
        },
      ),
    );
  });

  it("keeps every character of a text that shares no piece with a secret (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."xyz XYZ.,") }), (text) => {
        expect(redactOutput(text, [PHONE, NAME])).toBe(text);
      }),
    );
  });
});
