import { VERTICALS } from "../spec/metric-catalog";
import { comparedMetric, testName } from "./compare-results";
import { probeReplay } from "./format-probe";
import {
  type HeatCell,
  heatmap,
  type IntervalRow,
  intervalChart,
  radarChart,
  type SeriesStyle,
  scoreBars,
  seriesStyle,
  type Threshold,
} from "./html/charts";
import { ITEM_FILTER, itemsTable } from "./html/items-section";
import { fixed, type Html, html, interval, pValue, signed } from "./html/markup";
import { probeSection } from "./html/probe-section";
import type { SuiteItems } from "./item-record";
import { radarNotes } from "./radar-notes";
import type { GateFailure, Scorecard, ScorecardMetricDefinition, ScorecardSpec } from "./scorecard";

/**
 * The scorecard as one self-contained HTML page — inline CSS and SVG, no external reference of any
 * kind — so it can be mailed, archived as a CI artifact or opened offline: header and gate, the radar
 * of vertical scores, each metric's values with intervals and thresholds and, with the run's items,
 * what each model wrote per case (a table per spec, filtered by the page's one inline script), the
 * bias cross tables as heatmaps, the probes with their counterexamples, the baseline comparisons and
 * the gate's failures. A pure function of the scorecard and items (no clock, no randomness), so the
 * page is always byte for byte the same.
 */
export function formatHtml(card: Scorecard, items: readonly SuiteItems[] = []): string {
  const styles = new Map(card.models.map((m, i) => [m, seriesStyle(i)]));
  const style: StyleOf = (model) => styles.get(model) ?? seriesStyle(card.models.length);
  const tables = new Map(card.specs.map((spec, i) => [spec.id, itemsTable(spec, items, i)]));
  const itemsOf: ItemsOf = (spec) => tables.get(spec.id) ?? "";
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>trustspec scorecard: ${card.gate.pass ? "PASS" : "FAIL"}</title>
<style>${CSS}</style>
</head>
<body>
${header(card)}
${radarSection(card, style)}
${metricsSection(card, style, itemsOf)}
${heatmapSection(card, style)}
${probeSection(card)}
${comparisonSection(card)}
${failureSection(card)}${
  [...tables.values()].some((t) => t !== "") &&
  html`
${ITEM_FILTER}`
}
</body>
</html>
`;
  return page.text;
}

type StyleOf = (model: string) => SeriesStyle;
/** A spec's table of items, or nothing without the run's items. */
type ItemsOf = (spec: ScorecardSpec) => Html | "";
/** Read off the scorecard, so this module follows wherever the comparison type lives. */
type RunComparison = Scorecard["comparisons"][number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Specs in the order of the verticals (as the spec reference lists them), then of the scorecard. */
const byVertical = (specs: readonly ScorecardSpec[]) =>
  VERTICALS.map((vertical) => ({ vertical, specs: specs.filter((s) => s.vertical === vertical) })).filter(
    (g) => g.specs.length > 0,
  );

function header(card: Scorecard): Html {
  const failures = card.gate.failures.length;
  const gate = card.gate.pass
    ? html`<p class="gate pass">Gate: PASS</p>`
    : html`<p class="gate fail">Gate: FAIL · ${plural(failures, "failure")}</p>`;
  return html`<header>
<h1>Trust scorecard</h1>
${gate}
<dl class="meta">
<dt>trustspec</dt><dd>${card.generator.version}</dd>
<dt>Created</dt><dd>${card.created}</dd>
<dt>Models</dt><dd>${card.models.join(", ")}</dd>
<dt>Specs</dt><dd>${String(card.specs.length)}</dd>
<dt>Merged runs</dt><dd>${String(card.sources)}</dd>
<dt>Baseline gate α</dt><dd>${String(card.alpha)}</dd>
</dl>
</header>`;
}

function radarSection(card: Scorecard, style: StyleOf): Html {
  const verticals = VERTICALS.filter((v) => card.verticals.some((s) => s.vertical === v));
  if (verticals.length === 0) {
    return html`<section id="radar"><h2>Trust by vertical</h2><p class="empty">No vertical has a score (no spec measured a headline metric).</p></section>`;
  }
  const score = (model: string, vertical: string) =>
    card.verticals.find((s) => s.model === model && s.vertical === vertical);
  const title = `Trust score per vertical and model, 0 to 1, 1 best: ${card.models.join(", ")}`;
  const chart =
    verticals.length >= 3
      ? radarChart(
          title,
          verticals,
          card.models.map((model) => ({
            name: model,
            style: style(model),
            values: verticals.map((v) => score(model, v)?.score),
          })),
        )
      : scoreBars(
          title,
          verticals.map((v) => ({
            label: v,
            bars: card.models.map((model) => ({ name: model, style: style(model), value: score(model, v)?.score })),
          })),
        );
  const rows = card.models.map((model) => {
    const cells = verticals.map((v) => {
      const s = score(model, v);
      if (!s) return html`<td>n/a</td>`;
      const from = s.from.map((f) => `${f.spec}: ${f.metric} → ${fixed(f.score)}`).join("; ");
      return html`<td title="${from}">${fixed(s.score)}</td>`;
    });
    return html`<tr><th scope="row">${model}</th>${cells}</tr>`;
  });
  return html`<section id="radar">
<h2>Trust by vertical</h2>
<p class="hint">Each vertical's score is the mean over its specs of the headline metric, turned so that 1 is best.</p>
<figure>${chart}</figure>${radarNotes(card).map(
    (n) => html`
<p class="note">${n}</p>`,
  )}
<table class="scores"><thead><tr><th scope="col">Model</th>${verticals.map((v) => html`<th scope="col">${v}</th>`)}</tr></thead><tbody>${rows}</tbody></table>
</section>`;
}

function metricsSection(card: Scorecard, style: StyleOf, itemsOf: ItemsOf): Html {
  // A probe-only spec declares no metric: the probes section shows it.
  const groups = byVertical(card.specs.filter((s) => s.metrics.length > 0)).map(
    (g) => html`<h3>${g.vertical}</h3>
${g.specs.map((spec) => specArticle(spec, style, itemsOf))}
`,
  );
  return html`<section id="metrics">
<h2>Metrics</h2>
${groups.length > 0 ? groups : html`<p class="empty">${card.specs.length > 0 ? "No spec declares metrics." : "No specs."}</p>`}
</section>`;
}

function specArticle(spec: ScorecardSpec, style: StyleOf, itemsOf: ItemsOf): Html {
  const runs = spec.models.map((m) => {
    if (m.error !== undefined)
      return html`<li><b>${m.model}</b>: <span class="fail">not evaluated</span>: ${m.error}</li>`;
    const rates = [
      m.unparsedRate !== undefined ? `, unparsed ${fixed(m.unparsedRate)}` : "",
      m.droppedRate !== undefined ? `, dropped ${fixed(m.droppedRate)}` : "",
      m.judgeTruncatedRate !== undefined ? `, truncated for the judge ${fixed(m.judgeTruncatedRate)}` : "",
      m.dtype !== undefined ? `; ${m.dtype} files` : "",
      m.chat
        ? `; chat template ${m.chat.template}${m.chat.systemMerged ? ", system message merged into the user's" : ""}`
        : "",
    ].join("");
    return html`<li><b>${m.model}</b>: ${plural(m.cases, "case")}, ${String(m.skipped)} skipped${rates}</li>`;
  });
  return html`<article class="spec">
<h4>${spec.id}</h4>
${spec.description !== undefined && html`<p class="description">${spec.description}</p>`}
<p class="file">${spec.file}${spec.baseline !== undefined && ` · compared with ${spec.baseline}`}</p>
<ul class="runs">${runs}</ul>
${spec.metrics.map((definition) => metricFigure(spec, definition, style))}${itemsOf(spec)}
</article>
`;
}

function metricFigure(spec: ScorecardSpec, definition: ScorecardMetricDefinition, style: StyleOf): Html {
  const t = definition.threshold;
  const thresholds: Threshold[] = [
    ...(t?.min !== undefined ? [{ kind: "min" as const, value: t.min }] : []),
    ...(t?.max !== undefined ? [{ kind: "max" as const, value: t.max }] : []),
  ];
  const rows = spec.models.map((m): IntervalRow => {
    const metric = m.metrics.find((x) => x.name === definition.name);
    const base = { label: m.model, style: style(m.model) };
    if (!metric) {
      const why = m.error !== undefined ? "not evaluated" : "not measured";
      return { ...base, estimate: undefined, note: why, tooltip: `${m.model}: ${m.error ?? why}`, failed: false };
    }
    const verdict = metric.verdict === "fail" ? " · FAIL" : metric.verdict === "pass" ? " · pass" : "";
    // Corrected for the judge's error, the chart draws the corrected value the gate compares; the note gives both.
    const shown = metric.corrected
      ? `corrected ${interval(metric.corrected.value)} · raw ${interval(metric.value)}`
      : interval(metric.value);
    return {
      ...base,
      estimate: metric.corrected?.value ?? metric.value,
      note: `${shown} · n ${metric.n}${verdict}`,
      tooltip: `${m.model}: ${definition.name} ${shown}, n = ${metric.n}${metric.reason !== undefined ? `; ${metric.reason}` : ""}`,
      failed: metric.verdict === "fail",
    };
  });
  const direction = definition.direction === "none" ? "" : ` (${definition.direction} is better)`;
  const gate = t
    ? ` · threshold ${thresholds.map((x) => `${x.kind} ${fixed(x.value)}`).join(", ")} on the ${t.on === "corrected" ? "corrected " : ""}${t.gate === "point" ? "point" : `${t.gate} bound`}${t.each ? ", each cell too" : ""}`
    : "";
  // The chart draws the corrected value wherever there is one, gated or not.
  const corrected =
    t?.on === "corrected" || spec.models.some((m) => m.metrics.find((x) => x.name === definition.name)?.corrected);
  const title = `${spec.id} · ${definition.name}: ${corrected ? "corrected " : ""}value and interval per model${thresholds.length > 0 ? ", threshold lines" : ""}`;
  return html`<figure class="metric">
<figcaption><b>${definition.name}</b>${direction}${gate}${!t && corrected ? " · drawn corrected for the judge's error" : ""}</figcaption>
${intervalChart(title, rows, thresholds)}
${cellTable(spec, definition)}
</figure>
`;
}

/** Every group_by cell of a metric, models side by side; values are shown as the scorecard holds them (secrets masked). */
function cellTable(spec: ScorecardSpec, definition: ScorecardMetricDefinition): Html | "" {
  const metrics = spec.models.map((m) => ({
    model: m.model,
    metric: m.metrics.find((x) => x.name === definition.name),
  }));
  const keys = new Map<string, { dimension: string; value: string }>();
  for (const { metric } of metrics) {
    for (const c of metric?.cells ?? []) keys.set(`${c.dimension}\u0000${c.value}`, c);
  }
  if (keys.size === 0) return "";
  const rows = [...keys.values()].map((k) => {
    const values = metrics.map(({ metric }) => {
      const c = metric?.cells.find((x) => x.dimension === k.dimension && x.value === k.value);
      if (!c) return html`<td>—</td>`;
      const failed = c.verdict === "fail";
      const shown = c.corrected
        ? `corrected ${interval(c.corrected)} · raw ${interval(c.estimate)}`
        : interval(c.estimate);
      return html`<td${failed && html` class="fail" title="${c.reason ?? ""}"`}>${shown} · n ${String(c.n)}${failed && " · FAIL"}</td>`;
    });
    return html`<tr><td>${k.dimension}</td><td>${k.value}</td>${values}</tr>`;
  });
  return html`<details><summary>${plural(keys.size, "cell")} by group</summary>
<table class="cells"><thead><tr><th scope="col">Dimension</th><th scope="col">Value</th>${metrics.map((m) => html`<th scope="col">${m.model}</th>`)}</tr></thead><tbody>${rows}</tbody></table>
</details>`;
}

/** The separator of a cross-table dimension and of its cells' values ("group × topic", "women × science"). */
const CROSS = " × ";

/** A cross-table cell's two values. A field's text may itself hold " × "; then the first one splits. */
function splitCross(value: string): readonly [string, string] {
  const i = value.indexOf(CROSS);
  return i < 0 ? [value, ""] : [value.slice(0, i), value.slice(i + CROSS.length)];
}

function heatmapSection(card: Scorecard, style: StyleOf): Html {
  const figures = card.specs
    .filter((s) => s.vertical === "bias")
    .flatMap((spec) =>
      spec.metrics.flatMap((definition) => {
        const runs = spec.models.flatMap((m) => {
          const metric = m.metrics.find((x) => x.name === definition.name);
          return metric ? [{ model: m.model, cells: metric.cells }] : [];
        });
        const dimensions = [
          ...new Set(runs.flatMap((r) => r.cells.map((c) => c.dimension).filter((d) => d.includes(CROSS)))),
        ];
        return dimensions.flatMap((dimension) =>
          runs.map((run) => {
            const cells = run.cells
              .filter((c) => c.dimension === dimension)
              .map((c): HeatCell => {
                const [row, column] = splitCross(c.value);
                return { row, column, value: c.estimate.point, n: c.n };
              });
            const names = splitCross(dimension);
            const title = `${spec.id} · ${definition.name} by ${dimension} for ${run.model}`;
            return html`<figure class="heatmap">
<figcaption><span class="swatch" style="background:${style(run.model).colour}"></span><b>${run.model}</b> · ${spec.id} · ${definition.name} by ${dimension}</figcaption>
${heatmap(title, names, cells)}
</figure>
`;
          }),
        );
      }),
    );
  return html`<section id="heatmaps">
<h2>Bias cross tables</h2>
${figures.length > 0 ? figures : html`<p class="empty">No bias metric has a cross-table group_by (e.g. [group, topic]).</p>`}
</section>`;
}

/** The comparison's verdict in the table's words, with the numbers that decided it. */
function comparisonVerdict(c: RunComparison): { label: string; detail: string; kind: string } {
  const allowance = `max_regression ${fixed(c.maxRegression)}`;
  if (!Number.isFinite(c.worseBy)) return { label: "n/a", detail: "no shared cases to compare", kind: "none" };
  if (c.regressed) return { label: "regressed", detail: `worse by ${fixed(c.worseBy)} > ${allowance}`, kind: "fail" };
  if (c.worseBy > c.maxRegression) {
    return { label: "not significant", detail: `worse by ${fixed(c.worseBy)} > ${allowance}`, kind: "warn" };
  }
  if (c.worseBy > 0) {
    return { label: "within allowance", detail: `worse by ${fixed(c.worseBy)} ≤ ${allowance}`, kind: "warn" };
  }
  if (c.worseBy < 0) return { label: "better", detail: `better by ${fixed(-c.worseBy)}`, kind: "pass" };
  return { label: "unchanged", detail: "no change", kind: "pass" };
}

function comparisonSection(card: Scorecard): Html {
  if (card.comparisons.length === 0) {
    return html`<section id="comparisons"><h2>Baseline comparisons</h2><p class="empty">No spec compares with a baseline.</p></section>`;
  }
  const rows = card.comparisons.map((c) => {
    const k = c.comparison;
    const v = comparisonVerdict(c);
    const test = `${testName(k.test)}, ${plural(k.shared, "shared case")}`;
    return html`<tr>
<td>${c.specId}</td><td>${comparedMetric(c)}</td>
<td>${c.baseline} ${fixed(k.baseline)} → ${c.model} ${fixed(k.candidate)}</td>
<td class="num">${signed(k.delta)}</td><td>${test}</td>
<td class="num">${pValue(k.p)}</td><td class="num">${pValue(c.adjustedP)}</td>
<td class="${v.kind}"><b>${v.label}</b><br><small>${v.detail}</small></td>
</tr>`;
  });
  return html`<section id="comparisons">
<h2>Baseline comparisons</h2>
<p class="hint">Paired on the cases both models measured; p-values Holm-adjusted across the scorecard, α = ${String(card.alpha)}.</p>
<table class="comparisons"><thead><tr><th scope="col">Spec</th><th scope="col">Metric</th><th scope="col">Baseline → candidate</th><th scope="col">Change</th><th scope="col">Test</th><th scope="col">p</th><th scope="col">Holm p</th><th scope="col">Verdict</th></tr></thead>
<tbody>${rows}</tbody></table>
</section>`;
}

function failureSection(card: Scorecard): Html {
  const { failures } = card.gate;
  const context = card.gate.context ?? [];
  const table = (list: readonly GateFailure[]) => {
    const rows = list.map(
      (f) =>
        html`<tr><td>${f.kind}</td><td>${f.spec}</td><td>${f.model}</td><td>${f.kind === "probe" ? probeMessage(card, f) : f.message}</td><td><code>${f.file}:${String(f.line)}:${String(f.column)}</code></td></tr>`,
    );
    return html`<table class="failures"><thead><tr><th scope="col">Kind</th><th scope="col">Spec</th><th scope="col">Model</th><th scope="col">Message</th><th scope="col">Where</th></tr></thead>
<tbody>${rows}</tbody></table>`;
  };
  const contextPart =
    context.length > 0
      ? html`
<h3>Not gated: the baseline's own misses</h3>
<p class="hint">What fails on a baseline itself is not the release's failure.</p>
${table(context)}`
      : "";
  if (failures.length === 0) {
    return html`<section id="failures"><h2>Gate failures</h2><p class="empty pass">None: the gate passes.</p>${contextPart}</section>`;
  }
  return html`<section id="failures">
<h2>Gate failures</h2>
${table(failures)}${contextPart}
</section>`;
}

/** A probe failure's headline and replay command: the probes section above shows its counterexample. */
function probeMessage(card: Scorecard, f: GateFailure): Html {
  const probe = card.specs
    .find((s) => s.id === f.spec)
    ?.models.find((m) => m.model === f.model)
    ?.probes?.find((p) => p.name === f.probe);
  const headline = f.message.split("\n")[0] ?? "";
  return probe
    ? html`${headline}<br><small>replay: <code>${probeReplay(probe)}</code></small>`
    : html`<span class="message">${f.message}</span>`;
}

/** System fonts only, so the page loads nothing. */
const CSS = html`
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2328; margin: 24px auto; max-width: 1100px; padding: 0 16px; }
h1 { margin: 0 0 8px; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; }
h3 { text-transform: capitalize; margin-top: 24px; } h4 { margin: 0 0 4px; font-family: ui-monospace, Menlo, Consolas, monospace; }
.gate { display: inline-block; font-weight: 700; font-size: 18px; padding: 4px 12px; border-radius: 4px; color: #fff; }
.gate.pass { background: #1a7f37; } .gate.fail { background: #cf222e; }
.meta { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; }
.meta dt { font-weight: 600; } .meta dd { margin: 0; }
.hint, .file, .empty { color: #57606a; } .file { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
.spec { border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.runs { margin: 4px 0 8px; padding-left: 20px; }
figure { margin: 8px 0 16px; overflow-x: auto; } figcaption { margin-bottom: 2px; }
svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; }
svg .tick line, svg .spoke { stroke: #d0d7de; } svg .tick text, svg .ring-label { fill: #57606a; font-size: 11px; }
svg .ring { fill: none; stroke: #d0d7de; } svg .axis-label, svg .group-label, svg .axis-name { font-weight: 600; }
svg .threshold { stroke: #1f2328; stroke-width: 1.5; stroke-dasharray: 4 2; } svg .threshold-label { font-size: 11px; }
svg .row.failed .note { fill: #cf222e; font-weight: 600; }
svg .cell rect { stroke: #fff; } svg .cell.empty rect { fill: #fff; stroke: #d0d7de; stroke-dasharray: 3 2; }
table { border-collapse: collapse; margin: 8px 0; } th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.scores td { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: #1a7f37; } .fail { color: #cf222e; } .warn { color: #9a6700; } .gate.pass, .gate.fail { color: #fff; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 2px; }
details { margin: 4px 0; } summary { cursor: pointer; color: #0969da; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
h5 { margin: 12px 0 2px; font-size: 14px; } .probe { margin: 8px 0 16px; }
code.prompt, .message { white-space: pre-wrap; } tr.pair td { background: #ffebe9; }
pre.replay { background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.probes td.num { white-space: nowrap; }
svg .bar.pair .note { fill: #cf222e; font-weight: 600; }
.items .filter { display: block; width: 100%; max-width: 480px; margin: 6px 0; padding: 4px 6px; font: inherit; }
.items .filter[hidden] { display: none; }
table.items { width: 100%; table-layout: fixed; } table.items td { overflow-wrap: anywhere; }
table.items tr.failing > td:first-child { border-left: 3px solid #cf222e; }
.items code.text { white-space: pre-wrap; } .items .input { max-height: 12em; overflow: auto; }
.items .output { margin: 2px 0 6px; } .items .fail-output small:first-child { color: #cf222e; font-weight: 600; }
table.items col.case { width: 9em; } table.items col.input { width: 30%; }
table.choices { margin: 0; } table.choices td { border: 0; padding: 0 6px 0 0; } table.choices td.num { white-space: nowrap; overflow-wrap: normal; }
tr.picked td { font-weight: 600; }
`;
