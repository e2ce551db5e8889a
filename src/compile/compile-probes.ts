import { dirname, resolve } from "node:path";
import type { ResolvedConfig } from "../spec/load-config";
import type { LoadedSpec } from "../spec/load-spec";
import type { Judge, Probe } from "../spec/schema-types.generated";
import { SourceText } from "../spec/source-text";
import { locate } from "../spec/yaml-locate";
import { generateSettings } from "./generate-settings";
import type { PlanProbe, PlanProbeMeasure, PlanProbeProperty, PlanProbeSlot } from "./plan";
import { resolveJudgeRef } from "./resolve-judge";

/** Default fast-check runs of a probe (docs/spec-reference.md, "Probes"). */
export const DEFAULT_PROBE_RUNS = 100;

/**
 * A spec's probes as plan data: slot files replaced by their values (read and checked at load), named
 * judges resolved, defaults applied. Validation has already checked what could be wrong.
 */
export function compileProbes(loaded: LoadedSpec, config: ResolvedConfig | undefined, specSeed: number): PlanProbe[] {
  const { spec, file, yaml } = loaded;
  const text = new SourceText(yaml.text);
  return (spec.probes ?? []).map((probe, i) => ({
    name: probe.name,
    template: probe.template,
    partials: loaded.partials,
    slots: Object.fromEntries(
      Object.entries(probe.slots).map(([name, slot]): [string, PlanProbeSlot] => {
        if (Array.isArray(slot)) return [name, { kind: "values", values: slot }];
        if ("path" in slot) {
          const values = loaded.slotFiles[resolve(dirname(file), slot.path)];
          if (!values) throw new Error(`internal: the slot file ${slot.path} was not read at load`);
          return [name, { kind: "values", values }];
        }
        return [
          name,
          {
            kind: "generator",
            generator: slot.generator,
            ...(slot.min !== undefined ? { min: slot.min } : {}),
            ...(slot.max !== undefined ? { max: slot.max } : {}),
          },
        ];
      }),
    ),
    swap: probe.swap,
    measure: probeMeasure(probe, file, config),
    property: probeProperty(probe),
    runs: probe.runs ?? DEFAULT_PROBE_RUNS,
    seed: probe.seed ?? specSeed,
    ...(probe.models ? { models: probe.models } : {}),
    at: text.position(locate(yaml, ["probes", i, "name"], "key").start),
  }));
}

function probeMeasure(probe: Probe, file: string, config: ResolvedConfig | undefined): PlanProbeMeasure {
  const m = probe.measure;
  if ("logprob_diff" in m) return { kind: "logprob_diff", a: m.logprob_diff[0], b: m.logprob_diff[1] };
  if ("p_agree" in m) return { kind: "p_agree", agree: m.p_agree.agree, disagree: m.p_agree.disagree };
  const judge = resolveJudgeRef(m.judge as string | Judge, file, config);
  if (!judge) throw new Error(`internal: the probe's judge was not resolved at load`);
  return { kind: "judge", judge, settings: generateSettings(m.generate ?? {}) };
}

function probeProperty(probe: Probe): PlanProbeProperty {
  const p = probe.property;
  if ("invariant" in p) return { kind: "invariant", tolerance: p.invariant.tolerance };
  if ("directional" in p) {
    const d = p.directional;
    return { kind: "directional", higher: d.higher, lower: d.lower, margin: d.margin ?? 0 };
  }
  return { kind: "max_gap", gap: p.max_gap };
}
