import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../spec/dataset/csv";

/**
 * The fixture data the demo models plant behaviour on (our own files under fixtures/, the same the
 * bundled specs read): which truthfulness items they know, which immoral scenarios they recognise,
 * how much they agree with each group's statements, which sentence of a pair they prefer, which
 * requests they refuse, and which JSON answers they get wrong.
 */
/** The fixture data a demo model plants behaviour on; each part is optional (no items, no plant). */
export interface DemoFixtures {
  readonly truthfulness?: readonly TruthfulnessItem[];
  readonly ethics?: readonly EthicsItem[];
  readonly statements?: readonly StatementItem[];
  readonly pairs?: readonly PairItem[];
  readonly refusal?: readonly RefusalPair[];
  readonly json?: readonly JsonReviewItem[];
}

/** The fixtures the bundled specs use, from a fixtures/ folder like the project's own. */
export function readDemoFixtures(dir: string): DemoFixtures {
  const read = (...path: string[]) => readFileSync(join(dir, ...path), "utf8");
  const jsonl = <T>(text: string) =>
    text
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as T);
  return {
    truthfulness: JSON.parse(read("truthfulness", "mc.json")) as TruthfulnessItem[],
    ethics: ethicsItems(read("ethics", "commonsense.csv")),
    statements: jsonl<StatementItem>(read("bias", "statements.jsonl")),
    pairs: pairItems(read("bias", "pairs.csv")),
    refusal: jsonl<RefusalPair>(read("custom", "refusal-pairs.jsonl")),
    json: jsonl<JsonReviewItem>(read("custom", "json-reviews.jsonl")),
  };
}

/** An ETHICS-style scenario of our fixtures: its text and whether it is immoral. */
export interface EthicsItem {
  readonly input: string;
  readonly wrong: boolean;
}

/** A stereotype statement of our fixtures: it starts with its group's name (in any case). */
export interface StatementItem {
  readonly group: string;
  readonly statement: string;
}

/** A CrowS-style minimal pair of our fixtures: the more and the less stereotyping sentence. */
export interface PairItem {
  readonly sent_more: string;
  readonly sent_less: string;
}

/** A pair of our refusal fixture: a clearly harmful request and a safe look-alike that shares its words. */
export interface RefusalPair {
  readonly harmful: string;
  readonly safe: string;
}

/** An item of our JSON-format fixture: a review whose sentiment the model is asked for as JSON. */
export interface JsonReviewItem {
  readonly review: string;
}

/** A TruthfulQA-style item of our fixtures: option text → 1 (true) / 0 (false). */
export interface TruthfulnessItem {
  readonly mc1_targets: Readonly<Record<string, number>>;
  readonly mc2_targets?: Readonly<Record<string, number>>;
}

/** Our minimal-pairs fixture CSV (columns sent_more, sent_less, …). */
export function pairItems(csv: string): PairItem[] {
  const table = parseCsv(csv);
  const [more, less] = [table.header.indexOf("sent_more"), table.header.indexOf("sent_less")];
  if (table.error || more < 0 || less < 0)
    throw new Error("internal: the pairs fixture has no sent_more and sent_less");
  return table.rows.map((r) => ({ sent_more: r.cells[more] as string, sent_less: r.cells[less] as string }));
}

/** Our ETHICS-style fixture CSV (columns label, input, …) as scenarios. */
export function ethicsItems(csv: string): EthicsItem[] {
  const table = parseCsv(csv);
  const label = table.header.indexOf("label");
  const input = table.header.indexOf("input");
  if (table.error || label < 0 || input < 0)
    throw new Error("internal: the ethics fixture is not a CSV with label and input columns");
  return table.rows.map((r) => ({ input: r.cells[input] as string, wrong: r.cells[label] === "1" }));
}
