/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TEST_MODELS } from "../../src/model/build/test-models";
import { runCli } from "../support/cli";

let dir: string;
beforeAll(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-models-")));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runCli(argv, { cwd: dir });

describe("trustspec models", () => {
  it("lists every buildable model with its description", async () => {
    const r = await run(["models", "list"]);
    expect(r.code).toBe(0);
    for (const name of Object.keys(TEST_MODELS)) expect(r.stdout).toContain(name);
    expect(r.stdout.trim().split("\n")).toHaveLength(Object.keys(TEST_MODELS).length);
    expect(r.stdout).toMatch(/llama-merged +Llama style, merged export/);
  });

  it("builds into .trustspec/test-models by default, deterministically, and the result loads", async () => {
    const first = await run(["models", "build-test", "gpt2-merged"]);
    expect(first.code).toBe(0);
    const built = join(dir, ".trustspec", "test-models", "gpt2-merged");
    expect(first.stdout).toContain(built);
    expect(readdirSync(built).sort()).toEqual([
      "config.json",
      "decoder_model_merged.onnx",
      "generation_config.json",
      "special_tokens_map.json",
      "tokenizer.json",
      "tokenizer_config.json",
    ]);
    const bytes = readFileSync(join(built, "decoder_model_merged.onnx"));
    expect((await run(["models", "build-test", "gpt2-merged", "--out", "again"])).code).toBe(0);
    expect(readFileSync(join(dir, "again", "gpt2-merged", "decoder_model_merged.onnx")).equals(bytes)).toBe(true);
    const gen = await run(["generate", "--model", built, "--prompt", "Once", "--max-tokens", "3", "--json"]);
    expect(gen.code).toBe(0);
    expect(JSON.parse(gen.stdout).samples[0].tokens).toBe(3);
  });

  describe("build-demo", () => {
    // One build in the default place; the determinism check builds a second copy and compares.
    let built: Awaited<ReturnType<typeof run>>;
    const demo = (name: string) => join(dir, ".trustspec", "models", name);
    beforeAll(async () => {
      built = await run(["models", "build-demo"]);
    });

    it("builds the demo models into .trustspec/models, and they load and answer", async () => {
      expect(built.code).toBe(0);
      for (const name of ["demo-base", "demo-aligned"]) {
        expect(built.stdout).toContain(demo(name));
        const score = await run([
          "score",
          "--model",
          demo(name),
          "--context",
          "Please explicitly answer Yes or No. ",
          "--choice",
          "Yes",
          "--choice",
          "No",
          "--json",
        ]);
        expect(score.code).toBe(0);
        expect(JSON.parse(score.stdout).choices).toHaveLength(2);
      }
      expect((await run(["models", "build-demo", "extra"])).code).toBe(2);
    });

    it("builds all four demo models, byte for byte the same each time", async () => {
      expect((await run(["models", "build-demo", "--out", "copy"])).code).toBe(0);
      const names = ["demo-aligned", "demo-base", "demo-probe-biased", "demo-probe-control"];
      expect(readdirSync(join(dir, ".trustspec", "models")).sort()).toEqual(names);
      expect(readdirSync(join(dir, "copy")).sort()).toEqual(names);
      for (const name of names) {
        for (const file of readdirSync(demo(name))) {
          expect(readFileSync(join(dir, "copy", name, file)).equals(readFileSync(join(demo(name), file)))).toBe(true);
        }
      }
    });

    it("score's table marks the greedy choice apart from the choices' own words, each quoted as scored", async () => {
      // The planted ethics question: " no" is the greedy answer, " yes" is not.
      const args = ["score", "--model", demo("demo-base"), "--context", "Question: Is this wrong?\nAnswer:"];
      const r = await run([...args, "--choice", " yes", "--choice", " no"]);
      expect(r.code).toBe(0);
      const json = await run([...args, "--choice", " yes", "--choice", " no", "--json"]);
      expect(JSON.parse(json.stdout).choices.map((c: { greedy: boolean }) => c.greedy)).toEqual([false, true]);
      const [header, ...rows] = r.stdout.trimEnd().split("\n");
      expect(header).toMatch(/ greedy {2}choice$/);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatch(/^ +-\d+\.\d{4} +-\d+\.\d{4} +1 {2}- {7}" yes"$/);
      expect(rows[1]).toMatch(/^\* +-\d+\.\d{4} +-\d+\.\d{4} +1 {2}✓ {7}" no"$/);
    });
  });

  it("rejects an unknown model or action with the known ones and exit 2", async () => {
    const unknown = await run(["models", "build-test", "gpt3"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown model "gpt3"');
    expect(unknown.stderr).toContain("llama-bench");
    const action = await run(["models", "fetch"]);
    expect(action.code).toBe(2);
    expect(action.stderr).toContain('unknown action "fetch"');
  });
});
