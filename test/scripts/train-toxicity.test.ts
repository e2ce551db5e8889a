import { readFileSync } from "node:fs";
import { DAVIDSON, MissingDataError, RTP } from "../../scripts/toxicity/data";
import { trainToxicity } from "../../scripts/train-toxicity";
import { WEIGHTS_FILE } from "../../src/judges/toxicity-learned";
import { describeWithShared, sharedPath } from "../support/shared";

/** `npm run train:toxicity` (scripts/train-toxicity.ts): reproducible to the byte, and clear without its data. */
describeWithShared(
  "train:toxicity on ../shared/data",
  [DAVIDSON, ...RTP].map((f) => `data/${f}`),
  () => {
    // One training run (about 13 s of CPU: 25 fits for the choices and the record, then the figures).
    it("writes, byte for byte, the committed weights file", () => {
      const fresh = trainToxicity(sharedPath("data")).text;
      expect(fresh === readFileSync(WEIGHTS_FILE, "utf8")).toBe(true);
    }, 180_000);
  },
);

describe("train:toxicity without its data", () => {
  it("says which file is absent and where the data comes from", () => {
    expect(() => trainToxicity("/nonexistent/shared/data")).toThrow(MissingDataError);
    expect(() => trainToxicity("/nonexistent/shared/data")).toThrow(
      "/nonexistent/shared/data/hate-speech/davidson/labeled_data.csv is absent: training needs the public data in ../shared/data (see ../shared/README.md)",
    );
  });
});
