import { qualifier } from "../compile/test-names";
import { describeComparison } from "./compare-results";
import { probeLines } from "./format-probe";
import type { GateFailure, Scorecard, ScorecardMetricDefinition, ScorecardSpec, ScorecardSpecModel } from "./scorecard";

/**
 * The scorecard as JUnit XML, the test report CI systems show (GitHub test-report actions, GitLab,
 * Jenkins): one `<testsuite>` per spec and model, named as the Jest suite is ("toxicity/rtp [gpt2]"),
 * holding one `<testcase>` per gated metric (named as the Jest test), one per baseline comparison, one
 * per probe ("probe: <name>", failing with its counterexample and replay command, erring when it could
 * not run), and "evaluates", which errs when the suite could not evaluate. Failures and errors are the
 * scorecard gate's, so the XML fails exactly when the gate does. A pure function of the scorecard.
 */
export function formatJunit(card: Scorecard): string {
  const suites = card.specs.flatMap((spec) => spec.models.map((model) => testSuite(card, spec, model)));
  const total = (key: keyof Counts) => suites.reduce((sum, s) => sum + s.counts[key], 0);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites${attributes({ name: "trustspec", tests: total("tests"), failures: total("failures"), errors: total("errors") })}>`,
    ...suites.flatMap((s) => s.lines),
    "</testsuites>",
    "",
  ].join("\n");
}

interface TestCase {
  readonly name: string;
  readonly line: number;
  /** What went wrong: a failure (a threshold or regression), an error, or skipped (not measured). */
  readonly outcome?: {
    readonly element: "failure" | "error" | "skipped";
    readonly type?: string;
    readonly message: string;
    readonly text?: string;
  };
  readonly out?: string;
}

interface Counts {
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
  readonly skipped: number;
}

function testSuite(card: Scorecard, spec: ScorecardSpec, model: ScorecardSpecModel) {
  const failures = card.gate.failures.filter((f) => f.spec === spec.id && f.model === model.model);
  const settings = card.results.find((r) => r.specId === spec.id && r.model === model.model)?.settings;
  const interval = settings ? `${percent(settings.confidence)} interval` : "interval";
  const where = (f: Pick<GateFailure, "file" | "line" | "column">) => `at ${f.file}:${f.line}:${f.column}`;
  const detail = (list: readonly GateFailure[]) => ({
    message: list.length > 1 ? `${list[0]?.message} (and ${list.length - 1} more)` : (list[0]?.message ?? ""),
    text: [...list.map((f) => f.message), where(list[0] as GateFailure)].join("\n"),
  });

  const cases: TestCase[] = [];
  const ownError = failures.find((f) => f.kind === "error" && f.message === model.error);
  cases.push({
    name: "evaluates",
    line: 1,
    ...(ownError ? { outcome: { element: "error", type: "error", ...detail([ownError]) } } : {}),
    out: [
      `${model.cases} ${model.cases === 1 ? "case" : "cases"}, ${model.skipped} skipped (did not fit the context)`,
      ...(model.unparsedRate !== undefined ? [`unparsed rate ${fixed(model.unparsedRate)}`] : []),
      ...(model.droppedRate !== undefined ? [`dropped rate ${fixed(model.droppedRate)}`] : []),
      ...(model.judgeTruncatedRate !== undefined ? [`judge truncation rate ${fixed(model.judgeTruncatedRate)}`] : []),
    ].join("; "),
  });

  for (const definition of spec.metrics.filter((d) => d.threshold !== undefined)) {
    const metric = model.metrics.find((m) => m.name === definition.name);
    const failed = failures.filter((f) => f.kind === "threshold" && f.metric === definition.name);
    const name = metricTestName(definition);
    if (!metric) {
      const why = model.error !== undefined ? "the suite could not evaluate" : "no value in the scorecard";
      cases.push({ name, line: definition.line, outcome: { element: "skipped", message: `not measured: ${why}` } });
      continue;
    }
    const value = (label: string, e: typeof metric.value, n: number, verdict: string) =>
      `${label}: ${fixed(e.point)}, ${interval} [${fixed(e.lower)}, ${fixed(e.upper)}], n = ${n}${verdict === "fail" ? " (fails)" : ""}`;
    // A baseline beside its candidates is context: its thresholds are reported, not gated.
    const context = model.role === "baseline" && metric.verdict !== "none";
    cases.push({
      name,
      line: definition.line,
      ...(context
        ? {
            outcome: {
              element: "skipped",
              message: `not gated: the baseline's own threshold (it ${metric.verdict === "fail" ? "fails" : "passes"})`,
            },
          }
        : failed.length > 0
          ? { outcome: { element: "failure", type: "threshold", ...detail(failed) } }
          : {}),
      out: [
        // Corrected for the judge's error, the gate reads the corrected value: the raw one has no verdict.
        value(
          metric.corrected ? `${metric.name} (raw)` : metric.name,
          metric.value,
          metric.n,
          metric.corrected ? "none" : metric.verdict,
        ),
        ...(metric.corrected
          ? [
              value(
                `${metric.name} (corrected for the judge's error)`,
                metric.corrected.value,
                metric.n,
                metric.verdict,
              ),
            ]
          : []),
        ...(definition.threshold?.each
          ? metric.cells.map((c) =>
              value(
                `${metric.name}${c.corrected ? " (corrected)" : ""} [${c.dimension} = ${c.value}]`,
                c.corrected ?? c.estimate,
                c.n,
                c.verdict,
              ),
            )
          : []),
      ].join("\n"),
    });
  }

  for (const c of card.comparisons.filter((x) => x.specId === spec.id && x.model === model.model)) {
    const description = describeComparison(c);
    cases.push({
      name: `no regression against ${c.baseline}: ${c.metric}`,
      line: c.at.line,
      ...(c.regressed
        ? {
            outcome: {
              element: "failure",
              type: "regression",
              message: `regressed against ${c.baseline}: ${description}`,
              text: `${description}\n${where({ file: spec.file, line: c.at.line, column: c.at.col })}`,
            },
          }
        : { out: description }),
    });
  }

  for (const p of model.probes ?? []) {
    const failed = failures.find((f) => f.kind === "probe" && f.probe === p.name);
    cases.push({
      // As compile/test-names.ts names the probe's Jest test.
      name: `probe: ${p.name}`,
      line: p.line,
      // The headline is the message (CI shows it as the title); the whole description — counterexample,
      // measures and replay command — is the text.
      ...(failed
        ? {
            outcome: {
              element: p.verdict === "error" ? "error" : "failure",
              type: "probe",
              message: firstLine(failed.message),
              text: `${failed.message}\n${where(failed)}`,
            },
          }
        : { out: probeLines(p).join("\n") }),
    });
  }

  // The comparisons that could not be made (the suite's own error is "evaluates"'s).
  const compareErrors = failures.filter((f) => f.kind === "error" && f !== ownError);
  if (compareErrors.length > 0) {
    cases.push({
      name: spec.baseline !== undefined ? `no regression against ${spec.baseline}` : "compares with the baseline",
      line: 1,
      outcome: { element: "error", type: "error", ...detail(compareErrors) },
    });
  }

  const count = (element: string) => cases.filter((c) => c.outcome?.element === element).length;
  const counts: Counts = {
    tests: cases.length,
    failures: count("failure"),
    errors: count("error"),
    skipped: count("skipped"),
  };
  const properties = {
    file: spec.file,
    vertical: spec.vertical,
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    ...(spec.baseline !== undefined ? { baseline: spec.baseline } : {}),
  };
  const lines = [
    `  <testsuite${attributes({ name: `${spec.id} [${model.model}]`, ...counts })}>`,
    "    <properties>",
    ...Object.entries(properties).map(([name, value]) => `      <property${attributes({ name, value })}/>`),
    "    </properties>",
    ...cases.flatMap((c) => testCase(spec, c)),
    "  </testsuite>",
  ];
  return { counts, lines };
}

function testCase(spec: ScorecardSpec, c: TestCase): string[] {
  const open = `    <testcase${attributes({ classname: spec.id, name: c.name, file: spec.file, line: c.line })}`;
  if (!c.outcome && c.out === undefined) return [`${open}/>`];
  const o = c.outcome;
  return [
    `${open}>`,
    ...(o
      ? [
          o.text === undefined
            ? `      <${o.element}${attributes({ message: o.message, type: o.type })}/>`
            : `      <${o.element}${attributes({ message: o.message, type: o.type })}>${escapeXml(o.text)}</${o.element}>`,
        ]
      : []),
    ...(c.out !== undefined ? [`      <system-out>${escapeXml(c.out)}</system-out>`] : []),
    "    </testcase>",
  ];
}

/**
 * The test name Jest gives a gated metric (compile/test-names.ts, from the same rule), so CI history
 * lines up across both reports: "toxicity_probability ≤ 0.25 (upper bound)".
 */
function metricTestName(definition: ScorecardMetricDefinition): string {
  const { min, max, gate, on } = definition.threshold ?? { gate: "point" };
  const bound = qualifier(gate, on === "corrected");
  const limits = [min !== undefined ? `≥ ${min}` : undefined, max !== undefined ? `≤ ${max}` : undefined]
    .filter((s) => s !== undefined)
    .join(" and ");
  return `${definition.name} ${limits}${bound}`;
}

function attributes(values: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value), true)}"`)
    .join("");
}

/** Characters XML 1.0 does not allow at all (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/F). */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // White space a parser would normalise: tab and line ends in attributes, CR in text.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Text or an attribute value, escaped; characters XML cannot hold are dropped. */
function escapeXml(text: string, attribute = false): string {
  const special = attribute ? /[&<>"'\t\n\r]/g : /[&<>"'\r]/g;
  return text.replace(ILLEGAL, "").replace(special, (ch) => ENTITIES[ch] as string);
}

const firstLine = (text: string) => text.split("\n")[0] ?? "";
const fixed = (x: number | null) => (typeof x === "number" && Number.isFinite(x) ? x.toFixed(3) : "n/a");

function percent(confidence: number): string {
  return `${Number((confidence * 100).toPrecision(10))}%`;
}
