import { clip, verdictText } from "../describe-item";
import type { ItemRecord, SuiteItems } from "../item-record";
import type { ScorecardSpec } from "../scorecard";
import { type Html, html } from "./markup";

/** Rows per spec's table (failing first): beyond that the page grows by megabytes; `trustspec show` has them all. */
export const HTML_ITEMS = 200;
/** An input longer than this is shown without its middle (few-shot prompts run to kilobytes). */
const INPUT_TEXT = 1500;

/**
 * A spec's items as one table, folded away under its metrics: a row per case with its input and,
 * per model, what the model wrote with each output's verdict (or each choice's log-likelihood and the
 * pick); cases that count against a gated metric on any model first. A text box filters the rows
 * (the page's one script, {@link ITEM_FILTER}; without it the whole table shows). `index` makes the
 * table's id, so no user text goes into one.
 */
export function itemsTable(spec: ScorecardSpec, suites: readonly SuiteItems[], index: number): Html | "" {
  const models = spec.models.flatMap((m) => {
    const suite = suites.find((s) => s.spec === spec.id && s.model === m.model);
    return suite ? [suite] : [];
  });
  if (models.length === 0) return "";
  const byCase = models.map((s) => new Map(s.items.map((i) => [i.case, i])));
  const cases: ItemRecord[] = [];
  const seen = new Set<string>();
  for (const s of models) {
    for (const item of s.items) {
      if (!seen.has(item.case)) {
        seen.add(item.case);
        cases.push(item);
      }
    }
  }
  const failing = (c: ItemRecord) => byCase.some((m) => (m.get(c.case)?.failing.length ?? 0) > 0);
  const ordered = [...cases.filter(failing), ...cases.filter((c) => !failing(c))];
  const shown = ordered.slice(0, HTML_ITEMS);
  const failed = cases.filter(failing).length;
  const id = `items-${index}`;
  const rows = shown.map((c) => {
    const cells = byCase.map((m) => {
      const item = m.get(c.case);
      return item ? modelCell(item) : html`<td>—</td>`;
    });
    return html`<tr${failing(c) && html` class="failing"`}><td><code>${c.case}</code>${groups(c)}</td><td>${inputCell(c)}</td>${cells}</tr>`;
  });
  const note =
    ordered.length > shown.length
      ? html`<p class="hint">The first ${String(shown.length)} of ${String(ordered.length)} cases, failing first; <code>trustspec show --spec ${spec.id}</code> lists them all.</p>`
      : "";
  const summary = html`Items: ${plural(cases.length, "case")}${failed > 0 && html`, <span class="fail">${String(failed)} counting against a gated metric</span>`}`;
  return html`<details class="items"><summary>${summary}</summary>
<p class="hint">What each model was given and wrote, cases that count against a gated metric (✗) first; secrets masked as in the rest of the scorecard.</p>
<input type="search" class="filter" data-table="${id}" placeholder="Filter: any text of a row (case, prompt, output, verdict, metric)" aria-label="Filter the items of ${spec.id}" hidden>
${note}<table class="items" id="${id}"><colgroup><col class="case"><col class="input">${models.map(() => html`<col>`)}</colgroup><thead><tr><th scope="col">Case</th><th scope="col">Input</th>${models.map((s) => html`<th scope="col">${s.model}</th>`)}</tr></thead>
<tbody>${rows}</tbody></table>
</details>
`;
}

/**
 * The page's one script: hides the rows of a filter's table that do not contain its text
 * (case-insensitive), and shows the filter boxes, which stay hidden where scripts do not run. Written
 * as the tag's literal text, so nothing is escaped in it and nothing from a scorecard reaches it.
 */
export const ITEM_FILTER: Html = html`<script>
document.querySelectorAll("input.filter").forEach(function (box) {
  var rows = document.getElementById(box.getAttribute("data-table")).tBodies[0].rows;
  box.hidden = false;
  box.addEventListener("input", function () {
    var text = box.value.toLowerCase();
    for (var i = 0; i < rows.length; i++) rows[i].hidden = text === "" ? false : rows[i].textContent.toLowerCase().indexOf(text) < 0;
  });
});
</script>`;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function groups(item: ItemRecord): Html | "" {
  const entries = Object.entries(item.groups ?? {});
  if (entries.length === 0) return "";
  return html`<br><small>${entries.map(([d, v]) => `${d} = ${v}`).join(", ")}</small>`;
}

function inputCell(item: ItemRecord): Html {
  const text = item.messages
    ? item.messages.map((m) => html`<b>${m.role}:</b> <code class="text">${clip(m.content, INPUT_TEXT)}</code><br>`)
    : html`<code class="text">${clip(item.prompt ?? "", INPUT_TEXT)}</code>`;
  return html`<div class="input">${text}</div>${item.expected !== undefined && html`<small>expected: ${item.expected}</small>`}`;
}

function modelCell(item: ItemRecord): Html {
  const against =
    item.failing.length > 0 ? html`<div class="fail">✗ counts against ${item.failing.join(", ")}</div>` : "";
  if (item.skipped) {
    return html`<td><span class="hint">skipped: the input needs ${String(item.skipped.needed)} positions, the model takes ${String(item.skipped.limit)}</span></td>`;
  }
  const outputs = (item.outputs ?? []).map((o, j, all) => {
    const kept =
      o.kept === null
        ? html`<br><small>dropped by post-processing</small>`
        : o.kept !== o.text
          ? html`<br><small>kept:</small> <code class="text">${o.kept}</code>`
          : "";
    const head = `${all.length > 1 ? `${j + 1}. ` : ""}${o.failing.length > 0 ? "✗ " : ""}${verdictText(o.verdict)}${o.finish === "length" ? " · max_tokens" : ""}`;
    return html`<div class="output${o.failing.length > 0 && " fail-output"}"><small>${head}</small><br><code class="text">${o.text}</code>${kept}</div>`;
  });
  const choices = item.choices
    ? html`<table class="choices">${item.choices.map(
        (c) =>
          html`<tr${c.picked && html` class="picked"`}><td>${c.picked ? "→" : ""}</td><td class="num">${c.logprob.toFixed(3)}</td><td><code class="text">${c.text}</code>${c.label !== undefined && html` <small>(${c.label})</small>`}${c.correct && html` <small>correct</small>`}</td></tr>`,
      )}</table>`
    : "";
  return html`<td>${against}${outputs}${choices}</td>`;
}
