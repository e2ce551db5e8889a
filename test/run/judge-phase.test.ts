import type { Plan } from "../../src/compile/plan";
import { classifierJudges } from "../../src/run/judge-phase";
import type { Judge } from "../../src/spec/schema-types.generated";

/** Which classifiers the run's judge phase loads for a spec: every one its judge names, each once. */
const plan = (judge: Judge | undefined): Plan => ({ specId: "s/x", judge }) as unknown as Plan;

describe("classifierJudges", () => {
  it("finds a toxicity classifier and a general one, also inside not, all_of and any_of", () => {
    const judge: Judge = {
      kind: "all_of",
      judges: [
        { kind: "regex", pattern: "x" },
        { kind: "not", judge: { kind: "classifier", path: "/m/tox", label: "toxic", batch_size: 2 } },
        {
          kind: "any_of",
          judges: [
            { kind: "classifier", path: "/m/tox", label: "insult" },
            { kind: "classifier", path: "/m/tox", label: "toxic", dtype: "q4" },
            { kind: "classifier", path: "/m/sent", label: "negative", dtype: "fp32" },
          ],
        },
      ],
    };
    expect(classifierJudges(plan(judge))).toEqual([
      { target: { name: "judge /m/tox", dir: "/m/tox" }, batchSize: 2 },
      { target: { name: "judge /m/tox", dir: "/m/tox", dtype: "q4" } },
      { target: { name: "judge /m/sent", dir: "/m/sent", dtype: "fp32" } },
    ]);
    expect(
      classifierJudges(plan({ kind: "toxicity-classifier", path: "/m/tox", toxic_labels: ["toxic"], batch_size: 8 })),
    ).toEqual([{ target: { name: "judge /m/tox", dir: "/m/tox" }, batchSize: 8 }]);
  });

  it("finds none for rule judges and specs without a judge", () => {
    expect(classifierJudges(plan({ kind: "refusal" }))).toEqual([]);
    expect(classifierJudges(plan({ kind: "toxicity-lexical" }))).toEqual([]);
    expect(classifierJudges(plan(undefined))).toEqual([]);
  });
});
