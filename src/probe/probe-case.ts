import fc from "fast-check";
import type { PlanProbe, PlanProbeSlot } from "../compile/plan";
import { compileTemplate } from "../spec/template";
import { listValues, names, numbers, phrases } from "./generators";

/**
 * One fast-check case of a probe: a value for every slot but the swapped one (the fillers), and the
 * swapped values its template is rendered with — every value of a list or file slot (the two a
 * directional property names), or two distinct generated ones.
 */
export interface ProbeCase {
  readonly fillers: Readonly<Record<string, string>>;
  readonly swapped: readonly string[];
}

/** One rendering of a case: the template with the swapped slot set to `value`. */
export interface ProbeRendering {
  readonly value: string;
  readonly prompt: string;
}

export function slotArbitrary(slot: PlanProbeSlot): fc.Arbitrary<string> {
  if (slot.kind === "values") return listValues(slot.values);
  switch (slot.generator) {
    case "names":
      return names();
    case "numbers":
      return numbers(slot.min, slot.max);
    case "phrases":
      return phrases();
  }
}

/** The arbitrary of a probe's cases; it shrinks every filler (and generated swap values) to its simplest. */
export function probeArbitrary(probe: PlanProbe): fc.Arbitrary<ProbeCase> {
  const fillers = Object.fromEntries(
    Object.entries(probe.slots)
      .filter(([name]) => name !== probe.swap)
      .map(([name, slot]) => [name, slotArbitrary(slot)]),
  );
  const swap = probe.slots[probe.swap];
  if (!swap) throw new Error(`internal: the probe swaps "${probe.swap}", which is not one of its slots`);
  const swapped: fc.Arbitrary<readonly string[]> =
    swap.kind === "generator"
      ? fc.tuple(slotArbitrary(swap), slotArbitrary(swap)).filter(([a, b]) => a !== b)
      : fc.constant(
          probe.property.kind === "directional" ? [probe.property.higher, probe.property.lower] : swap.values,
        );
  return fc.record({ fillers: fc.record(fillers), swapped });
}

/** Renders a case's template once per swapped value (partials and helpers as in prompts). */
export function caseRenderer(probe: PlanProbe): (c: ProbeCase) => ProbeRendering[] {
  const render = compileTemplate(probe.template, { ...probe.partials });
  return (c) =>
    c.swapped.map((value) => ({
      value,
      prompt: render({ ...c.fillers, [probe.swap]: value }, { shuffleSeed: probe.seed }),
    }));
}
