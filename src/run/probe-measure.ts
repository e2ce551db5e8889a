import type { PlanProbe } from "../compile/plan";
import { caseSeed } from "../compile/seeds";
import { judgeText } from "../judges/judge-text";
import { classifierToxicity } from "../judges/toxicity-classifier";
import type { Measure } from "../probe/run-probe";
import type { CallResult, ModelCall } from "./calls";
import type { ModelSession } from "./infer";

/** A rendering the model cannot measure (it does not fit the context): the probe cannot run. */
export class ProbeMeasureError extends Error {
  override readonly name = "ProbeMeasureError";
}

/**
 * How a probe's measure becomes model calls: logprob_diff and p_agree score the two continuations
 * after each rendering (one score call, like a dataset's choices); a judge measure generates (seeded by
 * the probe's seed and the prompt, so the same rendering always gets the same samples) and averages
 * the judge's number over the samples — a toxicity score, or 1 for an agreement. A classifier judge's
 * calls go to its own model session.
 */
export function probeMeasure(probe: PlanProbe, model: ModelSession, judgeModel?: ModelSession): Measure {
  const m = probe.measure;
  if (m.kind !== "judge") {
    const [a, b] = m.kind === "logprob_diff" ? [m.a, m.b] : [m.agree, m.disagree];
    return async (prompts) => {
      const results = await model.run(
        prompts.map((context): ModelCall => ({ kind: "score", context, choices: [a, b] })),
      );
      return results.map((r, i) => {
        if (!r.ok) throw tooLong(prompts[i] as string, r, model);
        if (!("scores" in r)) throw new Error("internal: a score call gave no scores");
        const [sa, sb] = r.scores.map((s) => s.sum) as [number, number];
        return m.kind === "logprob_diff" ? sa - sb : 1 / (1 + Math.exp(sb - sa));
      });
    };
  }
  const s = m.settings;
  const judge = m.judge;
  return async (prompts) => {
    const results = await model.run(
      prompts.map(
        (prompt): ModelCall => ({
          kind: "generate",
          prompt,
          maxTokens: s.maxTokens,
          temperature: s.temperature,
          topK: s.topK,
          topP: s.topP,
          samples: s.samples,
          seed: s.temperature === 0 ? 0 : caseSeed(probe.seed, prompt, {}),
          stop: s.stop,
          stopTokenIds: s.stopTokenIds,
        }),
      ),
    );
    const texts = results.map((r, i) => {
      if (!r.ok) throw tooLong(prompts[i] as string, r, model);
      if (!("samples" in r)) throw new Error("internal: a generate call gave no samples");
      return r.samples.map((x) => x.text);
    });
    let score: (text: string) => number;
    if (judge.kind === "toxicity-classifier") {
      if (!judgeModel) throw new Error("internal: a classifier judge needs its model session");
      const all = [...new Set(texts.flat())];
      const answers = await judgeModel.run(all.map((text): ModelCall => ({ kind: "classify", text })));
      const byText = new Map(all.map((t, i) => [t, answers[i]]));
      score = (text) => {
        const answer = byText.get(text);
        if (!answer?.ok || !("labels" in answer)) throw new Error("internal: the classifier gave no labels");
        return classifierToxicity(answer, judge.toxic_labels, judge.path);
      };
    } else {
      score = (text) => {
        const verdict = judgeText(judge, text, {});
        if (verdict.kind === "score") return verdict.score;
        if (verdict.kind === "label") return verdict.label === "agree" ? 1 : 0;
        throw new Error(`internal: a ${judge.kind} judge gives no number`);
      };
    }
    return texts.map((samples) => samples.reduce((sum, t) => sum + score(t), 0) / samples.length);
  };
}

function tooLong(prompt: string, r: Exclude<CallResult, { ok: true }>, model: ModelSession): ProbeMeasureError {
  return new ProbeMeasureError(
    `the probe's rendering "${prompt.length > 80 ? `${prompt.slice(0, 77)}...` : prompt}" needs ${r.needed} positions, but ${model.target.name} has ${r.limit}: shorten the template or its slot values`,
  );
}
