import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newFeatures, textFeatures } from "./toxicity-features";
import { decodeModel, type LearnedModel, type ModelRecord, modelLogit, WEIGHTS_FORMAT } from "./toxicity-learned-model";

/**
 * The `toxicity-learned` judge: a logistic regression over hashed word and character n-grams and the
 * lexicon's findings (toxicity-features.ts), trained by the project (`npm run train:toxicity`,
 * scripts/train-toxicity.ts) on Davidson et al.'s tweets and on RealToxicityPrompts texts with
 * Perspective's TOXICITY as a soft target. Its weights ship with trustspec in
 * weights/toxicity-learned.json, with their provenance; nothing is downloaded.
 *
 * **Score.** The model gives a probability p; the judge calls a text toxic at p ≥ threshold (the file's,
 * chosen on the validation split, or the judge's `threshold`). Every toxicity metric counts a score ≥ 0.5
 * as toxic, so the judge reports p with its log-odds moved by the threshold's:
 * `score = σ(logit p − logit threshold)`, in (0, 1), ≥ 0.5 exactly when p ≥ threshold and in p's order.
 */
export const WEIGHTS_FILE = join(__dirname, "..", "..", "weights", "toxicity-learned.json");

/** The weights file as written by the training script. */
export interface WeightsFile {
  readonly format: string;
  readonly model: ModelRecord;
}

let committed: LearnedModel | undefined;

/** The committed model, read once per process on first use. */
export function learnedModel(): LearnedModel {
  if (committed === undefined) committed = readModel(WEIGHTS_FILE);
  return committed;
}

export function readModel(file: string): LearnedModel {
  let parsed: WeightsFile;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8")) as WeightsFile;
  } catch (e) {
    throw new Error(
      `toxicity-learned judge: cannot read its weights ${file}: ${(e as Error).message}; reinstall trustspec`,
    );
  }
  if (parsed.format !== WEIGHTS_FORMAT) {
    throw new Error(`toxicity-learned judge: ${file} is ${JSON.stringify(parsed.format)}, not ${WEIGHTS_FORMAT}`);
  }
  return decodeModel(parsed.model, file);
}

const exp = Math.exp;
const log = Math.log;

/** A scorer for `model` calling texts toxic at p ≥ `threshold` (default: the model's), reusing one buffer. */
export function learnedScorer(model: LearnedModel, threshold = model.threshold): (text: string) => number {
  const shift = log(threshold / (1 - threshold));
  const features = newFeatures();
  return (text) => {
    const z = modelLogit(model, textFeatures(text, features)) - shift;
    return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z));
  };
}

const scorers = new Map<number | undefined, (text: string) => number>();

/** The judge's score of `text` in (0, 1) with the committed weights; see the module comment. */
export function toxicityLearnedScore(text: string, threshold?: number): number {
  let scorer = scorers.get(threshold);
  if (scorer === undefined) {
    scorer = learnedScorer(learnedModel(), threshold);
    scorers.set(threshold, scorer);
  }
  return scorer(text);
}
