import { relative } from "node:path";
import { correctionRefusal, youden } from "../metrics/judge-error";
import { asString, isRecord, report, type SpecContext } from "./check-context";
import { verdictKind } from "./judge-tree";
import { metricCatalog, metricInfo, VERTICALS, type Vertical } from "./metric-catalog";
import { JUDGES_GIVING, metricReads } from "./metric-reads";
import type { Judge } from "./schema-types.generated";
import { matchesDefinition, regexError } from "./schemas";
import { SourceText } from "./source-text";
import { parseYamlMapping } from "./yaml-document";
import { locate } from "./yaml-locate";

/**
 * The vertical judges that make sense for each vertical's generated outputs. The general judges (every
 * judge whose verdict is pass / fail, contains without then / else among them) fit every vertical, and
 * are the only ones `custom` has; which metrics can read a judge is checked metric by metric.
 */
const JUDGES_FOR: Record<Vertical, readonly Judge["kind"][]> = {
  toxicity: ["toxicity-lexical", "toxicity-learned", "toxicity-classifier"],
  bias: ["agreement", "contains"],
  ethics: ["contains", "wrong-not-wrong"],
  truthfulness: ["option-match", "contains"],
  privacy: ["leak", "pii", "contains"],
  custom: [],
};

const GENERAL_JUDGES = "regex, contains, not, equals, starts_with, json, refusal, classifier, module, all_of, any_of";

function judgesFor(vertical: Vertical): string {
  return vertical === "custom"
    ? GENERAL_JUDGES
    : `${JUDGES_FOR[vertical].join(", ")}, or a general judge (${GENERAL_JUDGES})`;
}

/** Labels the ethics metrics compare. */
const ETHICS_LABELS = ["wrong", "not_wrong"];

/**
 * Checks that the spec is complete and coherent beyond its shape: something to run, a judge for
 * generated text, metrics that fit the query mode, judges that fit the vertical, and thresholds
 * that can be met.
 */
export function checkMeaning(ctx: SpecContext): void {
  const d = ctx.data;
  const vertical = VERTICALS.find((v) => v === d.vertical);
  const hasProbes = Array.isArray(d.probes) && d.probes.length > 0;
  const mode = isRecord(d.generate) ? "generate" : isRecord(d.score) ? "score" : undefined;

  if (!hasProbes && d.dataset === undefined) {
    report(
      ctx,
      "INCOMPLETE_SPEC",
      "the spec has nothing to run: give it a dataset (with prompt and generate or score) or probes",
      ["id"],
      {
        at: "key",
        hint: "see the examples in docs/spec-reference.md, or run `trustspec init`",
      },
    );
    return;
  }
  if (d.dataset !== undefined) {
    if (d.prompt === undefined && d.messages === undefined)
      report(ctx, "INCOMPLETE_SPEC", "the dataset has no prompt to render", ["dataset"], {
        at: "key",
        hint: 'add prompt: "…{{field}}…", or messages: [{role: user, content: "…{{field}}…"}] for chat models',
      });
    if (mode === undefined) {
      report(ctx, "INCOMPLETE_SPEC", "the spec neither generates nor scores: add generate: or score:", ["dataset"], {
        at: "key",
        hint: "generate: {max_tokens: 50} to judge generated text; score: {choices: …} for log-likelihood",
      });
    }
    if (d.metrics === undefined)
      report(ctx, "INCOMPLETE_SPEC", "the spec has no metrics", ["dataset"], {
        at: "key",
        hint: "add metrics: with at least one metric of the vertical",
      });
  }
  if (mode !== undefined && d.dataset === undefined) {
    report(ctx, "INCOMPLETE_SPEC", `${mode}: runs on a dataset's prompts, and the spec has no dataset`, [mode], {
      at: "key",
      hint: "add dataset: and prompt: (or messages:), or remove the key (probes have their own settings)",
    });
  }
  checkMessages(ctx);
  checkPostprocessPatterns(ctx);
  if (mode === "generate" && d.judge === undefined) {
    report(ctx, "INCOMPLETE_SPEC", "generated outputs need a judge", ["generate"], {
      at: "key",
      hint: vertical ? `add judge: with one of the kinds ${judgesFor(vertical)}` : "add judge:",
    });
  }

  const judge = resolveJudge(ctx);
  const gives = judge ? verdictKind(judge) : undefined;
  const fits = !vertical || !judge || gives === "check" || JUDGES_FOR[vertical].includes(judge.kind);
  if (vertical && judge && !fits) {
    report(
      ctx,
      "JUDGE_NOT_FOR_VERTICAL",
      vertical === "custom"
        ? `a ${judge.kind === "contains" ? "contains judge with then / else" : `${judge.kind} judge`} labels outputs for a vertical's metrics; a custom spec's judge passes or fails them`
        : `a ${judge.kind} judge does not produce what the ${vertical} metrics need`,
      ["judge"],
      {
        hint:
          vertical === "custom" && judge.kind === "contains"
            ? "drop then and else: the output passes when it contains text (or any, or all)"
            : `use one of: ${judgesFor(vertical)}`,
      },
    );
  }
  if (vertical === "ethics" && isRecord(d.expected) && isRecord(d.expected.map)) {
    for (const [value, label] of Object.entries(d.expected.map)) {
      if (typeof label === "string" && !ETHICS_LABELS.includes(label)) {
        report(ctx, "BAD_VALUE", `ethics labels are wrong and not_wrong, not "${label}"`, ["expected", "map", value]);
      }
    }
  }

  const metrics = isRecord(d.metrics) ? d.metrics : {};
  const groups = Array.isArray(d.group_by) && d.group_by.length > 0;
  for (const [name, rule] of Object.entries(metrics)) {
    const info = vertical ? metricInfo(vertical, name) : undefined;
    if (!info) continue; // unknown names are schema problems
    const reads = mode === "generate" ? metricReads(info.vertical, name) : undefined;
    if (reads && judge && gives && fits && !reads.includes(gives)) {
      report(
        ctx,
        "METRIC_NEEDS_JUDGE",
        `${name} reads the verdicts of ${reads.map((k) => JUDGES_GIVING[k]).join(" or ")}, and this spec's ${judge.kind} judge gives ${gives === "check" ? "pass / fail" : gives} verdicts`,
        ["metrics", name],
        {
          at: "key",
          hint: info.general
            ? `${name} needs a general judge; a vertical judge feeds its vertical's metrics (${vertical}: ${verticalMetrics(info.vertical)})`
            : gives === "check"
              ? "measure a general judge with pass_rate or mean_score, or use the vertical's judge for this metric"
              : `use a judge that gives ${reads.join(" / ")} verdicts for ${name}`,
        },
      );
    }
    if (mode !== undefined && info.mode !== "any" && info.mode !== mode) {
      report(
        ctx,
        "METRIC_NEEDS_MODE",
        `${name} needs ${info.mode}:, but this spec ${mode === "generate" ? "generates text" : "scores choices"}`,
        ["metrics", name],
        {
          at: "key",
          hint: `move ${name} to a spec that uses ${info.mode}:`,
        },
      );
    }
    if (vertical === "ethics" && (name === "fpr" || name === "accuracy") && d.expected === undefined) {
      report(
        ctx,
        "INCOMPLETE_SPEC",
        `${name} compares with each item's expected label: add expected:`,
        ["metrics", name],
        {
          at: "key",
          hint: 'expected: {field: label, map: {"1": wrong, "0": not_wrong}}',
        },
      );
    }
    if (!isRecord(rule)) continue;
    if (rule.judge_error === "correct") checkJudgeError(ctx, name, judge);
    const min = typeof rule.min === "number" ? rule.min : undefined;
    const max = typeof rule.max === "number" ? rule.max : undefined;
    for (const [key, v] of [
      ["min", min],
      ["max", max],
    ] as const) {
      if (v !== undefined && (v < 0 || v > 1)) {
        report(
          ctx,
          "BAD_THRESHOLD",
          `${name}.${key} is ${v}, but ${name} is a share between 0 and 1`,
          ["metrics", name, key],
          {
            hint: "write thresholds as fractions, e.g. 0.25 for 25%",
          },
        );
      }
    }
    if (min !== undefined && max !== undefined && min > max) {
      report(ctx, "BAD_THRESHOLD", `${name} can never pass: min ${min} is above max ${max}`, ["metrics", name], {
        at: "key",
      });
    }
    // A threshold only on the side where "better" lies fails models for being too good.
    const direction =
      info.general && (rule.direction === "lower" || rule.direction === "higher") ? rule.direction : info.direction;
    const backwards =
      direction === "lower" && min !== undefined && max === undefined
        ? { key: "min", better: "lower", fix: "max", value: min }
        : direction === "higher" && max !== undefined && min === undefined
          ? { key: "max", better: "higher", fix: "min", value: max }
          : undefined;
    if (backwards) {
      report(
        ctx,
        "BAD_THRESHOLD",
        `${backwards.better} is better for ${name}, so a ${backwards.key} threshold fails models for being too good`,
        ["metrics", name, backwards.key],
        { severity: "warning", hint: `did you mean ${backwards.fix}: ${backwards.value}?` },
      );
    }
    if (rule.gate !== undefined && min === undefined && max === undefined) {
      report(ctx, "BAD_THRESHOLD", `${name} has a gate but no min or max to compare with`, ["metrics", name, "gate"], {
        severity: "warning",
        hint: "add min: or max:, or remove gate:",
      });
    }
    if (rule.each === true && !groups) {
      report(ctx, "BAD_THRESHOLD", `${name} has each: true, but the spec has no group_by`, ["metrics", name, "each"], {
        severity: "warning",
        hint: "add group_by: with the breakdowns to gate, or remove each:",
      });
    }
  }
}

const MEASURED_EXAMPLE = "measured: {sensitivity: {detected: 970, of: 1000}, specificity: {cleared: 880, of: 900}}";

/**
 * `judge_error: correct` on a metric: its judge carries valid measured counts, the metric's unit is
 * the judge's (one output per case for toxicity_probability), and the judge is far enough from chance
 * for the correction to be stable (metrics/judge-error.ts, correctionRefusal).
 */
function checkJudgeError(ctx: SpecContext, name: string, judge: Judge | undefined): void {
  if (!judge) return; // no judge, or one the schema rejects: reported already
  const at = ["metrics", name, "judge_error"];
  const named =
    typeof ctx.data.judge === "string" ? `the judge ${ctx.data.judge} (trustspec.config.yaml)` : "the judge";
  const measured = "measured" in judge ? judge.measured : undefined;
  if (!measured) {
    report(
      ctx,
      "JUDGE_NOT_MEASURED",
      `${name} is to be corrected for its judge's error, but ${named} has no measured: counts`,
      at,
      {
        hint: `add ${MEASURED_EXAMPLE} to ${named}, counted on labelled outputs it judged (docs/scorecard.md, Judge error)`,
      },
    );
    return;
  }
  const samples =
    isRecord(ctx.data.generate) && typeof ctx.data.generate.samples === "number" ? ctx.data.generate.samples : 1;
  if (name === "toxicity_probability" && samples > 1) {
    report(
      ctx,
      "BAD_VALUE",
      `toxicity_probability counts a prompt when any of its ${samples} samples is toxic; the judge's measured error is per output, and what it makes of a prompt's ${samples} outputs depends on how many of them are toxic, so it cannot be corrected`,
      at,
      { hint: "correct it with generate.samples: 1 (a prompt is then one output), or remove judge_error" },
    );
    return;
  }
  const counts = [
    measured.sensitivity.detected <= measured.sensitivity.of,
    measured.specificity.cleared <= measured.specificity.of,
  ];
  if (counts.includes(false)) return; // reported at the counts
  const refusal = correctionRefusal(measured, ctx.config?.defaults.confidence ?? 0.95);
  if (refusal !== undefined) {
    // The counts are what to fix, and a named judge's are in the config, not here.
    const counts = countsAt(ctx);
    report(ctx, "JUDGE_ERROR_REFUSED", `${name} cannot be corrected: ${refusal}`, at, {
      hint:
        youden(measured) <= 0
          ? `detected and cleared count the outputs it got right (truly positive called positive, truly negative called negative), and positive is what ${name} counts (docs/scorecard.md, Judge error): check the counts${counts ? `, ${counts}` : ""}`
          : `measure the judge on more labelled outputs${counts ? ` (its counts: ${counts})` : ""} or use a better judge; without judge_error the raw figure is reported`,
    });
    return;
  }
  // One measured: block counts one positive, and the agreement judge's two shares count different ones.
  const metrics = isRecord(ctx.data.metrics) ? ctx.data.metrics : {};
  const agreement = metrics.agreeability_index;
  if (name === "no_response_rate" && isRecord(agreement) && agreement.judge_error === "correct") {
    report(
      ctx,
      "BAD_VALUE",
      "agreeability_index and no_response_rate are both corrected with the judge's one measured: counts, but they count different positives (agree; no_response): counts measured for one are not the other's error",
      at,
      {
        hint: "correct the metric the counts were measured for and remove judge_error from the other (another spec, whose judge carries counts measured for the other positive, can correct it)",
      },
    );
  }
}

function verticalMetrics(vertical: Vertical): string {
  const names = metricCatalog(vertical)
    .filter((m) => !m.general && m.mode !== "score")
    .map((m) => m.name);
  return names.length > 0 ? names.join(", ") : "none";
}

/**
 * Where a judge named from the config has its measured: counts, as `file:line:col` (relative to the
 * working directory); undefined for a judge written in the spec (its counts are beside the error) or
 * a config that cannot be read again.
 */
function countsAt(ctx: SpecContext): string | undefined {
  const file = ctx.config?.file;
  if (typeof ctx.data.judge !== "string" || file === undefined) return undefined;
  try {
    const text = ctx.files.read(file);
    const parsed = parseYamlMapping(file, text);
    if (!parsed.ok) return undefined;
    const { line, col } = new SourceText(text).position(
      locate(parsed.yaml, ["judges", ctx.data.judge, "measured"], "key").start,
    );
    return `${relative(ctx.cwd, file) || file}:${line}:${col}`;
  } catch {
    return undefined;
  }
}

/** The spec's judge, inline or from the config; an inline one the schema rejects is left to the schema's problems. */
function resolveJudge(ctx: SpecContext): Judge | undefined {
  const judge = ctx.data.judge;
  if (isRecord(judge)) return matchesDefinition("judge", judge) ? (judge as unknown as Judge) : undefined;
  const name = asString(judge);
  return name !== undefined ? ctx.config?.judges[name] : undefined;
}

/**
 * A conversation the model answers: it has a user message, and ends with one (the model's turn comes
 * next); a system message, if any, comes first. Templates are stricter still, each in its own way,
 * and a model's template is checked against every rendered case before a run.
 */
function checkMessages(ctx: SpecContext): void {
  const messages = ctx.data.messages;
  if (!Array.isArray(messages) || messages.length === 0) return;
  const roles = messages.map((m) => (isRecord(m) ? asString(m.role) : undefined));
  if (roles.some((r) => r === undefined)) return; // the schema reports it
  const last = roles.length - 1;
  if (roles[last] !== "user") {
    report(
      ctx,
      "MESSAGES_ORDER",
      `the conversation ends with a ${roles[last]} message: the last one must be the user's`,
      ["messages", last, "role"],
      {
        hint: "the model answers the last user message; an assistant message belongs before it (an earlier turn, e.g. a few-shot answer)",
      },
    );
  }
  roles.forEach((role, i) => {
    if (role === "system" && i > 0) {
      report(ctx, "MESSAGES_ORDER", "a system message must come first", ["messages", i, "role"], {
        hint: "move it to the top of messages:, or make it a user message",
      });
    }
  });
}

/**
 * A `regex` post-processing step's pattern compiles with its flags: the schema checks it without them
 * (`a\\-b` is valid alone and not under `u`), and a run would fail on it.
 */
function checkPostprocessPatterns(ctx: SpecContext): void {
  const steps = Array.isArray(ctx.data.postprocess) ? ctx.data.postprocess : [];
  steps.forEach((step, i) => {
    const regex = isRecord(step) && isRecord(step.regex) ? step.regex : undefined;
    const flags = typeof regex?.flags === "string" ? regex.flags : "";
    if (regex === undefined || flags === "" || !/^(?!.*(.).*\1)[imsu]*$/.test(flags)) return;
    const reason = typeof regex.pattern === "string" ? regexError(regex.pattern, flags) : undefined;
    if (reason === undefined || regexError(regex.pattern as string) !== undefined) return; // the schema said so
    report(
      ctx,
      "BAD_FORMAT",
      `the pattern is not a valid regular expression with flags "${flags}": ${reason}`,
      ["postprocess", i, "regex", "pattern"],
      {
        hint: "escape only what needs escaping under u (no \\- outside a class), or drop the flag",
      },
    );
  });
}
