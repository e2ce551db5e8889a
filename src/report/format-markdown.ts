import type { Estimate } from "../metrics/estimate";
import type { Vertical } from "../spec/metric-catalog";
import { comparedMetric, type RunComparison, testName } from "./compare-results";
import { coverageNotes } from "./coverage-notes";
import { failingItemsText } from "./describe-item";
import { probeLines, probeReplay, probeResult } from "./format-probe";
import { gateCount } from "./gate-count";
import type { SuiteItems } from "./item-record";
import { radarNotes } from "./radar-notes";
import type {
  ProbeVerdict,
  Scorecard,
  ScorecardMetric,
  ScorecardMetricDefinition,
  ScorecardProbe,
  ScorecardSpec,
} from "./scorecard";

/**
 * The scorecard as Markdown that fits a pull-request comment or $GITHUB_STEP_SUMMARY: the verdict
 * first, then the trust score per vertical and model, every baseline comparison with its change and
 * adjusted p-value, the gate's failures with their spec lines and, when the run's items are given, the
 * first few cases that count against each failed threshold, what the metrics did not see whole
 * (coverage), every probe (a failing one's counterexample and replay command in code blocks), and the
 * per-spec tables folded away.
 */
export function formatMarkdown(card: Scorecard, items: readonly SuiteItems[] = []): string {
  const out: string[] = [];
  const failures = card.gate.failures;
  out.push(
    `## trustspec scorecard: ${card.gate.pass ? "✅ gate passed" : `❌ gate failed (${gateCount(failures)})`}`,
    "",
  );
  const baselines = new Set(card.specs.flatMap((s) => (s.baseline ? [s.baseline] : [])));
  out.push(
    `Models: ${card.models.map((m) => `**${cell(m)}**${baselines.has(m) ? " (baseline)" : ""}`).join(", ")} · trustspec ${card.generator.version}${card.sources > 1 ? ` · ${card.sources} shards merged` : ""}`,
    "",
  );

  const verticals = [...new Set(card.verticals.map((v) => v.vertical))];
  if (verticals.length > 0) {
    out.push("### Trust by vertical", "", "1 is best; each vertical's headline metric, averaged over its specs.", "");
    out.push(row(["vertical", ...card.models.map(cell)]), row(["---", ...card.models.map(() => "---:")]));
    for (const vertical of verticals) {
      out.push(
        row([
          vertical,
          ...card.models.map((m) => {
            const v = card.verticals.find((x) => x.model === m && x.vertical === vertical);
            return v ? fixed(v.score) : "–";
          }),
        ]),
      );
    }
    out.push("");
    const notes = radarNotes(card);
    if (notes.length > 0) out.push(...notes.map((n) => `- ${inline(n)}`), "");
  }

  if (card.comparisons.length > 0) {
    out.push(
      `### Against the baseline`,
      "",
      `A metric regresses when it is worse by more than its max_regression and the paired test is significant at α = ${card.alpha} after Holm's correction over the scorecard's ${card.comparisons.length} ${card.comparisons.length === 1 ? "comparison" : "comparisons"}.`,
      "",
    );
    out.push(
      row(["spec", "metric", "baseline → candidate", "change", "test", "p", "Holm p", "verdict"]),
      row(["---", "---", "---", "---:", "---", "---:", "---:", "---"]),
    );
    for (const c of card.comparisons) {
      const k = c.comparison;
      out.push(
        row([
          cell(c.specId),
          cell(comparedMetric(c)),
          `${cell(c.baseline)} ${fixed(k.baseline)} → ${cell(c.model)} ${fixed(k.candidate)}`,
          signed(k.delta),
          testName(k.test, true),
          pValue(k.p),
          pValue(c.adjustedP),
          comparisonVerdict(c),
        ]),
      );
    }
    out.push("");
  }

  const identical = card.identical ?? [];
  if (identical.length > 0) {
    for (const same of identical) {
      out.push(
        `- **${cell(same.specId)}** [${cell(same.model)}] has the model files of ${cell(same.baseline)}: not compared`,
      );
    }
    out.push("");
  }

  if (failures.length > 0) {
    out.push("### Gate failures", "");
    for (const f of failures) {
      // A probe's message is its whole counterexample: the Probes section below shows it as a block.
      const message = f.kind === "probe" ? (f.message.split("\n")[0] ?? "") : f.message;
      out.push(`- ❌ **${cell(f.spec)}** [${cell(f.model)}] \`${f.file}:${f.line}\` ${f.kind}: ${inline(message)}`);
    }
    out.push("");
    out.push(...failingItems(card, items));
  }

  const context = card.gate.context ?? [];
  if (context.length > 0) {
    out.push("### Not gated: the baseline's own misses", "");
    out.push(
      "What fails on a baseline itself is not the release's failure; shown so the gate's verdict reads in context.",
      "",
    );
    for (const f of context) {
      const message = f.kind === "probe" ? (f.message.split("\n")[0] ?? "") : f.message;
      out.push(`- **${cell(f.spec)}** [${cell(f.model)}] \`${f.file}:${f.line}\` ${f.kind}: ${inline(message)}`);
    }
    out.push("");
  }

  const notes = coverageNotes(card);
  if (notes.length > 0) {
    out.push("### Coverage", "");
    for (const n of notes) out.push(`- ⚠️ **${cell(n.spec)}** [${cell(n.model)}] \`${n.file}\` ${inline(n.text)}`);
    out.push("");
  }

  out.push(...probeSection(card));

  // Probe-only specs declare no metric, so they have no rows here.
  const measuredSpecs = card.specs.filter((s) => s.metrics.length > 0);
  for (const vertical of [...new Set(measuredSpecs.map((s) => s.vertical))]) {
    out.push(`<details><summary>${title(vertical)}: every metric</summary>`, "");
    out.push(
      row(["spec", "metric", "threshold", ...card.models.map(cell)]),
      row(["---", "---", "---", ...card.models.map(() => "---")]),
    );
    for (const spec of measuredSpecs.filter((s) => s.vertical === vertical)) {
      for (const definition of spec.metrics) {
        out.push(
          row([
            cell(spec.id),
            cell(definition.name),
            threshold(definition),
            ...card.models.map((m) => {
              const run = spec.models.find((x) => x.model === m);
              if (!run) return "–";
              if (run.error) return "error";
              const metric = run.metrics.find((x) => x.name === definition.name);
              return metric ? measured(metric) : "–";
            }),
          ]),
        );
      }
    }
    out.push("", "</details>", "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** How many failed thresholds get their failing cases listed: a pull-request comment has a size limit. */
const GATES_WITH_ITEMS = 10;

/**
 * Under the gate failures, per failed threshold (a metric of a spec on a model, once for all its
 * cells), the first few cases that count against it with what the model wrote, in a text block (model
 * text is never read as Markdown or HTML). Nothing when the run's items are not at hand (a merged or
 * copied scorecard).
 */
function failingItems(card: Scorecard, items: readonly SuiteItems[]): string[] {
  const gates = new Map<string, { spec: string; model: string; metric: string; items: SuiteItems }>();
  for (const f of card.gate.failures) {
    if (f.kind !== "threshold" || f.metric === undefined) continue;
    const suite = items.find((s) => s.spec === f.spec && s.model === f.model);
    if (suite) gates.set(`${f.spec}\u0000${f.model}\u0000${f.metric}`, { ...f, metric: f.metric, items: suite });
  }
  if (gates.size === 0) return [];
  const listed = [...gates.values()];
  const out = [
    "### Failing items",
    "",
    "What the model wrote for the first cases that count against each failed threshold, masked as the rest of the scorecard.",
    "",
  ];
  for (const g of listed.slice(0, GATES_WITH_ITEMS)) {
    out.push(`#### ${inline(g.spec)} [${inline(g.model)}]: ${inline(g.metric)}`, "");
    out.push(...fence("text", failingItemsText(g.items.items, g.metric, g.spec, g.model)), "");
  }
  if (listed.length > GATES_WITH_ITEMS) {
    out.push(
      `… and ${listed.length - GATES_WITH_ITEMS} more failed thresholds: \`trustspec show --failing\` lists their items.`,
      "",
    );
  }
  return out;
}

/**
 * Every probe on every model in one table, then each failing probe's description (counterexample,
 * measures per rendering, seed and path) in a text block and its replay command in a shell block.
 */
function probeSection(card: Scorecard): string[] {
  const probes = card.specs.flatMap((spec) =>
    spec.models.flatMap((m) => (m.probes ?? []).map((p) => ({ spec, model: m.model, p }))),
  );
  if (probes.length === 0) return [];
  const out = [
    "### Probes",
    "",
    "Property-based counterfactual probes: a failing one is shrunk to a minimal counterexample, which its replay command re-runs exactly.",
    "",
    row(["spec", "probe", "model", "result"]),
    row(["---", "---", "---", "---"]),
    ...probes.map(({ spec, model, p }) =>
      row([
        cell(spec.id),
        `${cell(p.name)} \`${spec.file}:${p.line}\``,
        cell(model),
        `${MARK[p.verdict]} ${cell(probeResult(p))}`,
      ]),
    ),
    "",
  ];
  for (const { spec, model, p } of probes.filter((x) => x.p.verdict === "fail")) {
    out.push(...probeDetail(spec, model, p));
  }
  return out;
}

const MARK: Readonly<Record<ProbeVerdict, string>> = { pass: "✅", fail: "❌", error: "⚠️" };

function probeDetail(spec: ScorecardSpec, model: string, p: ScorecardProbe): string[] {
  const lines = probeLines(p);
  const replay = probeReplay(p);
  // The replay command gets a block of its own, to copy.
  const described = lines.filter((l) => l !== `replay: ${replay}`);
  return [
    `#### ❌ ${inline(spec.id)} [${inline(model)}]: ${inline(p.name)}`,
    "",
    `\`${spec.file}:${p.line}:${p.column}\``,
    "",
    ...fence("text", described.join("\n")),
    "",
    "Replay it:",
    "",
    ...fence("sh", replay),
    "",
  ];
}

/** A fenced code block around any text: the fence is longer than every run of backticks in it. */
function fence(info: string, text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(Math.max(3, longest + 1));
  return [`${marks}${info}`, text, marks];
}

function comparisonVerdict(c: RunComparison): string {
  if (c.regressed) return "❌ regressed";
  if (!(c.worseBy > 0)) return "better or equal";
  return c.worseBy > c.maxRegression ? "worse, not significant" : `worse, within ${c.maxRegression}`;
}

function measured(m: ScorecardMetric): string {
  const mark =
    m.verdict === "fail" || m.cells.some((c) => c.verdict === "fail") ? " ❌" : m.verdict === "pass" ? " ✅" : "";
  const corrected = m.corrected ? ` · corrected for the judge's error ${interval(m.corrected.value)}` : "";
  return `${interval(m.value)}${m.corrected ? " raw" : ""}${corrected} (n = ${m.n})${mark}`;
}

function threshold(d: ScorecardMetricDefinition): string {
  const t = d.threshold;
  if (!t) return "–";
  const limits = [t.min !== undefined ? `≥ ${t.min}` : "", t.max !== undefined ? `≤ ${t.max}` : ""].filter(Boolean);
  const qualifiers = [
    ...(t.gate === "point" ? [] : [`${t.gate} bound`]),
    ...(t.on === "corrected" ? ["corrected"] : []),
  ];
  return `${limits.join(" and ")}${qualifiers.length > 0 ? ` (${qualifiers.join(", ")})` : ""}${t.each ? ", each cell" : ""}`;
}

const title = (v: Vertical) => v.charAt(0).toUpperCase() + v.slice(1);
const fixed = (x: number | null) => (x === null || !Number.isFinite(x) ? "n/a" : x.toFixed(3));
const signed = (x: number | null) =>
  x === null || !Number.isFinite(x) ? "n/a" : `${x >= 0 ? "+" : ""}${x.toFixed(3)}`;
const interval = (e: Estimate) => `${fixed(e.point)} [${fixed(e.lower)}, ${fixed(e.upper)}]`;
const pValue = (p: number) => (p < 0.001 ? p.toExponential(1) : p.toFixed(3));
/** Text for a table cell: no line breaks, pipes escaped. */
const cell = (text: string) => inline(text).replace(/\|/g, "\\|");
const inline = (text: string) => text.replace(/\s*\n\s*/g, " ");
const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
