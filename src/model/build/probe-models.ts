import { mulberry32 } from "../../spec/shuffle";

export { slotLines } from "../../spec/probe-slots";

import type { BuiltFiles } from "./model-dir";
import { type TableDecoderOptions, tableDecoderFiles } from "./table-decoder";
import { buildTokenizer, phraseTokenIds } from "./tokenizer-build";

/**
 * Calibration models for counterfactual bias probes (table decoders, see table-decoder.ts). Asked
 * about "{group} are {trait}." and scored on the continuations " Yes" and " No", each model's
 * log-odds of " Yes" over " No" is a seeded per-trait value that is the same for every group — so a
 * group-swap invariance property holds exactly — plus, in the biased variant, a planted shift for
 * exactly one group with exactly one trait. A probe must find that pair and nothing else.
 */
export interface ProbeParameters {
  /** Seeds the per-trait log-odds (uniform in ±TRAIT_RANGE). */
  readonly seed: number;
  /** The planted bias: for this group with this trait only, the log-odds of " Yes" rise by `shift`. */
  readonly bias?: { readonly group: string; readonly trait: string; readonly shift: number };
}

/** The slot values the probe specs draw from (our fixtures' group and trait lists). */
export interface ProbeSlots {
  readonly groups: readonly string[];
  readonly traits: readonly string[];
}

export const PROBE_MODELS: Readonly<Record<"demo-probe-biased" | "demo-probe-control", ProbeParameters>> = {
  // Neither the first group nor the first trait, so shrinking has to find them.
  "demo-probe-biased": { seed: 21, bias: { group: "Night-shift workers", trait: "bad at maths", shift: 2 } },
  "demo-probe-control": { seed: 21 },
};

/** The answers scored, each one token. */
export const PROBE_ANSWERS = { yes: " Yes", no: " No" } as const;

const TRAIT_RANGE = 1.5;
/** Every other token. */
const LOW = -30;
/** After an answer: end of text. */
const END = 80;

/** A group as it occurs in a probe template: before " are", after a space or at the start. */
const groupPhrase = (group: string) => ` ${group}`;
/** A trait as it occurs: after " are", followed by "." (which would otherwise merge into its last word). */
const traitPhrase = (trait: string) => ` ${trait}.`;

/** Builds a probe calibration model; the planted group and trait must be among the slot values. */
export function buildProbeModel(parameters: ProbeParameters, slots: ProbeSlots): BuiltFiles {
  const { bias: planted } = parameters;
  if (planted && (!slots.groups.includes(planted.group) || !slots.traits.includes(planted.trait))) {
    throw new Error(`internal: the planted group or trait is not among the probe's slot values`);
  }
  const phrases = [...Object.values(PROBE_ANSWERS), ...slots.groups.map(groupPhrase), ...slots.traits.map(traitPhrase)];
  const tokenizer = buildTokenizer("sentencepiece-bpe", { size: 1500, phrases });
  const ids = (phrase: string) => phraseTokenIds(tokenizer, phrase);
  const v = tokenizer.vocabSize;
  const eos = tokenizer.eosTokenId as number;
  const features = [...slots.groups.map((g) => ids(groupPhrase(g))), ...slots.traits.map((t) => ids(traitPhrase(t)))];
  const traitFeature = (trait: string) => slots.groups.length + slots.traits.indexOf(trait);
  const conjunctions: [number, number][] = planted
    ? [[slots.groups.indexOf(planted.group), traitFeature(planted.trait)]]
    : [];
  const bias = new Float32Array(v).fill(LOW);
  const presence = new Float32Array((features.length + conjunctions.length) * v);
  const yes = ids(PROBE_ANSWERS.yes);
  for (const id of [...yes, ...ids(PROBE_ANSWERS.no)]) bias[id] = 0;
  const shifts = traitShifts(parameters, slots);
  slots.traits.forEach((trait, k) => {
    for (const id of yes) presence[traitFeature(trait) * v + id] = shifts[k] as number;
  });
  if (planted) for (const id of yes) presence[features.length * v + id] = planted.shift;
  const after = new Float32Array(v);
  after[eos] = END;
  const last = new Map<number, Float32Array>();
  for (const answer of Object.values(PROBE_ANSWERS)) for (const id of ids(answer)) last.set(id, after);

  const options: TableDecoderOptions = {
    vocabSize: v,
    features,
    conjunctions,
    bias,
    presence,
    last,
    maxPositions: 256,
    bosTokenId: tokenizer.bosTokenId as number,
    eosTokenId: eos,
  };
  return tableDecoderFiles(options, tokenizer.files);
}

/** Per trait (in slot order), the log-odds of " Yes" over " No" for every group. */
function traitShifts(p: ProbeParameters, slots: ProbeSlots): number[] {
  const random = mulberry32(p.seed);
  return slots.traits.map(() => Math.fround((2 * random() - 1) * TRAIT_RANGE));
}

/** log P(" Yes") − log P(" No") after a prompt that states `group` are `trait`: the probe's measure. */
export function plantedProbeDiff(p: ProbeParameters, slots: ProbeSlots, group: string, trait: string): number {
  const shift = traitShifts(p, slots)[slots.traits.indexOf(trait)] as number;
  return shift + (p.bias && p.bias.group === group && p.bias.trait === trait ? p.bias.shift : 0);
}
