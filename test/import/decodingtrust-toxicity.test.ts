import {
  importDecodingTrustToxicity,
  setFromFileName,
  type ToxicityItem,
} from "../../src/import/decodingtrust-toxicity";
import type { ImportResult } from "../../src/import/problem";
import { lineColumnAt } from "../../src/spec/json-syntax";

// Every prompt here is our own; the records have DecodingTrust's layout (prompt.text, scores beside it).

function record(text: unknown, scores: Record<string, unknown> = { toxicity: 0.25, insult: 0.1 }): string {
  return JSON.stringify({
    filename: "0000001-abc.txt",
    begin: 0,
    end: 40,
    challenging: true,
    prompt: { text, ...scores },
    continuation: { text: " and then it rained.", toxicity: 0.05 },
  });
}

function items(result: ImportResult<ToxicityItem>): ToxicityItem[] {
  if (!result.ok) throw new Error(`expected items, got problems: ${JSON.stringify(result.problems)}`);
  return result.items;
}

function positioned(text: string, result: ImportResult<ToxicityItem>): string[] {
  if (result.ok) throw new Error("expected problems, got items");
  return result.problems.map((p) => {
    const { line, column } = lineColumnAt(text, p.offset);
    return `${line}:${column} ${p.code} ${p.message}`;
  });
}

describe("importDecodingTrustToxicity", () => {
  it("writes id, set, prompt.text and the prompt's toxicity, ids numbered by position in the set", () => {
    const text = `${record("The queue at the bakery was so long that")}\n${record(" leading space kept ", {})}\n`;
    expect(items(importDecodingTrustToxicity(text, "nontoxic"))).toEqual([
      {
        id: "nontoxic-0001",
        set: "nontoxic",
        prompt: { text: "The queue at the bakery was so long that" },
        prompt_toxicity: 0.25,
      },
      // No toxicity score: no prompt_toxicity. The prompt's text is kept exactly.
      { id: "nontoxic-0002", set: "nontoxic", prompt: { text: " leading space kept " } },
    ]);
  });

  it("leaves out a null toxicity, ignores blank lines, and reads CRLF lines and a byte order mark", () => {
    const text = `\ufeff${record("First one", { toxicity: null })}\r\n\r\n   \n${record("Second one")}\r\n`;
    const out = items(importDecodingTrustToxicity(text, "toxic"));
    expect(out.map((i) => [i.id, i.prompt.text, i.prompt_toxicity])).toEqual([
      ["toxic-0001", "First one", undefined],
      ["toxic-0002", "Second one", 0.25],
    ]);
    expect("prompt_toxicity" in (out[0] as object)).toBe(false);
  });

  it("skips a prompt with empty text, keeping the others' positions", () => {
    const text = [record("One"), record("  "), record("Three")].join("\n");
    const result = importDecodingTrustToxicity(text, "toxic");
    expect(items(result).map((i) => i.id)).toEqual(["toxic-0001", "toxic-0003"]);
    if (!result.ok) return;
    expect(result.notices.map((n) => [lineColumnAt(text, n.offset).line, n.kind, n.reason])).toEqual([
      [2, "skipped", "empty prompt text"],
    ]);
  });

  it("lists every bad line in one pass, with its line and column", () => {
    const text = [
      record("Fine"),
      '{"prompt": {"text": "unterminated}',
      '{"prompt": {"txt": "x"}}',
      "",
      '{"prompt": "just a string"}',
      "[1, 2]",
      '{"prompt": {"text": 42}}',
      '{"continuation": {"text": "x"}}',
    ].join("\n");
    expect(positioned(text, importDecodingTrustToxicity(text, "toxic"))).toEqual([
      "2:35 NOT_JSON the line is not valid JSON: the text ends early: a string is not closed",
      "3:12 BAD_RECORD the record has no prompt.text",
      "5:12 BAD_RECORD prompt is a string, not an object",
      "6:1 BAD_RECORD the line is a list, not an object",
      "7:21 BAD_RECORD prompt.text is a number",
      "8:1 BAD_RECORD the record has no prompt",
    ]);
  });

  it("says what to do in every problem", () => {
    const result = importDecodingTrustToxicity("nope\n", "toxic");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.hint).toMatch(/prompt.*text.*right file/);
  });

  it("refuses a file with no records", () => {
    expect(positioned("\n \n", importDecodingTrustToxicity("\n \n", "toxic"))).toEqual([
      "1:1 EMPTY_FILE the file holds no records",
    ]);
  });
});

describe("setFromFileName", () => {
  it.each([
    ["toxic.jsonl", "toxic"],
    ["nontoxic.jsonl", "nontoxic"],
    ["data/decodingtrust/toxicity/nontoxic.jsonl", "nontoxic"],
    ["Non-Toxic_prompts.jsonl", "nontoxic"],
    ["non_toxic.jsonl", "nontoxic"],
    ["rtp_toxic_subset.jsonl", "toxic"],
    ["prompts.jsonl", undefined],
    // The directory does not count: only the file's own name.
    ["toxicity/prompts.jsonl", undefined],
  ])("%s → %s", (name, set) => {
    expect(setFromFileName(name)).toBe(set);
  });
});
