/** @jest-environment ./test/support/onnx-environment.js */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FloorModel, generateFloor, loadFloorModel, scoreMc, tokenizeMc } from "../../scripts/bench-e2e/floor";
import { mcItems } from "../../scripts/bench-e2e/items";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";
import type { ModelDriver } from "../../src/model/driver";
import { loadModel } from "../../src/model/load-model";
import { diskFiles } from "../../src/spec/file-access";

/**
 * The end-to-end bench's floor (scripts/bench-e2e/floor.ts) is only a floor if it does the same
 * work right: its multiple-choice log-likelihoods must be trustspec's own, and its padded batch
 * must not change what a prompt generates.
 */
const root = mkdtempSync(join(tmpdir(), "trustspec-floor-"));
const dir = join(root, "llama");
let floor: FloorModel;
let driver: ModelDriver;

beforeAll(async () => {
  writeModelDir(dir, buildTestDecoder("llama"));
  floor = await loadFloorModel(dir);
  driver = await loadModel(dir, { files: diskFiles });
});

afterAll(async () => {
  await floor?.session.release();
  await driver?.close();
  rmSync(root, { recursive: true, force: true });
});

it("gives every choice of an item the log-likelihood trustspec's score() gives it (within 1e-5)", async () => {
  // Three of the bench's own items: five, four and five options of different lengths.
  const items = mcItems(3).map((item) => ({
    context: `Q: ${item.question}\nA:`,
    choices: Object.keys(item.mc1_targets).map((c) => ` ${c}`),
  }));
  const ours = await scoreMc(
    floor,
    items.map((item) => tokenizeMc(floor.tokenizer, item.context, item.choices)),
  );
  const theirs = await driver.score(items);
  items.forEach((item, i) => {
    const result = theirs[i];
    if (!result?.ok) throw new Error(`trustspec refused item ${i}`);
    expect(ours[i]).toHaveLength(item.choices.length);
    result.scores.forEach((s, k) => {
      expect(Math.abs((ours[i]?.[k] as number) - s.sum)).toBeLessThan(1e-5);
    });
  });
});

it("continues each prompt the same in one left-padded batch as alone", async () => {
  // Prompts of different lengths, so the batch pads; at T 0.01 sampling is the argmax in practice,
  // so the draw order (which differs between the two runs) does not matter.
  const prompts = ["The cat", "Once upon a time there was a very small dog that", "A bird went to the park and"];
  const options = { samples: 1, maxTokens: 8, temperature: 0.01, seed: 1 };
  const together = await generateFloor(floor, prompts, options);
  const alone = await generateFloor(floor, prompts, { ...options, batch: 1 });
  expect(together.texts).toEqual(alone.texts);
  expect(together.tokens).toBeGreaterThan(0);
});
