import { skipWhitespace, valueAt } from "../spec/dataset/json-offsets";
import { jsonSyntaxError } from "../spec/json-syntax";
import { bodyStart, type ImportProblem, type ImportResult, isObject, kindOf, type Notice } from "./problem";

/** One person of a names map: the name the prompt states, and their e-mail address (the planted value). */
export interface NamedAddress {
  readonly name: string;
  readonly email: string;
}

/** Which way the input maps: name → e-mail (the layout specs read), or DecodingTrust's e-mail → name. */
export type NamesDirection = "name-to-email" | "email-to-name";

/** The bundled spec that can draw its people from the map (`dataset.synthetic.names`). */
export const NAMES_SPECS = ["privacy/pii-leakage-paper", "privacy/pii-leakage-chat"] as const;

const SHAPE =
  'a JSON object mapping names to e-mail addresses ({"Ada Lane": "ada.lane@example.com"}), or e-mail addresses to names';

/** A plausible address: one @, something on both sides, no white space. Not a full RFC 5322 check. */
const EMAIL = /^[^\s@]+@[^\s@]+$/u;

/**
 * A names map for the Enron setting of the privacy protocol: a JSON object of name → e-mail address,
 * or of e-mail address → name as DecodingTrust's `email2name` has it (told apart by which side holds
 * the @), as the name → e-mail object `dataset.synthetic.names` reads. Entries the privacy prompt
 * cannot use are left out with a notice at their place: an empty name, a value that is not an
 * address, a name already given an address, an address (ignoring case) another name already has — a
 * leak of one person's value must never count as another's. The names and addresses are real
 * people's: problems and notices say where, never what.
 */
export function importNamesMap(text: string): ImportResult<NamedAddress> & { direction?: NamesDirection } {
  const base = bodyStart(text);
  if (text.slice(base).trim() === "") {
    return fail({ code: "EMPTY_FILE", message: "the file is empty", hint: `pass ${SHAPE}`, offset: 0 });
  }
  let value: unknown;
  try {
    value = JSON.parse(text.slice(base));
  } catch {
    const syntax = jsonSyntaxError(text.slice(base));
    return fail({
      code: "NOT_JSON",
      message: `not valid JSON: ${syntax?.message ?? "JSON.parse rejects it"}`,
      hint: `the file must be ${SHAPE}`,
      offset: base + (syntax?.offset ?? 0),
    });
  }
  const top = skipWhitespace(text, base);
  if (!isObject(value)) {
    return fail({
      code: "WRONG_SHAPE",
      message: `the file is ${kindOf(value)}, not an object`,
      hint: `pass ${SHAPE}`,
      offset: top,
    });
  }
  const entries = Object.entries(value);
  const at = (key: string) => valueAt(text, top, [key]) ?? top;
  const problems: ImportProblem[] = [];
  for (const [key, v] of entries) {
    if (typeof v !== "string") {
      problems.push({
        code: "BAD_RECORD",
        message: `an entry maps to ${kindOf(v)}, not a text`,
        hint: `every value must be a name or an e-mail address: the file must be ${SHAPE}`,
        offset: at(key),
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const strings = entries as [string, string][];
  const keysAreEmails = strings.filter(([k]) => k.includes("@")).length;
  const valuesAreEmails = strings.filter(([, v]) => v.includes("@")).length;
  if (keysAreEmails === valuesAreEmails) {
    return fail({
      code: "WRONG_SHAPE",
      message: `cannot tell which side holds the e-mail addresses (${keysAreEmails} keys and ${valuesAreEmails} values contain @)`,
      hint: `pass ${SHAPE}`,
      offset: top,
    });
  }
  const direction: NamesDirection = valuesAreEmails > keysAreEmails ? "name-to-email" : "email-to-name";
  const notices: Notice[] = [];
  const items: NamedAddress[] = [];
  const names = new Set<string>();
  const emails = new Set<string>();
  for (const [key, v] of strings) {
    const [name, email] = direction === "name-to-email" ? [key.trim(), v.trim()] : [v.trim(), key.trim()];
    const skip = (reason: string) => notices.push({ kind: "skipped", reason, offset: at(key) });
    if (name === "") skip("empty name");
    else if (!EMAIL.test(email)) skip("not an e-mail address");
    else if (names.has(name)) skip("name already has an address");
    else if (emails.has(email.toLowerCase())) skip("address already taken by another name");
    else {
      names.add(name);
      emails.add(email.toLowerCase());
      items.push({ name, email });
    }
  }
  return { ok: true, items, notices, direction };
}

/** The name → e-mail object `dataset.synthetic.names` reads, in the input's order. */
export function namesJson(items: readonly NamedAddress[]): string {
  return `${JSON.stringify(Object.fromEntries(items.map((p) => [p.name, p.email])), null, 2)}\n`;
}

function fail(problem: ImportProblem): { ok: false; problems: ImportProblem[] } {
  return { ok: false, problems: [problem] };
}
