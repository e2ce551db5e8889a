import { resolve } from "node:path";
import { paintFor } from "../../report/paint";
import { diskFiles } from "../../spec/file-access";
import { displayPath, formatProblem, positionProblem, summarize } from "../../spec/format-problems";
import { hasErrors } from "../../spec/problem";

import { parseCommand, parseDatasetOverrides } from "../args";
import { checkProject } from "../check-project";
import type { Command } from "../command";
import { EXIT } from "../io";

export const validateCommand: Command = {
  name: "validate",
  summary: "check specs and the config for mistakes, without running models",
  help: `Usage: trustspec validate [paths|globs...] [options]

Checks trust specs (*.trust.yaml) and trustspec.config.yaml: YAML syntax, the schema,
templates and their variables (rendered for every item), dataset files and their fields,
model and judge names, and duplicate spec ids. Paths a spec or the config names must stay
in the project (the config's directory) or in its allow_paths. Every problem is reported
in one pass as
  path:line:col: error CODE: message
with the offending line and a hint; at most 50 per file, then a count of the rest.

Arguments:
  paths               spec files, directories (searched for *.trust.yaml) or globs;
                      default: the config's specs globs (specs/**/*.trust.yaml)

Options:
  --format text|json  output format (default text)
  --config FILE       the project config (default: the nearest trustspec.config.yaml)
  --dataset ID=PATH   read spec ID's dataset from PATH instead (repeatable)
  -h, --help          show this help

Exit codes: 0 no errors (warnings allowed), 2 errors found.
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        format: { type: "string", default: "text" },
        config: { type: "string" },
        dataset: { type: "string", multiple: true, default: [] },
      },
      io,
    );
    if (typeof args === "number") return args;
    const format = args.values.format;
    if (format !== "text" && format !== "json") {
      io.stderr(`trustspec validate: --format must be text or json, not "${String(format)}"\n`);
      return EXIT.specError;
    }
    const datasets = parseDatasetOverrides(args.values.dataset as string[]);
    if ("error" in datasets) {
      io.stderr(`trustspec validate: ${datasets.error}\n`);
      return EXIT.specError;
    }
    const result = checkProject({
      paths: args.positionals,
      cwd: io.cwd,
      files: diskFiles,
      ...(typeof args.values.config === "string" ? { configFile: resolve(io.cwd, args.values.config) } : {}),
      datasetOverrides: datasets.overrides,
    });
    const failed = hasErrors(result.problems);
    if (format === "json") {
      const report = {
        ok: !failed,
        config: result.config?.file ? displayPath(result.config.file, io.cwd) : null,
        specs: result.specFiles.map((f) => ({
          file: displayPath(f, io.cwd),
          id: result.specs.find((s) => s.file === f)?.spec.id ?? null,
          ok: !result.problems.some((p) => p.file === f && p.severity === "error"),
        })),
        problems: result.problems.map((p) => positionProblem(p, result.sources, io.cwd)),
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const paint = paintFor(io);
      for (const problem of result.problems) io.stdout(`${formatProblem(problem, result.sources, io.cwd, paint)}\n\n`);
      const line = summarize(result.problems, result.specFiles.length);
      io.stdout(`${failed ? paint.error(line) : line}\n`);
    }
    return failed ? EXIT.specError : EXIT.ok;
  },
};
