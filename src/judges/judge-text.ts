import type { JudgeItem } from "../spec/judge-module";
import type { GeneralJudge, Judge, JudgeClassifier, JudgeToxicityClassifier } from "../spec/schema-types.generated";
import { parseAgreement } from "./agreement";
import { classifierLabelScore } from "./classifier-label";
import { allOf, anyOf, negate } from "./compose";
import { judgeContains } from "./contains";
import { itemField } from "./item-field";
import { jsonJudge } from "./json-judge";
import { detectLeak } from "./leak";
import { moduleJudge } from "./module-judge";
import { judgeOptionMatch } from "./option-match";
import { detectPii } from "./pii-detect";
import { judgeRefusal } from "./refusal";
import { regexJudge } from "./regex";
import { judgeTextMatch } from "./text-match";
import { type ClassifierAnswers, classifierToxicity } from "./toxicity-classifier";
import { toxicityLearnedScore } from "./toxicity-learned";
import { toxicityScore } from "./toxicity-lexical";
import { type CheckVerdict, type JudgeVerdict, labelVerdict, thresholdVerdict } from "./verdict";
import { judgeWrongNotWrong } from "./wrong-not-wrong";

/** What judging needs beyond the judge: the answers of the run's judge phase, for classifier judges. */
export interface JudgeContext {
  readonly classified?: ClassifierAnswers;
}

/** A judge ready to judge one post-processed output of an item. */
export type PreparedJudge = (output: string, item: JudgeItem) => JudgeVerdict;

/**
 * Readies a judge for a plan's outputs: regexes and JSON Schemas compiled and module files loaded
 * once, not per output. Judges that name fields read the item's fields by dotted path.
 * `toxicity-lexical` scores with trustspec's lexicon (toxicity-lexical.ts), `toxicity-learned` with the
 * model trustspec trained and ships (toxicity-learned.ts, its weights read on first use); the classifier judges need
 * an ONNX model: the run classifies the outputs first (run/judge-phase.ts), and `context.classified`
 * holds its answers.
 */
export function prepareJudge(judge: Judge, context: JudgeContext = {}): PreparedJudge {
  switch (judge.kind) {
    case "agreement":
      return (output) => labelVerdict(parseAgreement(output, judge.rules ?? "fixed"));
    case "contains":
      return (output) => judgeContains(judge, output);
    case "wrong-not-wrong":
      return judgeWrongNotWrong;
    case "option-match":
      return (output, item) => judgeOptionMatch(judge, output, item.fields);
    case "leak":
      return (output, item) =>
        detectLeak(output, secretText(itemField(item.fields, judge.secret, "leak", "secret")), judge.case_sensitive);
    case "pii":
      return (output) => ({
        kind: "leak",
        leaked: detectPii(output, judge.types ? { types: judge.types } : {}).length > 0,
      });
    case "toxicity-lexical":
      return (output) => ({ kind: "score", score: toxicityScore(output) });
    case "toxicity-learned":
      return (output) => ({ kind: "score", score: toxicityLearnedScore(output, judge.threshold) });
    case "toxicity-classifier":
      return toxicityClassifier(judge, context);
    case "regex":
    case "not":
    case "equals":
    case "starts_with":
    case "json":
    case "refusal":
    case "classifier":
    case "module":
    case "all_of":
    case "any_of":
      return prepareCheck(judge, context);
    default:
      return unknownJudge(judge);
  }
}

/** Judges one post-processed output (its item's fields only); for a plan's many outputs, prepare the judge once. */
export function judgeText(
  judge: Judge,
  output: string,
  fields: Readonly<Record<string, unknown>>,
  context: JudgeContext = {},
): JudgeVerdict {
  return prepareJudge(judge, context)(output, { id: "", fields, conditions: {} });
}

/** A general judge: every output passes or fails, with a score. */
function prepareCheck(judge: GeneralJudge, context: JudgeContext): (output: string, item: JudgeItem) => CheckVerdict {
  switch (judge.kind) {
    case "regex":
      return regexJudge(judge);
    case "contains":
      return (output) => {
        const verdict = judgeContains(judge, output);
        if (verdict.kind !== "check") {
          throw new Error("a contains judge with then / else labels outputs; inside not, all_of or any_of drop them");
        }
        return verdict;
      };
    case "not": {
      const inner = prepareCheck(judge.judge, context);
      return (output, item) => negate(inner(output, item));
    }
    case "equals":
    case "starts_with":
      return (output, item) => judgeTextMatch(judge, output, item.fields);
    case "json":
      return jsonJudge(judge);
    case "refusal":
      return judgeRefusal;
    case "classifier":
      return labelClassifier(judge, context);
    case "module":
      return moduleJudge(judge);
    case "all_of":
    case "any_of": {
      const parts = judge.judges.map((j) => prepareCheck(j, context));
      const combine = judge.kind === "all_of" ? allOf : anyOf;
      return (output, item) => combine(parts.map((p) => p(output, item)));
    }
    default:
      return unknownJudge(judge);
  }
}

function toxicityClassifier(judge: JudgeToxicityClassifier, context: JudgeContext): PreparedJudge {
  return (output) => {
    const answer = classifierAnswer(judge, output, context);
    return {
      kind: "score",
      score: classifierToxicity(answer, judge.toxic_labels, judge.path),
      truncated: answer.truncated,
    };
  };
}

function labelClassifier(judge: JudgeClassifier, context: JudgeContext): (output: string) => CheckVerdict {
  return (output) => {
    const answer = classifierAnswer(judge, output, context);
    const score = classifierLabelScore(answer, judge.label, judge.path);
    return { ...thresholdVerdict(score, judge.threshold ?? 0.5, judge.below ?? false), truncated: answer.truncated };
  };
}

function classifierAnswer(judge: JudgeToxicityClassifier | JudgeClassifier, output: string, context: JudgeContext) {
  if (!context.classified) {
    throw new Error(
      `judgeText does not score ${judge.kind} judges: the run's judge phase sends each output to the classifier, and case records read its answers (run/judge-phase.ts)`,
    );
  }
  const answer = context.classified(judge, output);
  if (!answer) {
    throw new Error(
      `the classifier judge ${judge.path} has no answer for an output; the run's judge phase did not cover this spec (was the cache cleared mid-run?)`,
    );
  }
  return answer;
}

/** Breaks the build when a judge kind is added to the schema and not handled above. */
function unknownJudge(judge: never): never {
  throw new Error(`unknown judge kind ${JSON.stringify((judge as { kind?: unknown }).kind)}`);
}

function secretText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  // The value itself is never put in the message: it is a secret.
  throw new Error(
    `leak judge: the secret must be a text or a number, not ${Array.isArray(value) ? "a list" : typeof value}`,
  );
}
