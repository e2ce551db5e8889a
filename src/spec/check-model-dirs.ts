import { relative } from "node:path";
import type { FileAccess } from "./file-access";
import type { ResolvedConfig } from "./load-config";
import { type Problem, problemsFor } from "./problem";
import { parseYamlMapping } from "./yaml-document";
import { locate } from "./yaml-locate";

/**
 * A warning for every configured model whose folder does not exist (yet): a new project's models are
 * often built or exported after its specs are written, so this is not an error, but `trustspec run`
 * stops on it (MODEL_DIR_NOT_FOUND, exit 3), and saying so at validation spares a wasted CI run.
 */
export function missingModelDirs(config: ResolvedConfig, configText: string, files: FileAccess): Problem[] {
  const file = config.file;
  if (file === undefined) return [];
  const parsed = parseYamlMapping(file, configText);
  const problem = problemsFor(file);
  return Object.entries(config.models).flatMap(([name, model]) => {
    if (model.remote !== undefined || files.isDirectory(model.path)) return [];
    const where = parsed.ok ? locate(parsed.yaml, ["models", name, "path"]) : undefined;
    return [
      problem(
        "MODEL_DIR_NOT_FOUND",
        `the folder of model "${name}" does not exist (yet): ${relative(config.dir, model.path) || model.path}`,
        {
          ...(where ? { start: where.start, end: where.end } : {}),
          severity: "warning",
          hint: "build or export the model there before `trustspec run` (optimum-cli export onnx …, docs/models.md), or try the demo models: `trustspec models build-demo` writes .trustspec/models/demo-base and demo-aligned",
        },
      ),
    ];
  });
}
