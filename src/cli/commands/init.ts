import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CONFIG_FILE } from "../../spec/load-config";
import { parseCommand } from "../args";
import type { Command } from "../command";
import { withDocsPaths } from "../docs-path";
import { EXIT } from "../io";
import { INIT_CONFIG, INIT_SPECS } from "./init-files";

/** What to do after init for a first real result: the models the config names do not exist yet. */
const NEXT_STEPS = `
Next:
  1. trustspec validate   checks the specs (it warns that the model folders do not exist yet)
  2. give the config's models something to run, either
     - your own ONNX exports in models/base and models/candidate (optimum-cli export onnx, docs/models.md), or
     - the demo models: trustspec models build-demo, then in ${CONFIG_FILE} set
         base: { path: .trustspec/models/demo-base }
         candidate: { path: .trustspec/models/demo-aligned }
  3. trustspec run        the first scorecard: exit 0 every gate passed, 1 a gate failed
`;

export const initCommand: Command = {
  name: "init",
  summary: "scaffold a config and one example spec per vertical",
  help: `Usage: trustspec init [dir] [--force]

Writes ${CONFIG_FILE} and one example spec per vertical (toxicity, bias,
ethics, truthfulness, privacy) under specs/. The examples use inline items,
so \`trustspec validate\` passes right away; point the config's models at your
ONNX exports (or at the demo models \`trustspec models build-demo\` builds)
before running them.

Arguments:
  dir          where to scaffold (default: the current directory)

Options:
  --force      overwrite files that already exist
  -h, --help   show this help
`,
  async run(argv, io) {
    const args = parseCommand(this, argv, { force: { type: "boolean" } }, io);
    if (typeof args === "number") return args;
    if (args.positionals.length > 1) {
      io.stderr("trustspec init: give at most one directory\n");
      return EXIT.specError;
    }
    const root = resolve(io.cwd, args.positionals[0] ?? ".");
    const files: Record<string, string> = { [CONFIG_FILE]: INIT_CONFIG, ...INIT_SPECS };
    const existing = Object.keys(files).filter((f) => existsSync(join(root, f)));
    if (existing.length > 0 && !args.values.force) {
      io.stderr(
        `trustspec init: these files exist already and were left alone:\n${existing.map((f) => `  ${f}\n`).join("")}` +
          "Run with --force to overwrite them.\n",
      );
      return EXIT.specError;
    }
    for (const [rel, text] of Object.entries(files)) {
      const path = join(root, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      io.stdout(`wrote ${join(args.positionals[0] ?? ".", rel)}\n`);
    }
    io.stdout(withDocsPaths(NEXT_STEPS, io.cwd));
    return EXIT.ok;
  },
};
