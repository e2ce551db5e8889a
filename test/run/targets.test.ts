import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plan } from "../../src/compile/plan";
import { overrideConflict, planTargets, resolveOverride } from "../../src/run/targets";
import type { ResolvedConfig } from "../../src/spec/load-config";

/** Which models a spec runs on under --model and --baseline FILE, what each is to it, and who `--model DIR` is. */
const plan = (models: string[], baseline?: string): Plan =>
  ({
    specId: "s/x",
    models: models.map((name) => ({ name, dir: `/models/${name}` })),
    ...(baseline ? { compare: { baseline, maxRegression: 0, at: { line: 1, col: 1 } } } : {}),
  }) as unknown as Plan;
const roles = (targets: ReturnType<typeof planTargets>) => targets.map((t) => [t.name, t.role]);

describe("planTargets", () => {
  it("makes the compared baseline context beside its candidates, and a lone model a candidate", () => {
    expect(roles(planTargets(plan(["base", "aligned"], "base")))).toEqual([
      ["base", "baseline"],
      ["aligned", "candidate"],
    ]);
    expect(roles(planTargets(plan(["base"], "base")))).toEqual([["base", "candidate"]]);
    expect(roles(planTargets(plan(["base", "aligned"])))).toEqual([
      ["base", "candidate"],
      ["aligned", "candidate"],
    ]);
  });

  it("puts --model in place of every model but the baseline", () => {
    const override = { name: "./rc", dir: "/work/rc" };
    expect(roles(planTargets(plan(["base", "aligned"], "base"), { override }))).toEqual([
      ["base", "baseline"],
      ["./rc", "candidate"],
    ]);
    expect(roles(planTargets(plan(["base", "aligned"]), { override }))).toEqual([["./rc", "candidate"]]);
  });

  it("drops the in-run baseline for a spec the baseline scorecard has, and keeps it for one it lacks", () => {
    const override = { name: "./rc", dir: "/work/rc" };
    const withSpec = new Set(["s/x"]);
    expect(roles(planTargets(plan(["base", "aligned"], "base"), { override, external: withSpec }))).toEqual([
      ["./rc", "candidate"],
    ]);
    expect(roles(planTargets(plan(["base", "aligned"], "base"), { external: withSpec }))).toEqual([
      ["aligned", "candidate"],
    ]);
    expect(roles(planTargets(plan(["base", "aligned"], "base"), { override, external: new Set(["other"]) }))).toEqual([
      ["base", "baseline"],
      ["./rc", "candidate"],
    ]);
    // The baseline itself as the model under test, against an earlier scorecard of it: a candidate.
    const self = { name: "base", dir: "/models/base" };
    expect(roles(planTargets(plan(["base", "aligned"], "base"), { override: self, external: withSpec }))).toEqual([
      ["base", "candidate"],
    ]);
  });
});

describe("resolveOverride", () => {
  let root: string;
  let config: ResolvedConfig;
  beforeAll(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-targets-")));
    for (const d of ["proj/models/base", "elsewhere/base"]) mkdirSync(join(root, d), { recursive: true });
    symlinkSync(join(root, "proj/models/base"), join(root, "link"));
    config = { models: { base: { path: join(root, "proj/models/base") } } } as unknown as ResolvedConfig;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("names a directory by its path, never by its base name alone", () => {
    const cwd = join(root, "proj");
    expect(resolveOverride("../elsewhere/base", config, cwd)).toEqual({
      name: "../elsewhere/base",
      dir: join(root, "elsewhere/base"),
    });
    expect(resolveOverride(join(root, "elsewhere/base"), config, cwd).name).toBe("../elsewhere/base");
  });

  it("knows a configured model by its name, its folder and a symlink to it", () => {
    const cwd = join(root, "proj");
    for (const value of ["base", "models/base", "./models/base/", join(root, "link")]) {
      expect(resolveOverride(value, config, cwd)).toEqual({ name: "base", dir: join(root, "proj/models/base") });
    }
  });
});

describe("overrideConflict", () => {
  const specs = [
    { specId: "a", baseline: "base" },
    { specId: "b", baseline: undefined },
  ];
  it("refuses the baseline as the model under test, unless a baseline scorecard replaces it", () => {
    expect(overrideConflict(specs, { name: "base", dir: "/m/base" })).toContain(
      "--model base is the baseline that a compares with",
    );
    expect(overrideConflict(specs, { name: "base", dir: "/m/base" }, new Set(["a"]))).toBeUndefined();
    expect(overrideConflict(specs, { name: "rc", dir: "/m/rc" })).toBeUndefined();
    expect(overrideConflict(specs, undefined)).toBeUndefined();
  });

  it("runs every model at --dtype, the baseline too, and keeps each model's own dtype without it", () => {
    const p = plan(["base", "aligned"], "base");
    const withDtypes = {
      ...p,
      models: p.models.map((m) => (m.name === "aligned" ? { ...m, dtype: "q4" as const } : m)),
    };
    expect(planTargets(withDtypes).map((t) => [t.name, t.dtype])).toEqual([
      ["base", undefined],
      ["aligned", "q4"],
    ]);
    expect(planTargets(withDtypes, { dtype: "int8" }).map((t) => [t.name, t.dtype])).toEqual([
      ["base", "int8"],
      ["aligned", "int8"],
    ]);
  });
});
