import type { GeneralJudge, Judge } from "./schema-types.generated";

/** The judges a judge is made of: `not`'s one, `all_of` / `any_of`'s list, none for the others. */
export function innerJudges(judge: Judge | GeneralJudge): readonly GeneralJudge[] {
  if (judge.kind === "not") return [judge.judge];
  if (judge.kind === "all_of" || judge.kind === "any_of") return judge.judges;
  return [];
}

/** A judge and every judge inside it, depth first, the judge itself first. */
export function everyJudge(judge: Judge | GeneralJudge): (Judge | GeneralJudge)[] {
  return [judge, ...innerJudges(judge).flatMap(everyJudge)];
}

/** A judge with `edit` applied to it and to every judge inside it (inner ones first). */
export function mapJudges<J extends Judge | GeneralJudge>(
  judge: J,
  edit: <K extends Judge | GeneralJudge>(j: K) => K,
): J {
  if (judge.kind === "not") return edit({ ...judge, judge: mapJudges(judge.judge, edit) });
  if (judge.kind === "all_of" || judge.kind === "any_of") {
    return edit({ ...judge, judges: judge.judges.map((j) => mapJudges(j, edit)) as typeof judge.judges });
  }
  return edit(judge);
}

/** What a judge's verdicts are: which metrics can read them (see the verdict kinds in judges/verdict.ts). */
export type VerdictKind = "label" | "option" | "leak" | "score" | "check";

/** The kind of verdict a judge gives; general judges (and contains without then/else) give `check`. */
export function verdictKind(judge: Judge): VerdictKind {
  switch (judge.kind) {
    case "agreement":
    case "wrong-not-wrong":
      return "label";
    case "contains":
      return judge.then !== undefined || judge.else !== undefined ? "label" : "check";
    case "option-match":
      return "option";
    case "leak":
    case "pii":
      return "leak";
    case "toxicity-lexical":
    case "toxicity-learned":
    case "toxicity-classifier":
      return "score";
    default:
      return "check";
  }
}
