import { resolve } from "node:path";
import type { Plan } from "../compile/plan";
import type { ModelTarget } from "../run/infer";
import { type Problem, problemsFor } from "../spec/problem";
import { parseYamlMapping } from "../spec/yaml-document";
import { locate } from "../spec/yaml-locate";

/**
 * A `score` spec on a chat endpoint (kind: openai-chat) cannot run: chat endpoints return no prompt
 * log-probabilities. An error at the spec's `score:` key, naming the model, before any request is sent.
 */
export function remoteScoreProblems(
  plans: readonly Plan[],
  targetsOf: (plan: Plan) => readonly ModelTarget[],
  sources: Readonly<Record<string, string>>,
): Problem[] {
  const bySource = new Map(Object.entries(sources).map(([file, text]) => [resolve(file), { file, text }]));
  return plans.flatMap((plan) => {
    if (plan.query?.kind !== "score") return [];
    const chats = targetsOf(plan).filter((t) => t.remote?.kind === "openai-chat");
    if (chats.length === 0) return [];
    const source = bySource.get(plan.file);
    const parsed = source ? parseYamlMapping(source.file, source.text) : undefined;
    const where = parsed?.ok ? locate(parsed.yaml, ["score"], "key") : undefined;
    return chats.map((target) =>
      problemsFor(source?.file ?? plan.file)(
        "REMOTE_CANNOT_SCORE",
        `this spec scores choices, and model ${target.name} is a chat endpoint (kind: openai-chat): chat endpoints return no prompt log-probabilities`,
        {
          ...(where ? { start: where.start, end: where.end } : {}),
          hint: `use kind: openai-completions on the same server (base_url ${target.remote?.baseUrl}) for the specs that score, or run this spec on another model`,
        },
      ),
    );
  });
}
