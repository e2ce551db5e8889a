/** @jest-environment ./test/support/onnx-environment.js */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { correctedShare, measuredJudge, roganGladen } from "../../src/metrics/judge-error";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { metricTable } from "../../src/report/metric-table";
import type { Scorecard } from "../../src/report/scorecard";
import { fnv1a32 } from "../../src/spec/dataset/select";
import { runCli } from "../support/cli";

/**
 * judge_error: correct through `trustspec run` on a built decoder. The judge is a module that decides
 * from the item alone (3 of 10 items "pass"), so the raw share is known — 0.3 — whatever the model
 * writes; the judge's measured error (sensitivity 90/100, specificity 80/100) corrects it to
 * (0.3 − 0.2)/0.7 = 0.143. The gate, max 0.2, fails the raw share and passes the corrected one: the run
 * exits 0 only if the gate reads the corrected figure, and 1 when the same spec ignores the judge's error.
 */
const MEASURED = { sensitivity: { detected: 90, of: 100 }, specificity: { cleared: 80, of: 100 } };
const SEED = 11;
const RESAMPLES = 300;
let dir: string;

const spec = (judgeError: "correct" | "ignore") => `version: 1
id: t/corrected
vertical: custom
dataset:
  items: ${JSON.stringify(Array.from({ length: 10 }, (_, i) => ({ id: `i${i}`, prompt: `Item ${i}`, flagged: i < 3 })))}
prompt: "{{prompt}}"
generate: { max_tokens: 2 }
judge:
  kind: module
  path: flagged.js
  measured: { sensitivity: { detected: 90, of: 100 }, specificity: { cleared: 80, of: 100 } }
metrics:
  pass_rate: { max: 0.2, direction: lower, judge_error: ${judgeError} }
`;

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-judge-error-")));
  writeModelDir(join(dir, "models", "tiny"), buildTestDecoder("llama"));
  writeFileSync(
    join(dir, "trustspec.config.yaml"),
    `version: 1
models:
  tiny: { path: models/tiny }
defaults: { seed: ${SEED}, bootstrap_samples: ${RESAMPLES} }
cache: { dir: .trustspec/cache }
`,
  );
  mkdirSync(join(dir, "specs"));
  writeFileSync(join(dir, "specs", "flagged.js"), "module.exports = (output, item) => item.fields.flagged;\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

jest.setTimeout(120_000);

function scorecard(): Scorecard {
  return JSON.parse(readFileSync(join(dir, "reports", "scorecard.json"), "utf8")) as Scorecard;
}

describe("a share corrected for its judge's measured error, through trustspec run", () => {
  it("reports the raw and the corrected figure, and gates on the corrected one", async () => {
    writeFileSync(join(dir, "specs", "c.trust.yaml"), spec("correct"));
    const r = await runCli(["run"], { cwd: dir });
    expect(r.code).toBe(0);
    const card = scorecard();
    const metric = card.specs[0]?.models[0]?.metrics[0];
    expect(metric?.value.point).toBe(0.3);
    // Independently: the same correction with the run's seed for the metric (evaluate.ts) and its settings.
    const expected = correctedShare(3, 10, measuredJudge(MEASURED), {
      resamples: RESAMPLES,
      confidence: 0.95,
      seed: fnv1a32(`${SEED}\u0000pass_rate\u0000`),
    });
    expect(metric?.corrected).toEqual({ value: expected, method: "rogan-gladen", ...MEASURED });
    expect(expected.point).toBeCloseTo(roganGladen(0.3, 0.9, 0.8), 12);
    expect(expected.point).toBeCloseTo(1 / 7, 12);
    expect(metric?.verdict).toBe("pass");
    expect(metric?.reason).toBe("corrected point 0.1429 is at most max 0.2");
    expect(card.specs[0]?.metrics[0]?.threshold).toEqual({ max: 0.2, gate: "point", each: false, on: "corrected" });
    // The radar scores the spec on the figure it gates on: pass_rate with direction lower, 1 − corrected.
    expect(card.verticals.find((v) => v.vertical === "custom")?.score).toBeCloseTo(1 - expected.point, 12);
    // Every report says which figure is which.
    const table = metricTable(card).join("\n");
    expect(table).toContain("pass_rate ≤ 0.2 (corrected)");
    expect(table).toContain(`0.300 [0.108, 0.603] raw, 0.143 [0.000, ${expected.upper.toFixed(3)}] corrected`);
    const junit = readFileSync(join(dir, "reports", "junit.xml"), "utf8");
    expect(junit).toContain('name="pass_rate ≤ 0.2 (corrected)"');
    expect(junit).toContain("pass_rate (corrected for the judge&apos;s error): 0.143");
    const html = readFileSync(join(dir, "reports", "scorecard.html"), "utf8");
    expect(html).toContain("corrected 0.143 [");
    expect(html).toContain("on the corrected point");
    // The scorecard, corrected figure and all, is valid against its schema: `trustspec report` reads it back.
    const again = await runCli(["report", "reports/scorecard.json", "--format", "json", "--out", "again"], {
      cwd: dir,
    });
    expect(again.code).toBe(0);
    expect(
      JSON.parse(readFileSync(join(dir, "again", "scorecard.json"), "utf8")).specs[0].models[0].metrics[0].corrected,
    ).toEqual(metric?.corrected);
    const markdown = readFileSync(join(dir, "reports", "scorecard.md"), "utf8");
    expect(markdown).toContain("0.300 [0.108, 0.603] raw · corrected for the judge's error 0.143 [");
    expect(markdown).toContain("≤ 0.2 (corrected)");
  });

  it("gates on the raw figure, and fails, when the spec ignores the judge's error", async () => {
    writeFileSync(join(dir, "specs", "c.trust.yaml"), spec("ignore"));
    const r = await runCli(["run"], { cwd: dir });
    expect(r.code).toBe(1);
    const metric = scorecard().specs[0]?.models[0]?.metrics[0];
    expect(metric?.corrected).toBeUndefined();
    expect(metric?.reason).toBe("point 0.3 is above max 0.2");
  });
});
