import type { JudgeVerdict } from "../judges/verdict";
import { shellWord } from "../probe/describe-probe";
import { type Paint, PLAIN } from "../spec/format-problems";
import type { ItemRecord } from "./item-record";

/**
 * A verdict in words, whatever its kind: the kind, then its other fields — "leak (leaked: true)",
 * "label (label: agree)", "score (score: 0.873)" — so a new judge's verdicts read without code here.
 */
export function verdictText(verdict: JudgeVerdict | null): string {
  if (verdict === null) return "dropped by post-processing (not judged)";
  const { kind, ...rest } = verdict as { kind: string } & Record<string, unknown>;
  const parts = Object.entries(rest).map(([k, v]) => `${k}: ${fieldText(v)}`);
  return parts.length > 0 ? `${kind} (${parts.join(", ")})` : kind;
}

function fieldText(v: unknown): string {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(3);
  if (typeof v === "string") return v;
  return JSON.stringify(v) ?? String(v);
}

/** A text cut to about `max` characters by leaving out its middle; a mask at a cut is kept whole. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const masks = [...text.matchAll(/‹[^‹›]*›/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  const inside = (at: number) => masks.find(([a, b]) => at > a && at < b);
  let head = Math.ceil(max / 2);
  let tail = text.length - Math.floor(max / 2);
  head = inside(head)?.[1] ?? head;
  tail = inside(tail)?.[0] ?? tail;
  return tail <= head ? text : `${text.slice(0, head)} … ${text.slice(tail)}`;
}

export interface ItemView {
  /** Cut every text to about this many characters (failure messages); whole when absent. */
  readonly clip?: number;
  /** Only the outputs that count against this metric (failure messages). */
  readonly metric?: string;
  readonly paint?: Paint;
}

/**
 * One case as lines of text: a header (✗ when it counts against a gated metric), its input, then
 * each output as generated — quoted, so whitespace and line breaks show — with its verdict and, when
 * post-processing changed it, what was kept; or each choice with its log-likelihood and the pick.
 */
export function itemLines(item: ItemRecord, view: ItemView = {}): string[] {
  const paint = view.paint ?? PLAIN;
  const cut = (text: string) => (view.clip !== undefined ? clip(text, view.clip) : text);
  const quote = (text: string) => JSON.stringify(cut(text));
  const groups = Object.entries(item.groups ?? {})
    .map(([d, v]) => `${d} = ${v}`)
    .join(", ");
  const mark = item.skipped ? paint.dim("–") : item.failing.length > 0 ? paint.error("✗") : "✓";
  const against = item.failing.length > 0 ? `  ${paint.error(`counts against ${item.failing.join(", ")}`)}` : "";
  const out = [`${mark} ${paint.bold(item.case)}${groups !== "" ? paint.dim(`  [${groups}]`) : ""}${against}`];
  const block = (label: string, text: string) => {
    if (text === "") {
      out.push(`    ${paint.dim(`${label}: (empty)`)}`);
      return;
    }
    const [first = "", ...rest] = cut(text).split("\n");
    out.push(`    ${paint.dim(`${label}:`)} ${first}`, ...rest.map((l) => `      ${l}`));
  };
  if (item.messages) for (const m of item.messages) block(m.role, m.content);
  else block("prompt", item.prompt ?? "");
  if (item.expected !== undefined) out.push(`    ${paint.dim("expected:")} ${item.expected}`);
  if (item.skipped) {
    out.push(
      `    ${paint.dim(`skipped: the input needs ${item.skipped.needed} positions, the model takes ${item.skipped.limit}`)}`,
    );
  }
  const outputs = item.outputs ?? [];
  outputs.forEach((o, j) => {
    if (view.metric !== undefined && !o.failing.includes(view.metric)) return;
    const sign = o.failing.length > 0 ? paint.error("✗") : "✓";
    const finish = o.finish === "eos" ? "" : paint.dim(` [${o.finish === "length" ? "max_tokens" : "stop"}]`);
    out.push(`    ${sign} output ${j + 1} of ${outputs.length}: ${verdictText(o.verdict)}${finish}`);
    out.push(`        ${quote(o.text)}`);
    if (o.kept === null) out.push(`        ${paint.dim("dropped by post-processing")}`);
    else if (o.kept !== o.text) out.push(`        ${paint.dim("kept:")} ${quote(o.kept)}`);
  });
  if (item.choices) {
    out.push(`    ${paint.dim("choices (log-likelihood; → the pick):")}`);
    for (const c of item.choices) {
      const label = c.label !== undefined ? ` ${paint.dim(`(${c.label})`)}` : "";
      const correct = c.correct ? `  ${paint.dim("correct")}` : "";
      out.push(`    ${c.picked ? "→" : " "} ${c.logprob.toFixed(3).padStart(9)}  ${quote(c.text)}${label}${correct}`);
    }
  }
  return out;
}

/** Failing cases first (in case order), then the rest. */
export function failingFirst(items: readonly ItemRecord[]): ItemRecord[] {
  return [...items.filter((i) => i.failing.length > 0), ...items.filter((i) => i.failing.length === 0)];
}

/** How many failing cases a failure message names, and how long each text in it may be. */
export const NAMED_ITEMS = 3;
const MESSAGE_TEXT = 240;

/**
 * The failing cases of one metric in a failed gate's message: up to three, each with its input and
 * the outputs that count against the metric (cut to fit), and the `trustspec show` command that lists
 * them all. When no case misses the threshold on its own (the gate failed on an interval's bound, or
 * on a few cases together), it says so.
 */
export function failingItemsText(items: readonly ItemRecord[], metric: string, spec: string, model: string): string {
  const failing = items.filter((i) => i.failing.includes(metric));
  if (failing.length === 0) return `no case misses the ${metric} threshold on its own`;
  const shown = failing.slice(0, NAMED_ITEMS);
  const command = `trustspec show --failing --spec ${shellWord(spec)} --model ${shellWord(model)}`;
  const head =
    failing.length > shown.length
      ? `${failing.length} cases count against ${metric}; the first ${shown.length} (all: ${command}):`
      : `${failing.length === 1 ? "1 case counts" : `${failing.length} cases count`} against ${metric} (${command}):`;
  return [head, ...shown.flatMap((item) => itemLines(item, { clip: MESSAGE_TEXT, metric }))].join("\n");
}
