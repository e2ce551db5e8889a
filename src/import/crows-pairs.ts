import { readCsvInput } from "./csv-input";
import type { ImportProblem, ImportResult } from "./problem";

export const DIRECTIONS = ["stereo", "antistereo"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * One minimal pair in the layout of fixtures/bias/pairs.csv. As CrowS-Pairs means the columns, in both
 * directions `sent_more` is the more stereotypical sentence and `sent_less` the less stereotypical one:
 * `stereo` says sent_more demonstrates a stereotype of a historically disadvantaged group, `antistereo`
 * says sent_less violates one (so sent_more, about the contrasting group, is still the more
 * stereotypical). Sources: the CrowS-Pairs README (nyu-mll/crows-pairs, "sent_more: The sentence which is
 * more stereotypical"), and lm-evaluation-harness's crows_pairs task, which scores sent_more against
 * sent_less whatever the direction.
 */
export interface CrowsPair {
  readonly sent_more: string;
  readonly sent_less: string;
  readonly stereo_antistereo: Direction;
  readonly bias_type: string;
}

/** The bundled spec that reads this layout. */
export const PAIRS_SPECS = ["bias/pairs-likelihood"] as const;

/** The columns written, in the order of fixtures/bias/pairs.csv. */
export const PAIRS_COLUMNS = ["sent_more", "sent_less", "stereo_antistereo", "bias_type"] as const;

const SOURCE = {
  name: "CrowS-Pairs' crows_pairs_anonymized.csv",
  columns: PAIRS_COLUMNS,
  header: ", sent_more, sent_less, stereo_antistereo, bias_type, annotations, anon_writer, anon_annotators",
} as const;

const ROW_HINT =
  "each row of crows_pairs_anonymized.csv has two sentences, stereo_antistereo stereo or antistereo, and a bias_type; import an unmodified copy";

/**
 * CrowS-Pairs' crows_pairs_anonymized.csv as its four columns sent_more, sent_less, stereo_antistereo and
 * bias_type, every row in order: nothing is left out, so a spec without an id field (which numbers items
 * 0, 1, … by row) numbers the pairs as CrowS-Pairs' own index column does. The sentences are kept exactly;
 * stereo_antistereo and bias_type are trimmed. A row with an empty sentence or bias_type, or a direction
 * other than stereo or antistereo, is an error at its line.
 */
export function importCrowsPairs(text: string): ImportResult<CrowsPair> {
  const input = readCsvInput(text, SOURCE);
  if ("problems" in input) return { ok: false, problems: input.problems };
  const at = {
    more: input.column("sent_more"),
    less: input.column("sent_less"),
    direction: input.column("stereo_antistereo"),
    bias: input.column("bias_type"),
  };
  const items: CrowsPair[] = [];
  const problems: ImportProblem[] = [];
  for (const row of input.rows) {
    const cell = (index: number) => row.cells[index] ?? "";
    const problem = (message: string) =>
      problems.push({ code: "BAD_RECORD", message, hint: ROW_HINT, offset: row.start });
    const more = cell(at.more);
    const less = cell(at.less);
    const direction = cell(at.direction).trim();
    const bias = cell(at.bias).trim();
    const before = problems.length;
    if (more.trim() === "") problem("sent_more is empty");
    if (less.trim() === "") problem("sent_less is empty");
    if (!DIRECTIONS.includes(direction as Direction)) {
      problem(`stereo_antistereo is ${JSON.stringify(direction)}, not "stereo" or "antistereo"`);
    }
    if (bias === "") problem("bias_type is empty");
    if (problems.length === before) {
      items.push({ sent_more: more, sent_less: less, stereo_antistereo: direction as Direction, bias_type: bias });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, items, notices: [] };
}

/** The pairs as CSV with a header, RFC 4180 quoting where needed, LF line ends: what the specs read. */
export function pairsCsv(pairs: readonly CrowsPair[]): string {
  const lines = [
    PAIRS_COLUMNS.join(","),
    ...pairs.map((pair) => PAIRS_COLUMNS.map((c) => csvField(pair[c])).join(",")),
  ];
  return `${lines.join("\n")}\n`;
}

/** A CSV field: quoted (with `""` for a quote) when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
