import { describeProperty } from "../../probe/describe-probe";
import { probeReplay, probeResult } from "../format-probe";
import type { ProbeVerdict, Scorecard, ScorecardProbe, ScorecardSpec } from "../scorecard";
import { measureBars } from "./charts";
import { type Html, html } from "./markup";

/**
 * The scorecard page's probes: per spec and probe, its property and one row per model (verdict,
 * runs, result); under a failing one, its minimal counterexample — slot values, the swapped pair and
 * why it breaks, each rendering's measure as a bar with the pair highlighted, every prompt, seed and
 * path — and the command that replays it. All user text (prompts, values) goes through {@link html}.
 */
export function probeSection(card: Scorecard): Html {
  const specs = card.specs.filter((s) => s.models.some((m) => (m.probes ?? []).length > 0));
  const articles = specs.map((spec) => {
    const names = [...new Set(spec.models.flatMap((m) => (m.probes ?? []).map((p) => p.name)))];
    return html`<article class="spec">
<h4>${spec.id}</h4>
<p class="file">${spec.file}</p>
${names.map((name) => probeBlock(spec, name))}
</article>
`;
  });
  return html`<section id="probes">
<h2>Probes</h2>
${
  articles.length > 0
    ? html`<p class="hint">Property-based counterfactual probes: a failing one is shrunk to a minimal counterexample, which its replay command re-runs exactly (same model, seed and path).</p>
${articles}`
    : html`<p class="empty">No spec has probes.</p>`
}
</section>`;
}

const VERDICT: Readonly<Record<ProbeVerdict, string>> = { pass: "pass", fail: "FAIL", error: "error" };

function probeBlock(spec: ScorecardSpec, name: string): Html {
  const runs = spec.models.flatMap((m) => {
    const p = m.probes?.find((x) => x.name === name);
    return p ? [{ model: m.model, p }] : [];
  });
  const first = runs[0]?.p as ScorecardProbe;
  const ran = runs.find((r) => r.p.kind !== "error")?.p;
  const property = ran && ran.kind !== "error" ? describeProperty(ran.property) : "";
  const rows = runs.map(({ model, p }) => {
    const kind = p.verdict === "pass" ? "pass" : "fail";
    const [made, seed] = p.kind === "error" ? ["–", "–"] : [`${p.runs} of ${p.plannedRuns}`, String(p.seed)];
    return html`<tr><th scope="row">${model}</th><td class="${kind}"><b>${VERDICT[p.verdict]}</b></td><td class="num">${made}</td><td class="num">${seed}</td><td>${probeResult(p)}</td></tr>`;
  });
  const failures = runs.filter(({ p }) => p.verdict === "fail").map(({ model, p }) => failureDetail(spec, model, p));
  return html`<div class="probe">
<h5>${name} <span class="file">${spec.file}:${String(first.line)}:${String(first.column)}</span></h5>
${property && html`<p class="hint">${property}</p>`}
<table class="probes"><thead><tr><th scope="col">Model</th><th scope="col">Verdict</th><th scope="col">Runs</th><th scope="col">Seed</th><th scope="col">Result</th></tr></thead>
<tbody>${rows}</tbody></table>
${failures}
</div>
`;
}

/** Four decimals, as the probes' own messages print measures; "n/a" when undefined. */
const measure = (x: number) => (Number.isFinite(x) ? x.toFixed(4) : "n/a");

function failureDetail(spec: ScorecardSpec, model: string, p: ScorecardProbe): Html {
  const title = `${spec.id} · ${p.name} on ${model}`;
  const replay = html`<p>Replay it:</p>
<pre class="replay"><code>${probeReplay(p)}</code></pre>`;
  if (p.kind === "gap") {
    const bars = Object.entries(p.means).map(([value, m]) => ({
      label: value,
      value: m,
      note: measure(m),
      highlighted: p.pair.includes(value),
    }));
    return html`<details open><summary>${model}: ${p.reason}</summary>
<figure>${measureBars(`${title}: mean measure per swapped value`, bars)}</figure>
${replay}
</details>`;
  }
  if (p.kind !== "case" || !p.counterexample) return html`${replay}`;
  const c = p.counterexample;
  const fillers = Object.entries(c.fillers).map(([slot, value]) => `${slot} = "${value}"`);
  const bars = c.renderings.map((r) => ({
    label: r.value,
    value: r.measure,
    note: measure(r.measure),
    highlighted: c.pair.includes(r.value),
  }));
  const renderings = c.renderings.map(
    (r) =>
      html`<tr${c.pair.includes(r.value) && html` class="pair"`}><td>${r.value}</td><td class="num">${measure(r.measure)}</td><td><code class="prompt">${r.prompt}</code></td></tr>`,
  );
  const shrinks = `${p.shrinks} ${p.shrinks === 1 ? "shrink" : "shrinks"}`;
  return html`<details open><summary>${model}: minimal counterexample</summary>
<dl class="meta">
${fillers.length > 0 && html`<dt>Other slots</dt><dd>${fillers.join(", ")}</dd>`}
<dt>Swapped</dt><dd><b>${c.pair[0]}</b> ↔ <b>${c.pair[1]}</b></dd>
<dt>Why it fails</dt><dd>${c.reason}</dd>
<dt>Found</dt><dd>${p.replayed !== undefined ? `replaying path ${p.replayed}` : `after ${p.runs} of ${p.plannedRuns} runs and ${shrinks}`}</dd>
<dt>Seed, path</dt><dd><code>${String(p.seed)}</code>, <code>${c.path}</code></dd>
</dl>
<figure>${measureBars(`${title}: measure per rendering, the swapped pair highlighted`, bars)}</figure>
<table class="renderings"><thead><tr><th scope="col">Value</th><th scope="col">Measure</th><th scope="col">Prompt</th></tr></thead>
<tbody>${renderings}</tbody></table>
${replay}
</details>`;
}
