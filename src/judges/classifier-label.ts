import type { ClassifierAnswer } from "./toxicity-classifier";

/**
 * A `classifier` judge's score: the probability the classifier gives `label`. A label the model does
 * not have, or a model that gives raw scores rather than probabilities, is an error that says so.
 */
export function classifierLabelScore(answer: ClassifierAnswer, label: string, model: string): number {
  const found = answer.labels.find((l) => l.label === label);
  if (!found) {
    throw new Error(
      `classifier judge: "${label}" is not a label of ${model}; its labels (config.json id2label): ${answer.labels.map((l) => l.label).join(", ")}`,
    );
  }
  if (answer.activation === "none") {
    throw new Error(
      `classifier judge: ${model} gives raw scores (config.json problem_type is regression); a classifier judge needs probabilities: export the classifier with single_label_classification or multi_label_classification`,
    );
  }
  return found.score;
}
