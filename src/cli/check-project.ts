import { compilePlan } from "../compile/compile-plan";
import type { Plan } from "../compile/plan";
import { type UnreachableGate, unreachableGates } from "../metrics/unreachable-gates";
import { maskCellValue } from "../report/mask";
import { planTargets } from "../run/targets";
import { missingModelDirs } from "../spec/check-model-dirs";
import { type Problem, problemsFor } from "../spec/problem";
import { type ProjectOptions, type ProjectResult, validateProject } from "../spec/validate-project";
import { locate } from "../spec/yaml-locate";
import { chatConfigProblems, conversationProblems } from "./check-chat";
import { remoteScoreProblems } from "./check-remote";
import { withDocsPaths } from "./docs-path";

/**
 * `validateProject` plus what a run will meet: a MODEL_DIR_NOT_FOUND warning for every configured
 * model folder that does not exist yet, a GATE_CANNOT_PASS warning at every threshold on an interval
 * bound that no outcome can meet at the dataset's size, and an error where a spec's conversation
 * cannot be written for one of its models (conversationProblems). They live here, not in the spec
 * layer, because they look past the specs (at the model folders, at the compiled plan's cases and the
 * metrics' intervals); `validate` and `run` both check with this, so they report the same problems.
 */
export function checkProject(options: ProjectOptions): CheckedProject {
  const project = validateProject(options);
  const config = project.config;
  const modelDirs =
    config?.file !== undefined ? missingModelDirs(config, project.sources[config.file] ?? "", options.files) : [];
  const plans: Plan[] = [];
  const gates = project.specs.flatMap((loaded) => {
    const compiled = compilePlan(loaded, project.config);
    if (!compiled.ok) return [];
    plans.push(compiled.plan);
    return unreachableGates(compiled.plan).map((gate): Problem => {
      const where = locate(loaded.yaml, ["metrics", gate.metric, gate.key]);
      // A cell of a redacted field is named by its mask, never by its value (as in every report).
      const cell = gate.cell && {
        ...gate.cell,
        value: maskCellValue(gate.cell.dimension, gate.cell.value, compiled.plan.redact),
      };
      const shown = cell ? { ...gate, cell } : gate;
      return problemsFor(loaded.file)("GATE_CANNOT_PASS", message(shown, compiled.plan.confidence), {
        start: where.start,
        end: where.end,
        severity: "warning",
        hint: hint(shown),
      });
    });
  });
  // A model whose template the config check finds wanting is reported there, not again at every spec.
  const chatConfig =
    config?.file !== undefined
      ? chatConfigProblems(config, project.sources[config.file] ?? "", options.files)
      : { problems: [], models: new Set<string>() };
  // With --model, the run checks the model it is given itself; a spec's baseline stays.
  const chats = conversationProblems(
    plans,
    (plan) => planTargets(plan).filter((t) => !options.modelOverride || t.name === plan.compare?.baseline),
    project.sources,
    options.files,
    chatConfig.models,
  );
  const scores = remoteScoreProblems(
    plans,
    (plan) => planTargets(plan).filter((t) => !options.modelOverride || t.name === plan.compare?.baseline),
    project.sources,
  );
  // The config's warnings first, as the validator reports the config before the specs.
  const extra = [...chatConfig.problems, ...gates, ...chats, ...scores];
  const problems =
    modelDirs.length === 0 && extra.length === 0
      ? project.problems
      : inFileOrder([...modelDirs, ...project.problems, ...extra]);
  // Hints name the docs where the CLI runs (node_modules/trustspec/docs/… in a project that installed it).
  return { ...project, problems: problems.map((p) => withDocsHint(p, options.cwd)), plans };
}

function withDocsHint(problem: Problem, cwd: string): Problem {
  return problem.hint === undefined ? problem : { ...problem, hint: withDocsPaths(problem.hint, cwd) };
}

export interface CheckedProject extends ProjectResult {
  /** The plans of the specs that compiled (a spec that does not reports why in its suite). */
  readonly plans: readonly Plan[];
}

/** Files in the order they first appear, and each file's problems by position, as the validator orders them. */
function inFileOrder(problems: readonly Problem[]): Problem[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile.values()].flatMap((list) => list.sort((a, b) => (a.start ?? 0) - (b.start ?? 0)));
}

function message(gate: UnreachableGate, confidence: number): string {
  const best = gate.key === "max" ? `0 of ${gate.n}` : `${gate.n} of ${gate.n}`;
  const past = gate.key === "max" ? "above" : "below";
  const cell = gate.cell;
  const what = cell
    ? `${gate.metric} [${cell.dimension} = ${cell.value}] can never pass here (each: gates every cell on its own interval${cell.of > 1 ? `; ${cell.of} cells cannot pass, this is the smallest` : ""})`
    : `${gate.metric} can never pass here`;
  const interval = `${gate.corrected ? "corrected " : ""}${Math.round(confidence * 1000) / 10}% interval`;
  return `${what}: even at the best outcome (${best}) the ${gate.which} bound of its ${interval} is ${round(gate.bound)}, ${past} ${gate.key} ${gate.threshold}`;
}

function hint(gate: UnreachableGate): string {
  const point = `or gate the point estimate (remove gate: ${gate.which})${gate.cell ? ", or drop each:" : ""}`;
  if (gate.neededN === undefined) return `no dataset size reaches ${gate.key} ${gate.threshold} on a bound: ${point}`;
  const more = gate.unit === "case" ? "items or conditions" : "items, conditions or samples";
  return `the ${gate.which} bound can reach ${gate.key} ${gate.threshold} from n = ${gate.neededN} (more ${more}), ${point}`;
}

function round(x: number): string {
  return String(Number(x.toPrecision(3)));
}
