import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importCrowsPairs, PAIRS_COLUMNS, pairsCsv } from "../../src/import/crows-pairs";
import { importDecodingTrustStereotype } from "../../src/import/decodingtrust-stereotype";
import { importDecodingTrustToxicity, type ToxicityItem } from "../../src/import/decodingtrust-toxicity";
import {
  ETHICS_COLUMNS,
  ETHICS_SPECS,
  ethicsCsv,
  importEthicsCommonsense,
  shortScenarios,
} from "../../src/import/ethics-commonsense";
import type { ImportResult } from "../../src/import/problem";
import { importTruthfulQA, type TruthfulQAItem } from "../../src/import/truthfulqa";
import { parseCsv } from "../../src/spec/dataset/csv";
import { diskFiles } from "../../src/spec/file-access";
import { validateProject } from "../../src/spec/validate-project";
import { describeWithShared, sharedPath } from "../support/shared";

/** The importers on the public files in ../shared (never copied into the repo). */
const repo = join(__dirname, "..", "..");

function ok<T>(result: ImportResult<T>): Extract<ImportResult<T>, { ok: true }> {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result;
}

const read = (path: string) => readFileSync(sharedPath(path), "utf8");

type McItem = { question: string; mc1_targets: Record<string, number>; mc2_targets: Record<string, number> };

/** Validates a bundled spec with its dataset replaced by `text` (written to a temp file): problems and item count. */
function validateOn(spec: string, id: string, file: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), "trustspec-import-"));
  try {
    const data = join(dir, file);
    writeFileSync(data, text);
    const result = validateProject({
      paths: [join(repo, "specs", `${spec}.trust.yaml`)],
      cwd: repo,
      files: diskFiles,
      datasetOverrides: { [id]: data },
    });
    return { problems: result.problems, items: result.specs[0]?.dataset.items?.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const exactlyOneTrue = (item: TruthfulQAItem) => Object.values(item.mc1_targets).filter((v) => v === 1).length === 1;

describeWithShared(
  "importers on the public TruthfulQA files",
  ["data/truthfulqa/mc_task.json", "data/truthfulqa/TruthfulQA.csv"],
  () => {
    // Read in the tests, not here: a skipped suite's body still runs.
    let json = "";
    let input: McItem[] = [];
    beforeAll(() => {
      json = read("data/truthfulqa/mc_task.json");
      input = JSON.parse(json) as McItem[];
    });

    it("mc_task.json: 817 items, one true mc1 option each, the mc sets exactly as in the input", () => {
      const { items, notices } = ok(importTruthfulQA(json));
      expect(items).toHaveLength(817);
      expect(notices).toEqual([]);
      expect(items.every(exactlyOneTrue)).toBe(true);
      expect(items.map((i) => i.id)).toEqual(input.map((_, i) => `tqa-${String(i + 1).padStart(4, "0")}`));
      items.forEach((item, i) => {
        const source = input[i] as McItem;
        expect(item.question).toBe(source.question);
        expect(Object.entries(item.mc1_targets)).toEqual(Object.entries(source.mc1_targets));
        expect(Object.entries(item.mc2_targets)).toEqual(Object.entries(source.mc2_targets));
      });
    });

    it("TruthfulQA.csv: 817 items, one true mc1 option each, with type and category", () => {
      const { items, notices } = ok(importTruthfulQA(read("data/truthfulqa/TruthfulQA.csv")));
      expect(items).toHaveLength(817);
      expect(notices.filter((n) => n.kind === "skipped")).toEqual([]);
      expect(items.every(exactlyOneTrue)).toBe(true);
      expect(new Set(items.map((i) => i.type))).toEqual(new Set(["Adversarial", "Non-Adversarial"]));
      expect(items.every((i) => typeof i.category === "string" && i.category !== "")).toBe(true);
      expect(new Set(items.map((i) => i.id)).size).toBe(817);
      // Two answers ("Unknown") are listed as both correct and incorrect.
      expect(notices.map((n) => [n.kind, n.text])).toEqual([
        ["resolved", "Unknown."],
        ["resolved", "Unknown."],
      ]);
    });

    it("TruthfulQA.csv: for this version of the CSV, the derived sets match mc_task.json's, question by question", () => {
      // Not a promise for every CSV (the docs say to import mc_task.json); a check that the derivation
      // follows the one mc_task.json was built with: periods, order, and answers listed both ways.
      const { items } = ok(importTruthfulQA(read("data/truthfulqa/TruthfulQA.csv")));
      const byQuestion = new Map(input.map((item) => [item.question, item]));
      const differing = items.filter((item) => {
        const source = byQuestion.get(item.question);
        return (
          source === undefined ||
          JSON.stringify(Object.entries(item.mc1_targets)) !== JSON.stringify(Object.entries(source.mc1_targets)) ||
          JSON.stringify(Object.entries(item.mc2_targets)) !== JSON.stringify(Object.entries(source.mc2_targets))
        );
      });
      expect(differing.map((i) => i.id)).toEqual([]);
    });

    it.each([
      ["truthfulness/mc1"],
      ["truthfulness/mc2"],
      ["truthfulness/mc1-primed"],
      ["truthfulness/generative-paper"],
    ])("%s validates on the CSV import (817 items)", (id) => {
      const { items } = ok(importTruthfulQA(read("data/truthfulqa/TruthfulQA.csv")));
      const result = validateOn(id, id, "truthfulqa-mc.json", JSON.stringify(items));
      expect(result.problems).toEqual([]);
      expect(result.items).toBe(817);
    });
  },
);

describeWithShared(
  "importers on the public DecodingTrust toxicity files",
  ["data/decodingtrust/toxicity/toxic.jsonl", "data/decodingtrust/toxicity/nontoxic.jsonl"],
  () => {
    const toxic = () => ok(importDecodingTrustToxicity(read("data/decodingtrust/toxicity/toxic.jsonl"), "toxic"));
    const nontoxic = () =>
      ok(importDecodingTrustToxicity(read("data/decodingtrust/toxicity/nontoxic.jsonl"), "nontoxic"));

    it("toxic.jsonl: 1,196 prompts; nontoxic.jsonl: 1,200; each with text, set, a unique id and its toxicity", () => {
      const sets: [ToxicityItem[], string, number][] = [
        [toxic().items, "toxic", 1196],
        [nontoxic().items, "nontoxic", 1200],
      ];
      for (const [items, set, count] of sets) {
        expect(items).toHaveLength(count);
        expect(items.every((i) => i.set === set && i.prompt.text.trim() !== "")).toBe(true);
        expect(items.every((i) => typeof i.prompt_toxicity === "number")).toBe(true);
        expect(items[0]?.id).toBe(`${set}-0001`);
        expect(new Set(items.map((i) => i.id)).size).toBe(count);
      }
      expect(toxic().notices).toEqual([]);
      expect(nontoxic().notices).toEqual([]);
    });

    it("the toxic prompts score higher on Perspective toxicity than the nontoxic ones", () => {
      const mean = (items: ToxicityItem[]) => items.reduce((s, i) => s + (i.prompt_toxicity ?? 0), 0) / items.length;
      expect(mean(toxic().items)).toBeGreaterThan(mean(nontoxic().items));
    });

    it("toxicity/rtp-paper validates on both sets merged (2,396 prompts)", () => {
      const lines = [...toxic().items, ...nontoxic().items].map((item) => JSON.stringify(item));
      const result = validateOn("toxicity/rtp-paper", "toxicity/rtp-paper", "rtp.jsonl", `${lines.join("\n")}\n`);
      expect(result.problems).toEqual([]);
      expect(result.items).toBe(2396);
    });
  },
);

/** How many times each value occurs. */
function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describeWithShared(
  "importers on the public DecodingTrust stereotype file",
  ["data/decodingtrust/stereotype/user_prompts.csv"],
  () => {
    const file = "data/decodingtrust/stereotype/user_prompts.csv";
    const imported = () => ok(importDecodingTrustStereotype(read(file)));

    it("user_prompts.csv: 1,152 statements = 16 topics × 24 groups × 3 templates, none skipped, ids st-0001 … by row", () => {
      const { items, notices } = imported();
      expect(notices).toEqual([]);
      expect(items).toHaveLength(1152);
      expect(items.map((i) => i.id)).toEqual(items.map((_, i) => `st-${String(i + 1).padStart(4, "0")}`));
      const topics = tally(items.map((i) => i.topic));
      const groups = tally(items.map((i) => i.group));
      expect(Object.keys(topics)).toHaveLength(16);
      expect(Object.values(topics).every((n) => n === 72)).toBe(true);
      expect(Object.keys(groups)).toHaveLength(24);
      expect(Object.values(groups).every((n) => n === 48)).toBe(true);
      expect(Object.values(tally(items.map((i) => `${i.topic}/${i.group}`))).every((n) => n === 3)).toBe(true);
    });

    it("each statement is the template with the group filled in, and is what DecodingTrust's user_prompt wraps", () => {
      const table = parseCsv(read(file));
      const column = (name: string) => table.header.indexOf(name);
      const { items } = imported();
      table.rows.forEach((row, i) => {
        const item = items[i];
        const template = row.cells[column("stereotype_template")] as string;
        const userPrompt = row.cells[column("user_prompt")] as string;
        expect(item?.group).toBe(row.cells[column("target_group")]);
        expect(item?.statement).toBe(template.replaceAll("[target_group]", item?.group ?? ""));
        expect(item?.statement).not.toContain("[target_group]");
        // The bare statement is the end of DecodingTrust's user_prompt, after its wrapper.
        expect(userPrompt).toContain(item?.statement);
        expect(userPrompt.endsWith(`Here is my statement: ${item?.statement}`)).toBe(true);
      });
    });

    it.each([["bias/agreement-paper"], ["bias/agreement-likelihood"]])(
      "%s validates on the import (1,152 statements)",
      (id) => {
        const lines = imported().items.map((item) => JSON.stringify(item));
        const result = validateOn(id, id, "stereotypes.jsonl", `${lines.join("\n")}\n`);
        expect(result.problems).toEqual([]);
        expect(result.items).toBe(1152);
      },
    );
  },
);

describeWithShared("importers on the public CrowS-Pairs file", ["data/crows-pairs/crows_pairs_anonymized.csv"], () => {
  const file = "data/crows-pairs/crows_pairs_anonymized.csv";
  const imported = () => ok(importCrowsPairs(read(file)));

  it("crows_pairs_anonymized.csv: 1,508 pairs, 1,290 stereo and 218 antistereo, over nine bias types", () => {
    const { items, notices } = imported();
    expect(notices).toEqual([]);
    expect(items).toHaveLength(1508);
    expect(tally(items.map((i) => i.stereo_antistereo))).toEqual({ stereo: 1290, antistereo: 218 });
    expect(tally(items.map((i) => i.bias_type))).toEqual({
      "race-color": 516,
      gender: 262,
      socioeconomic: 172,
      nationality: 159,
      religion: 105,
      age: 87,
      "sexual-orientation": 84,
      "physical-appearance": 63,
      disability: 60,
    });
  });

  it("every row, in order, its four columns exactly as in the file; row i is CrowS-Pairs' own index i", () => {
    const table = parseCsv(read(file));
    const { items } = imported();
    expect(table.header[0]).toBe("");
    expect(items).toHaveLength(table.rows.length);
    table.rows.forEach((row, i) => {
      expect(row.cells[0]).toBe(String(i));
      for (const name of PAIRS_COLUMNS) expect(items[i]?.[name]).toBe(row.cells[table.header.indexOf(name)]);
    });
  });

  it("the written CSV reads back as the same pairs (sentences with commas, quotes and a line break included)", () => {
    const { items } = imported();
    const table = parseCsv(pairsCsv(items));
    expect(table.error).toBeUndefined();
    expect(table.header).toEqual([...PAIRS_COLUMNS]);
    expect(table.rows.map((r) => r.cells)).toEqual(items.map((p) => PAIRS_COLUMNS.map((c) => p[c])));
  });

  it("bias/pairs-likelihood validates on the import (1,508 pairs)", () => {
    const result = validateOn(
      "bias/pairs-likelihood",
      "bias/pairs-likelihood",
      "crows-pairs.csv",
      pairsCsv(imported().items),
    );
    expect(result.problems).toEqual([]);
    expect(result.items).toBe(1508);
  });
});

describeWithShared("importers on the public ETHICS commonsense file", ["data/ethics/commonsense/cm_test.csv"], () => {
  const file = "data/ethics/commonsense/cm_test.csv";
  const imported = () => ok(importEthicsCommonsense(read(file)));

  it("cm_test.csv: 3,885 rows, 1,816 wrong and 2,069 not wrong; 2,109 short (983 wrong, 1,126 not wrong); none edited", () => {
    const { items, notices } = imported();
    expect(notices).toEqual([]);
    expect(items).toHaveLength(3885);
    expect(tally(items.map((i) => i.label))).toEqual({ "1": 1816, "0": 2069 });
    expect(tally(items.map((i) => i.is_short))).toEqual({ True: 2109, False: 1776 });
    expect(tally(items.map((i) => i.edited))).toEqual({ False: 3885 });
    const short = shortScenarios(items);
    expect(short).toHaveLength(2109);
    expect(tally(short.map((i) => i.label))).toEqual({ "1": 983, "0": 1126 });
  });

  it("every row, in order, its cells exactly as in the file, ids cm-0001 … cm-3885 by row", () => {
    const table = parseCsv(read(file));
    const { items } = imported();
    expect(table.header).toEqual(["label", "input", "is_short", "edited"]);
    expect(items.map((i) => i.id)).toEqual(items.map((_, i) => `cm-${String(i + 1).padStart(4, "0")}`));
    expect(items.map((i) => [i.label, i.input, i.is_short, i.edited])).toEqual(table.rows.map((r) => r.cells));
  });

  it("the written CSV reads back as the same rows (long scenarios with commas, quotes and line breaks included)", () => {
    const { items } = imported();
    const table = parseCsv(ethicsCsv(items));
    expect(table.error).toBeUndefined();
    expect(table.header).toEqual([...ETHICS_COLUMNS]);
    expect(table.rows.map((r) => r.cells)).toEqual(items.map((row) => ETHICS_COLUMNS.map((c) => row[c])));
  });

  it.each([
    ["ethics/commonsense-paper", 983, 983], // short and immoral
    ["ethics/commonsense-mixed-paper", 2109, 2109],
    ["ethics/commonsense-likelihood", 2109, 2109],
  ])("%s validates on the import (%i items) and on the --short-only import (%i)", (id, all, short) => {
    expect(ETHICS_SPECS).toContain(id);
    const { items } = imported();
    const full = validateOn(id, id, "ethics-commonsense.csv", ethicsCsv(items));
    expect(full.problems).toEqual([]);
    expect(full.items).toBe(all);
    const shortOnly = validateOn(id, id, "ethics-commonsense-short.csv", ethicsCsv(shortScenarios(items)));
    expect(shortOnly.problems).toEqual([]);
    expect(shortOnly.items).toBe(short);
  });
});
