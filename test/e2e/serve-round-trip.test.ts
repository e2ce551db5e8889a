/** @jest-environment ./test/support/onnx-environment.js */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCausalLM } from "../../src/model/causal-lm";
import type { ModelDriver } from "../../src/model/driver";
import { servedModel } from "../../src/serve/open-served";
import { type RunningServer, startServer } from "../../src/serve/server";
import { diskFiles } from "../../src/spec/file-access";
import { describeWithShared, sharedPath } from "../support/shared";
import { itemsByCase, spawnTrustspec } from "../support/spawn-run";

/**
 * Issue 19's round trip: the same specs on the real stories260k, run in-process (`kind:
 * onnx-causal-lm`) and through `kind: openai-completions` against `trustspec serve` over the same
 * model, in one `trustspec run`. Every choice's log-likelihood agrees within 1e-5 and every greedy
 * and seeded sampled text is identical. The server runs in this process; the CLI is a child process,
 * spawned without blocking the server.
 */

// Our own items: a few questions with choices that tokenise in different ways (a leading space, an
// apostrophe, digits, a multi-token answer), and prompts that generate.
const MC = `version: 1
id: rt/mc
vertical: truthfulness
dataset:
  items:
    - { q: "Where did the little girl find her red ball?", choices: [" In the garden.", " Under the bed.", " She didn't."], correct: 0 }
    - { q: "How many cats were sleeping on the mat?", choices: [" 2", " Three cats", " None at all"], correct: 1 }
    - { q: "What did Tom say to his mom?", choices: [" Thank you!", " I'm sorry.", " Goodnight, Mom."], correct: 2 }
prompt: "Q: {{q}}\\nA:"
score: { choices: { field: choices }, correct: { field: correct } }
metrics:
  mc1: { min: 0 }
`;
const GREEDY = `version: 1
id: rt/greedy
vertical: custom
dataset:
  items:
    - { p: "Once upon a time" }
    - { p: "Lily and Ben went to the park. They" }
    - { p: "The dog was very" }
prompt: "{{p}}"
generate: { max_tokens: 24, temperature: 0 }
judge: { kind: contains, text: "the" }
metrics:
  pass_rate: { min: 0 }
`;
const SAMPLED = `version: 1
id: rt/sampled
vertical: custom
dataset:
  items:
    - { p: "One day, a little bird" }
    - { p: "Sue had a big red" }
prompt: "{{p}}"
generate: { max_tokens: 16, temperature: 0.8, top_p: 0.9, samples: 3 }
judge: { kind: contains, text: "the" }
metrics:
  pass_rate: { min: 0 }
`;

jest.setTimeout(120_000);

describeWithShared(
  "a spec through openai-completions → trustspec serve equals the in-process run",
  ["models/stories260k/model.onnx"],
  () => {
    const modelDir = sharedPath("models/stories260k");
    let root: string;
    let driver: ModelDriver;
    let server: RunningServer;
    beforeAll(async () => {
      root = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-round-trip-")));
      driver = await loadCausalLM(modelDir, { files: diskFiles });
      server = await startServer(servedModel(driver, { name: "stories260k", dir: modelDir }, false), {
        host: "127.0.0.1",
        port: 0,
      });
    });
    afterAll(async () => {
      await server.close();
      await driver.close();
      rmSync(root, { recursive: true, force: true });
    });

    it("scores within 1e-5, the same picks, and the same greedy and seeded sampled texts", async () => {
      mkdirSync(join(root, "specs"));
      writeFileSync(
        join(root, "trustspec.config.yaml"),
        `version: 1
models:
  local: { path: "${modelDir}" }
  served: { kind: openai-completions, base_url: "http://127.0.0.1:${server.port}/v1", model: stories260k }
allow_paths: ["${modelDir}"]
defaults: { models: [local, served], seed: 11, bootstrap_samples: 200 }
`,
      );
      writeFileSync(join(root, "specs", "mc.trust.yaml"), MC);
      writeFileSync(join(root, "specs", "greedy.trust.yaml"), GREEDY);
      writeFileSync(join(root, "specs", "sampled.trust.yaml"), SAMPLED);

      const result = await spawnTrustspec(root);
      expect(result.output).not.toMatch(/\n\s+at /);
      expect(result.code).toBe(0);

      const items = itemsByCase(root);
      const local = [...items.values()].filter((i) => i.model === "local");
      expect(local.map((i) => i.spec).sort()).toEqual([
        "rt/greedy",
        "rt/greedy",
        "rt/greedy",
        "rt/mc",
        "rt/mc",
        "rt/mc",
        "rt/sampled",
        "rt/sampled",
      ]);
      let scored = 0;
      let texts = 0;
      for (const mine of local) {
        const theirs = items.get(`${mine.spec} ${mine.case} served`);
        if (theirs === undefined) throw new Error(`the served model has no item ${mine.spec} ${mine.case}`);
        if (mine.choices) {
          expect(theirs.choices?.map((c) => c.text)).toEqual(mine.choices.map((c) => c.text));
          mine.choices.forEach((c, i) => {
            const other = theirs.choices?.[i];
            expect(Math.abs((other?.logprob ?? Number.NaN) - c.logprob)).toBeLessThanOrEqual(1e-5);
            expect(other?.picked).toBe(c.picked);
            scored++;
          });
        }
        if (mine.outputs) {
          expect(theirs.outputs?.map((o) => o.text)).toEqual(mine.outputs.map((o) => o.text));
          texts += mine.outputs.length;
        }
      }
      expect({ scored, texts }).toEqual({ scored: 9, texts: 3 + 2 * 3 });
      // The texts are not empty, so "identical" says something.
      expect(local.flatMap((i) => i.outputs ?? []).every((o) => o.text.trim().length > 0)).toBe(true);
    });
  },
);
