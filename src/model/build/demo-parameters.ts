import { PII_KINDS } from "../../spec/dataset/synthetic-pii";
import { mulberry32, seededShuffle } from "../../spec/shuffle";
import type {
  EthicsItem,
  JsonReviewItem,
  PairItem,
  RefusalPair,
  StatementItem,
  TruthfulnessItem,
} from "./demo-fixtures";

/**
 * What the demo models plant, in metric units: each model's parameters, the seeded choices they make
 * on our fixtures, and the analytic value of every metric they are measured on (`planted*`). The
 * builder (demo-models.ts) turns the same parameters and choices into logits.
 */
/**
 * Words that make a prompt to continue insulting: the model continues more toxically after them (as
 * real models do after toxic prompts). Each is one token where a space or the end of the text follows
 * it; none occurs in the system prompts.
 */
export const INSULTS = ["useless", "idiot", "stupid", "moron", "annoying", "clueless", "lazy"] as const;

/** Whether a text holds one of the {@link INSULTS} as a whole word followed by a space or its end. */
export function insulting(text: string): boolean {
  return INSULTS.some((w) => new RegExp(`(^|\\s)${w}(\\s|$)`, "u").test(text));
}

/** The planted parameters of one demo model, as log-odds (natural log) before temperature. */
export interface DemoParameters {
  readonly seed: number;
  /**
   * log-odds of the toxic answer over the clean one: benign system prompt, the adversarial increment,
   * and the increment when the prompt to continue holds one of the {@link INSULTS}.
   */
  readonly toxicity: { readonly base: number; readonly adversarial: number; readonly insult: number };
  /**
   * log-odds of " I agree." over " I disagree.": respectful style, the rude-style increment, and the
   * spread of a per-group shift (each group of the statements gets a seeded shift, uniform in ±spread).
   */
  readonly agreement: { readonly base: number; readonly adversarial: number; readonly spread: number };
  /** log-odds of "Yes" over "No" when asked to answer Yes or No about a statement. */
  readonly yesNo: number;
  /**
   * Share of the truthfulness items the model "knows": for those, every true option gets +`margin`;
   * for the others, the first false option of mc1_targets does. Which items are known is a seeded
   * choice of exactly round(share × items) of them.
   */
  readonly truthfulness: { readonly share: number; readonly margin: number };
  /**
   * Ethics: the share of immoral scenarios the model recognises as wrong (a seeded choice of exactly
   * round(share × immoral)), and how much a jailbreak prefix lowers the log-odds of calling anything
   * wrong (recognised scenarios start at +2, all others at −2, against "not wrong").
   */
  readonly ethics: { readonly recognised: number; readonly jailbreak: number };
  /**
   * Privacy: the share of the paper's PII kinds for which the model answers the question with the
   * asked value, copied from the prompt (a seeded choice of exactly round(share × kinds) kinds); for
   * the others it gives the neutral answer. Greedy, so per kind the leakage rate is 1 or 0. The same
   * in the chat format: an increment there would flip whole kinds at once, which no finding asks for.
   */
  readonly privacy: { readonly share: number };
  /**
   * Minimal pairs: the words in which a pair's sentences differ each get a log-likelihood offset of
   * lean × role + noise × u, where role is +1 for words only ever in the more stereotyping sentence,
   * −1 for words only in the less stereotyping one, 0 for both, and u is seeded uniform in ±1. The
   * model prefers the sentence whose word has the larger offset.
   */
  readonly pairs: { readonly lean: number; readonly noise: number };
  /**
   * The chat format: log-odds increments that apply only once the assistant turn marker
   * (`<|assistant|>`, which the chat template writes as its generation prompt) is in the input —
   * to the toxic answer (toxicity), to " I agree." (agreement), and to calling an action wrong
   * (ethics: " Yes, it is wrong." and " yes"). A prompt given as plain text never holds the marker,
   * so these show whether a conversation reached the model through its template.
   */
  readonly chat: { readonly toxicity: number; readonly agreement: number; readonly ethics: number };
  /**
   * Refusal (custom/refusal): the share of the pairs' harmful requests the model refuses, and the
   * share of their safe look-alikes it refuses too (over-refusal). Both are seeded choices from one
   * order of the pairs — exactly round(share × pairs) of its first pairs — so a model over-refuses
   * only look-alikes of harmful requests it refuses while `safe` ≤ `harmful`. Greedy: it refuses or
   * answers each request outright. The same in the chat format.
   */
  readonly refusal: { readonly harmful: number; readonly safe: number };
  /**
   * JSON format (custom/json-format): the share of the reviews the model answers with prose before
   * its JSON object (which then no longer parses), and the share it answers with a value the schema does
   * not allow; the rest get a valid object. Seeded choices from one order of the items, the prose ones
   * first. Greedy, and the same in the chat format.
   */
  readonly json: { readonly prose: number; readonly offSchema: number };
}

/**
 * The paper's findings in miniature: the aligned model is less toxic, but agrees with stereotypes
 * more (generatively and by likelihood), is less truthful and leaks more PII kinds — yet better on
 * ethics: it recognises more immoral actions and resists the jailbreak prefixes. Spoken to in its chat
 * format (the assistant turn marker present), the aligned model is clearly less toxic and calls actions
 * wrong more readily than when prompted as plain text — enough that greedy decoding flags every immoral
 * action without a prefix (and every moral one too: +2.5 lifts the −2 of an unrecognised scenario to
 * +0.5; +2 would tie it with "not wrong"); the base model reacts little (no greedy answer changes).
 * Beyond the paper, on the bundled custom specs: the aligned model refuses more harmful requests but
 * also more of their safe look-alikes, and breaks the JSON format more often (prose before the object).
 */
export const DEMO_MODELS: Readonly<Record<"demo-base" | "demo-aligned", DemoParameters>> = {
  "demo-base": {
    seed: 11,
    toxicity: { base: -2.0, adversarial: 1.5, insult: 1.5 },
    agreement: { base: -1.0, adversarial: 0.5, spread: 0.8 },
    yesNo: -1.0,
    truthfulness: { share: 0.6, margin: 3 },
    ethics: { recognised: 0.5, jailbreak: -3 },
    privacy: { share: 0.25 },
    pairs: { lean: 0.2, noise: 1 },
    chat: { toxicity: -0.5, agreement: 0, ethics: 0.5 },
    refusal: { harmful: 0.5, safe: 0.1 },
    json: { prose: 0, offSchema: 0.15 },
  },
  "demo-aligned": {
    seed: 12,
    toxicity: { base: -2.5, adversarial: 1.0, insult: 1.0 },
    agreement: { base: -0.2, adversarial: 0.6, spread: 0.8 },
    yesNo: 0.3,
    truthfulness: { share: 0.35, margin: 3 },
    ethics: { recognised: 0.75, jailbreak: -1 },
    privacy: { share: 0.5 },
    pairs: { lean: 1.5, noise: 1 },
    chat: { toxicity: -2.5, agreement: -0.5, ethics: 2.5 },
    refusal: { harmful: 0.9, safe: 0.4 },
    json: { prose: 0.3, offSchema: 0.1 },
  },
};

/** Each group's shift of the agreement log-odds: uniform in ±spread, seeded, in order of first appearance. */
export function groupShifts(p: DemoParameters, statements: readonly StatementItem[]): Map<string, number> {
  const random = mulberry32(p.seed + 3);
  return new Map(
    [...new Set(statements.map((s) => s.group))].map((g) => [g, Math.fround((2 * random() - 1) * p.agreement.spread)]),
  );
}

/**
 * The words in which a pair's sentences differ, each with a leading space: what is left after
 * removing the words both start and end with. Both must be inside the sentence (a space before and
 * after), so each is one token whatever surrounds it.
 */
export function differingWords(pair: PairItem): [string, string] {
  const [a, b] = [pair.sent_more.split(" "), pair.sent_less.split(" ")];
  let start = 0;
  while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
  let end = 0;
  while (end < Math.min(a.length, b.length) - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const [x, y] = [a.slice(start, a.length - end).join(" "), b.slice(start, b.length - end).join(" ")];
  if (start === 0 || end === 0 || x === "" || y === "") {
    throw new Error(`internal: the pair ${JSON.stringify(pair.sent_more)} must differ inside the sentence`);
  }
  return [` ${x}`, ` ${y}`];
}

/** Each differing word of the pairs (in order of first appearance) → its planted log-likelihood offset. */
export function pairWordOffsets(p: DemoParameters, pairs: readonly PairItem[]): Map<string, number> {
  const roles = new Map<string, Set<number>>();
  for (const pair of pairs) {
    const [more, less] = differingWords(pair);
    roles.set(more, (roles.get(more) ?? new Set()).add(1));
    roles.set(less, (roles.get(less) ?? new Set()).add(-1));
  }
  const random = mulberry32(p.seed + 4);
  return new Map(
    [...roles].map(([word, r]) => {
      const role = r.size === 2 ? 0 : ([...r][0] as number);
      return [word, Math.fround(p.pairs.lean * role + p.pairs.noise * (2 * random() - 1))];
    }),
  );
}

/** Whether the model finds a pair's more stereotyping sentence more likely. */
export function plantedPrefersStereotype(p: DemoParameters, pairs: readonly PairItem[], pair: PairItem): boolean {
  const offsets = pairWordOffsets(p, pairs);
  const [more, less] = differingWords(pair);
  return (offsets.get(more) as number) > (offsets.get(less) as number);
}

/** Which items the model knows: exactly round(share × n) of them, in a seeded order. */
export function knownItems(p: DemoParameters, count: number): Set<number> {
  const order = seededShuffle(
    Array.from({ length: count }, (_, i) => i),
    p.seed,
  );
  return new Set(order.slice(0, Math.round(p.truthfulness.share * count)));
}

/** The options that get the planted margin: all true ones of known items, the first false one of the others. */
export function preferredOptions(p: DemoParameters, items: readonly TruthfulnessItem[]): Set<string> {
  const known = knownItems(p, items.length);
  return new Set(
    items.flatMap((item, i) => {
      const mc1 = Object.entries(item.mc1_targets);
      if (!known.has(i))
        return mc1
          .filter(([, v]) => v !== 1)
          .slice(0, 1)
          .map(([t]) => t);
      return [...mc1, ...Object.entries(item.mc2_targets ?? {})].filter(([, v]) => v === 1).map(([t]) => t);
    }),
  );
}

/**
 * The planted truthfulness of an item's choices: per option, its logit relative to the others (the
 * margin or 0). MC1 picks the highest; MC2 is the softmax mass on the true ones.
 */
export function plantedOptionLogits(
  p: DemoParameters,
  items: readonly TruthfulnessItem[],
  choices: readonly string[],
): number[] {
  const preferred = preferredOptions(p, items);
  return choices.map((c) => (preferred.has(c) ? p.truthfulness.margin : 0));
}

/** The immoral scenarios the model calls wrong: exactly round(recognised × immoral) of them, seeded. */
export function recognisedScenarios(p: DemoParameters, items: readonly EthicsItem[]): Set<string> {
  const immoral = [...new Set(items.filter((i) => i.wrong).map((i) => i.input))];
  const order = seededShuffle(immoral, p.seed + 1);
  return new Set(order.slice(0, Math.round(p.ethics.recognised * immoral.length)));
}

/**
 * The log-odds of calling a scenario wrong against "not wrong" (in every ethics prompt form), with or
 * without a jailbreak prefix, as plain text or in the chat format.
 */
export function plantedWrongLogOdds(
  p: DemoParameters,
  items: readonly EthicsItem[],
  input: string,
  prefixed: boolean,
  chat = false,
): number {
  return (
    -2 +
    (recognisedScenarios(p, items).has(input) ? 4 : 0) +
    (prefixed ? p.ethics.jailbreak : 0) +
    (chat ? p.chat.ethics : 0)
  );
}

/**
 * Whether the model calls a scenario wrong, with or without a jailbreak prefix, as plain text or in
 * the chat format (greedy: the sign of the log-odds).
 */
export function plantedCallsWrong(
  p: DemoParameters,
  items: readonly EthicsItem[],
  input: string,
  prefixed: boolean,
  chat = false,
): boolean {
  return plantedWrongLogOdds(p, items, input, prefixed, chat) > 0;
}

/** The PII kinds whose asked value the model repeats: exactly round(share × 18) of them, seeded. */
export function leakyKinds(p: DemoParameters): Set<string> {
  const order = seededShuffle([...PII_KINDS], p.seed + 2);
  return new Set(order.slice(0, Math.round(p.privacy.share * PII_KINDS.length)));
}

/**
 * The requests the model refuses (custom/refusal): the harmful request of the first
 * round(harmful × pairs) pairs and the safe one of the first round(safe × pairs), in a seeded order.
 */
export function refusedRequests(p: DemoParameters, pairs: readonly RefusalPair[]): Set<string> {
  const order = seededShuffle([...pairs], p.seed + 5);
  const first = (share: number) => order.slice(0, Math.round(share * pairs.length));
  return new Set([...first(p.refusal.harmful).map((x) => x.harmful), ...first(p.refusal.safe).map((x) => x.safe)]);
}

/** How the model answers a JSON-format request: a valid object, prose before one, or an off-schema value. */
export type JsonAnswerKind = "valid" | "prose" | "offSchema";

/**
 * Each review (custom/json-format) → how the model answers it: in a seeded order, the first
 * round(prose × items) with prose before the object, the next round(offSchema × items) off the schema.
 */
export function jsonAnswerKinds(p: DemoParameters, items: readonly JsonReviewItem[]): Map<string, JsonAnswerKind> {
  const order = seededShuffle(
    items.map((i) => i.review),
    p.seed + 6,
  );
  const prose = Math.round(p.json.prose * items.length);
  const offSchema = prose + Math.round(p.json.offSchema * items.length);
  return new Map(order.map((review, k) => [review, k < prose ? "prose" : k < offSchema ? "offSchema" : "valid"]));
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * P(toxic answer) per sample at a temperature: with or without the adversarial system prompt, after an
 * insult or not, as plain text or in the chat format.
 */
export function plantedToxicRate(
  p: DemoParameters,
  adversarial: boolean,
  temperature: number,
  insult = false,
  chat = false,
): number {
  const t = p.toxicity;
  const logOdds = t.base + (adversarial ? t.adversarial : 0) + (insult ? t.insult : 0) + (chat ? p.chat.toxicity : 0);
  return sigmoid(logOdds / temperature);
}

/**
 * P(" I agree.") per sample at a temperature, in the respectful or the rude style, with a group's
 * shift, as plain text or in the chat format.
 */
export function plantedAgreeRate(
  p: DemoParameters,
  rude: boolean,
  temperature: number,
  groupShift = 0,
  chat = false,
): number {
  const logOdds = p.agreement.base + (rude ? p.agreement.adversarial : 0) + groupShift + (chat ? p.chat.agreement : 0);
  return sigmoid(logOdds / temperature);
}

/** P("Yes") / (P("Yes") + P("No")): the likelihood variant's p_agree for every statement. */
export function plantedPAgree(p: DemoParameters): number {
  return sigmoid(p.yesNo);
}
