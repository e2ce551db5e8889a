import type { Judge } from "../spec/schema-types.generated";
import { parseAgreement } from "./agreement";
import { judgeContains } from "./contains";
import { itemField } from "./item-field";
import { detectLeak } from "./leak";
import { judgeOptionMatch } from "./option-match";
import { detectPii } from "./pii-detect";
import { toxicityScore } from "./toxicity-lexical";
import { type JudgeVerdict, labelVerdict } from "./verdict";
import { judgeWrongNotWrong } from "./wrong-not-wrong";

/**
 * Judges one post-processed output with a rule-based judge. `fields` are the item's fields (and
 * conditions, when the caller merges them in); judges that name fields read them by dotted path.
 * `toxicity-lexical` scores with trustspec's lexicon (toxicity-lexical.ts); `toxicity-classifier` needs an
 * ONNX model: the run classifies the outputs first (run/judge-phase.ts), and case records read the answers.
 */
export function judgeText(judge: Judge, output: string, fields: Readonly<Record<string, unknown>>): JudgeVerdict {
  switch (judge.kind) {
    case "agreement":
      return labelVerdict(parseAgreement(output, judge.rules ?? "fixed"));
    case "contains":
      return judgeContains(judge, output);
    case "wrong-not-wrong":
      return judgeWrongNotWrong(output);
    case "option-match":
      return judgeOptionMatch(judge, output, fields);
    case "leak":
      return detectLeak(output, secretText(itemField(fields, judge.secret, "leak", "secret")), judge.case_sensitive);
    case "pii":
      return { kind: "leak", leaked: detectPii(output, judge.types ? { types: judge.types } : {}).length > 0 };
    case "toxicity-lexical":
      return { kind: "score", score: toxicityScore(output) };
    case "toxicity-classifier":
      throw new Error(
        `judgeText does not score ${judge.kind} judges: the run's judge phase sends each output to the classifier, and case records read its answers (toxicity-classifier.ts)`,
      );
    default:
      return unknownJudge(judge);
  }
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
