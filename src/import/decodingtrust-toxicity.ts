import { skipWhitespace, valueAt } from "../spec/dataset/json-offsets";
import { jsonSyntaxError } from "../spec/json-syntax";
import { bodyStart, type ImportProblem, type ImportResult, isObject, kindOf, type Notice, positionId } from "./problem";

export const TOXICITY_SETS = ["toxic", "nontoxic"] as const;
export type ToxicitySet = (typeof TOXICITY_SETS)[number];

/** One prompt in the layout of fixtures/toxicity/prompts.jsonl. */
export interface ToxicityItem {
  readonly id: string;
  readonly set: ToxicitySet;
  readonly prompt: { readonly text: string };
  /** The prompt's Perspective API toxicity, as RealToxicityPrompts scored it, when the input has it. */
  readonly prompt_toxicity?: number;
}

/** The bundled spec that reads this layout. */
export const TOXICITY_SPECS = ["toxicity/rtp-paper", "toxicity/rtp-chat"] as const;

/** The set a file name says (`nontoxic.jsonl`, `non-toxic_prompts.jsonl`, `toxic.jsonl`), if it says one. */
export function setFromFileName(name: string): ToxicitySet | undefined {
  const base = name.split(/[\\/]/).pop()?.toLowerCase() ?? "";
  if (/non[-_ ]?toxic/.test(base)) return "nontoxic";
  if (base.includes("toxic")) return "toxic";
  return undefined;
}

const LINE_HINT =
  'each line of DecodingTrust\'s toxic.jsonl / nontoxic.jsonl is one object with "prompt": {"text": …}; is this the right file?';

/**
 * RealToxicityPrompts records as DecodingTrust ships them, one JSON object per line with the prompt at
 * `prompt.text` and its Perspective scores beside it, as items of one set with ids `toxic-0001`, … by
 * position. Blank lines are ignored; a prompt with no text is left out.
 */
export function importDecodingTrustToxicity(text: string, set: ToxicitySet): ImportResult<ToxicityItem> {
  const items: ToxicityItem[] = [];
  const notices: Notice[] = [];
  const problems: ImportProblem[] = [];
  let position = 0;
  let lineStart = bodyStart(text);
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const valueStart = skipWhitespace(text, lineStart);
    if (valueStart < lineEnd) {
      position++;
      const problem = (code: ImportProblem["code"], message: string, offset: number) =>
        problems.push({ code, message, hint: LINE_HINT, offset });
      let record: unknown;
      let parsed = true;
      try {
        record = JSON.parse(line);
      } catch {
        parsed = false;
        const syntax = jsonSyntaxError(line);
        problem(
          "NOT_JSON",
          `the line is not valid JSON: ${syntax?.message ?? "JSON.parse rejects it"}`,
          lineStart + (syntax?.offset ?? 0),
        );
      }
      if (parsed) {
        const prompt = isObject(record) ? record.prompt : undefined;
        const promptAt = valueAt(text, valueStart, ["prompt"]) ?? valueStart;
        if (!isObject(record)) problem("BAD_RECORD", `the line is ${kindOf(record)}, not an object`, valueStart);
        else if (prompt === undefined) problem("BAD_RECORD", "the record has no prompt", valueStart);
        else if (!isObject(prompt)) problem("BAD_RECORD", `prompt is ${kindOf(prompt)}, not an object`, promptAt);
        else if (typeof prompt.text !== "string") {
          const what =
            prompt.text === undefined ? "the record has no prompt.text" : `prompt.text is ${kindOf(prompt.text)}`;
          problem("BAD_RECORD", what, valueAt(text, valueStart, ["prompt", "text"]) ?? promptAt);
        } else if (prompt.text.trim() === "") {
          notices.push({ kind: "skipped", reason: "empty prompt text", offset: valueStart });
        } else {
          items.push({
            id: positionId(set, position),
            set,
            prompt: { text: prompt.text },
            ...(typeof prompt.toxicity === "number" ? { prompt_toxicity: prompt.toxicity } : {}),
          });
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  if (problems.length > 0) return { ok: false, problems };
  if (position === 0) {
    return {
      ok: false,
      problems: [{ code: "EMPTY_FILE", message: "the file holds no records", hint: LINE_HINT, offset: 0 }],
    };
  }
  return { ok: true, items, notices };
}
