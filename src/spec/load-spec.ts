import type { SpecContext } from "./check-context";
import { checkDataset, type DatasetInfo } from "./check-dataset";
import { checkMeaning } from "./check-meaning";
import type { SlotFiles } from "./check-references";
import { checkReferences } from "./check-references";
import { checkTemplates } from "./check-templates";
import { type FileAccess, readText } from "./file-access";
import type { ResolvedConfig } from "./load-config";
import { hasErrors, type Problem, problemsFor } from "./problem";
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
}

/**
 * Reads, parses and checks one spec file, gathering every problem in one pass: YAML syntax first
 * (nothing else can be trusted past a syntax error), then the schema, then the checks the schema
 * cannot express — datasets, templates, names — each guarded so one mistake does not hide another.
 */
export function loadSpec(file: string, options: LoadOptions): SpecResult {
  const read = readText(options.files, file);
  if (!("text" in read)) {
    const problem = problemsFor(file);
    const message =
      read.reason === "missing" ? `spec file not found: ${file}` : `cannot read the spec file: ${read.detail}`;
    return {
      spec: undefined,
      problems: [problem(read.reason === "missing" ? "FILE_NOT_FOUND" : "FILE_UNREADABLE", message)],
      sources: {},
    };
  }
  const sources: Record<string, string> = { [file]: read.text };
  const parsed = parseYamlMapping(file, read.text);
  if (!parsed.ok) return { spec: undefined, problems: parsed.problems, sources };

  const ctx: SpecContext = {
    yaml: parsed.yaml,
    data: parsed.data,
    files: options.files,
    config: options.config,
    configInvalid: options.configInvalid ?? false,
    datasetOverrides: options.datasetOverrides ?? {},
    cwd: options.cwd,
    sources,
    problems: schemaProblems("spec", parsed.data, parsed.yaml),
  };
  const dataset = checkDataset(ctx);
  const partials = checkTemplates(ctx, dataset);
  const slotFiles = checkReferences(ctx, dataset);
  checkMeaning(ctx);
  const problems = dedupe(ctx.problems).sort((a, b) =>
    a.file === b.file ? (a.start ?? 0) - (b.start ?? 0) : a.file === file ? -1 : 1,
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
