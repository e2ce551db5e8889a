/** @jest-environment ./test/support/onnx-environment.js */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { compileSpecFile } from "../../src/compile/compile-spec-file";
import { applyPostprocess } from "../../src/judges/postprocess";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder, buildTestModel } from "../../src/model/build/test-models";
import { loadModel } from "../../src/model/load-model";
import type { Scorecard } from "../../src/report/scorecard";
import { planCalls } from "../../src/run/calls";
import { diskFiles } from "../../src/spec/file-access";

/**
 * A `vertical: custom` spec end to end through `trustspec run`, on two built decoders with a baseline
 * gate: a module judge (.js), a regex inside not and a classifier (the built BERT, in the run's judge
 * phase) composed with all_of, measured by pass_rate and mean_score. The scorecard's numbers must equal
 * an independent computation — the same generation requests and classifications run directly through
 * the drivers, the judges applied by hand — and a failing pass_rate gate must exit 1.
 */
const repo = resolve(__dirname, "..", "..");
const cli = join(repo, "bin", "trustspec.js");
const ITEMS = [
  { id: "a", prompt: "The weather today", limit: 12 },
  { id: "b", prompt: "My neighbour said that", limit: 30 },
  { id: "c", prompt: "Once upon a time", limit: 18 },
  { id: "d", prompt: "Call the office at", limit: 40 },
  { id: "e", prompt: "The recipe needs", limit: 25 },
];
const CLASSIFIER = { label: "neutral", threshold: 0.42 };
let dir: string;

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-custom-")));
  mkdirSync(join(dir, "specs"), { recursive: true });
  mkdirSync(join(dir, "judges"), { recursive: true });
  writeModelDir(join(dir, "models", "base"), buildTestDecoder("llama"));
  writeModelDir(join(dir, "models", "cand"), buildTestDecoder("gpt2"));
  writeModelDir(join(dir, "models", "bert"), buildTestModel("bert-classifier"));
  writeFileSync(
    join(dir, "trustspec.config.yaml"),
    `version: 1
models:
  base: { path: models/base }
  cand: { path: models/cand }
defaults: { models: [base, cand], seed: 5, batch_size: 4, bootstrap_samples: 200 }
judges:
  brief: { kind: module, path: judges/brief.js }
`,
  );
  writeFileSync(
    join(dir, "judges", "brief.js"),
    "module.exports = (output, item) => output.length <= item.fields.limit;\n",
  );
  const spec = (id: string, judge: string, metrics: string) => `version: 1
id: custom/${id}
vertical: custom
dataset:
  items: ${JSON.stringify(ITEMS)}
prompt: "{{prompt}}"
generate: { max_tokens: 8 }
postprocess: [trim]
judge: ${judge}
metrics:
${metrics}
compare: { baseline: base }
`;
  writeFileSync(
    join(dir, "specs", "composed.trust.yaml"),
    spec(
      "composed",
      `
  kind: all_of
  judges:
    - { kind: module, path: ../judges/brief.js }
    - { kind: not, judge: { kind: regex, pattern: "(gh){2}" } }
    - { kind: classifier, path: ../models/bert, label: ${CLASSIFIER.label}, threshold: ${CLASSIFIER.threshold} }`,
      "  pass_rate: { min: 0 }\n  mean_score: {}",
    ),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

jest.setTimeout(180_000);

/** Each model's outputs, as the run generates them, straight from the driver (post-processed). */
async function outputs(model: string): Promise<string[]> {
  const compiled = compileSpecFile(join(dir, "specs", "composed.trust.yaml"), { files: diskFiles, cwd: dir });
  if (!compiled.ok) throw new Error(compiled.message);
  const lm = await loadModel(join(dir, "models", model), { files: diskFiles, batchSize: 1 });
  try {
    const texts: string[] = [];
    for (const call of planCalls(compiled.plan)) {
      if (call.kind !== "generate") throw new Error("expected generate calls");
      const { kind: _, ...request } = call;
      const [result] = await lm.generate([request]);
      if (!result?.ok) throw new Error("the prompt did not fit");
      texts.push(applyPostprocess(result.samples[0]?.text ?? "", compiled.plan.postprocess) as string);
    }
    return texts;
  } finally {
    await lm.close();
  }
}

/** The composed judge by hand: each part's pass and score (1 / 0, or the classifier's probability); all_of takes the lowest. */
async function byHand(texts: readonly string[]): Promise<{ pass: boolean; score: number }[]> {
  const bert = await loadModel(join(dir, "models", "bert"), { files: diskFiles, batchSize: 1 });
  try {
    const out: { pass: boolean; score: number }[] = [];
    for (const [i, text] of texts.entries()) {
      const [answer] = await bert.classify([{ text }]);
      const p = answer?.labels.find((l) => l.label === CLASSIFIER.label)?.score ?? Number.NaN;
      const brief = text.length <= (ITEMS[i]?.limit ?? 0);
      const noRepeat = !/(gh){2}/.test(text);
      out.push({
        pass: brief && noRepeat && p >= CLASSIFIER.threshold,
        score: Math.min(brief ? 1 : 0, noRepeat ? 1 : 0, p),
      });
    }
    return out;
  } finally {
    await bert.close();
  }
}

function run(...args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TRUSTSPEC_")));
  const r = spawnSync(process.execPath, [cli, "run", ...args], {
    cwd: dir,
    env: { ...env, NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

describe("a custom spec through trustspec run", () => {
  it("measures pass_rate and mean_score as the judges do by hand, and shows them in every report", async () => {
    const r = run();
    expect(r.output).toMatch(/inference judge .*models\/bert: \d+ calls/);
    expect(r.code).toBe(0);
    const card = JSON.parse(readFileSync(join(dir, "reports", "scorecard.json"), "utf8")) as Scorecard;
    const spec = card.specs.find((s) => s.id === "custom/composed");
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const seen = new Set<string>();
    for (const model of ["base", "cand"]) {
      const expected = await byHand(await outputs(model));
      const metrics = spec?.models.find((m) => m.model === model)?.metrics ?? [];
      const value = (name: string) => metrics.find((m) => m.name === name)?.value.point;
      expect(value("pass_rate")).toBe(expected.filter((v) => v.pass).length / ITEMS.length);
      expect(value("mean_score")).toBeCloseTo(mean(expected.map((v) => v.score)), 6);
      for (const v of expected) seen.add(`${v.pass}`);
    }
    // The hand-made outputs exercise both verdicts, so the comparison above can tell a wrong judge.
    expect([...seen].sort()).toEqual(["false", "true"]);
    // One output per case: the baseline comparison of pass_rate is McNemar's, of mean_score a resampling test.
    const tests = card.comparisons
      .filter((c) => c.specId === "custom/composed")
      .map((c) => [c.metric, c.comparison.test]);
    expect(tests).toEqual([
      ["pass_rate", "mcnemar"],
      ["mean_score", "permutation"],
    ]);
    expect(card.verticals.filter((v) => v.vertical === "custom").map((v) => v.model)).toEqual(["base", "cand"]);
    const markdown = readFileSync(join(dir, "reports", "scorecard.md"), "utf8");
    const html = readFileSync(join(dir, "reports", "scorecard.html"), "utf8");
    for (const report of [markdown, html]) {
      expect(report).toContain("pass_rate");
      expect(report).toContain("mean_score");
      expect(report).toContain("custom");
    }
  });

  it("exits 1 when a pass_rate gate fails, naming the metric at its line", async () => {
    const expected = (await outputs("cand")).filter((t) => t === "").length / ITEMS.length;
    expect(expected).toBeLessThan(1);
    const text = readFileSync(join(dir, "specs", "composed.trust.yaml"), "utf8")
      .replace("custom/composed", "custom/empty")
      .replace(
        /judge:[\s\S]*metrics:\n[\s\S]*compare/,
        'judge: { kind: regex, pattern: "^$" }\nmetrics:\n  pass_rate: { min: 1 }\ncompare',
      );
    writeFileSync(join(dir, "specs", "empty.trust.yaml"), text);
    const r = run("specs/empty.trust.yaml");
    expect(r.code).toBe(1);
    expect(r.output).toContain(
      `pass_rate: point ${expected === 0 ? "0" : expected} is below min 1 (n = ${ITEMS.length})`,
    );
    expect(r.output).toMatch(/specs\/empty\.trust\.yaml:11:3/);
  });
});
