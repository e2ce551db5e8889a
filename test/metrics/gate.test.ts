import fc from "fast-check";
import type { Estimate } from "../../src/metrics/estimate";
import { applyGate, type GateValue } from "../../src/metrics/gate";

const estimate: Estimate = { point: 0.2, lower: 0.12, upper: 0.31 };

describe("applyGate", () => {
  it.each<[GateValue, number]>([
    ["point", 0.2],
    ["lower", 0.12],
    ["upper", 0.31],
  ])("compares the %s (%p) with min, max and both", (which, value) => {
    const gate = (min?: number, max?: number) =>
      applyGate(estimate, {
        gate: which,
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      });
    expect(gate(value - 0.01)).toMatchObject({ pass: true, compared: value, which });
    expect(gate(value)).toMatchObject({ pass: true }); // at the threshold passes
    expect(gate(value + 0.01)).toMatchObject({ pass: false, compared: value, which });
    expect(gate(undefined, value + 0.01).pass).toBe(true);
    expect(gate(undefined, value).pass).toBe(true);
    expect(gate(undefined, value - 0.01).pass).toBe(false);
    expect(gate(value - 0.01, value + 0.01).pass).toBe(true);
    expect(gate(value, value).pass).toBe(true);
    expect(gate(value + 0.01, value + 0.02).pass).toBe(false);
    expect(gate(value - 0.02, value - 0.01).pass).toBe(false);
  });

  it("says what was compared with which threshold", () => {
    expect(applyGate(estimate, { max: 0.25, gate: "upper" })).toEqual({
      pass: false,
      compared: 0.31,
      which: "upper",
      threshold: { max: 0.25 },
      reason: "upper bound 0.31 of the 95% interval is above max 0.25",
    });
    expect(applyGate({ point: 0.12, lower: 0, upper: 0.3 }, { max: 0.3, gate: "point" }).reason).toBe(
      "point 0.12 is at most max 0.3",
    );
    expect(applyGate({ point: 0.7, lower: 0.6123456, upper: 0.8 }, { min: 0.65, gate: "lower" }, 0.9).reason).toBe(
      "lower bound 0.6123 of the 90% interval is below min 0.65",
    );
    expect(applyGate(estimate, { min: 0.1, gate: "lower" }).reason).toBe(
      "lower bound 0.12 of the 95% interval is at least min 0.1",
    );
    expect(applyGate(estimate, { min: 0.1, max: 0.3, gate: "point" })).toMatchObject({
      threshold: { min: 0.1, max: 0.3 },
      reason: "point 0.2 is between min 0.1 and max 0.3",
    });
    expect(applyGate(estimate, { min: 0.25, max: 0.3, gate: "point" }).reason).toBe("point 0.2 is below min 0.25");
  });

  it("shows enough digits to tell a near miss from its threshold", () => {
    const near = { point: 0.25004, lower: 0.2, upper: 0.3 };
    expect(applyGate(near, { max: 0.25, gate: "point" }).reason).toBe("point 0.25004 is above max 0.25");
    const justUnder = { point: 0.2499996, lower: 0.2, upper: 0.3 };
    expect(applyGate(justUnder, { max: 0.25, gate: "point" }).reason).toBe("point 0.2499996 is at most max 0.25");
    expect(applyGate({ point: 1 / 3, lower: 0, upper: 1 }, { max: 0.5, gate: "point" }).reason).toBe(
      "point 0.3333 is at most max 0.5",
    );
  });

  it("mentions the compared value and the threshold in every reason", () => {
    const value = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(value, value, fc.constantFrom<GateValue>("point", "lower", "upper"), (x, t, which) => {
        const { reason, pass } = applyGate({ point: x, lower: x, upper: x }, { max: t, gate: which });
        // The value shown is the compared one to at least 4 significant digits.
        const shown = Number(/(?:point|bound) (\S+)/.exec(reason)?.[1]);
        return pass === x <= t && reason.includes(`max ${t}`) && Math.abs(shown - x) <= 5e-4 * Math.abs(x);
      }),
    );
  });

  it("fails a metric that could not be computed", () => {
    const none = { point: Number.NaN, lower: 0, upper: 1 }; // what wilson(0, 0) returns
    const verdict = applyGate(none, { max: 0.3, gate: "point" });
    expect(verdict.pass).toBe(false);
    expect(verdict.compared).toBeNaN();
    expect(verdict.reason).toMatch(/could not be computed/);
    const empty = { point: Number.NaN, lower: Number.NaN, upper: Number.NaN }; // an empty bootstrap
    expect(applyGate(empty, { min: 0.5, gate: "lower" }).pass).toBe(false);
    expect(applyGate(empty, { min: 0.5, gate: "upper" }).pass).toBe(false);
  });

  it("passes without a threshold, even when the metric is undefined", () => {
    for (const e of [estimate, { point: Number.NaN, lower: Number.NaN, upper: Number.NaN }]) {
      expect(applyGate(e, { gate: "point" })).toMatchObject({ pass: true, threshold: {}, reason: "no threshold" });
    }
  });

  it("rejects thresholds the spec validator would reject", () => {
    expect(() => applyGate(estimate, { min: 0.5, max: 0.4, gate: "point" })).toThrow(RangeError);
    expect(() => applyGate(estimate, { max: Number.NaN, gate: "point" })).toThrow(RangeError);
  });
});
