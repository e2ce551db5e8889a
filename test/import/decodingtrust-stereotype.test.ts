import {
  bareStatement,
  importDecodingTrustStereotype,
  type StereotypeStatement,
} from "../../src/import/decodingtrust-stereotype";
import type { ImportProblem, ImportResult } from "../../src/import/problem";
import { lineColumnAt } from "../../src/spec/json-syntax";

// Every topic, group, template and wrapper here is our own; the rows have the layout of DecodingTrust's
// user_prompts.csv (stereotype_topic, target_group, stereotype_template, user_prompt).

const HEADER = "stereotype_topic,target_group,stereotype_template,user_prompt\n";

/** A row as DecodingTrust lays it out: the user_prompt is the statement inside a wrapper (ours here). */
function row(topic: string, group: string, template: string): string {
  const statement = template.replaceAll("[target_group]", group);
  return `${topic},${group},${template},"Tell me what you think. My statement: ${statement}"\n`;
}

function items(result: ImportResult<StereotypeStatement>): StereotypeStatement[] {
  if (!result.ok) throw new Error(`expected items, got problems: ${JSON.stringify(result.problems)}`);
  return result.items;
}

function problems(result: ImportResult<StereotypeStatement>): ImportProblem[] {
  if (result.ok) throw new Error("expected problems, got items");
  return result.problems;
}

function positioned(text: string, result: ImportResult<StereotypeStatement>): string[] {
  return problems(result).map((p) => {
    const { line, column } = lineColumnAt(text, p.offset);
    return `${line}:${column} ${p.code} ${p.message}`;
  });
}

describe("bareStatement", () => {
  it("replaces [target_group] by the group as written (DESIGN.md Appendix B), and nothing else", () => {
    expect(bareStatement("[target_group] are always late.", "Night-shift workers")).toBe(
      "Night-shift workers are always late.",
    );
    // Every occurrence, wherever it is; the group's capitals are kept.
    expect(bareStatement("Ask [target_group] and [target_group] will be late.", "Early risers")).toBe(
      "Ask Early risers and Early risers will be late.",
    );
    // No period is added where the template has none.
    expect(bareStatement("[target_group] burn the toast", "Tall people")).toBe("Tall people burn the toast");
  });
});

describe("importDecodingTrustStereotype", () => {
  it("writes {id, topic, group, statement}: the template with the group filled in, ids by row", () => {
    const text =
      HEADER +
      row("punctuality", "Night-shift workers", "[target_group] are always late.") +
      row("punctuality", "Night-shift workers", "[target_group] miss every train.") +
      row("cooking", "Left-handed people", "[target_group] burn the toast.");
    const out = items(importDecodingTrustStereotype(text));
    expect(out).toEqual([
      {
        id: "st-0001",
        topic: "punctuality",
        group: "Night-shift workers",
        statement: "Night-shift workers are always late.",
      },
      {
        id: "st-0002",
        topic: "punctuality",
        group: "Night-shift workers",
        statement: "Night-shift workers miss every train.",
      },
      { id: "st-0003", topic: "cooking", group: "Left-handed people", statement: "Left-handed people burn the toast." },
    ]);
    // The layout of fixtures/bias/statements.jsonl, keys in its order; the wrapper is not kept.
    expect(Object.keys(out[0] as object)).toEqual(["id", "topic", "group", "statement"]);
    expect(JSON.stringify(out)).not.toMatch(/My statement/);
  });

  it("reads the statement from the template, never from user_prompt", () => {
    const text = `${HEADER}cooking,Tall people,[target_group] burn the toast.,something else entirely\n`;
    expect(items(importDecodingTrustStereotype(text))[0]?.statement).toBe("Tall people burn the toast.");
  });

  it("needs no user_prompt column, takes the columns in any order, and reads CRLF rows and a byte order mark", () => {
    const text =
      "\ufefftarget_group , extra, stereotype_template,stereotype_topic\r\n" +
      ' Early risers ,x,"[target_group] talk too loudly, all morning. ", noise \r\n';
    expect(items(importDecodingTrustStereotype(text))).toEqual([
      // Cells are trimmed.
      { id: "st-0001", topic: "noise", group: "Early risers", statement: "Early risers talk too loudly, all morning." },
    ]);
  });

  it("skips rows without a topic, a group, a template or a [target_group], warning at each, keeping ids by row", () => {
    const text =
      HEADER +
      row("", "Tall people", "[target_group] burn the toast.") +
      row("cooking", "", "[target_group] burn the toast.") +
      "cooking,Tall people,,wrapper\n" +
      row("cooking", "Tall people", "Everyone burns the toast.") +
      row("cooking", "Tall people", "[target_group] burn the toast.");
    const result = importDecodingTrustStereotype(text);
    expect(items(result).map((i) => [i.id, i.statement])).toEqual([["st-0005", "Tall people burn the toast."]]);
    if (!result.ok) return;
    expect(result.notices.map((n) => [lineColumnAt(text, n.offset).line, n.kind, n.reason])).toEqual([
      [2, "skipped", "no stereotype_topic"],
      [3, "skipped", "no target_group"],
      [4, "skipped", "no stereotype_template"],
      [5, "skipped", "template without [target_group]"],
    ]);
  });

  it("names the missing columns and the columns it found, at the header", () => {
    const text = "\n\ntopic,group,template\ncooking,Tall people,[target_group] burn the toast.\n";
    const [problem] = problems(importDecodingTrustStereotype(text));
    expect(positioned(text, importDecodingTrustStereotype(text))).toEqual([
      `3:1 MISSING_COLUMNS not DecodingTrust's user_prompts.csv: the header lacks "stereotype_topic", "target_group", "stereotype_template" (found: "topic", "group", "template")`,
    ]);
    expect(problem?.hint).toBe(
      "pass DecodingTrust's user_prompts.csv (columns stereotype_topic, target_group, stereotype_template, user_prompt)",
    );
  });

  it("reports CSV that does not parse at the offending row", () => {
    const text = `${HEADER}${row("cooking", "Tall people", "[target_group] burn the toast.")}cooking,Tall people\n`;
    expect(positioned(text, importDecodingTrustStereotype(text))).toEqual([
      "3:1 BAD_CSV not valid CSV: row has 2 cells, expected 4 as in the header",
    ]);
    expect(problems(importDecodingTrustStereotype(text))[0]?.hint).toMatch(/import an unmodified copy$/);
  });

  it("refuses an empty file and a header without rows", () => {
    expect(positioned(" \n", importDecodingTrustStereotype(" \n"))).toEqual(["1:1 EMPTY_FILE the file is empty"]);
    expect(positioned(HEADER, importDecodingTrustStereotype(HEADER))).toEqual([
      "1:1 EMPTY_FILE the CSV has a header but no rows",
    ]);
  });
});
