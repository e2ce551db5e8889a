import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { compileSpecFile } from "../../compile/compile-spec-file";
import { emitModule } from "../../compile/emit-module";
import { diskFiles } from "../../spec/file-access";
import { version } from "../../version";
import { parseCommand, parseDatasetOverrides } from "../args";
import type { Command } from "../command";
import { EXIT } from "../io";

export const compileCommand: Command = {
  name: "compile",
  summary: "write the Jest module a spec compiles to, to read it",
  help: `Usage: trustspec compile SPEC [--out DIR] [--dataset ID=PATH...]

Compiles a spec the way the Jest transformer does and writes the module: a few lines
that hand the spec's data plan (every rendered prompt or conversation, choice, seed,
judge, metric and gate, as JSON) to the trustspec runtime. Without --out it is printed.
A conversation (messages:) is shown as its messages; each model writes it with its
own chat template at run time (see its text with trustspec generate --user … --json).

Options:
  --out DIR          write DIR/<spec file name>.js instead of printing
  --dataset ID=PATH  point spec ID at another dataset file (repeatable)
  -h, --help         show this help

Exit codes: 0 written, 2 the spec has errors (printed) or bad arguments.
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      { out: { type: "string" }, dataset: { type: "string", multiple: true, default: [] } },
      io,
    );
    if (typeof args === "number") return args;
    const [spec, ...extra] = args.positionals;
    const overrides = parseDatasetOverrides(args.values.dataset as string[]);
    if (spec === undefined || extra.length > 0 || "error" in overrides) {
      const why =
        "error" in overrides ? overrides.error : spec === undefined ? "give one spec file" : "give one spec file only";
      io.stderr(`trustspec compile: ${why}\nRun 'trustspec compile --help' for usage.\n`);
      return EXIT.specError;
    }
    const file = resolve(io.cwd, spec);
    const compiled = compileSpecFile(file, { files: diskFiles, cwd: io.cwd, datasetOverrides: overrides.overrides });
    if (!compiled.ok) {
      io.stderr(`${compiled.message}\n`);
      return EXIT.specError;
    }
    const code = emitModule(compiled, file, join(__dirname, "..", "..", "jest", "suite"), {
      version: version(),
      cwd: io.cwd,
    });
    if (typeof args.values.out !== "string") {
      io.stdout(code);
      return EXIT.ok;
    }
    const dir = resolve(io.cwd, args.values.out);
    mkdirSync(dir, { recursive: true });
    const target = join(dir, `${basename(file)}.js`);
    writeFileSync(target, code);
    io.stdout(`wrote ${target}\n`);
    return EXIT.ok;
  },
};
