import { resolve } from "node:path";
import { readChoiceSet } from "../spec/dataset/choice-set";
import { getPath } from "../spec/dataset/field-path";
import type { Item } from "../spec/dataset/items";
import type { ResolvedConfig } from "../spec/load-config";
import type { LoadedSpec } from "../spec/load-spec";
import { metricInfo } from "../spec/metric-catalog";
import { type Problem, problemsFor } from "../spec/problem";
import type { Judge, PassRateRule, TrustSpec } from "../spec/schema-types.generated";
import { SourceText } from "../spec/source-text";
import { compileTemplate, type RenderTemplate } from "../spec/template";
import { locate, type PathSegment } from "../spec/yaml-locate";
import { compileProbes } from "./compile-probes";
import { generateSettings } from "./generate-settings";
import { PLAN_VERSION, type Plan, type PlanCase, type PlanMessage, type PlanMetric, type PlanQuery } from "./plan";
import { planModel } from "./plan-model";
import { resolveJudgeRef } from "./resolve-judge";
import { caseSeed, shuffleSeed } from "./seeds";

export type CompileResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * Turns a validated spec into its data plan: items crossed with conditions, prompts rendered,
 * choices and expected labels resolved per item, seeds derived, the judge and metrics resolved.
 * Validation has already rejected what the schema and checks can see; what only shows while
 * rendering a particular item (a nested field one record lacks) comes back as positioned problems.
 */
export function compilePlan(loaded: LoadedSpec, config: ResolvedConfig | undefined): CompileResult {
  const { spec, file, yaml } = loaded;
  const problem = problemsFor(file);
  const problems: Problem[] = [];
  const at = (path: readonly PathSegment[]) => locate(yaml, path);
  const text = new SourceText(yaml.text);
  const seed = spec.seed ?? config?.defaults.seed ?? 0;
  const query = planQuery(spec);
  const items = loaded.dataset.items ?? [];

  const partials = { ...loaded.partials };
  const input = compileInput(spec, partials);
  const conditions = Object.entries(spec.conditions ?? {}).map(([name, labels]) => ({
    name,
    labels: Object.entries(labels).map(([label, source]) => ({ label, render: compileTemplate(source, partials) })),
  }));

  const cases: PlanCase[] = [];
  if (query !== undefined && input !== undefined) {
    for (const item of items) {
      for (const combination of crossConditions(conditions)) {
        const id = [item.id, ...combination.map((c) => `${c.name}=${c.label}`)].join("|");
        const rendered = renderCase(item, combination, input, seed);
        if ("error" in rendered) {
          const where = at(rendered.path);
          problems.push(
            problem("DATASET_MISSING_FIELD", `item ${item.id}: ${rendered.error}`, {
              ...where,
              hint: "every item must have the fields the template uses; filter items with where: or fix the data",
            }),
          );
          continue;
        }
        const conditionLabels = Object.fromEntries(combination.map((c) => [c.name, c.label]));
        let choices: ReturnType<typeof resolveChoices> | undefined;
        try {
          choices = query.kind === "score" ? resolveChoices(spec, item) : undefined;
        } catch (e) {
          problems.push(
            problem("DATASET_BAD_VALUE", `item ${item.id}: ${e instanceof Error ? e.message : String(e)}`, {
              ...at(spec.score?.correct ? ["score", "correct"] : ["score", "choices"]),
              hint: "fix the item's data, or filter such items out with where:",
            }),
          );
          continue;
        }
        const expected = resolveExpected(spec, item);
        cases.push({
          id,
          itemId: item.id,
          conditions: conditionLabels,
          fields: item.fields,
          ...rendered.input,
          ...(query.kind === "generate" ? { seed: caseSeed(seed, item.id, conditionLabels) } : {}),
          ...(choices ? { choices: choices.texts } : {}),
          ...(choices?.correct ? { correct: choices.correct } : {}),
          ...(expected !== undefined ? { expected } : {}),
        });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const judge = resolveJudge(spec, file, config);
  const metrics: PlanMetric[] = Object.entries(spec.metrics ?? {}).map(([name, rule]) => {
    const info = metricInfo(spec.vertical, name);
    // Validation refused a correction without counts (or near chance) before a plan is compiled.
    const measured = rule?.judge_error === "correct" && judge && "measured" in judge ? judge.measured : undefined;
    return {
      name,
      // A general metric's rule may turn its direction round (a pass rate of refusals on safe prompts).
      direction: (info?.general ? rule?.direction : undefined) ?? info?.direction ?? "none",
      mode: info?.mode ?? "any",
      rule: gateOf(rule),
      gated: rule !== null && rule !== undefined && (rule.min !== undefined || rule.max !== undefined),
      at: text.position(locate(yaml, ["metrics", name], "key").start),
      ...(measured ? { judgeError: measured } : {}),
    };
  });

  const models = spec.models ?? config?.defaults.models ?? [];
  return {
    ok: true,
    plan: {
      version: PLAN_VERSION,
      specId: spec.id,
      file: resolve(file),
      vertical: spec.vertical,
      ...(spec.description !== undefined ? { description: spec.description } : {}),
      models: models.map((name) => planModel(name, config, file)),
      seed,
      query,
      cases,
      ...(spec.messages ? { messagesAt: text.position(locate(yaml, ["messages"], "key").start) } : {}),
      postprocess: spec.postprocess ?? [],
      judge,
      groupBy: (spec.group_by ?? []).map((g) => (Array.isArray(g) ? ([g[0], g[1]] as const) : (g as string))),
      metrics,
      compare: spec.compare
        ? {
            baseline: spec.compare.baseline,
            maxRegression: spec.compare.max_regression ?? config?.defaults.maxRegression ?? 0,
            at: text.position(locate(yaml, ["compare"], "key").start),
          }
        : undefined,
      redact: spec.redact?.fields ?? [],
      ...(spec.redact?.kind !== undefined ? { redactKind: spec.redact.kind } : {}),
      probes: compileProbes(loaded, config, seed),
      confidence: config?.defaults.confidence ?? 0.95,
      bootstrapSamples: config?.defaults.bootstrapSamples ?? 2000,
      maxRegression: config?.defaults.maxRegression ?? 0,
    },
  };
}

function planQuery(spec: TrustSpec): PlanQuery | undefined {
  if (spec.generate) return { kind: "generate", settings: generateSettings(spec.generate) };
  if (spec.score) return { kind: "score", ...(spec.score.labels ? { labels: spec.score.labels } : {}) };
  return undefined;
}

function gateOf(rule: PassRateRule | undefined): PlanMetric["rule"] {
  return {
    ...(rule?.min !== undefined ? { min: rule.min } : {}),
    ...(rule?.max !== undefined ? { max: rule.max } : {}),
    gate: rule?.gate ?? "point",
    each: rule?.each ?? false,
    ...(rule?.max_regression !== undefined ? { maxRegression: rule.max_regression } : {}),
  };
}

interface ConditionChoice {
  readonly name: string;
  readonly label: string;
  readonly render: RenderTemplate;
}

/** Every combination of one label per condition, in declaration order (one empty combination without conditions). */
function crossConditions(
  conditions: readonly { name: string; labels: readonly { label: string; render: RenderTemplate }[] }[],
): ConditionChoice[][] {
  let out: ConditionChoice[][] = [[]];
  for (const c of conditions) {
    out = out.flatMap((prefix) => c.labels.map((l) => [...prefix, { name: c.name, label: l.label, render: l.render }]));
  }
  return out;
}

/** The spec's model input, compiled: the prompt, or each message's content. */
type CompiledInput =
  | { readonly kind: "prompt"; readonly render: RenderTemplate }
  | { readonly kind: "messages"; readonly messages: readonly { role: PlanMessage["role"]; render: RenderTemplate }[] };

function compileInput(spec: TrustSpec, partials: Record<string, string>): CompiledInput | undefined {
  if (spec.messages) {
    return {
      kind: "messages",
      messages: spec.messages.map((m) => ({ role: m.role, render: compileTemplate(m.content, partials) })),
    };
  }
  return spec.prompt !== undefined ? { kind: "prompt", render: compileTemplate(spec.prompt, partials) } : undefined;
}

/**
 * Renders the conditions (over the fields), then the prompt or each message (over the fields and
 * rendered conditions). A system message that renders empty is left out: a condition label can mean
 * "no system prompt".
 */
function renderCase(
  item: Item,
  combination: readonly ConditionChoice[],
  input: CompiledInput,
  seed: number,
): { input: { prompt: string } | { messages: PlanMessage[] } } | { error: string; path: PathSegment[] } {
  const options = { shuffleSeed: shuffleSeed(seed, item.id) };
  const variables: Record<string, unknown> = { ...item.fields };
  for (const c of combination) {
    try {
      variables[c.name] = c.render(item.fields, options);
    } catch (e) {
      return { error: renderError(e), path: ["conditions", c.name, c.label] };
    }
  }
  if (input.kind === "prompt") {
    try {
      return { input: { prompt: input.render(variables, options) } };
    } catch (e) {
      return { error: renderError(e), path: ["prompt"] };
    }
  }
  const messages: PlanMessage[] = [];
  for (const [i, m] of input.messages.entries()) {
    try {
      const content = m.render(variables, options);
      if (!(m.role === "system" && content === "")) messages.push({ role: m.role, content });
    } catch (e) {
      return { error: renderError(e), path: ["messages", i, "content"] };
    }
  }
  return { input: { messages } };
}

function renderError(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  // Handlebars strict mode: '"name" not defined in [object Object] - 1:4'
  const missing = /"([^"]+)" not defined/.exec(message);
  return missing
    ? `the template uses ${missing[1]}, which this item does not have`
    : (message.split("\n")[0] ?? message);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The choices of a score query for one item (delimiter applied) and which of them are correct. */
function resolveChoices(spec: TrustSpec, item: Item): { texts: string[]; correct?: number[] } {
  const score = spec.score as NonNullable<TrustSpec["score"]>;
  // After a conversation the answer starts the assistant's turn: nothing goes between (lm-evaluation-harness
  // dropped its " " for chat templates too, EleutherAI/lm-evaluation-harness#2346).
  const delimiter = score.delimiter ?? (spec.messages ? "" : " ");
  const field = (name: string) => {
    const found = getPath(item.fields, name);
    return found.found ? found.value : undefined;
  };
  const choices = score.choices as unknown;
  const source = Array.isArray(choices)
    ? choices
    : choices !== null && typeof choices === "object" && "field" in choices
      ? field((choices as { field: string }).field)
      : ((choices as { fields: string[] }).fields ?? []).map((name) => field(name));
  const correct = score.correct ? field(score.correct.field) : undefined;
  const set = readChoiceSet(source, correct, "score");
  return {
    texts: set.texts.map((c) => delimiter + c),
    ...(set.correct ? { correct: set.correct.flatMap((c, i) => (c ? [i] : [])) } : {}),
  };
}

function resolveExpected(spec: TrustSpec, item: Item): string | undefined {
  if (!spec.expected) return undefined;
  const found = getPath(item.fields, spec.expected.field);
  if (!found.found) return undefined;
  const raw = text(found.value);
  return spec.expected.map ? spec.expected.map[raw] : raw;
}

/** A spec's judge: inline, or the config's judge of that name; a classifier's path made absolute. */
function resolveJudge(spec: TrustSpec, file: string, config: ResolvedConfig | undefined): Judge | undefined {
  return spec.judge === undefined ? undefined : resolveJudgeRef(spec.judge, file, config);
}
