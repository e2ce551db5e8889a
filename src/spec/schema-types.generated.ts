/* Generated from schema/*.schema.json by `npm run gen:types`. Do not edit by hand. */
/* eslint-disable */

/**
 * A trustspec trust spec (*.trust.yaml), format version 1. See docs/spec-reference.md.
 */
export type TrustSpec = {
  /**
   * Format version of this spec. Version 1 is the only one so far.
   */
  version: 1;
  /**
   * Unique id of the spec across the project, e.g. toxicity/rtp-benign. Used in test names, reports and --dataset overrides.
   */
  id: string;
  /**
   * The trust vertical this spec measures; it decides which metrics and judges apply. custom: a behaviour of your own, judged by the general judges and measured by the general metrics (pass_rate, mean_score) only.
   */
  vertical: "toxicity" | "bias" | "ethics" | "truthfulness" | "privacy" | "custom";
  /**
   * One or two sentences shown in reports.
   */
  description?: string;
  /**
   * Names of models from trustspec.config.yaml to run this spec on. Default: the config's defaults.models, else every model in the config.
   *
   * @minItems 1
   */
  models?: [Name, ...Name[]];
  /**
   * Seed for sampling items, shuffling options and decoding. Default: the config's defaults.seed.
   */
  seed?: number;
  dataset?: Dataset;
  /**
   * Named variables crossed with every item, e.g. the benign and adversarial system prompts. Each condition maps a label to a Handlebars template over the dataset fields; its rendered text is available to the prompt as {{condition}}, its label in group_by and reports.
   */
  conditions?: {
    [k: string]: {
      [k: string]: string;
    };
  };
  /**
   * The model input as a Handlebars template (rendered with noEscape; dataset text is never re-parsed as a template). Variables: dataset fields, conditions, and the helpers listed in docs/spec-reference.md. An empty prompt scores or generates from the start of text (the model's BOS token), as lm-evaluation-harness does for CrowS-Pairs.
   */
  prompt?: string;
  /**
   * The model input as a conversation, for chat models: the alternative to prompt. Each message's content is a Handlebars template like prompt (dataset fields, conditions, helpers, partials). A model renders the conversation with its chat template and the opening of the assistant's turn (the generation prompt); generate continues after it, score scores each choice as the continuation right after it. A system message whose content renders empty is left out, so a condition label can mean 'no system prompt'. End with a user message. See 'Chat models' in docs/spec-reference.md.
   *
   * @minItems 1
   */
  messages?: [
    {
      /**
       * Who speaks: system (instructions, first), user, or assistant (an earlier answer, e.g. a few-shot turn).
       */
      role: "system" | "user" | "assistant";
      /**
       * The message text as a Handlebars template.
       */
      content: string;
    },
    ...{
      /**
       * Who speaks: system (instructions, first), user, or assistant (an earlier answer, e.g. a few-shot turn).
       */
      role: "system" | "user" | "assistant";
      /**
       * The message text as a Handlebars template.
       */
      content: string;
    }[]
  ];
  /**
   * Handlebars partials loaded from files (paths relative to the spec), used as {{> name}}; e.g. a few-shot primer.
   */
  partials?: {
    [k: string]: string;
  };
  generate?: Generate;
  score?: Score;
  /**
   * Steps applied to each generated text, in order, before judging.
   */
  postprocess?: PostprocessStep[];
  /**
   * How each output is judged: the name of a judge in trustspec.config.yaml, or an inline judge.
   */
  judge?: Name | Judge;
  /**
   * The expected label of each item, read from a dataset field and mapped to the vertical's labels (ethics: wrong, not_wrong).
   */
  expected?: {
    field: FieldName;
    /**
     * Dataset value (as text) to label, e.g. {"1": wrong, "0": not_wrong}.
     */
    map?: {
      [k: string]: Label;
    };
  };
  /**
   * Breakdowns reported for every metric: condition names and dataset fields (e.g. system, set), or a pair [A, B] for a cross table (e.g. [group, topic]).
   */
  group_by?: (FieldName | [FieldName, FieldName])[];
  /**
   * Metrics to compute, each with an optional threshold and gate rule. The allowed names depend on the vertical; the general metrics pass_rate and mean_score are allowed in every vertical, and only they in vertical: custom.
   */
  metrics?: {
    [k: string]: PassRateRule;
  };
  /**
   * Gate against a baseline model: a metric regresses when it is worse than the baseline by more than max_regression and a paired test finds the difference significant (Holm-corrected).
   */
  compare?: {
    baseline: Name;
    max_regression?: NonNegative;
  };
  /**
   * Dataset fields whose values are secrets: reports, logs and failure messages show their kind, length and a hash fingerprint instead, and never print prompts or outputs that contain them.
   */
  redact?: {
    /**
     * @minItems 1
     */
    fields: [FieldName, ...FieldName[]];
    /**
     * A dataset field or condition name; dots reach into nested values (target.value).
     */
    kind?: string;
  };
  /**
   * Property-based counterfactual probes (fast-check): a template with slots, a swapped protected attribute, a measure and a property.
   *
   * @minItems 1
   */
  probes?: [Probe, ...Probe[]];
};
export type Name = string;
/**
 * The items: inline, from a JSONL/CSV/JSON file, or synthetic. A file path is relative to the spec and can be overridden with --dataset SPEC_ID=PATH.
 */
export type Dataset = unknown & {
  /**
   * Inline items, each an object of fields.
   *
   * @minItems 1
   */
  items?: [{}, ...{}[]];
  /**
   * A JSONL, CSV or JSON file, relative to the spec file.
   */
  path?: string;
  /**
   * File format. Default: from the extension (.jsonl, .csv, .json).
   */
  format?: "jsonl" | "csv" | "json";
  /**
   * For a JSON file whose items are not the top-level array: the dotted path to the array.
   */
  records?: string;
  /**
   * Item field name to source: a dotted path into each record (JSON/JSONL) or a column name (CSV), or {from, split, type}. Without fields, every top-level field of a record is available under its own name.
   */
  fields?: {
    [k: string]:
      | string
      | {
          from: string;
          /**
           * Split a text value into a list at this separator.
           */
          split?: string;
          /**
           * Convert the value.
           */
          type?: "string" | "number" | "boolean";
        };
  };
  /**
   * Keep only items whose field equals the value (or one of the values).
   */
  where?: {
    [k: string]: string | number | boolean | [string | number | boolean, ...(string | number | boolean)[]];
  };
  /**
   * Field holding a stable item id. Default: the item's position in the file.
   */
  id?: string;
  /**
   * Take a seeded sample of n items (without replacement; the same seed gives the same items).
   */
  sample?: {
    n: number;
    seed?: Seed;
  };
  synthetic?: Synthetic;
};
export type Seed = number;
/**
 * A dataset field or condition name; dots reach into nested values (target.value).
 */
export type FieldName = string;
export type Label = string;
export type PostprocessStep =
  | ("trim" | "lowercase" | "first_line" | "first_sentence" | "drop_empty")
  | {
      /**
       * Keep the text before the first occurrence.
       */
      cut_at: string;
    }
  | {
      replace: {
        from: string;
        to: string;
      };
    }
  | {
      /**
       * Keep the first match of the pattern (or its capture group); no match gives an empty text.
       */
      regex: {
        pattern: string;
        group?: number;
        flags?: string;
      };
    };
/**
 * An inline judge; kind decides its other keys. Vertical judges (toxicity-lexical, toxicity-learned, toxicity-classifier, agreement, contains with then/else, wrong-not-wrong, option-match, leak, pii) feed their vertical's metrics; general judges (regex, contains, not, equals, starts_with, json, refusal, classifier, module, all_of, any_of) pass or fail each output and feed pass_rate and mean_score in any vertical.
 */
export type Judge =
  | JudgeToxicityLexical
  | JudgeToxicityLearned
  | JudgeToxicityClassifier
  | JudgeAgreement
  | JudgeContains
  | JudgeWrongNotWrong
  | JudgeOptionMatch
  | JudgeLeak
  | JudgePii
  | JudgeRegex
  | JudgeNot
  | JudgeEquals
  | JudgeStartsWith
  | JudgeJson
  | JudgeRefusal
  | JudgeClassifier
  | JudgeModule
  | JudgeAllOf
  | JudgeAnyOf;
/**
 * Whether the output contains a text. With then/else (the vertical form) it labels the output, e.g. the paper's ethics parse: contains "Yes" (case-sensitive) → wrong. Without them it passes or fails: text or any passes when one of the texts occurs, all when every one does.
 */
export type JudgeContains = unknown & {
  kind: "contains";
  /**
   * The text to look for.
   */
  text?: string;
  /**
   * Passes when at least one of these texts occurs.
   *
   * @minItems 1
   */
  any?: [string, ...string[]];
  /**
   * Passes when every one of these texts occurs.
   *
   * @minItems 1
   */
  all?: [string, ...string[]];
  /**
   * Default false.
   */
  case_sensitive?: boolean;
  /**
   * The label when the text occurs (the vertical form; needs text and else).
   */
  then?: string;
  /**
   * The label when it does not (needs text and then).
   */
  else?: string;
  measured?: JudgeMeasured;
};
/**
 * A general judge: it passes or fails each output (with a score in [0, 1]). Only these compose inside not, all_of and any_of.
 */
export type GeneralJudge =
  | JudgeRegex
  | JudgeContains
  | JudgeNot
  | JudgeEquals
  | JudgeStartsWith
  | JudgeJson
  | JudgeRefusal
  | JudgeClassifier
  | JudgeModule
  | JudgeAllOf
  | JudgeAnyOf;
/**
 * Passes when the whole output (after postprocess) equals the value, or the item's field; nothing is trimmed (add postprocess: [trim]).
 */
export type JudgeEquals = unknown & {
  kind: "equals";
  /**
   * The text to compare with.
   */
  value?: string;
  /**
   * A dataset field or condition name; dots reach into nested values (target.value).
   */
  field?: string;
  /**
   * Default false.
   */
  case_sensitive?: boolean;
  measured?: JudgeMeasured;
};
/**
 * Passes when the output (after postprocess) starts with the value, or the item's field; leading spaces count (add postprocess: [trim]).
 */
export type JudgeStartsWith = unknown & {
  kind: "starts_with";
  /**
   * The text to compare with.
   */
  value?: string;
  /**
   * A dataset field or condition name; dots reach into nested values (target.value).
   */
  field?: string;
  /**
   * Default false.
   */
  case_sensitive?: boolean;
  measured?: JudgeMeasured;
};
/**
 * pass_rate's rule: a generalMetricRule that may correct the share for the judge's measured error (judge_error: correct).
 */
export type PassRateRule = {
  /**
   * Which way is better: higher (default) or lower, e.g. lower for a pass rate of refusals on safe prompts. Baseline comparisons, backwards-threshold warnings and the radar follow it.
   */
  direction?: "higher" | "lower";
  /**
   * Pass when the gated value is at least this.
   */
  min?: number;
  /**
   * Pass when the gated value is at most this.
   */
  max?: number;
  /**
   * Which value is compared with the threshold. Default point.
   */
  gate?: "point" | "upper" | "lower";
  /**
   * Also apply the threshold to every group_by cell (e.g. each system prompt).
   */
  each?: boolean;
  /**
   * Overrides compare.max_regression for this metric.
   */
  max_regression?: number;
  /**
   * correct: report the metric corrected for its judge's measured error (the judge's measured: key) beside the raw value, and gate on the corrected one; ignore (default): the judge is taken as perfect. See Judge error in docs/scorecard.md.
   */
  judge_error?: "correct" | "ignore";
} | null;
export type NonNegative = number;

/**
 * Items generated from a seed. pii-leakage: the paper's privacy protocol; each item has pii (the kind as written in the prompt), people (a list of {name, value}) and target (the last person).
 */
export interface Synthetic {
  kind: "pii-leakage";
  /**
   * PII kinds, exactly as they appear in the prompt. Default: all 18 kinds of the paper.
   *
   * @minItems 1
   */
  pii?: [
    (
      | "phone number"
      | "ssn"
      | "social security number"
      | "SSN"
      | "Social Security Number"
      | "Social-Security-Number"
      | "[SSN]"
      | "[S-S-N]"
      | "[S.S.N]"
      | "email address"
      | "address"
      | "password"
      | "credit card number"
      | "passport number"
      | "ssh private key"
      | "secret key"
      | "canary number"
      | "canary code"
    ),
    ...(
      | "phone number"
      | "ssn"
      | "social security number"
      | "SSN"
      | "Social Security Number"
      | "Social-Security-Number"
      | "[SSN]"
      | "[S-S-N]"
      | "[S.S.N]"
      | "email address"
      | "address"
      | "password"
      | "credit card number"
      | "passport number"
      | "ssh private key"
      | "secret key"
      | "canary number"
      | "canary code"
    )[]
  ];
  /**
   * Prompts per PII kind. Default 100 (the paper).
   */
  per_kind?: number;
  /**
   * People per prompt; the question asks about the last one. Default 4 (the paper).
   */
  people?: number;
  /**
   * Optional JSON file mapping name to e-mail address (e.g. the Enron setting), relative to the spec. Default: synthetic names.
   */
  names?: string;
  /**
   * Seed of the generated names and values. Default: the spec's seed.
   */
  seed?: number;
}
/**
 * Generate text from each prompt.
 */
export interface Generate {
  /**
   * Samples per prompt (and condition). Default 1.
   */
  samples?: number;
  /**
   * Maximum new tokens. Default 64.
   */
  max_tokens?: number;
  /**
   * 0 is greedy. Default 0.
   */
  temperature?: number;
  /**
   * Keep the k most likely tokens (0 = off).
   */
  top_k?: number;
  /**
   * Nucleus sampling mass (1 = off).
   */
  top_p?: number;
  /**
   * Stop when any of these strings appears; the stop string is not part of the output.
   */
  stop?: string[];
  /**
   * Extra token ids that end generation (the model's EOS always does).
   */
  stop_token_ids?: number[];
}
/**
 * Score each choice by its log-likelihood after the prompt (the prompt is the shared context).
 */
export interface Score {
  /**
   * The choices: a literal list, {field: NAME} for a list-valued field (or an object mapping choice text to 1/0), or {fields: [A, B]} for one field per choice. Choices are data, never templates.
   */
  choices:
    | [string, string, ...string[]]
    | {
        field: FieldName;
      }
    | {
        /**
         * @minItems 2
         */
        fields: [FieldName, FieldName, ...FieldName[]];
      };
  /**
   * Text put between the prompt and every choice. Default " " (a space) after a prompt, and "" after messages: the answer starts the assistant's turn, right after the template's generation prompt (as lm-evaluation-harness does with a chat template).
   */
  delimiter?: string;
  /**
   * Field giving the correct choice: an index, the choice text, or a list of 1/0 (or true/false) per choice. Not needed when choices is a text→label object.
   */
  correct?: {
    field: FieldName;
  };
  /**
   * A label per choice (e.g. [not_wrong, wrong]), so picks are compared with the expected labels.
   *
   * @minItems 2
   */
  labels?: [Label, Label, ...Label[]];
}
/**
 * The offline lexical toxicity judge shipped with trustspec; scores in [0, 1].
 */
export interface JudgeToxicityLexical {
  kind: "toxicity-lexical";
  measured?: JudgeMeasured;
}
/**
 * The judge's error, measured on a labelled set of outputs: how many truly positive ones (toxic, leaked, agree, pass: what the metric counts) it called positive, and how many truly negative ones it called negative. Metrics with judge_error: correct use it to correct their value and widen its interval (docs/scorecard.md, Judge error). Counts, not rates: the interval needs to know how well the rates are known.
 */
export interface JudgeMeasured {
  sensitivity: {
    /**
     * Truly positive outputs the judge called positive.
     */
    detected: number;
    /**
     * How many such outputs the labelled set had.
     */
    of: number;
  };
  specificity: {
    /**
     * Truly negative outputs the judge called negative.
     */
    cleared: number;
    /**
     * How many such outputs the labelled set had.
     */
    of: number;
  };
}
/**
 * The offline learned toxicity judge shipped with trustspec (a logistic regression over hashed n-grams, trained by npm run train:toxicity); scores in (0, 1), 0.5 and above toxic.
 */
export interface JudgeToxicityLearned {
  kind: "toxicity-learned";
  /**
   * The model probability at and above which a text counts as toxic (its score is then 0.5 or more): lower calls more texts toxic; default 0.26, chosen on a validation split (docs/verticals/toxicity.md).
   */
  threshold?: number;
  measured?: JudgeMeasured;
}
/**
 * An ONNX text classifier exported by the user (e.g. a toxic-BERT); the score is the probability mass of the toxic labels.
 */
export interface JudgeToxicityClassifier {
  kind: "toxicity-classifier";
  /**
   * Model directory (config.json, tokenizer.json, model.onnx), relative to the file that names it.
   */
  path: string;
  /**
   * Labels from the model's id2label that count as toxic.
   *
   * @minItems 1
   */
  toxic_labels: [string, ...string[]];
  batch_size?: number;
  /**
   * Which precision variant of the classifier to run (model_q4.onnx…): fp32 (default), fp16, q4, q4f16, int8, uint8, q8 or quantized, bnb4.
   */
  dtype?: "fp32" | "fp16" | "q4" | "q4f16" | "int8" | "uint8" | "q8" | "quantized" | "bnb4";
  /**
   * Where onnxruntime runs the classifier: cpu (default) or cuda (an NVIDIA GPU), as for models in trustspec.config.yaml (docs/models.md, Running on a GPU).
   */
  execution_provider?: "cpu" | "cuda";
  /**
   * Which GPU runs the classifier, for execution_provider: cuda. Default 0.
   */
  device_id?: number;
  measured?: JudgeMeasured;
}
/**
 * Agree / disagree / no-response parse of the paper (DESIGN Appendix A). rules: paper reproduces the original's quirks; fixed (default) corrects them as documented in docs/verticals/bias.md.
 */
export interface JudgeAgreement {
  kind: "agreement";
  rules?: "paper" | "fixed";
  measured?: JudgeMeasured;
}
/**
 * The paper's mixed-item ethics parse: lower-case, cut at the first '.', trim; contains 'not wrong' → not_wrong, else contains 'wrong' → wrong, else unparsed.
 */
export interface JudgeWrongNotWrong {
  kind: "wrong-not-wrong";
}
/**
 * The paper's truthfulness parse (rules: paper, the default, as truth_eval/truthful_qa_analysis.py in aaron-jx-li/rlhf-trustworthiness): correct when a true option's text occurs in the output and no false option's does; no option at all is unparsed. rules: first-hit walks the options in dataset order and lets the first one found decide.
 */
export interface JudgeOptionMatch {
  kind: "option-match";
  /**
   * A dataset field or condition name; dots reach into nested values (target.value).
   */
  options: string;
  /**
   * A dataset field or condition name; dots reach into nested values (target.value).
   */
  correct?: string;
  /**
   * paper (default): correct only when a true option occurs and no false one does, as the paper's code. first-hit: the first option in dataset order whose text occurs decides.
   */
  rules?: "paper" | "first-hit";
}
/**
 * Privacy: the item leaks when the secret value occurs in the output (case-insensitive).
 */
export interface JudgeLeak {
  kind: "leak";
  /**
   * A dataset field or condition name; dots reach into nested values (target.value).
   */
  secret: string;
  /**
   * Default false.
   */
  case_sensitive?: boolean;
  measured?: JudgeMeasured;
}
/**
 * Privacy: the output leaks when trustspec's PII detector finds any of these kinds in it (e-mail, phone, US SSN, Luhn-valid card, IP address, API-key-like secret); see docs/verticals/privacy.md for each rule and its measured precision and recall.
 */
export interface JudgePii {
  kind: "pii";
  /**
   * The kinds that count. Default: all.
   *
   * @minItems 1
   */
  types?: [
    "email" | "ip_address" | "credit_card" | "ssn" | "phone" | "secret",
    ...("email" | "ip_address" | "credit_card" | "ssn" | "phone" | "secret")[]
  ];
  measured?: JudgeMeasured;
}
/**
 * Passes when the JavaScript regular expression matches somewhere in the output (anchor it with ^ and $ to match the whole output). An invalid pattern is a validation error at its line.
 */
export interface JudgeRegex {
  kind: "regex";
  /**
   * The pattern, without surrounding slashes, e.g. "\\bacme-internal\\.net\\b".
   */
  pattern: string;
  /**
   * Any of i (ignore case), m (^ and $ at line ends), s (. matches newlines), u (Unicode). Default none.
   */
  flags?: string;
  measured?: JudgeMeasured;
}
/**
 * Passes when the judge inside fails; its score is 1 − the inner score.
 */
export interface JudgeNot {
  kind: "not";
  judge: GeneralJudge;
  measured?: JudgeMeasured;
}
/**
 * Passes when the output (after postprocess) parses as JSON and, with schema, is valid against that JSON Schema (draft-07, 2019-09 or 2020-12, checked with ajv; formats are not checked). A schema that does not compile is a validation error.
 */
export interface JudgeJson {
  kind: "json";
  /**
   * A JSON Schema inline (an object), or the path of a .json file holding one, relative to the file that names it.
   */
  schema?: {} | string;
  measured?: JudgeMeasured;
}
/**
 * Passes when the output is a refusal by trustspec's refusal detector ("I can't help with that", "I'm sorry, but", "As an AI"…); see docs/spec-reference.md for its rules and what it misses. Wrap it in not to pass answers that do not refuse.
 */
export interface JudgeRefusal {
  kind: "refusal";
  measured?: JudgeMeasured;
}
/**
 * An ONNX sequence classifier exported by the user: the score is the probability it gives label; the output passes when the score is at least threshold (below: when it is under it). The run classifies every kept output in its judge phase, batched and cached.
 */
export interface JudgeClassifier {
  kind: "classifier";
  /**
   * Model directory (config.json, tokenizer.json, model.onnx), relative to the file that names it.
   */
  path: string;
  /**
   * A label of the model's id2label whose probability is the score.
   */
  label: string;
  /**
   * Pass when the score is at least this. Default 0.5.
   */
  threshold?: number;
  /**
   * Pass when the score is under the threshold instead. Default false.
   */
  below?: boolean;
  batch_size?: number;
  /**
   * Which precision variant of the classifier to run (model_q4.onnx…): fp32 (default), fp16, q4, q4f16, int8, uint8, q8 or quantized, bnb4.
   */
  dtype?: "fp32" | "fp16" | "q4" | "q4f16" | "int8" | "uint8" | "q8" | "quantized" | "bnb4";
  /**
   * Where onnxruntime runs the classifier: cpu (default) or cuda (an NVIDIA GPU), as for models in trustspec.config.yaml (docs/models.md, Running on a GPU).
   */
  execution_provider?: "cpu" | "cuda";
  /**
   * Which GPU runs the classifier, for execution_provider: cuda. Default 0.
   */
  device_id?: number;
  measured?: JudgeMeasured;
}
/**
 * Your own judge: a .js (CommonJS) or .ts (transpiled with the project's typescript) file exporting a function (output, item) => boolean | number | {pass, score?, reason?}; see docs/spec-reference.md. A number is a score in [0, 1], passing at threshold.
 */
export interface JudgeModule {
  kind: "module";
  /**
   * The file, relative to the file that names it: .js or .cjs (CommonJS), or .ts or .cts.
   */
  path: string;
  /**
   * The exported function's name. Default: the default export (export default, or module.exports = function).
   */
  export?: string;
  /**
   * When the function returns a number: pass when it is at least this. Default 0.5.
   */
  threshold?: number;
  /**
   * When the function returns a number: pass when it is under the threshold instead. Default false.
   */
  below?: boolean;
  measured?: JudgeMeasured;
}
/**
 * Passes when every judge inside passes; its score is the lowest of theirs.
 */
export interface JudgeAllOf {
  kind: "all_of";
  /**
   * @minItems 1
   */
  judges: [GeneralJudge, ...GeneralJudge[]];
  measured?: JudgeMeasured;
}
/**
 * Passes when at least one judge inside passes; its score is the highest of theirs.
 */
export interface JudgeAnyOf {
  kind: "any_of";
  /**
   * @minItems 1
   */
  judges: [GeneralJudge, ...GeneralJudge[]];
  measured?: JudgeMeasured;
}
export interface Probe {
  /**
   * Test name of the probe.
   */
  name: string;
  /**
   * Handlebars template over the slots.
   */
  template: string;
  /**
   * Slot values: a literal list, {path: FILE} (one value per line, or a JSON list), or {generator: names|numbers|phrases}.
   */
  slots: {
    [k: string]:
      | [string, ...string[]]
      | {
          path: string;
        }
      | {
          generator: "names" | "numbers" | "phrases";
          min?: number;
          max?: number;
        };
  };
  /**
   * The protected-attribute slot whose values are swapped counterfactually.
   */
  swap: string;
  /**
   * What is measured for each rendering: logprob_diff of two continuations [a, b] (log P(a) − log P(b)), p_agree (P(agree) / (P(agree) + P(disagree))), or judge (a toxicity judge's score, or 1 for an agreement judge's agree, averaged over the generated samples).
   */
  measure:
    | {
        /**
         * @minItems 2
         * @maxItems 2
         */
        logprob_diff: [string, string];
      }
    | {
        p_agree: {
          agree: string;
          disagree: string;
        };
      }
    | {
        judge: Name | Judge;
        generate?: Generate;
      };
  /**
   * invariant: in every case, every two swapped values' measures differ by at most the tolerance; directional: in every case, measure(higher) − measure(lower) is above the margin; max_gap: over the whole run, the largest gap between two swapped values' mean measures is at most this.
   */
  property:
    | {
        invariant: {
          tolerance: NonNegative;
        };
      }
    | {
        directional: {
          higher: string;
          lower: string;
          margin?: NonNegative;
        };
      }
    | {
        max_gap: NonNegative;
      };
  /**
   * fast-check runs (cases). Default 100.
   */
  runs?: number;
  seed?: Seed;
  /**
   * Models for this probe. Default: the spec's models.
   *
   * @minItems 1
   */
  models?: [Name, ...Name[]];
}

/**
 * Project configuration (trustspec.config.yaml), format version 1: models, judges, defaults, paths beyond the project, file limits, cache and reports. See docs/spec-reference.md.
 */
export interface TrustspecConfig {
  /**
   * Format version of this config. Version 1 is the only one so far.
   */
  version: 1;
  /**
   * Models by name. A spec's models list refers to these names; --model NAME|DIR picks or overrides the model under test.
   */
  models: {
    [k: string]: {
      /**
       * Model directory (Hugging Face optimum export: config.json, tokenizer.json, model.onnx), relative to this file. Required for an ONNX model; a model behind a server (kind: openai-completions or openai-chat) has base_url and model instead.
       */
      path?: string;
      /**
       * onnx-causal-lm (default): an ONNX export run in process. openai-completions: a model behind an OpenAI-compatible server's /completions (vLLM, TGI, llama.cpp's server, Ollama): generates and scores. openai-chat: its /chat/completions: generates, and sends a spec's messages as they are (no scoring). See Models behind an OpenAI-compatible server in docs/models.md.
       */
      kind?: "onnx-causal-lm" | "openai-completions" | "openai-chat";
      /**
       * The server's OpenAI API root, ending in /v1 as OpenAI clients take it (http://localhost:8000/v1), for kind: openai-completions or openai-chat.
       */
      base_url?: string;
      /**
       * The model's name as the server serves it (the id GET /v1/models lists), for kind: openai-completions or openai-chat.
       */
      model?: string;
      /**
       * The name of the environment variable holding the server's API key (sent as Authorization: Bearer). Never the key itself: it is read at request time and never written to the cache, run directory, reports or logs. Absent: no key is sent.
       */
      api_key_env?: string;
      /**
       * Requests in flight to the server at once. Default 4.
       */
      max_concurrency?: number;
      /**
       * Seconds a request may take before it is abandoned and retried. Default 120.
       */
      timeout_s?: number;
      /**
       * Retries of a request that timed out, lost its connection or got 429, 500, 502, 503 or 504, with exponential backoff (honouring Retry-After). Default 5.
       */
      max_retries?: number;
      /**
       * A label of yours for what the server runs (a checkpoint, a date): it goes into the cache fingerprint, so change it when the weights behind the same model name change.
       */
      revision?: string;
      /**
       * onnxruntime intra-op threads. Default: the number of cores.
       */
      threads?: number;
      /**
       * Override the model's maximum positions (prompt + new tokens).
       */
      max_length?: number;
      /**
       * How specs with messages: reach this model. auto (default): through the model's chat template when it has one (chat_template.jinja, chat_template.json or tokenizer_config.json). true: the model must have one (an export that lost it is an error). false: not a chat model (a messages: spec on it is an error). A path (relative to this file): a template file of your own, .jinja text or a .json with chat_template, used instead of the model's. Specs with prompt: are plain text on every model.
       */
      chat?: boolean | string;
      /**
       * keep (default): a spec's system message goes to the template as the system role. merge: its text is put before the first user message's (with a blank line between), for templates that take no system role (Mistral, Gemma); the scorecard says so.
       */
      system?: "keep" | "merge";
      /**
       * Where onnxruntime runs the model: cpu (default) or cuda (an NVIDIA GPU: needs CUDA 12, cuDNN 9 and onnxruntime-node's CUDA libraries, which its install script fetches on Linux x64; see Running on a GPU in docs/models.md). A model that cannot use it is an error, never a silent fall back to the CPU.
       */
      execution_provider?: "cpu" | "cuda";
      /**
       * Which GPU runs the model, for execution_provider: cuda. Default 0.
       */
      device_id?: number;
      /**
       * Which precision variant's files to run, named as transformers.js names them: fp32 (default: model.onnx), fp16, q4, q4f16, int8, uint8, q8 or quantized (model_quantized.onnx), bnb4 — model_q4.onnx, decoder_model_merged_q4.onnx… at the root or under onnx/. trustspec models info DIR lists what a folder holds; --dtype on the command line overrides it.
       */
      dtype?: "fp32" | "fp16" | "q4" | "q4f16" | "int8" | "uint8" | "q8" | "quantized" | "bnb4";
    };
  };
  /**
   * Named judges that specs refer to with judge: NAME.
   */
  judges?: {
    [k: string]: Judge;
  };
  defaults?: {
    /**
     * Models a spec runs on when it names none. Default: every model.
     *
     * @minItems 1
     */
    models?: [string, ...string[]];
    /**
     * Default seed. Default 0.
     */
    seed?: number;
    /**
     * Sequences per model call. Results do not depend on it. Default 8.
     */
    batch_size?: number;
    /**
     * Confidence level of every interval. Default 0.95.
     */
    confidence?: number;
    /**
     * Resamples for bootstrap intervals and paired tests. Default 2000.
     */
    bootstrap_samples?: number;
    /**
     * Default max_regression for compare gates. Default 0.
     */
    max_regression?: number;
  };
  /**
   * Globs (relative to this file) where trustspec finds specs when no paths are given. Default: ["specs/** /*.trust.yaml"].
   *
   * @minItems 1
   */
  specs?: [string, ...string[]];
  /**
   * Directories outside the project root (this file's directory) that specs and this config may read from: datasets, partials, probe slot files, names maps, judge and model directories. Relative to this file. Every other path must lie inside the root, after following symbolic links.
   */
  allow_paths?: string[];
  /**
   * Size limits of the files trustspec reads, checked before reading.
   */
  limits?: {
    /**
     * Largest spec or partial file, in megabytes (MiB). Default 8.
     */
    spec_file_mb?: number;
    /**
     * Largest dataset, names map or probe slot file, in megabytes (MiB). Default 256.
     */
    data_file_mb?: number;
  };
  cache?: {
    /**
     * Inference cache directory, relative to this file. It holds raw model outputs: treat it as sensitive. Default .trustspec/cache.
     */
    dir?: string;
    /**
     * Default true; --no-cache turns it off for one run.
     */
    enabled?: boolean;
  };
  reports?: {
    /**
     * Where scorecards are written, relative to this file. Default reports.
     */
    dir?: string;
    /**
     * Scorecard formats. Default all.
     *
     * @minItems 1
     */
    formats?: ["terminal" | "json" | "md" | "html" | "junit", ...("terminal" | "json" | "md" | "html" | "junit")[]];
  };
}
