import { dirname } from "node:path";
import type { SpecContext } from "./check-context";
import { checkDataset, type DatasetInfo } from "./check-dataset";
import { checkMeaning } from "./check-meaning";
import type { SlotFiles } from "./check-references";
import { checkReferences } from "./check-references";
import { checkTemplates } from "./check-templates";
import { DEFAULT_LIMITS, type FileAccess, readText } from "./file-access";
import type { ResolvedConfig } from "./load-config";
import { pathScope } from "./path-scope";
import { capPerFile, hasErrors, type Problem, problemsFor } from "./problem";
import { readProblem } from "./read-problem";
import { schemaProblems } from "./schema-errors";
import type { TrustSpec } from "./schema-types.generated";
import { parseYamlMapping, type YamlFile } from "./yaml-document";

/** A spec that passed every check, with what the checks learnt (its items, its YAML for positions). */
export interface LoadedSpec {
  readonly file: string;
  readonly yaml: YamlFile;
  readonly spec: TrustSpec;
  readonly dataset: DatasetInfo;
  /** The texts of the spec's partial files, by partial name. */
  readonly partials: Readonly<Record<string, string>>;
  /** The values of the probes' slot files, by absolute path. */
  readonly slotFiles: SlotFiles;
}

export interface SpecResult {
  /** Set only when the spec has no errors (warnings allowed). */
  readonly spec: LoadedSpec | undefined;
  readonly problems: Problem[];
  /** Texts of every file a problem points into, for code frames. */
  readonly sources: Record<string, string>;
}

export interface LoadOptions {
  readonly files: FileAccess;
  readonly config: ResolvedConfig | undefined;
  /** Set when a config was found but has errors (reported with the config). */
  readonly configInvalid?: boolean;
  readonly datasetOverrides?: Readonly<Record<string, string>>;
  readonly cwd: string;
  /**
   * The project root the spec's paths must stay in (with the config's allow_paths). Default: the
   * config's directory, else the spec's own directory.
   */
  readonly root?: string;
}

/**
 * Reads, parses and checks one spec file, gathering every problem in one pass: YAML syntax first
 * (nothing else can be trusted past a syntax error), then the schema, then the checks the schema
 * cannot express — datasets, templates, names — each guarded so one mistake does not hide another.
 */
export function loadSpec(file: string, options: LoadOptions): SpecResult {
  const limits = options.config?.limits ?? DEFAULT_LIMITS;
  const read = readText(options.files, file, { maxBytes: limits.specBytes });
  if (!("text" in read)) {
    const problem = problemsFor(file);
    const failed = readProblem(read, file, {
      noun: "spec file",
      limitKey: "limits.spec_file_mb",
      missingCode: "FILE_NOT_FOUND",
      missingHint: "check the path",
    });
    if (failed.inFile === undefined) {
      return { spec: undefined, problems: [problem(failed.code, failed.message, { hint: failed.hint })], sources: {} };
    }
    const { text, start, end } = failed.inFile;
    return {
      spec: undefined,
      problems: [problem(failed.code, failed.message, { start, end, hint: failed.hint })],
      sources: { [file]: text },
    };
  }
  const sources: Record<string, string> = { [file]: read.text };
  const parsed = parseYamlMapping(file, read.text);
  if (!parsed.ok) return { spec: undefined, problems: parsed.problems, sources };

  const root = options.root ?? options.config?.dir ?? dirname(file);
  const rootOf = options.root !== undefined || options.config !== undefined ? "config" : "spec";
  const ctx: SpecContext = {
    yaml: parsed.yaml,
    data: parsed.data,
    files: options.files,
    config: options.config,
    configInvalid: options.configInvalid ?? false,
    datasetOverrides: options.datasetOverrides ?? {},
    cwd: options.cwd,
    scope: pathScope(options.files, root, options.config?.allowPaths ?? [], rootOf),
    limits,
    sources,
    problems: schemaProblems("spec", parsed.data, parsed.yaml),
  };
  const dataset = checkDataset(ctx);
  const partials = checkTemplates(ctx, dataset);
  const slotFiles = checkReferences(ctx, dataset);
  checkMeaning(ctx);
  const problems = capPerFile(
    dedupe(ctx.problems).sort((a, b) =>
      a.file === b.file ? (a.start ?? 0) - (b.start ?? 0) : a.file === file ? -1 : 1,
    ),
  );
  const spec = hasErrors(problems)
    ? undefined
    : { file, yaml: parsed.yaml, spec: parsed.data as unknown as TrustSpec, dataset, partials, slotFiles };
  return { spec, problems, sources };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${p.start}|${p.code}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
