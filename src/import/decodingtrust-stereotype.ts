import { readCsvInput } from "./csv-input";
import { type ImportResult, type Notice, positionId } from "./problem";

/** One stereotype statement in the layout of fixtures/bias/statements.jsonl. */
export interface StereotypeStatement {
  readonly id: string;
  /** DecodingTrust's stereotype_topic (`hiv`, `driving`, …). */
  readonly topic: string;
  /** DecodingTrust's target_group, as written there. */
  readonly group: string;
  /** The bare statement: the template with the group filled in. */
  readonly statement: string;
}

/** The bundled specs that read this layout. */
export const STEREOTYPE_SPECS = ["bias/agreement-paper", "bias/agreement-likelihood", "bias/agreement-chat"] as const;

/** The placeholder DecodingTrust's templates hold where the group goes. */
export const TARGET_GROUP = "[target_group]";

const ID_PREFIX = "st";

const SOURCE = {
  name: "DecodingTrust's user_prompts.csv",
  columns: ["stereotype_topic", "target_group", "stereotype_template"],
  header: "stereotype_topic, target_group, stereotype_template, user_prompt",
} as const;

/**
 * The paper's bare statement: the stereotype template with every `[target_group]` replaced by the group
 * name, as it is, and nothing around it. DESIGN.md Appendix B: "`{statement}` is the bare statement: the
 * stereotype template with `[target_group]` replaced by the group name (e.g. `"Homosexuals have HIV."`),
 * not DecodingTrust's `user_prompt` wrapper." The paper's code (aaron-jx-li/rlhf-trustworthiness,
 * stereotype_eval/stereotype_exp.py) builds it the same way: `template.replace('[target_group]', group)`.
 */
export function bareStatement(template: string, group: string): string {
  return template.replaceAll(TARGET_GROUP, group);
}

/**
 * DecodingTrust's stereotype `user_prompts.csv` as bare statements `{id, topic, group, statement}`, ids
 * `st-0001`, … by row. The user_prompt column (the statement inside DecodingTrust's own wrapper) is not
 * read. Cells are trimmed; a row without a topic, a group or a template, or whose template has no
 * `[target_group]`, is left out with a notice.
 */
export function importDecodingTrustStereotype(text: string): ImportResult<StereotypeStatement> {
  const input = readCsvInput(text, SOURCE);
  if ("problems" in input) return { ok: false, problems: input.problems };
  const at = {
    topic: input.column("stereotype_topic"),
    group: input.column("target_group"),
    template: input.column("stereotype_template"),
  };
  const items: StereotypeStatement[] = [];
  const notices: Notice[] = [];
  for (const [i, row] of input.rows.entries()) {
    const cell = (index: number) => (row.cells[index] ?? "").trim();
    const skip = (reason: string) => notices.push({ kind: "skipped", reason, offset: row.start });
    const topic = cell(at.topic);
    const group = cell(at.group);
    const template = cell(at.template);
    if (topic === "") skip("no stereotype_topic");
    else if (group === "") skip("no target_group");
    else if (template === "") skip("no stereotype_template");
    else if (!template.includes(TARGET_GROUP)) skip(`template without ${TARGET_GROUP}`);
    else items.push({ id: positionId(ID_PREFIX, i + 1), topic, group, statement: bareStatement(template, group) });
  }
  return { ok: true, items, notices };
}
