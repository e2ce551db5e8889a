import { dirname, resolve } from "node:path";
import { asString, asStringList, isRecord, report, type SpecContext } from "./check-context";
import type { DatasetInfo } from "./check-dataset";
import { checkJudgeTree, type JudgeSite } from "./check-judges";
import { verdictKind } from "./judge-tree";
import { parseSlotFile } from "./probe-slots";
import { problemsFor } from "./problem";
import { isConfined, readNamedFile } from "./read-named-file";
import type { Judge } from "./schema-types.generated";
import { didYouMean } from "./suggest";
import { valueAt } from "./value-at";
import type { PathSegment } from "./yaml-locate";

/**
 * Checks that every name the spec uses exists: models and judges in the config, dataset fields
 * and conditions in choices, expected labels, group_by, redact and judge field references, and the
 * probe slots a probe swaps.
 */
export function checkReferences(ctx: SpecContext, dataset: DatasetInfo): SlotFiles {
  checkModels(ctx);
  checkJudge(ctx, ctx.data.judge, ["judge"]);
  checkFieldRefs(ctx, dataset);
  return checkProbes(ctx);
}

/** The values of every probe slot file the spec names, by absolute path. */
export type SlotFiles = Readonly<Record<string, readonly string[]>>;

/** Judges a probe can measure with: each gives one number per output (a score, or agree = 1). */
const PROBE_JUDGES = ["agreement", "toxicity-lexical", "toxicity-learned", "toxicity-classifier"];

function checkModels(ctx: SpecContext): void {
  const lists: PathSegment[][] = [["models"]];
  const probes = Array.isArray(ctx.data.probes) ? ctx.data.probes : [];
  probes.forEach((probe, i) => {
    if (isRecord(probe) && Array.isArray(probe.models)) lists.push(["probes", i, "models"]);
  });
  const known = ctx.config ? Object.keys(ctx.config.models) : [];
  const check = (name: string, path: PathSegment[]) => {
    if (ctx.configInvalid) return;
    if (!ctx.config) {
      report(ctx, "CONFIG_NOT_FOUND", `model "${name}" is named, but no ${"trustspec.config.yaml"} was found`, path, {
        hint: "create one with `trustspec init`, or pass --config FILE",
      });
    } else if (!ctx.config.models[name]) {
      report(ctx, "UNKNOWN_MODEL", `model "${name}" is not defined in ${ctx.config.file ?? "the config"}`, path, {
        hint: didYouMean(name, known, "models"),
      });
    }
  };
  for (const listPath of lists) {
    const list = valueAt(ctx.data, listPath);
    asStringList(list).forEach((name, i) => {
      check(name, [...listPath, i]);
    });
  }
  const runs = Array.isArray(ctx.data.models) ? asStringList(ctx.data.models) : (ctx.config?.defaults.models ?? []);
  // A probe runs on the spec's models only (or on --model): one it names beyond them would never run.
  probes.forEach((probe, i) => {
    if (!isRecord(probe)) return;
    asStringList(probe.models).forEach((name, j) => {
      if (ctx.config?.models[name] && !runs.includes(name)) {
        report(
          ctx,
          "UNKNOWN_MODEL",
          `probe model "${name}" is not one of the models this spec runs on`,
          ["probes", i, "models", j],
          {
            hint: `add it to the spec's models: (now ${runs.join(", ") || "none"}), or drop it here`,
          },
        );
      }
    });
  });
  const compare = ctx.data.compare;
  const baseline = isRecord(compare) ? asString(compare.baseline) : undefined;
  if (baseline !== undefined) {
    check(baseline, ["compare", "baseline"]);
    if (ctx.config?.models[baseline] && !runs.includes(baseline)) {
      report(
        ctx,
        "UNKNOWN_MODEL",
        `the baseline "${baseline}" is not one of the models this spec runs on`,
        ["compare", "baseline"],
        {
          hint: `add it to models: (now ${runs.join(", ") || "none"})`,
        },
      );
    }
  }
}

function checkJudge(ctx: SpecContext, judge: unknown, path: PathSegment[]): void {
  checkJudgeTree(specJudgeSite(ctx), judge, path);
  if (typeof judge !== "string" || ctx.configInvalid) return;
  const judges = ctx.config ? Object.keys(ctx.config.judges) : [];
  if (!ctx.config) {
    report(ctx, "CONFIG_NOT_FOUND", `judge "${judge}" is named, but no trustspec.config.yaml was found`, path, {
      hint: "write the judge inline ({kind: …}), or create a config with `trustspec init`",
    });
  } else if (!ctx.config.judges[judge]) {
    report(ctx, "UNKNOWN_JUDGE", `judge "${judge}" is not defined in the config's judges`, path, {
      hint:
        judges.length > 0
          ? didYouMean(judge, judges, "judges")
          : "define it under judges: in the config, or write it inline",
    });
  }
}

/** An inline judge's checks report in the spec, and read the files it names relative to the spec. */
function specJudgeSite(ctx: SpecContext): JudgeSite {
  return {
    report: (code, message, path, hint) => report(ctx, code, message, path, { hint }),
    confined: (written, path) => isConfined(ctx, written, path),
    read: (written, path, role) => readNamedFile(ctx, { written, at: path, role, data: false }),
    reportInFile: (file, text, code, message, start, hint) => {
      ctx.sources[file] = text;
      ctx.problems.push(problemsFor(file)(code, message, { start, end: start + 1, hint }));
    },
  };
}

function checkFieldRefs(ctx: SpecContext, dataset: DatasetInfo): void {
  const fields = dataset.fields;
  if (fields === undefined) return;
  const conditions = isRecord(ctx.data.conditions) ? Object.keys(ctx.data.conditions) : [];
  const check = (ref: unknown, path: PathSegment[], alsoConditions: boolean) => {
    if (typeof ref !== "string") return;
    const head = ref.split(".")[0] ?? ref;
    if (fields.has(head) || (alsoConditions && conditions.includes(head))) return;
    const known = alsoConditions ? [...fields, ...conditions] : [...fields];
    report(ctx, "UNKNOWN_FIELD", `"${ref}" is not a dataset field${alsoConditions ? " or condition" : ""}`, path, {
      hint: known.length > 0 ? didYouMean(head, known, "available") : "the dataset has no fields",
    });
  };
  const score = isRecord(ctx.data.score) ? ctx.data.score : {};
  const choices = score.choices;
  if (isRecord(choices)) {
    check(choices.field, ["score", "choices", "field"], false);
    for (const [i, f] of asStringList(choices.fields).entries()) check(f, ["score", "choices", "fields", i], false);
  }
  if (isRecord(score.correct)) check(score.correct.field, ["score", "correct", "field"], false);
  if (isRecord(ctx.data.expected)) check(ctx.data.expected.field, ["expected", "field"], false);
  if (isRecord(ctx.data.redact)) {
    for (const [i, f] of asStringList(ctx.data.redact.fields).entries()) check(f, ["redact", "fields", i], false);
    check(ctx.data.redact.kind, ["redact", "kind"], false);
  }
  if (Array.isArray(ctx.data.group_by)) {
    ctx.data.group_by.forEach((g, i) => {
      if (!Array.isArray(g)) check(g, ["group_by", i], true);
      else for (const [j, h] of g.entries()) check(h, ["group_by", i, j], true);
    });
  }
  const judge = ctx.data.judge;
  if (isRecord(judge)) {
    for (const key of ["options", "correct", "secret"]) check(judge[key], ["judge", key], false);
  }
  // equals and starts_with may compare with a field, inside not, all_of and any_of too.
  const fieldsOf = (j: unknown, path: PathSegment[]): void => {
    if (!isRecord(j)) return;
    if (j.kind === "equals" || j.kind === "starts_with") check(j.field, [...path, "field"], false);
    if (j.kind === "not") fieldsOf(j.judge, [...path, "judge"]);
    if (Array.isArray(j.judges)) for (const [i, inner] of j.judges.entries()) fieldsOf(inner, [...path, "judges", i]);
  };
  fieldsOf(judge, ["judge"]);
}

function checkProbes(ctx: SpecContext): SlotFiles {
  const slotFiles: Record<string, readonly string[]> = {};
  const probes = Array.isArray(ctx.data.probes) ? ctx.data.probes : [];
  probes.forEach((probe, i) => {
    if (!isRecord(probe) || !isRecord(probe.slots)) return;
    const at = (...rest: PathSegment[]): PathSegment[] => ["probes", i, ...rest];
    const slots = Object.keys(probe.slots);
    for (const [name, slot] of Object.entries(probe.slots)) {
      if (isRecord(slot) && typeof slot.min === "number" && typeof slot.max === "number" && slot.min > slot.max) {
        report(ctx, "BAD_VALUE", `min ${slot.min} is above max ${slot.max}`, at("slots", name, "min"), {
          hint: "the numbers generator draws integers from min to max",
        });
      }
      if (!isRecord(slot) || typeof slot.path !== "string") continue;
      const hint = "slot files are relative to the spec: one value per line, or a JSON list of strings";
      const read = readNamedFile(ctx, {
        written: slot.path,
        at: at("slots", name, "path"),
        data: true,
        role: { noun: "slot file", limitKey: "limits.data_file_mb", missingCode: "FILE_NOT_FOUND", missingHint: hint },
      });
      if (read === undefined) continue;
      const parsed = parseSlotFile(read.text);
      if ("error" in parsed)
        report(ctx, "BAD_VALUE", `${slot.path}: ${parsed.error}`, at("slots", name, "path"), { hint });
      else slotFiles[read.file] = parsed.values;
    }
    const swap = asString(probe.swap);
    if (swap !== undefined && !slots.includes(swap)) {
      report(ctx, "UNKNOWN_FIELD", `swap names "${swap}", which is not a slot of this probe`, at("swap"), {
        hint: didYouMean(swap, slots, "slots"),
      });
    }
    const swapSlot = swap !== undefined ? probe.slots[swap] : undefined;
    const swapValues = Array.isArray(swapSlot)
      ? asStringList(swapSlot)
      : isRecord(swapSlot) && typeof swapSlot.path === "string"
        ? slotFiles[resolve(dirname(ctx.yaml.file), swapSlot.path)]
        : undefined;
    const generated = isRecord(swapSlot) && swapSlot.generator !== undefined;
    if (swapValues !== undefined && swapValues.length < 2) {
      report(
        ctx,
        "BAD_VALUE",
        `the swapped slot "${swap}" has ${swapValues.length} value: a swap needs at least two`,
        at("slots", swap as string),
        {
          hint: "list the protected attribute's values to compare, e.g. [Left-handed people, Right-handed people]",
        },
      );
    }
    const property = isRecord(probe.property) ? probe.property : {};
    for (const kind of ["directional", "max_gap"]) {
      if (generated && property[kind] !== undefined) {
        report(
          ctx,
          "BAD_VALUE",
          `${kind} needs the swapped slot's values by name, but "${swap}" is generated`,
          at("property", kind),
          {
            hint:
              kind === "max_gap"
                ? "max_gap compares each value's mean over the runs: give the swapped slot a list or a file, or use invariant"
                : "give the swapped slot a list or a file holding the two values, or use invariant",
          },
        );
      }
    }
    if (swapValues !== undefined && isRecord(property.directional)) {
      for (const side of ["higher", "lower"]) {
        const v = asString(property.directional[side]);
        if (v !== undefined && !swapValues.includes(v)) {
          report(
            ctx,
            "BAD_VALUE",
            `"${v}" is not one of the values of the swapped slot "${swap}"`,
            at("property", "directional", side),
            { hint: didYouMean(v, [...swapValues], "values") },
          );
        }
      }
    }
    const measure = isRecord(probe.measure) ? probe.measure : {};
    checkJudge(ctx, measure.judge, at("measure", "judge"));
    const judge = typeof measure.judge === "string" ? ctx.config?.judges[measure.judge] : measure.judge;
    const kind = isRecord(judge) ? asString(judge.kind) : undefined;
    if (kind !== undefined && !PROBE_JUDGES.includes(kind)) {
      report(
        ctx,
        "BAD_VALUE",
        isRecord(judge) && verdictKind(judge as unknown as Judge) === "check"
          ? `a probe cannot measure with a ${kind} judge: probes take a vertical judge's number, and general judges are for pass_rate and mean_score`
          : `a probe cannot measure with a ${kind} judge: it gives no number per output`,
        at("measure", "judge"),
        {
          hint: `use one of ${PROBE_JUDGES.join(", ")} (agreement counts agree as 1), or a logprob_diff or p_agree measure`,
        },
      );
    }
  });
  return slotFiles;
}
