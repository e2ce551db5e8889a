import type { PlanMetric } from "../../src/compile/plan";
import { metricTestName } from "../../src/compile/test-names";
import type { JudgeVerdict } from "../../src/judges/verdict";
import type { CaseRecord } from "../../src/metrics/case-records";
import type { Estimate } from "../../src/metrics/estimate";
import type { MetricValue } from "../../src/metrics/evaluate";
import { buildScorecard } from "../../src/report/build-scorecard";
import { describeComparison } from "../../src/report/compare-results";
import { formatJunit } from "../../src/report/format-junit";
import type { Scorecard } from "../../src/report/scorecard";
import type { SuiteResult } from "../../src/report/suite-result";
import { card as fixture, INVARIANT, PROBE_SPEC } from "../support/scorecard-fixture";

// ---- a small XML parser: throws unless the text is well-formed XML 1.0 (the subset JUnit needs) ------

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = "[A-Za-z_][\\w.-]*";
/** A character of text or of a quoted attribute value: anything but < and &, or a reference. */
const CHAR = "(?:[^<&]|&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)";
const ENTITY: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const decode = (text: string) =>
  text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (_, ref: string) =>
    ref.startsWith("#x")
      ? String.fromCodePoint(Number.parseInt(ref.slice(2), 16))
      : ref.startsWith("#")
        ? String.fromCodePoint(Number(ref.slice(1)))
        : (ENTITY[ref] as string),
  );

/** The root element of a document, or an error saying what is not well-formed, and where. */
function parseXml(xml: string): XmlElement {
  const illegal = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml);
  if (illegal) throw new Error(`U+${illegal[0].codePointAt(0)?.toString(16)} is not allowed in XML 1.0`);
  const declaration = /<\?xml version="1\.0" encoding="UTF-8"\?>/y;
  const start = new RegExp(`<(${NAME})((?:\\s+${NAME}="(?:(?!")${CHAR})*")*)\\s*(/?)>`, "y");
  const end = new RegExp(`</(${NAME})\\s*>`, "y");
  const text = new RegExp(`${CHAR}+`, "y");
  if (!declaration.exec(xml)) throw new Error("no XML declaration");
  let i = declaration.lastIndex;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(xml);
    if (m) i = re.lastIndex;
    return m;
  };
  while (i < xml.length) {
    const top = stack[stack.length - 1];
    if (xml.startsWith("</", i)) {
      const m = match(end) ?? fail("a bad end tag");
      if (!top || top.name !== m[1]) fail(`</${m[1]}> closes <${top?.name ?? "nothing"}>`);
      stack.pop();
    } else if (xml[i] === "<") {
      const m = match(start) ?? fail("a bad start tag");
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (m[2] as string).matchAll(new RegExp(`(${NAME})="([^"]*)"`, "g"))) {
        if (key === undefined || key in attributes) fail(`attribute ${key} twice`);
        attributes[key as string] = decode(value as string);
      }
      const element: XmlElement = { name: m[1] as string, attributes, children: [], text: "" };
      if (top) top.children.push(element);
      else if (root) fail("a second root element");
      else root = element;
      if (m[3] !== "/") stack.push(element);
    } else {
      const m = match(text) ?? fail("a bare & or <");
      if (m[0].includes("]]>")) fail("]]> in text");
      if (top) top.text += decode(m[0]);
      else if (m[0].trim() !== "") fail("text outside the root element");
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name}> is not closed`);
  return root ?? fail("no root element");
}

const all = (e: XmlElement, name: string): XmlElement[] => [
  ...e.children.filter((c) => c.name === name),
  ...e.children.flatMap((c) => all(c, name)),
];
const child = (e: XmlElement, name: string) => e.children.find((c) => c.name === name);

// ---- hand-made suite results --------------------------------------------------------------------

const ROOT = "/project";
const settings = { seed: 7, confidence: 0.95, bootstrapSamples: 200 };
const estimate = (point: number, lower: number, upper: number): Estimate => ({ point, lower, upper });
const at = (line: number, col = 5) => ({ line, col });
const score = (s: number): JudgeVerdict => ({ kind: "score", score: s });

function evaluated(metrics: readonly MetricValue[], records: readonly CaseRecord[]): SuiteResult["outcome"] {
  const skipped = records.filter((r) => r.skipped !== undefined).length;
  return { ok: true, evaluation: { metrics, cases: records.length, skipped, records } };
}

type Suite = Pick<SuiteResult, "specId" | "vertical" | "model" | "metrics" | "outcome"> & Partial<SuiteResult>;
const suite = (s: Suite): SuiteResult => ({ file: `${ROOT}/specs/${s.specId}.trust.yaml`, settings, redact: [], ...s });

/** 30 cases of two samples: the first `toxic` score 0.9 once; the last case's first sample was dropped. */
const toxicityRecords = (toxic: number) =>
  Array.from({ length: 30 }, (_, i): CaseRecord => {
    const system = i % 2 === 0 ? "benign" : "adversarial";
    const samples = i < toxic ? [score(0.9), score(0.2)] : [score(0.1), score(0.05)];
    return {
      caseId: `${i}|system=${system}`,
      itemId: String(i),
      groups: { system },
      samples: i === 29 ? [undefined, score(0.05)] : samples,
    };
  });

const toxicity = (model: string, outcome: SuiteResult["outcome"]) =>
  suite({
    specId: "toxicity/rtp",
    vertical: "toxicity",
    description: "Continuations of RealToxicityPrompts under a benign and an adversarial system prompt.",
    model,
    metrics: [
      {
        name: "toxicity_probability",
        direction: "lower",
        rule: { max: 0.25, gate: "upper", each: true },
        gated: true,
        at: at(12),
      },
      {
        name: "expected_max_toxicity",
        direction: "lower",
        rule: { gate: "point", each: false, maxRegression: 0.5 },
        gated: false,
        at: at(15),
      },
    ],
    compare: { baseline: "base", maxRegression: 0.02, at: at(20, 1) },
    outcome,
  });

const cells = (adversarial: Estimate, benign: Estimate) => [
  { dimension: "system", value: "adversarial", estimate: adversarial, n: 15 },
  { dimension: "system", value: "benign", estimate: benign, n: 15 },
];

const toxicityBase = toxicity(
  "base",
  evaluated(
    [
      {
        name: "toxicity_probability",
        estimate: estimate(0, 0, 0.114),
        n: 30,
        cells: cells(estimate(0, 0, 0.204), estimate(0, 0, 0.204)),
      },
      { name: "expected_max_toxicity", estimate: estimate(0.098, 0.095, 0.1), n: 30, cells: [] },
    ],
    toxicityRecords(0),
  ),
);

const toxicityCandidate = toxicity(
  "cand",
  evaluated(
    [
      {
        name: "toxicity_probability",
        estimate: estimate(0.5, 0.332, 0.668),
        n: 30,
        cells: cells(estimate(0.467, 0.248, 0.699), estimate(0.067, 0.012, 0.213)),
      },
      { name: "expected_max_toxicity", estimate: estimate(0.5, 0.35, 0.65), n: 30, cells: [] },
    ],
    toxicityRecords(15),
  ),
);

const privacy = (model: string, outcome: SuiteResult["outcome"]) =>
  suite({
    specId: "privacy/enron",
    vertical: "privacy",
    model,
    metrics: [
      {
        name: "leakage_rate",
        direction: "lower",
        rule: { max: 0.05, gate: "upper", each: false },
        gated: true,
        at: at(11),
      },
    ],
    redact: ["pii"],
    outcome,
  });

const privacyBase = privacy(
  "base",
  evaluated(
    [
      {
        name: "leakage_rate",
        estimate: estimate(0, 0, 0.043),
        n: 86,
        cells: [{ dimension: "pii", value: "alice@example.com", estimate: estimate(0, 0, 0.043), n: 86 }],
      },
    ],
    [{ caseId: "m1", itemId: "m1", groups: { pii: "alice@example.com" }, samples: [{ kind: "leak", leaked: false }] }],
  ),
);

const privacyFailed = privacy("cand", {
  ok: false,
  error: "cannot load model cand: models/cand/model.onnx is missing",
});

/** A spec compared with a baseline that did not run: its comparisons cannot be made. */
const stereotypes = suite({
  specId: "bias/stereoset",
  vertical: "bias",
  model: "cand",
  settings: { ...settings, labels: ["stereotype", "anti-stereotype"] },
  metrics: [
    { name: "stereotype_gap", direction: "lower", rule: { gate: "point", each: false }, gated: false, at: at(9) },
  ],
  compare: { baseline: "base", maxRegression: 0.05, at: at(13, 1) },
  outcome: evaluated(
    [{ name: "stereotype_gap", estimate: estimate(0.1, 0.02, 0.18), n: 1, cells: [] }],
    [{ caseId: "s1", itemId: "s1", groups: {}, scores: [-2.5, -3] }],
  ),
});

const ALL = [toxicityBase, toxicityCandidate, privacyBase, privacyFailed, stereotypes];
const build = (results: readonly SuiteResult[]) =>
  buildScorecard(results, { root: ROOT, created: "2026-03-01T12:00:00.000Z", version: "0.1.0" });
const card = build(ALL);
const xml = formatJunit(card);
const doc = parseXml(xml);

const suiteNamed = (name: string) => all(doc, "testsuite").find((s) => s.attributes.name === name);
const caseNamed = (suiteName: string, name: string) =>
  all(suiteNamed(suiteName) as XmlElement, "testcase").find((c) => c.attributes.name === name);

// ---- the tests ------------------------------------------------------------------------------------

describe("formatJunit", () => {
  it("renders a representative scorecard", () => {
    expect(xml).toMatchSnapshot();
  });

  it("writes well-formed XML: one <testsuites> with one <testsuite> per spec and model", () => {
    expect(doc.name).toBe("testsuites");
    expect(doc.attributes.name).toBe("trustspec");
    expect(doc.children.map((s) => s.attributes.name)).toEqual(
      card.specs.flatMap((s) => s.models.map((m) => `${s.id} [${m.model}]`)),
    );
  });

  it("counts tests, failures, errors and skipped as the testcase elements say", () => {
    const tally = (cases: readonly XmlElement[]) => ({
      tests: String(cases.length),
      failures: String(cases.filter((c) => child(c, "failure")).length),
      errors: String(cases.filter((c) => child(c, "error")).length),
    });
    for (const s of all(doc, "testsuite")) {
      const cases = all(s, "testcase");
      expect({ name: s.attributes.name, ...s.attributes }).toEqual({
        name: s.attributes.name,
        ...tally(cases),
        skipped: String(cases.filter((c) => child(c, "skipped")).length),
      });
    }
    const { name, ...totals } = doc.attributes;
    expect(totals).toEqual(tally(all(doc, "testcase")));
    expect(totals).toEqual({ tests: "12", failures: "2", errors: "2" });
  });

  it("fails exactly when the scorecard's gate fails", () => {
    expect(card.gate.pass).toBe(false);
    const passing = parseXml(formatJunit(build([toxicityBase, privacyBase])));
    expect(passing.attributes).toEqual({ name: "trustspec", tests: "4", failures: "0", errors: "0" });
  });

  it("names gated metrics' testcases as the Jest tests are named, with the spec id as class", () => {
    for (const result of ALL) {
      for (const m of result.metrics.filter((x) => x.gated)) {
        const name = metricTestName({ ...m, mode: "any" } satisfies PlanMetric);
        const testcase = caseNamed(`${result.specId} [${result.model}]`, name);
        expect(testcase?.attributes).toMatchObject({ classname: result.specId, line: String(m.at.line) });
      }
    }
    expect(caseNamed("toxicity/rtp [cand]", "toxicity_probability ≤ 0.25 (upper bound)")).toBeDefined();
  });

  it("reports a missed threshold as a failure with its reasons and the spec's file:line", () => {
    const failure = child(
      caseNamed("toxicity/rtp [cand]", "toxicity_probability ≤ 0.25 (upper bound)") as XmlElement,
      "failure",
    );
    expect(failure?.attributes).toEqual({
      type: "threshold",
      message: "toxicity_probability: upper bound 0.668 of the 95% interval is above max 0.25 (n = 30) (and 1 more)",
    });
    expect(failure?.text.split("\n")).toEqual([
      "toxicity_probability: upper bound 0.668 of the 95% interval is above max 0.25 (n = 30)",
      "toxicity_probability [system = adversarial]: upper bound 0.699 of the 95% interval is above max 0.25 (n = 15)",
      "at specs/toxicity/rtp.trust.yaml:12:5",
    ]);
    // The baseline beside a candidate is context: its threshold is reported, skipped rather than gated.
    const passed = caseNamed("toxicity/rtp [base]", "toxicity_probability ≤ 0.25 (upper bound)") as XmlElement;
    expect(passed.children.map((c) => c.name)).toEqual(["skipped", "system-out"]);
    expect(child(passed, "skipped")?.attributes).toEqual({
      message: "not gated: the baseline's own threshold (it passes)",
    });
    expect(child(passed, "system-out")?.text.split("\n")[0]).toBe(
      "toxicity_probability: 0.000, 95% interval [0.000, 0.114], n = 30",
    );
  });

  it("reports a regression as a failure described as describeComparison describes it", () => {
    const comparison = card.comparisons.find((c) => c.metric === "toxicity_probability");
    expect(comparison?.regressed).toBe(true);
    const testcase = caseNamed("toxicity/rtp [cand]", "no regression against base: toxicity_probability") as XmlElement;
    const failure = child(testcase, "failure");
    const description = describeComparison(comparison as NonNullable<typeof comparison>);
    expect(failure?.attributes).toEqual({ type: "regression", message: `regressed against base: ${description}` });
    expect(failure?.text).toBe(`${description}\nat specs/toxicity/rtp.trust.yaml:12:5`);
    expect(testcase.attributes.line).toBe("12");
    const within = caseNamed("toxicity/rtp [cand]", "no regression against base: expected_max_toxicity") as XmlElement;
    expect(within.children.map((c) => c.name)).toEqual(["system-out"]);
    expect(child(within, "system-out")?.text).toMatch(/^expected_max_toxicity: .*, within max_regression 0\.5;/);
  });

  it("reports a suite that could not evaluate as an error, and its gated metrics as skipped", () => {
    const error = child(caseNamed("privacy/enron [cand]", "evaluates") as XmlElement, "error");
    expect(error?.attributes).toEqual({
      type: "error",
      message: privacyFailed.outcome.ok ? "" : privacyFailed.outcome.error,
    });
    expect(error?.text).toMatch(/\nat specs\/privacy\/enron\.trust\.yaml:1:1$/);
    const skipped = child(
      caseNamed("privacy/enron [cand]", "leakage_rate ≤ 0.05 (upper bound)") as XmlElement,
      "skipped",
    );
    expect(skipped?.attributes.message).toBe("not measured: the suite could not evaluate");
    expect(caseNamed("privacy/enron [base]", "evaluates")?.children.map((c) => c.name)).toEqual(["system-out"]);
  });

  it("reports comparisons that could not be made as an error of the regression test", () => {
    const error = child(caseNamed("bias/stereoset [cand]", "no regression against base") as XmlElement, "error");
    expect(error?.attributes.message).toMatch(/^cannot compare with the baseline: the baseline base is not one of/);
  });

  it("never shows a masked secret", () => {
    expect(xml).not.toContain("alice@example.com");
  });

  it("escapes markup and drops characters XML cannot hold, in names, properties and messages", () => {
    const nasty = `odd/<&"'>\u0001`;
    const clean = `odd/<&"'>`;
    const odd = suite({
      specId: nasty,
      vertical: "ethics",
      description: `Tabs\tand "quotes" & <tags> 'n' \u0007bells\r\nand more`,
      model: "base",
      metrics: [
        {
          name: "accuracy",
          direction: "higher",
          rule: { min: 0.5, gate: "point", each: false },
          gated: true,
          at: at(3),
        },
      ],
      outcome: { ok: false, error: `judge <x> said "no" & 'never'\u001b[0m\uFFFF` },
    });
    const text = formatJunit(build([odd]));
    const parsed = parseXml(text);
    for (const illegal of ["\u0001", "\u0007", "\u001b", "\uFFFF"]) expect(text).not.toContain(illegal);
    const s = all(parsed, "testsuite")[0] as XmlElement;
    expect(s.attributes.name).toBe(`${clean} [base]`);
    expect(all(s, "property").find((p) => p.attributes.name === "description")?.attributes.value).toBe(
      `Tabs\tand "quotes" & <tags> 'n' bells\r\nand more`,
    );
    const testcase = all(s, "testcase").find((c) => c.attributes.name === "evaluates") as XmlElement;
    expect(testcase.attributes.classname).toBe(clean);
    expect(child(testcase, "error")?.attributes.message).toBe(`judge <x> said "no" & 'never'[0m`);
    expect(child(testcase, "error")?.text.split("\n")[0]).toBe(`judge <x> said "no" & 'never'[0m`);
    expect(text).toContain("odd/&lt;&amp;&quot;&apos;&gt; [base]");
  });

  it("is deterministic: the same XML whatever the order of the suite results", () => {
    expect(formatJunit(build([...ALL].reverse()))).toBe(xml);
    expect(formatJunit(card)).toBe(xml);
  });
});

describe("formatJunit with probes", () => {
  const probed = parseXml(formatJunit(fixture));
  const suite = (model: string) =>
    all(probed, "testsuite").find((s) => s.attributes.name === `${PROBE_SPEC} [${model}]`) as XmlElement;
  const probeCase = (model: string, name: string) =>
    all(suite(model), "testcase").find((c) => c.attributes.name === `probe: ${name}`);

  it("has one testcase per probe, named as its Jest test and at its spec line", () => {
    for (const model of ["base", "tuned"]) {
      const names = all(suite(model), "testcase").map((c) => [c.attributes.name, c.attributes.line]);
      expect(names).toEqual([
        ["evaluates", "1"],
        [`probe: ${INVARIANT}`, "11"],
        ["probe: mean agreement gap stays small", "24"],
      ]);
    }
  });

  it("fails a broken probe with its headline as the message and its description, replay command and position as text", () => {
    const failure = child(probeCase("base", INVARIANT) as XmlElement, "failure");
    const message = fixture.gate.failures.find((f) => f.kind === "probe")?.message as string;
    expect(failure?.attributes).toEqual({ message: message.split("\n")[0], type: "probe" });
    const lines = failure?.text.split("\n") ?? [];
    expect(lines.slice(0, -1).join("\n")).toBe(message);
    expect(lines).toContain(
      `replay: npx trustspec probe specs/${PROBE_SPEC}.trust.yaml --probe '${INVARIANT}' --model base --seed 11 --path 8:1:0`,
    );
    expect(lines[lines.length - 1]).toBe(`at specs/${PROBE_SPEC}.trust.yaml:11:5`);
    expect(suite("base").attributes).toMatchObject({ tests: "3", failures: "1", errors: "0" });
  });

  it("passes a holding probe, describing it in its output", () => {
    const holding = probeCase("tuned", INVARIANT) as XmlElement;
    expect(child(holding, "failure")).toBeUndefined();
    expect(child(holding, "system-out")?.text).toBe(
      `probe "${INVARIANT}" (invariant within 0.5) holds on 50 of 50 runs (seed 11); largest difference seen 0.1250`,
    );
  });

  it("errs on a probe that could not run, and still fails exactly when the gate does", () => {
    const broken: Scorecard = buildScorecard(
      fixture.results.map((r) =>
        r.specId === PROBE_SPEC && r.model === "tuned"
          ? {
              ...r,
              probes: [{ name: INVARIANT, at: { line: 11, col: 5 }, replay: "x", ok: false, error: "no <model>" }],
            }
          : r,
      ),
      { root: "/project", created: fixture.created, version: "0.1.0" },
    );
    const parsed = parseXml(formatJunit(broken));
    const testcase = all(parsed, "testcase").find(
      (c) => c.attributes.classname === PROBE_SPEC && c.attributes.name === `probe: ${INVARIANT}` && child(c, "error"),
    );
    expect(child(testcase as XmlElement, "error")?.attributes).toEqual({
      message: `probe "${INVARIANT}" could not run: no <model>`,
      type: "probe",
    });
    // The gate's failures: bias-agreement's threshold and base's probe fail; tuned's probe errs.
    expect(broken.gate.failures.map((f) => f.kind)).toEqual(["threshold", "probe", "probe"]);
    expect(parsed.attributes).toMatchObject({ failures: "2", errors: "1" });
  });
});

describe("the test's XML checker", () => {
  it.each([
    ["crossed tags", `<a><b></a></b>`],
    ["an unclosed element", `<a><b/>`],
    ["two roots", `<a/><b/>`],
    ["a repeated attribute", `<a x="1" x="2"/>`],
    ["a bare ampersand", `<a>fish & chips</a>`],
    ["a < in an attribute", `<a x="<"/>`],
    ["an unquoted attribute", `<a x=1/>`],
    ["a control character", `<a>\u0001</a>`],
  ])("rejects %s", (_, body) => {
    expect(() => parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`)).toThrow();
  });

  it("accepts what it should", () => {
    const e = parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n<a x="&lt;&#10;"><b/>t &amp; u</a>\n`);
    expect([e.attributes.x, e.children.length, e.text]).toEqual(["<\n", 1, "t & u"]);
  });
});
