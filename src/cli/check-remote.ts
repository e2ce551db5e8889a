import { resolve } from "node:path";
import type { Plan } from "../compile/plan";
import type { ModelTarget } from "../run/infer";
import { type Problem, problemsFor } from "../spec/problem";
import { parseYamlMapping } from "../spec/yaml-document";
import { locate } from "../spec/yaml-locate";

/** Probe measures that score continuations, which a chat endpoint cannot. */
const SCORING_MEASURES = new Set(["logprob_diff", "p_agree"]);

/**
 * A `score` spec, or a probe that measures by log-probabilities (`logprob_diff`, `p_agree`), on a
 * chat endpoint (kind: openai-chat) cannot run: chat endpoints return no prompt log-probabilities.
 * An error at the spec's `score:` key or the probe's `measure:`, naming the model, before any
 * request is sent. `override` is the model of `--model`, on which every probe runs.
 */
export function remoteScoreProblems(
  plans: readonly Plan[],
  targetsOf: (plan: Plan) => readonly ModelTarget[],
  sources: Readonly<Record<string, string>>,
  override?: string,
): Problem[] {
  const bySource = new Map(Object.entries(sources).map(([file, text]) => [resolve(file), { file, text }]));
  return plans.flatMap((plan) => {
    const chats = targetsOf(plan).filter((t) => t.remote?.kind === "openai-chat");
    if (chats.length === 0) return [];
    const source = bySource.get(plan.file);
    const parsed = source ? parseYamlMapping(source.file, source.text) : undefined;
    const at = (path: (string | number)[]) => (parsed?.ok ? locate(parsed.yaml, path, "key") : undefined);
    const problem = (target: ModelTarget, what: string, where: ReturnType<typeof at>) =>
      problemsFor(source?.file ?? plan.file)(
        "REMOTE_CANNOT_SCORE",
        `${what} scores choices, and model ${target.name} is a chat endpoint (kind: openai-chat): chat endpoints return no prompt log-probabilities`,
        {
          ...(where ? { start: where.start, end: where.end } : {}),
          hint: `use kind: openai-completions on the same server (base_url ${target.remote?.baseUrl}) for the specs that score, or run this spec on another model`,
        },
      );
    const spec = plan.query?.kind === "score" ? chats.map((t) => problem(t, "this spec", at(["score"]))) : [];
    const probes = plan.probes.flatMap((probe, i) => {
      if (!SCORING_MEASURES.has(probe.measure.kind)) return [];
      const on = chats.filter(
        (t) => t.name === override || probe.models === undefined || probe.models.includes(t.name),
      );
      return on.map((t) => problem(t, `probe "${probe.name}"`, at(["probes", i, "measure"])));
    });
    return [...spec, ...probes];
  });
}
