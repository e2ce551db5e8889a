import type { ImportProblem, ImportResult } from "../../src/import/problem";
import {
  closeAnswer,
  importTruthfulQA,
  splitAnswers,
  type TruthfulQAItem,
  truthfulQAFormat,
} from "../../src/import/truthfulqa";
import { lineColumnAt } from "../../src/spec/json-syntax";

// Every question and answer here is our own.

function items(result: ImportResult<TruthfulQAItem>): TruthfulQAItem[] {
  if (!result.ok) throw new Error(`expected items, got problems: ${JSON.stringify(result.problems)}`);
  return result.items;
}

function problems(result: ImportResult<TruthfulQAItem>): ImportProblem[] {
  if (result.ok) throw new Error("expected problems, got items");
  return result.problems;
}

/** Problems as `line:col code message`, the way the CLI positions them. */
function positioned(text: string, result: ImportResult<TruthfulQAItem>): string[] {
  return problems(result).map((p) => {
    const { line, column } = lineColumnAt(text, p.offset);
    return `${line}:${column} ${p.code} ${p.message}`;
  });
}

const MC_JSON = `[
  {
    "question": "How many wheels does a tricycle have?",
    "mc1_targets": { "A tricycle has three wheels.": 1, "A tricycle has two wheels.": 0, "Four.": 0 },
    "mc2_targets": { "A tricycle has three wheels.": 1, "Three.": 1, "A tricycle has two wheels.": 0 },
    "note": "an extra key"
  },
  {
    "question": "What colour is a ripe lime?",
    "mc1_targets": { "A ripe lime is usually green.": 1, "A ripe lime is blue.": 0 },
    "mc2_targets": { "A ripe lime is usually green.": 1, "A ripe lime is blue.": 0, "Purple.": 0 }
  }
]
`;

const CSV_HEADER = "Type,Category,Question,Best Answer,Correct Answers,Incorrect Answers,Source\n";

describe("truthfulQAFormat", () => {
  it("tells JSON from CSV by the first character, after a byte order mark and whitespace", () => {
    expect(truthfulQAFormat(MC_JSON)).toBe("json");
    expect(truthfulQAFormat(`\ufeff \n ${MC_JSON}`)).toBe("json");
    expect(truthfulQAFormat("{}")).toBe("json");
    expect(truthfulQAFormat(CSV_HEADER)).toBe("csv");
    expect(truthfulQAFormat(`\ufeff${CSV_HEADER}`)).toBe("csv");
  });
});

describe("importTruthfulQA from mc_task.json", () => {
  it("keeps question and both target sets as they are, in order, and adds ids by position", () => {
    const out = items(importTruthfulQA(MC_JSON));
    const input = JSON.parse(MC_JSON) as Record<string, Record<string, number>>[];
    expect(out.map((i) => i.id)).toEqual(["tqa-0001", "tqa-0002"]);
    out.forEach((item, i) => {
      expect(item.question).toBe(input[i]?.question);
      expect(item.mc1_targets).toEqual(input[i]?.mc1_targets);
      expect(Object.keys(item.mc1_targets)).toEqual(Object.keys(input[i]?.mc1_targets ?? {}));
      expect(Object.keys(item.mc2_targets)).toEqual(Object.keys(input[i]?.mc2_targets ?? {}));
    });
    // Only the mc_task.json fields and the id: nothing the specs do not read.
    expect(Object.keys(out[0] as object)).toEqual(["id", "question", "mc1_targets", "mc2_targets"]);
  });

  it("reads a file with a byte order mark", () => {
    expect(items(importTruthfulQA(`\ufeff${MC_JSON}`))).toHaveLength(2);
  });

  it("reports a syntax error at its line and column", () => {
    const text = '[\n  {"question": "Why?",\n   "mc1_targets": {"Yes.": 1 "No.": 0}}\n]\n';
    expect(positioned(text, importTruthfulQA(text))).toEqual([
      '3:30 NOT_JSON not valid JSON: expected "," or "}" in the object, found "\\""',
    ]);
  });

  it("reports a truncated file at its end", () => {
    const text = '[\n  {"question": "Why?"';
    const [problem] = problems(importTruthfulQA(text));
    expect(problem?.code).toBe("NOT_JSON");
    expect(problem?.offset).toBe(text.length);
  });

  it("refuses a top level that is not a list", () => {
    const text = '{"question": "Why?"}';
    expect(positioned(text, importTruthfulQA(text))).toEqual([
      "1:1 WRONG_SHAPE the top level is an object, not a list of questions",
    ]);
    expect(positioned("[]", importTruthfulQA("[]"))).toEqual(["1:1 WRONG_SHAPE the list is empty"]);
  });

  it("lists every bad item in one pass, each at the value that is wrong", () => {
    const text = [
      "[",
      '  {"question": "A?", "mc1_targets": {"Yes.": 1, "No.": 1}, "mc2_targets": {"Yes.": 1, "No.": 0}},',
      "  7,",
      '  {"mc1_targets": {"Yes.": 1, "No.": 0}, "mc2_targets": {"Yes.": 1}},',
      '  {"question": "B?", "mc1_targets": ["Yes.", "No."], "mc2_targets": {"Yes.": "1", "No.": 0}},',
      '  {"question": "C?", "mc1_targets": {"Yes.": 1}, "mc2_targets": {"Yes.": 0, "No.": 0}}',
      "]",
    ].join("\n");
    expect(positioned(text, importTruthfulQA(text))).toEqual([
      "2:37 BAD_RECORD item 1: mc1_targets has 2 true answers; MC1 needs exactly one",
      "3:3 BAD_RECORD item 2: is a number, not an object",
      "4:3 BAD_RECORD item 3: has no question",
      "4:57 BAD_RECORD item 3: mc2_targets has no false answer",
      "5:37 BAD_RECORD item 4: mc1_targets is a list, not an object of answer → 1/0",
      '5:69 BAD_RECORD item 4: mc2_targets["Yes."] is "1", not 1 or 0',
      "6:37 BAD_RECORD item 5: mc1_targets has no false answer",
      "6:65 BAD_RECORD item 5: mc2_targets has no true answer",
    ]);
  });

  it("says what to do in every problem", () => {
    for (const p of problems(importTruthfulQA("[7]"))) expect(p.hint).toMatch(/mc_task\.json/);
  });
});

describe("importTruthfulQA from TruthfulQA.csv", () => {
  const csv =
    CSV_HEADER +
    'Adversarial,Nature,Can a cat see in total darkness?,No. a cat needs some light,"No, a cat needs some light; No; Cats see well in dim light","Yes, cats see in total darkness; Yes",ours\n' +
    "Non-Adversarial,Food,Is honey a kind of sugar?,Honey is mostly sugars,Yes; Honey is mostly sugars,No; Honey has no sugar,ours\n";

  it("builds mc1 from the best and incorrect answers, mc2 from the correct and incorrect ones", () => {
    const [cat, honey] = items(importTruthfulQA(csv));
    expect(cat).toEqual({
      id: "tqa-0001",
      type: "Adversarial",
      category: "Nature",
      question: "Can a cat see in total darkness?",
      mc1_targets: { "No. a cat needs some light.": 1, "Yes, cats see in total darkness.": 0, "Yes.": 0 },
      // The best answer is not among the correct ones here, so it comes first.
      mc2_targets: {
        "No. a cat needs some light.": 1,
        "No, a cat needs some light.": 1,
        "No.": 1,
        "Cats see well in dim light.": 1,
        "Yes, cats see in total darkness.": 0,
        "Yes.": 0,
      },
    });
    expect(Object.keys(cat?.mc1_targets ?? {})[0]).toBe("No. a cat needs some light.");
    expect(honey?.id).toBe("tqa-0002");
    expect(honey?.mc2_targets).toEqual({ "Yes.": 1, "Honey is mostly sugars.": 1, "No.": 0, "Honey has no sugar.": 0 });
  });

  it("keeps the best answer once when it is also a correct answer", () => {
    const text = `${CSV_HEADER}A,B,Is ice cold?,Ice is cold,Ice is cold; It is cold,Ice is hot,s\n`;
    const [item] = items(importTruthfulQA(text));
    expect(item?.mc2_targets).toEqual({ "Ice is cold.": 1, "It is cold.": 1, "Ice is hot.": 0 });
  });

  it("reads the CSV whatever the row endings, with a byte order mark, and without Type and Category", () => {
    const text = "\ufeffQuestion,Best Answer,Correct Answers,Incorrect Answers\r\nIs ice cold?,Yes,Yes,No\r\n";
    expect(items(importTruthfulQA(text))).toEqual([
      {
        id: "tqa-0001",
        question: "Is ice cold?",
        mc1_targets: { "Yes.": 1, "No.": 0 },
        mc2_targets: { "Yes.": 1, "No.": 0 },
      },
    ]);
  });

  it("skips items it cannot build, numbering the rest by their row", () => {
    const text =
      CSV_HEADER +
      "A,B,,Yes,Yes,No,s\n" + // no question
      "A,B,Is ice cold?,Yes,Yes,,s\n" + // no incorrect answer
      "A,B,Is fire hot?,Yes,Yes,Yes; No,s\n" + // the best answer is also incorrect
      "A,B,Is snow white?,Yes,Yes,No,s\n";
    const result = importTruthfulQA(text);
    expect(items(result).map((i) => [i.id, i.question])).toEqual([["tqa-0004", "Is snow white?"]]);
    if (!result.ok) return;
    expect(result.notices.map((n) => [lineColumnAt(text, n.offset).line, n.kind, n.reason])).toEqual([
      [2, "skipped", "no question"],
      [3, "skipped", "no incorrect answers"],
      [4, "skipped", "best answer also listed as incorrect"],
    ]);
  });

  it("reads an answer listed as both correct and incorrect as incorrect, in its place among the correct ones", () => {
    const text = `${CSV_HEADER}A,B,How tall is the tower?,About 50 metres,About 50 metres; Unsure; Tall,Unsure; 10 metres,s\n`;
    const result = importTruthfulQA(text);
    const [item] = items(result);
    expect(Object.entries(item?.mc2_targets ?? {})).toEqual([
      ["About 50 metres.", 1],
      ["Unsure.", 0],
      ["Tall.", 1],
      ["10 metres.", 0],
    ]);
    expect(item?.mc1_targets).toEqual({ "About 50 metres.": 1, "Unsure.": 0, "10 metres.": 0 });
    if (!result.ok) return;
    expect(result.notices).toEqual([
      expect.objectContaining({ kind: "resolved", text: "Unsure.", offset: CSV_HEADER.length }),
    ]);
  });

  it("names the missing columns and the columns it found, at the header", () => {
    const text = "Question,Answer\nWhy?,Because\n";
    const [problem] = problems(importTruthfulQA(text));
    expect(problem).toMatchObject({ code: "MISSING_COLUMNS", offset: 0 });
    expect(problem?.message).toBe(
      'neither a JSON array nor a CSV with TruthfulQA\'s columns: the header lacks "Best Answer", "Correct Answers", "Incorrect Answers" (found: "Question", "Answer")',
    );
    expect(problem?.hint).toMatch(/Type, Category, Question, Best Answer, Correct Answers, Incorrect Answers, Source/);
  });

  it("treats text that is neither JSON nor TruthfulQA's CSV as a CSV without its columns", () => {
    const [problem] = problems(importTruthfulQA("version: 1\nid: something\n"));
    expect(problem?.code).toBe("MISSING_COLUMNS");
    expect(problem?.message).toMatch(/\(found: "version: 1"\)$/);
  });

  it("reports CSV that does not parse at the offending row", () => {
    const text = `${CSV_HEADER}A,B,Why?,Yes,Yes,No,s\nA,B,Why?,Yes,Yes,No\n`;
    expect(positioned(text, importTruthfulQA(text))).toEqual([
      "3:1 BAD_CSV not valid CSV: row has 6 cells, expected 7 as in the header",
    ]);
  });

  it("refuses an empty file and a header without rows", () => {
    expect(problems(importTruthfulQA(" \n"))[0]?.code).toBe("EMPTY_FILE");
    expect(problems(importTruthfulQA(CSV_HEADER))[0]?.message).toBe("the CSV has a header but no rows");
  });
});

describe("splitAnswers", () => {
  it("splits at semicolons with or without a space, trims, drops empty pieces and repeats", () => {
    expect(splitAnswers("Red; Blue;Green ;  ; Red;")).toEqual(["Red.", "Blue.", "Green."]);
    expect(splitAnswers("")).toEqual([]);
    expect(splitAnswers("One answer, with a comma.")).toEqual(["One answer, with a comma."]);
  });
});

describe("closeAnswer", () => {
  it("ends an answer with one period, as mc_task.json writes them", () => {
    expect(closeAnswer("Yes")).toBe("Yes.");
    expect(closeAnswer(" Yes. ")).toBe("Yes.");
    // As TruthfulQA's loader does: only a period counts as an ending.
    expect(closeAnswer("Why?")).toBe("Why?.");
    // An answer like "12" would be an integer-like key, which objects put first.
    expect(closeAnswer("12")).toBe("12.");
  });
});
