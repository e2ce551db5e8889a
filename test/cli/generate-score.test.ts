/** @jest-environment ./test/support/onnx-environment.js */
import { copyFileSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCausalLM } from "../../src/model/causal-lm";
import { diskFiles } from "../../src/spec/file-access";
import { runCli } from "../support/cli";
import { describeWithShared, sharedPath } from "../support/shared";

describeWithShared("trustspec generate and score on stories260k", ["models/stories260k/model.onnx"], () => {
  const model = sharedPath("models/stories260k");
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-gen-")));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("generate prints the greedy continuation", async () => {
    const r = await runCli(["generate", "--model", model, "--prompt", "Once upon a time", "--max-tokens", "12"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^, there was a little girl named Lily\./);
  });

  it("generate from an empty prompt starts a story from BOS", async () => {
    const r = await runCli(["generate", "--model", model, "--prompt", "", "--max-tokens", "8"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Once upon a time/);
  });

  it("generate --json gives what the driver gives, sample for sample", async () => {
    const args = [
      "--prompt",
      "One day",
      "--temperature",
      "0.8",
      "--top-p",
      "0.9",
      "--samples",
      "3",
      "--seed",
      "11",
      "--stop",
      ".",
    ];
    const r = await runCli(["generate", "--model", model, ...args, "--json"], { cwd: dir });
    const report = JSON.parse(r.stdout) as { samples: { text: string; finish: string }[] };
    const driver = await loadCausalLM(model, { files: diskFiles, batchSize: 1 });
    const [direct] = await driver.generate([
      {
        prompt: "One day",
        maxTokens: 50,
        temperature: 0.8,
        topK: 0,
        topP: 0.9,
        samples: 3,
        seed: 11,
        stop: ["."],
        stopTokenIds: [],
      },
    ]);
    await driver.close();
    expect(report.samples.map((s) => s.text)).toEqual(direct?.ok ? direct.samples.map((s) => s.text) : []);
    expect(report.samples.every((s) => !s.text.includes("."))).toBe(true);
  });

  const scoreArgs = () => [
    "score",
    "--model",
    model,
    "--context",
    "Once upon a time, there was a little",
    "--choice",
    " table",
    "--choice",
    " girl",
  ];

  it("score marks the most likely choice and reports sum, mean, tokens and greedy", async () => {
    const r = await runCli([...scoreArgs(), "--json"], { cwd: dir });
    const report = JSON.parse(r.stdout) as {
      choices: { choice: string; sum: number; mean: number; tokens: number; greedy: boolean }[];
    };
    const [table, girl] = report.choices;
    expect(girl?.sum).toBeGreaterThan(table?.sum as number);
    expect(girl?.greedy).toBe(true);
    expect(girl?.mean).toBeCloseTo((girl?.sum as number) / (girl?.tokens as number), 10);
    const text = await runCli(scoreArgs(), {
      cwd: dir,
    });
    expect(text.stdout.split("\n").find((l) => l.startsWith("*"))).toMatch(/" girl"$/);
  });

  it("score --tokens gives each choice's tokens: ids, texts that make up the choice, log-probabilities that add up to its sum", async () => {
    const r = await runCli([...scoreArgs(), "--tokens", "--json"], { cwd: dir });
    const report = JSON.parse(r.stdout) as {
      choices: {
        choice: string;
        sum: number;
        tokens: number;
        greedy: boolean;
        per_token: { id: number; text: string; logprob: number; greedy: boolean }[];
      }[];
    };
    for (const c of report.choices) {
      expect(c.per_token).toHaveLength(c.tokens);
      expect(c.per_token.map((t) => t.text).join("")).toBe(c.choice);
      expect(c.per_token.reduce((a, t) => a + t.logprob, 0)).toBe(c.sum);
      expect(c.per_token.every((t) => t.greedy)).toBe(c.greedy);
    }
    const text = await runCli([...scoreArgs(), "--tokens"], { cwd: dir });
    expect(text.stdout).toContain('" girl", token by token:');
    const plain = await runCli([...scoreArgs(), "--json"], { cwd: dir });
    expect(plain.stdout).not.toContain("per_token");
  });

  it("a damaged model.onnx exits 3 naming the file, not with a stack trace", async () => {
    for (const f of ["config.json", "tokenizer.json", "tokenizer_config.json"])
      copyFileSync(join(model, f), join(dir, f));
    writeFileSync(join(dir, "model.onnx"), "this is not a model");
    const r = await runCli(["generate", "--model", dir, "--prompt", "Hi"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(new RegExp(`^${join(dir, "model.onnx")}: error MODEL_ONNX_CORRUPT: `));
    expect(r.stderr).toMatch(/hint: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("a directory without tokenizer.json exits 3 with TOKENIZER_MISSING and the fix", async () => {
    copyFileSync(join(model, "config.json"), join(dir, "config.json"));
    copyFileSync(join(model, "model.onnx"), join(dir, "model.onnx"));
    const r = await runCli(["score", "--model", dir, "--context", "a", "--choice", " b"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("error TOKENIZER_MISSING");
  });

  it("a prompt that does not fit exits 3 and says by how much", async () => {
    const long = Array.from({ length: 300 }, () => "the big dog").join(" ");
    const r = await runCli(["generate", "--model", model, "--prompt", long, "--max-tokens", "5"], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/need \d+ positions; the model has 512/);
  });
});
