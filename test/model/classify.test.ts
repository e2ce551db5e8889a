import {
  activate,
  type ClassifierBatch,
  type ClassifierInput,
  type ClassifyOptions,
  classify,
  type SequenceClassifier,
} from "../../src/model/classify";
import { ModelError } from "../../src/model/model-error";

/**
 * A fake classifier whose logits are a function of each row's real tokens only (padding must not
 * matter), recording the batches it is given.
 */
function fake(takesAttentionMask = true, width = 2) {
  const batches: ClassifierBatch[] = [];
  const model: SequenceClassifier = {
    takesAttentionMask,
    forward: async (batch) => {
      batches.push(batch);
      const logits = new Float32Array(batch.inputIds.length * width);
      batch.inputIds.forEach((row, b) => {
        const real = row.filter((_, i) => batch.attentionMask[b]?.[i] === 1);
        const sum = real.reduce((a, v) => a + v, 0);
        for (let j = 0; j < width; j++) logits[b * width + j] = (sum % 7) - j * real.length * 0.1;
      });
      return { logits, width };
    },
  };
  return { model, batches };
}

const input = (length: number, truncated = false): ClassifierInput => ({
  ids: Array.from({ length }, (_, i) => i + length),
  typeIds: new Array<number>(length).fill(0),
  truncated,
});

const OPTIONS: ClassifyOptions = {
  batchSize: 2,
  labels: ["no", "yes"],
  activation: "softmax",
  padId: 0,
  labelsFile: "/m/config.json",
};

describe("activate", () => {
  it("softmax sums to 1 and survives large logits", () => {
    const scores = activate([1000, 1001, 999], "softmax");
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(scores.every(Number.isFinite)).toBe(true);
    expect(scores[1]).toBeCloseTo(Math.E / (1 + Math.E + 1 / Math.E), 12);
  });

  it("sigmoid scores each label on its own; none passes logits through", () => {
    expect(activate([0, 2, -2], "sigmoid")).toEqual([0.5, 1 / (1 + Math.exp(-2)), 1 / (1 + Math.exp(2))]);
    expect(activate([0.25, -3], "none")).toEqual([0.25, -3]);
  });
});

describe("classify batching", () => {
  const lengths = [5, 2, 9, 2, 7, 1, 5];

  it("answers in request order whatever the batch size, in batches of at most batchSize", async () => {
    const inputs = lengths.map((n) => input(n));
    const { model: one } = fake();
    const alone = await classify(one, inputs, { ...OPTIONS, batchSize: 1 });
    for (const batchSize of [2, 3, 10]) {
      const { model, batches } = fake();
      const results = await classify(model, inputs, { ...OPTIONS, batchSize });
      expect(results).toEqual(alone);
      expect(Math.max(...batches.map((b) => b.inputIds.length))).toBeLessThanOrEqual(batchSize);
      expect(batches.reduce((a, b) => a + b.inputIds.length, 0)).toBe(inputs.length);
    }
    expect(alone.map((r) => r.tokens)).toEqual(lengths);
  });

  it("pads on the right under the mask, with type id 0, to the batch's longest input", async () => {
    const { model, batches } = fake();
    await classify(model, [input(3), input(1)], { ...OPTIONS, padId: 9 });
    expect(batches).toEqual([
      {
        inputIds: [
          [1, 9, 9],
          [3, 4, 5],
        ],
        attentionMask: [
          [1, 0, 0],
          [1, 1, 1],
        ],
        tokenTypeIds: [
          [0, 0, 0],
          [0, 0, 0],
        ],
      },
    ]);
  });

  it("without an attention mask, batches only inputs of equal length", async () => {
    const { model, batches } = fake(false);
    await classify(
      model,
      lengths.map((n) => input(n)),
      { ...OPTIONS, batchSize: 4 },
    );
    for (const b of batches) expect(new Set(b.inputIds.map((r) => r.length)).size).toBe(1);
    expect(batches.map((b) => b.inputIds.length)).toEqual([1, 2, 2, 1, 1]);
  });

  it("reports labels in id order, the top label, the logits and the truncation flag", async () => {
    const { model } = fake();
    const [r] = await classify(model, [input(3, true)], OPTIONS);
    expect(r?.labels.map((l) => l.label)).toEqual(["no", "yes"]);
    expect(r?.truncated).toBe(true);
    expect(r?.logits).toHaveLength(2);
    const best = (r?.logits[0] as number) >= (r?.logits[1] as number) ? "no" : "yes";
    expect(r?.top).toBe(best);
  });

  it("logits of another width than id2label's labels are MODEL_CONFIG_INVALID naming config.json", async () => {
    const { model } = fake(true, 3);
    await expect(classify(model, [input(2)], OPTIONS)).rejects.toMatchObject({
      code: "MODEL_CONFIG_INVALID",
      file: "/m/config.json",
    });
    await expect(classify(model, [input(2)], OPTIONS)).rejects.toBeInstanceOf(ModelError);
  });
});
