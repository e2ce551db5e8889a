import { resolve } from "node:path";
import { compilePlan } from "../../src/compile/compile-plan";
import { memoryFiles } from "../../src/spec/file-access";
import type { Problem } from "../../src/spec/problem";
import { validateProject } from "../../src/spec/validate-project";

/** Probe specs in memory: their checks (positioned problems) and their compiled plan data. */
const CONFIG = [
  "version: 1",
  "models: { m: { path: m }, n: { path: n } }",
  "judges: { tox: { kind: toxicity-lexical }, wnw: { kind: wrong-not-wrong } }",
  "",
].join("\n");

const specText = (probe: string) => `version: 1\nid: t\nvertical: bias\nseed: 3\nprobes:\n${probe}`;

function load(probe: string, extra: Record<string, string> = {}) {
  const spec = specText(probe);
  const files = memoryFiles({ "/p/trustspec.config.yaml": CONFIG, "/p/s.trust.yaml": spec, ...extra });
  return validateProject({ paths: ["/p/s.trust.yaml"], cwd: "/p", files });
}

/** Error problems with the 1-based line they point at. */
function problems(
  probe: string,
  extra: Record<string, string> = {},
): (Pick<Problem, "code" | "message"> & { line?: number })[] {
  const text = specText(probe);
  return load(probe, extra)
    .problems.filter((p) => p.severity === "error")
    .map(({ code, message, start }) => ({
      code,
      message,
      ...(start !== undefined ? { line: text.slice(0, start).split("\n").length } : {}),
    }));
}

const PROBE = (over: Record<string, string> = {}) => {
  const f = {
    template: '"{{g}} are {{t}}."',
    slots: "{ g: [A, B, C], t: { path: traits.txt } }",
    swap: "g",
    measure: '{ logprob_diff: [" Yes", " No"] }',
    property: "{ invariant: { tolerance: 0.5 } }",
    ...over,
  };
  return `  - name: p\n${Object.entries(f)
    .map(([k, v]) => `    ${k}: ${v}`)
    .join("\n")}\n`;
};
const TRAITS = { "/p/traits.txt": "kind\n\n  tall  \nquiet\n" };

describe("probe checks", () => {
  it("accepts a well-formed probe", () => {
    expect(problems(PROBE(), TRAITS)).toEqual([]);
  });

  it("reports a slot file that is missing, empty, has a duplicate, or is a bad JSON list, at its path", () => {
    expect(problems(PROBE())).toEqual([
      expect.objectContaining({ code: "FILE_NOT_FOUND", message: "slot file not found: traits.txt", line: 8 }),
    ]);
    expect(problems(PROBE(), { "/p/traits.txt": "\n \n" })).toEqual([
      expect.objectContaining({ code: "BAD_VALUE", message: "traits.txt: the slot file has no values", line: 8 }),
    ]);
    expect(problems(PROBE(), { "/p/traits.txt": "kind\ntall\nkind\n" })[0]?.message).toBe(
      'traits.txt: the slot file lists "kind" twice: each value must be listed once',
    );
    expect(problems(PROBE(), { "/p/traits.txt": '["kind", 3]' })[0]?.message).toBe(
      "traits.txt: a JSON slot file must be a list of non-empty strings",
    );
  });

  it("needs two values to swap, and named values for directional and max_gap", () => {
    expect(problems(PROBE({ slots: "{ g: [A], t: [x] }" }))).toEqual([
      expect.objectContaining({
        code: "BAD_VALUE",
        message: 'the swapped slot "g" has 1 value: a swap needs at least two',
      }),
    ]);
    const generated = "{ g: { generator: names }, t: [x] }";
    expect(problems(PROBE({ slots: generated, property: "{ max_gap: 1 }" }))).toEqual([
      expect.objectContaining({ message: 'max_gap needs the swapped slot\'s values by name, but "g" is generated' }),
    ]);
    expect(
      problems(PROBE({ slots: generated, property: "{ directional: { higher: A, lower: B } }" }))[0]?.message,
    ).toBe('directional needs the swapped slot\'s values by name, but "g" is generated');
    expect(problems(PROBE({ property: "{ directional: { higher: A, lower: Z } }" }), TRAITS)).toEqual([
      expect.objectContaining({ message: '"Z" is not one of the values of the swapped slot "g"', line: 11 }),
    ]);
    expect(problems(PROBE({ slots: "{ g: [A, B], t: { generator: numbers, min: 9, max: 2 } }" }))).toEqual([
      expect.objectContaining({ message: "min 9 is above max 2" }),
    ]);
  });

  it("refuses a probe model the spec does not run on (the probe would never run there)", () => {
    const probe = `${PROBE()}    models: [n]\n`;
    const spec = specText(probe).replace("seed: 3\n", "seed: 3\nmodels: [m]\n");
    const files = memoryFiles({ "/p/trustspec.config.yaml": CONFIG, "/p/s.trust.yaml": spec, ...TRAITS });
    const found = validateProject({ paths: ["/p/s.trust.yaml"], cwd: "/p", files }).problems;
    expect(found.map((p) => [p.code, p.message])).toEqual([
      ["UNKNOWN_MODEL", 'probe model "n" is not one of the models this spec runs on'],
    ]);
    // With the config's defaults (every model) it runs.
    expect(problems(probe, TRAITS)).toEqual([]);
  });

  it("refuses a judge that gives no number per output", () => {
    expect(problems(PROBE({ measure: "{ judge: wnw }" }), TRAITS)).toEqual([
      expect.objectContaining({
        code: "BAD_VALUE",
        message: "a probe cannot measure with a wrong-not-wrong judge: it gives no number per output",
      }),
    ]);
    expect(problems(PROBE({ measure: "{ judge: tox }" }), TRAITS)).toEqual([]);
    expect(problems(PROBE({ measure: "{ judge: { kind: refusal } }" }), TRAITS)).toEqual([
      expect.objectContaining({
        code: "BAD_VALUE",
        message:
          "a probe cannot measure with a refusal judge: probes take a vertical judge's number, and general judges are for pass_rate and mean_score",
      }),
    ]);
  });
});

describe("compiled probes", () => {
  function compiled(probe: string, extra: Record<string, string> = {}) {
    const project = load(probe, extra);
    const spec = project.specs[0];
    if (!spec) throw new Error(JSON.stringify(project.problems));
    const result = compilePlan(spec, project.config);
    if (!result.ok) throw new Error("did not compile");
    return result.plan;
  }

  it("reads slot files into values, applies defaults, and keeps the probe's position", () => {
    const plan = compiled(PROBE(), TRAITS);
    expect(plan.probes).toEqual([
      {
        name: "p",
        template: "{{g}} are {{t}}.",
        partials: {},
        slots: {
          g: { kind: "values", values: ["A", "B", "C"] },
          t: { kind: "values", values: ["kind", "tall", "quiet"] },
        },
        swap: "g",
        measure: { kind: "logprob_diff", a: " Yes", b: " No" },
        property: { kind: "invariant", tolerance: 0.5 },
        runs: 100,
        seed: 3,
        at: { line: 6, col: 5 },
      },
    ]);
  });

  it("resolves a named judge and its generate settings, and a directional margin's default", () => {
    const plan = compiled(
      `${PROBE({
        measure: "{ judge: tox, generate: { max_tokens: 5, samples: 2, temperature: 0.7 } }",
        property: "{ directional: { higher: A, lower: B } }",
        slots: "{ g: [A, B], t: { generator: numbers, max: 9 } }",
      })}    runs: 7\n    seed: 12\n    models: [n]\n`,
    );
    const [p] = plan.probes;
    expect(p?.measure).toEqual({
      kind: "judge",
      judge: { kind: "toxicity-lexical" },
      settings: { samples: 2, maxTokens: 5, temperature: 0.7, topK: 0, topP: 1, stop: [], stopTokenIds: [] },
    });
    expect(p?.property).toEqual({ kind: "directional", higher: "A", lower: "B", margin: 0 });
    expect(p?.slots.t).toEqual({ kind: "generator", generator: "numbers", max: 9 });
    expect([p?.runs, p?.seed, p?.models]).toEqual([7, 12, ["n"]]);
    expect(resolve("/p/s.trust.yaml")).toBe(plan.file);
  });
});
