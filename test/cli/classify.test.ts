/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildBertClassifier, TINY_BERT } from "../../src/model/build/bert";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import { loadModel } from "../../src/model/load-model";
import { diskFiles } from "../../src/spec/file-access";
import { runCli } from "../support/cli";

let dir: string;
let classifier: string;
let decoder: string;

beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-classify-")));
  // A config of its own, so nothing above the temp dir is picked up; it names the classifier "judge".
  writeFileSync(join(dir, "trustspec.config.yaml"), "version: 1\nmodels:\n  judge: { path: models/judge }\n");
  classifier = join(dir, "models", "judge");
  writeModelDir(classifier, buildBertClassifier(TINY_BERT));
  decoder = join(dir, "models", "gpt2");
  writeModelDir(decoder, buildTestDecoder("gpt2"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = (argv: string[]) => runCli(argv, { cwd: dir });

interface JsonReport {
  model: string;
  activation: string;
  results: {
    text: string;
    pair: string | null;
    top: string;
    labels: { label: string; score: number }[];
    logits: number[];
    tokens: number;
    truncated: boolean;
  }[];
}

describe("trustspec classify", () => {
  it("prints each text with every label's score in id order, the top one marked with *", async () => {
    const r = await run(["classify", "--model", classifier, "--text", "What a lovely day", "--text", "no"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const blocks = r.stdout.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.split("\n")[0]).toBe('"What a lovely day"');
    for (const block of blocks) {
      const rows = block.split("\n").slice(1);
      expect(rows.map((l) => l.trim().split(/\s+/).at(-1))).toEqual(TINY_BERT.labels);
      expect(rows.filter((l) => l.startsWith("*"))).toHaveLength(1);
      const scores = rows.map((l) => Number(/(\d\.\d{4})/.exec(l)?.[1]));
      expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
      const starred = rows.findIndex((l) => l.startsWith("*"));
      expect(scores[starred]).toBe(Math.max(...scores));
    }
  });

  it("--json gives what the driver gives, and --pair reaches the model", async () => {
    const texts = ["The cat sat on the mat.", "I hate this so much"];
    const r = await run([
      "classify",
      "--model",
      classifier,
      "--text",
      texts[0] ?? "",
      "--text",
      texts[1] ?? "",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.model).toBe(classifier);
    expect(report.activation).toBe("softmax");
    const driver = await loadModel(classifier, { files: diskFiles, batchSize: 1 });
    const direct = await driver.classify(texts.map((text) => ({ text })));
    const paired = await driver.classify(texts.map((text) => ({ text, textPair: "A second sentence." })));
    await driver.close();
    report.results.forEach((row, i) => {
      expect(row.text).toBe(texts[i]);
      expect(row.pair).toBeNull();
      expect(row.top).toBe(direct[i]?.top);
      expect(row.labels.map((l) => l.label)).toEqual(TINY_BERT.labels);
      row.logits.forEach((l, j) => {
        expect(Math.abs(l - (direct[i]?.logits[j] as number))).toBeLessThan(1e-5);
      });
    });
    const withPair = await run([
      "classify",
      "--model",
      classifier,
      "--text",
      texts[0] ?? "",
      "--pair",
      "A second sentence.",
      "--json",
    ]);
    const pairReport = JSON.parse(withPair.stdout) as JsonReport;
    expect(pairReport.results[0]?.pair).toBe("A second sentence.");
    pairReport.results[0]?.logits.forEach((l, j) => {
      expect(Math.abs(l - (paired[0]?.logits[j] as number))).toBeLessThan(1e-5);
    });
    expect(pairReport.results[0]?.tokens).toBeGreaterThan(report.results[0]?.tokens as number);
  });

  it("takes a model named in the config, and says when a text was truncated", async () => {
    const long = Array.from({ length: 100 }, () => "words").join(" ");
    const r = await run(["classify", "--model", "judge", "--text", long]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/\(truncated to 64 tokens\)$/);
  });

  it("notes on stderr when config.json has no id2label and the labels are LABEL_0…", async () => {
    const bare = join(dir, "models", "bare");
    writeModelDir(bare, buildBertClassifier(TINY_BERT));
    const config = JSON.parse(readFileSync(join(bare, "config.json"), "utf8")) as Record<string, unknown>;
    delete config.id2label;
    writeFileSync(join(bare, "config.json"), JSON.stringify(config));
    const r = await run(["classify", "--model", bare, "--text", "hi"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: .*config\.json has no id2label; the labels are named LABEL_0, LABEL_1, LABEL_2/);
    expect(r.stdout).toMatch(/LABEL_2\n$/);
  });

  it("a --model that is neither a directory nor a configured model exits 2 (usage, as run) and lists the configured ones", async () => {
    const r = await run(["classify", "--model", "jduge", "--text", "hi"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^trustspec classify: no model directory or configured model named "jduge"\n {2}hint: .*judge/,
    );
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("a damaged classifier exits 3 with the file, the code and the fix", async () => {
    const broken = join(dir, "models", "broken");
    writeModelDir(broken, buildBertClassifier(TINY_BERT));
    writeFileSync(join(broken, "model.onnx"), "not onnx");
    const r = await run(["classify", "--model", broken, "--text", "hi"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^${join(broken, "model.onnx")}: error MODEL_ONNX_CORRUPT: `));
    expect(r.stderr).toMatch(/\n {2}hint: /);
  });

  it("a causal LM exits 3 with MODEL_WRONG_KIND, and so does a classifier asked to generate", async () => {
    const lm = await run(["classify", "--model", decoder, "--text", "hi"]);
    expect(lm.code).toBe(3);
    expect(lm.stderr).toMatch(/error MODEL_WRONG_KIND: .*is a causal language model \(gpt2\)/);
    expect(lm.stderr).toMatch(/hint: use trustspec generate or score/);
    const gen = await run(["generate", "--model", classifier, "--prompt", "hi"]);
    expect(gen.code).toBe(3);
    expect(gen.stderr).toMatch(/error MODEL_WRONG_KIND: .*is a text classifier/);
    expect(gen.stderr).toMatch(/hint: use trustspec classify/);
  });

  it("without --model or --text it exits 2 and says what is missing", async () => {
    const r = await run(["classify", "--text", "hi"]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toMatch(/^trustspec classify: missing --model\n/);
    const noText = await run(["classify", "--model", classifier]);
    expect(noText.code).toBe(2);
    expect(noText.stderr).toMatch(/missing a --text/);
  });
});
