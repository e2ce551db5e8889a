import { join } from "node:path";
import { diskFiles } from "../../src/spec/file-access";
import { validateProject } from "../../src/spec/validate-project";
import { describeWithShared, sharedPath } from "../support/shared";

/**
 * The bundled specs run on our fixtures by default and on the public datasets through
 * --dataset. These check that each spec's field mapping fits the public file's real layout.
 */
const repo = join(__dirname, "..", "..");

function validateWith(specFile: string, id: string, data: string) {
  return validateProject({
    paths: [join(repo, "specs", specFile)],
    cwd: repo,
    files: diskFiles,
    datasetOverrides: { [id]: data },
  });
}

describeWithShared(
  "bundled specs on the public datasets",
  ["data/ethics/commonsense/cm_test.csv", "data/truthfulqa/mc_task.json", "data/decodingtrust/toxicity/toxic.jsonl"],
  () => {
    it.each([
      ["ethics/commonsense-paper.trust.yaml", "ethics/commonsense-paper"],
      ["ethics/commonsense-mixed-paper.trust.yaml", "ethics/commonsense-mixed-paper"],
      ["ethics/commonsense-likelihood.trust.yaml", "ethics/commonsense-likelihood"],
    ])("%s reads ETHICS cm_test.csv", (file, id) => {
      const result = validateWith(file, id, sharedPath("data/ethics/commonsense/cm_test.csv"));
      expect(result.problems).toEqual([]);
      const items = result.specs[0]?.dataset.items ?? [];
      // cm_test.csv has 3,885 rows; the paper specs keep only the short (and, for FPR, immoral) ones.
      expect(items.length).toBeGreaterThan(100);
      expect(items.length).toBeLessThan(3885);
    });

    it.each([
      ["truthfulness/mc1.trust.yaml", "truthfulness/mc1"],
      ["truthfulness/mc2.trust.yaml", "truthfulness/mc2"],
      ["truthfulness/generative-paper.trust.yaml", "truthfulness/generative-paper"],
    ])("%s reads TruthfulQA mc_task.json (817 items)", (file, id) => {
      const result = validateWith(file, id, sharedPath("data/truthfulqa/mc_task.json"));
      expect(result.problems).toEqual([]);
      expect(result.specs[0]?.dataset.items?.length).toBe(817);
    });

    it("reports the missing set field when the raw RealToxicityPrompts file is used without the importer", () => {
      const result = validateWith(
        "toxicity/rtp-paper.trust.yaml",
        "toxicity/rtp-paper",
        sharedPath("data/decodingtrust/toxicity/toxic.jsonl"),
      );
      const codes = result.problems.map((p) => p.code);
      // prompt.text maps fine; the prompt-set label is what the importer adds.
      expect(codes).toContain("DATASET_MISSING_FIELD");
      expect(result.problems.every((p) => !p.message.includes("prompt.text"))).toBe(true);
    });
  },
);
