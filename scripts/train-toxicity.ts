/**
 * `npm run train:toxicity [-- DATA_DIR]`: trains the `toxicity-learned` judge from the public data in
 * ../shared/data (or DATA_DIR) and writes weights/toxicity-learned.json: the model and its provenance
 * (each data file's SHA-256, this script's version, the hyperparameters, every validation figure the
 * choices were made by, and the test figures beside the lexicon's). Byte for byte the same file from the
 * same data on any machine: run it twice and `cmp` the outputs.
 *
 * Splits are cut by a hash of each text (scripts/toxicity/data.ts): 70% train, 10% validation, 20% test.
 * Every choice — how Davidson's classes become targets, how much RealToxicityPrompts weighs, the L2
 * strength, the threshold — is made on the validation split; the test split is scored once, at the end,
 * for the record.
 *
 * Exit codes: 0 written, 2 the data is absent.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DENSE_NAMES } from "../src/judges/toxicity-features";
import { learnedScorer, WEIGHTS_FILE } from "../src/judges/toxicity-learned";
import { decodeModel, encodeModel, WEIGHTS_FORMAT } from "../src/judges/toxicity-learned-model";
import { toxicityScore } from "../src/judges/toxicity-lexical";
import { auroc } from "../src/metrics/auroc";
import {
  type DavidsonText,
  type LabelledText,
  MissingDataError,
  type RtpText,
  readTrainingData,
} from "./toxicity/data";
import { davidsonFigures, rtpFigures } from "./toxicity/measure";
import { featureMatrix, type Matrix, rowLogit, type SgdOptions, sigmoid, trainLogistic } from "./toxicity/sgd";

/** Bump when a change here (not in the data) changes the weights. */
export const TRAIN_VERSION = 1;

const SEED = 21;
const EPOCHS = 10;
const LEARNING_RATE = 0.2;
const LAMBDAS = [1e-6, 1e-5, 1e-4];
/** Weight of a RealToxicityPrompts text relative to a tweet. */
const RTP_WEIGHTS = [1, 4];
/** Weight of one of our neutral sentences about a group (scripts/toxicity/neutral-groups.ts). */
const NEUTRAL_WEIGHT = 1;

/** How Davidson's majority classes (0 hate, 1 offensive, 2 neither) become targets; null leaves the text out. */
const DAVIDSON_LABELS: Readonly<Record<string, (t: DavidsonText) => number | null>> = {
  "hate and offensive 1": (t) => (t.label === 2 ? 0 : 1),
  "offensive 0.5": (t) => (t.label === 0 ? 1 : t.label === 1 ? 0.5 : 0),
  "share of toxic votes": (t) => t.toxicVotes,
  "offensive left out": (t) => (t.label === 0 ? 1 : t.label === 1 ? null : 0),
};
const LABEL_SCHEMES = Object.keys(DAVIDSON_LABELS).sort();

/** The threshold is the one (of 0.01 … 0.99) with the best Youden J on the validation texts whose recall of Perspective ≥ 0.8 stays at or above this. */
const MIN_VALIDATION_RECALL = 0.98;

export interface Trained {
  /** The weights file's text. */
  readonly text: string;
  readonly log: readonly string[];
}

export function trainToxicity(dataDir: string): Trained {
  const log: string[] = [];
  const data = readTrainingData(dataDir);
  const texts = data.texts;
  const m = featureMatrix(texts.map((t) => t.text));
  const rowsOf = (split: string, source: string) =>
    texts.flatMap((t, i) => (t.split === split && t.source === source ? [i] : []));
  const train = [...rowsOf("train", "davidson"), ...rowsOf("train", "rtp"), ...rowsOf("train", "neutral")];
  const valRtp = rowsOf("validation", "rtp");
  const valDavidson = rowsOf("validation", "davidson");
  const valNeutral = rowsOf("validation", "neutral");

  const selection: Record<string, unknown>[] = [];
  let best: { key: Record<string, unknown>; score: number; weights: ReturnType<typeof trainLogistic> } | undefined;
  for (const scheme of LABEL_SCHEMES) {
    for (const rtpWeight of RTP_WEIGHTS) {
      const { target, weight } = targets(texts, scheme, rtpWeight, NEUTRAL_WEIGHT);
      for (const lambda of LAMBDAS) {
        const options: SgdOptions = { lambda, epochs: EPOCHS, learningRate: LEARNING_RATE, seed: SEED };
        const weights = trainLogistic(m, train, target, weight, options);
        const rtp = rtpAuroc(m, weights, texts, valRtp);
        const hate = hateAuroc(m, weights, texts, valDavidson);
        const score = (rtp + hate) / 2;
        const key = { davidson_labels: scheme, rtp_weight: rtpWeight, lambda };
        selection.push({ ...key, rtp_auroc: round(rtp), davidson_hate_auroc: round(hate) });
        log.push(`${scheme} / rtp×${rtpWeight} / λ ${lambda}: RTP AUROC ${rtp.toFixed(4)}, hate ${hate.toFixed(4)}`);
        if (best === undefined || score > best.score) best = { key, score, weights };
      }
    }
  }
  if (best === undefined) throw new Error("no hyperparameters to try");

  // The threshold is chosen on the quantised model: the one the judge runs.
  const record0 = encodeModel({ ...best.weights, threshold: 0.5, denseNames: DENSE_NAMES });
  const quantised = decodeModel(record0, "(trained)");
  const threshold = chooseThreshold(m, quantised, texts, valRtp);
  const record = { ...record0, threshold: threshold.threshold };
  const model = decodeModel(record, "(trained)");

  // For the record: the same fit without our neutral sentences, on the validation split.
  const calledToxic = (w: Logits, rows: readonly number[]) =>
    round(rows.filter((r) => sigmoid(rowLogit(m, w, r)) >= threshold.threshold).length / rows.length);
  const key = best.key as { davidson_labels: string; rtp_weight: number; lambda: number };
  const plain = targets(texts, key.davidson_labels, key.rtp_weight, 0);
  const withoutNeutral = trainLogistic(m, train, plain.target, plain.weight, {
    lambda: key.lambda,
    epochs: EPOCHS,
    learningRate: LEARNING_RATE,
    seed: SEED,
  });
  const neutralEffect = {
    about: `validation figures of the chosen settings with and without our neutral sentences about groups (weight ${NEUTRAL_WEIGHT}); neutral_called_toxic is the share of the validation neutral sentences at or above the threshold`,
    with: {
      rtp_auroc: round(rtpAuroc(m, best.weights, texts, valRtp)),
      davidson_hate_auroc: round(hateAuroc(m, best.weights, texts, valDavidson)),
      neutral_called_toxic: calledToxic(best.weights, valNeutral),
    },
    without: {
      rtp_auroc: round(rtpAuroc(m, withoutNeutral, texts, valRtp)),
      davidson_hate_auroc: round(hateAuroc(m, withoutNeutral, texts, valDavidson)),
      neutral_called_toxic: calledToxic(withoutNeutral, valNeutral),
    },
  };
  log.push(
    `neutral sentences: ${JSON.stringify(neutralEffect.with)} with, ${JSON.stringify(neutralEffect.without)} without`,
  );

  const learned = learnedScorer(model);
  const test = texts.filter((t) => t.split === "test");
  const testRtp = test.filter((t): t is RtpText => t.source === "rtp");
  const testDavidson = test.filter((t): t is DavidsonText => t.source === "davidson");
  const testNeutral = test.filter((t) => t.source === "neutral");
  const figures = (score: (text: string) => number) => ({
    rtp: rtpFigures(
      testRtp.map((t) => score(t.text)),
      testRtp.map((t) => t.perspective),
    ),
    davidson: davidsonFigures(
      testDavidson.map((t) => score(t.text)),
      testDavidson.map((t) => t.label),
    ),
    neutral_groups: {
      sentences: testNeutral.length,
      called_toxic: testNeutral.filter((t) => score(t.text) >= 0.5).length,
    },
  });

  const file = {
    format: WEIGHTS_FORMAT,
    judge: "toxicity-learned",
    about:
      "Logistic regression over hashed word and character n-grams and the lexicon's findings (src/judges/toxicity-features.ts). Trained on our own neutral sentences about groups (scripts/toxicity/neutral-groups.ts) and derived from Davidson et al. (2017), github.com/t-davidson/hate-speech-and-offensive-language, MIT; and RealToxicityPrompts (Gehman et al., 2020, Apache-2.0) texts with Perspective scores as shipped by DecodingTrust (CC BY-SA 4.0). Holds numbers only, no text.",
    provenance: {
      script: "scripts/train-toxicity.ts",
      script_version: TRAIN_VERSION,
      data: data.files,
      splits:
        "first 4 bytes of sha256(text, UTF-8) as a big-endian uint32, mod 10: 0-6 train, 7 validation, 8-9 test (Davidson: the raw tweet)",
      split_sizes: splitSizes(texts),
      hyperparameters: {
        ...best.key,
        epochs: EPOCHS,
        learning_rate: `${LEARNING_RATE}, falling linearly to 0`,
        seed: SEED,
        selected_by: "mean of the validation AUROCs (RTP: Perspective >= 0.5; Davidson: hate vs neither)",
      },
      validation: selection,
      neutral_sentences: neutralEffect,
      threshold: threshold.figures,
      test: { learned: figures(learned), lexicon: figures(toxicityScore) },
    },
    model: record,
  };
  log.push(`chose ${JSON.stringify(best.key)}, threshold ${threshold.threshold}`);
  return { text: `${JSON.stringify(file, null, 1)}\n`, log };
}

function targets(texts: readonly LabelledText[], scheme: string, rtpWeight: number, neutralWeight: number) {
  const label = DAVIDSON_LABELS[scheme] as (t: DavidsonText) => number | null;
  const target = new Float64Array(texts.length);
  const weight = new Float64Array(texts.length);
  texts.forEach((t, i) => {
    if (t.source === "rtp") {
      target[i] = t.perspective;
      weight[i] = rtpWeight;
    } else if (t.source === "neutral") {
      target[i] = 0;
      weight[i] = neutralWeight;
    } else {
      const y = label(t);
      target[i] = y ?? 0;
      weight[i] = y === null ? 0 : 1;
    }
  });
  return { target, weight };
}

type Logits = Parameters<typeof rowLogit>[1];

function rtpAuroc(m: Matrix, w: Logits, texts: readonly LabelledText[], rows: readonly number[]): number {
  return auroc(
    rows.map((r) => rowLogit(m, w, r)),
    rows.map((r) => (texts[r] as RtpText).perspective >= 0.5),
  );
}

function hateAuroc(m: Matrix, w: Logits, texts: readonly LabelledText[], rows: readonly number[]): number {
  const kept = rows.filter((r) => (texts[r] as DavidsonText).label !== 1);
  return auroc(
    kept.map((r) => rowLogit(m, w, r)),
    kept.map((r) => (texts[r] as DavidsonText).label === 0),
  );
}

function chooseThreshold(m: Matrix, w: Logits, texts: readonly LabelledText[], rows: readonly number[]) {
  const p = rows.map((r) => sigmoid(rowLogit(m, w, r)));
  const perspective = rows.map((r) => (texts[r] as RtpText).perspective);
  let chosen: { threshold: number; j: number; recall: number } | undefined;
  for (let step = 1; step <= 99; step++) {
    const t = step / 100;
    const called = p.map((x) => x >= t);
    const rate = (want: (q: number) => boolean, callWanted: boolean) => {
      const idx = perspective.flatMap((q, i) => (want(q) ? [i] : []));
      return idx.filter((i) => called[i] === callWanted).length / idx.length;
    };
    const recall = rate((q) => q >= 0.8, true);
    const j = rate((q) => q >= 0.5, true) + rate((q) => q < 0.5, false) - 1;
    if (recall >= MIN_VALIDATION_RECALL && (chosen === undefined || j > chosen.j)) chosen = { threshold: t, j, recall };
  }
  if (chosen === undefined) throw new Error("no threshold keeps the validation recall");
  return {
    threshold: chosen.threshold,
    figures: {
      chosen: chosen.threshold,
      rule: `the best Youden J (sensitivity + specificity - 1, Perspective >= 0.5) on the RTP validation texts among thresholds 0.01-0.99 whose recall of Perspective >= 0.8 is >= ${MIN_VALIDATION_RECALL}`,
      validation_youden_j: round(chosen.j),
      validation_recall_at_0_8: round(chosen.recall),
    },
  };
}

function splitSizes(texts: readonly LabelledText[]) {
  const sizes: Record<string, Record<string, number>> = {};
  for (const source of ["davidson", "rtp", "neutral"]) {
    sizes[source] = {};
    for (const split of ["train", "validation", "test"]) {
      (sizes[source] as Record<string, number>)[split] = texts.filter(
        (t) => t.source === source && t.split === split,
      ).length;
    }
  }
  return sizes;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

if (require.main === module) {
  const dataDir = process.argv[2] ?? join(__dirname, "..", "..", "shared", "data");
  try {
    const started = process.cpuUsage();
    const trained = trainToxicity(dataDir);
    for (const line of trained.log) process.stdout.write(`${line}\n`);
    writeFileSync(WEIGHTS_FILE, trained.text);
    const cpu = process.cpuUsage(started);
    process.stdout.write(
      `wrote ${WEIGHTS_FILE} (${trained.text.length} bytes) in ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU\n`,
    );
  } catch (e) {
    if (!(e instanceof MissingDataError)) throw e;
    process.stderr.write(`train:toxicity: ${e.message}\n`);
    process.exitCode = 2;
  }
}
