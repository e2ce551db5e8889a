import { classifierToxicity } from "../../src/judges/toxicity-classifier";

/** The classifier judge's score from a classifier's answer: summed toxic probability under softmax, the largest under sigmoid. */
describe("classifierToxicity", () => {
  const labels = (scores: Record<string, number>) => Object.entries(scores).map(([label, score]) => ({ label, score }));

  it("adds up the toxic labels of a single-label (softmax) classifier, whose labels exclude each other", () => {
    const answer = { activation: "softmax" as const, labels: labels({ clean: 0.5, toxic: 0.3, severe: 0.2 }) };
    expect(classifierToxicity(answer, ["toxic", "severe"], "m")).toBeCloseTo(0.5, 12);
    expect(classifierToxicity(answer, ["toxic"], "m")).toBeCloseTo(0.3, 12);
  });

  it("takes the most probable toxic label of a multi-label (sigmoid) classifier, whose labels overlap", () => {
    const answer = { activation: "sigmoid" as const, labels: labels({ toxic: 0.7, insult: 0.6, threat: 0.1 }) };
    expect(classifierToxicity(answer, ["toxic", "insult", "threat"], "m")).toBe(0.7);
    expect(classifierToxicity(answer, ["threat"], "m")).toBe(0.1);
  });

  it("names the model's labels when a toxic label is not one of them", () => {
    const answer = { activation: "softmax" as const, labels: labels({ clean: 0.9, toxic: 0.1 }) };
    expect(() => classifierToxicity(answer, ["toxic", "obscene"], "models/tox")).toThrow(
      'toxicity-classifier judge: toxic_labels "obscene" are not labels of models/tox; its labels (config.json id2label): clean, toxic',
    );
  });

  it("refuses raw scores, which are not probabilities", () => {
    const answer = { activation: "none" as const, labels: labels({ toxicity: 2.5 }) };
    expect(() => classifierToxicity(answer, ["toxicity"], "models/reg")).toThrow(/gives raw scores/);
  });
});
