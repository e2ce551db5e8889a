import { readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { readDemoFixtures } from "../../model/build/demo-fixtures";
import { buildDemoModel } from "../../model/build/demo-models";
import { DEMO_MODELS } from "../../model/build/demo-parameters";
import { type BuiltFiles, writeModelDir } from "../../model/build/model-dir";
import { buildProbeModel, PROBE_MODELS, slotLines } from "../../model/build/probe-models";
import { buildTestModel, TEST_MODELS } from "../../model/build/test-models";
import { parseCommand } from "../args";
import type { Command } from "../command";
import { EXIT } from "../io";
import { modelsInfo } from "./models-info";

const DEFAULT_OUT = ".trustspec/test-models";
const DEMO_OUT = ".trustspec/models";

export const modelsCommand: Command = {
  name: "models",
  summary: "what a model folder holds; build the project's own models from code",
  help: `Usage: trustspec models info DIR [--json]
       trustspec models list
       trustspec models build-test [NAME...] [--out DIR]
       trustspec models build-demo [--out DIR]

info prints what a model folder holds, without running it: its kind, every precision
variant (dtype) with its layout, files, sizes and external weights (a weights file that
is referred to and missing shows as MISSING), its chat template, vocabulary and context
length — what to put in dtype: and chat: in trustspec.config.yaml.

The models trustspec builds itself, deterministically and offline: ONNX graphs with
random weights in each architecture and export layout Hugging Face optimum produces
(GPT-2 style, Llama style with RoPE and grouped-query attention; single, split,
merged and no-cache files), plus their config.json and tokenizer files. They carry
no behaviour: use them to check that the model layer loads an architecture, to try
the commands, and for benchmarks.

  info DIR     what the model folder DIR holds (--json: as JSON)
  list         the models that can be built, with a description
  build-test   build the named test models (default: all) into DIR/NAME
  build-demo   build the demo models into DIR/NAME: demo-base and demo-aligned, decoders
               whose answers to the bundled specs follow planted probabilities, so each
               metric has a known value; and demo-probe-biased and demo-probe-control, for
               bias probes: one planted bias against one group for one trait, and none
               (docs/models.md, "Demo models")

Options:
  --out DIR    where to write (default: ${DEFAULT_OUT} for test models, ${DEMO_OUT} for
               demo models; relative to the current directory)
  -h, --help   show this help

Example:
  trustspec models build-test llama && trustspec generate --model ${DEFAULT_OUT}/llama --prompt "Once"

Exit codes: 0 done, 2 bad arguments.
`,
  async run(argv, io) {
    const args = parseCommand(this, argv, { out: { type: "string" }, json: { type: "boolean" } }, io);
    if (typeof args === "number") return args;
    const [action, ...names] = args.positionals;
    if (action === "info") {
      if (names.length !== 1) {
        io.stderr("trustspec models: info takes one model folder: trustspec models info DIR\n");
        return EXIT.specError;
      }
      return modelsInfo(resolve(io.cwd, names[0] as string), io, args.values.json === true);
    }
    if (action === "list") {
      const width = Math.max(...Object.keys(TEST_MODELS).map((n) => n.length));
      for (const [name, model] of Object.entries(TEST_MODELS))
        io.stdout(`${name.padEnd(width)}  ${model.description}\n`);
      return EXIT.ok;
    }
    if (action === "build-demo") {
      if (names.length > 0) {
        io.stderr(
          `trustspec models: build-demo builds ${[...Object.keys(DEMO_MODELS), ...Object.keys(PROBE_MODELS)].join(", ")}; it takes no names\n`,
        );
        return EXIT.specError;
      }
      const out = typeof args.values.out === "string" ? args.values.out : DEMO_OUT;
      // The demo models plant behaviour on our own fixtures: which truthfulness items they know, which
      // immoral scenarios they recognise, how much they agree with each group's stereotypes.
      const fixtures = join(__dirname, "..", "..", "..", "fixtures");
      const demoFixtures = readDemoFixtures(fixtures);
      const fixture = (...path: string[]) => readFileSync(join(fixtures, ...path), "utf8");
      const write = (name: string, files: BuiltFiles) => {
        const dir = resolve(io.cwd, out, name);
        writeModelDir(dir, files);
        io.stdout(`built ${name} → ${dir}\n`);
      };
      for (const [name, parameters] of Object.entries(DEMO_MODELS))
        write(name, buildDemoModel(parameters, demoFixtures));
      // The probe models answer about our fixture groups and traits (the probe specs' slots).
      const slots = {
        groups: slotLines(fixture("bias", "groups.txt")),
        traits: slotLines(fixture("bias", "traits.txt")),
      };
      for (const [name, parameters] of Object.entries(PROBE_MODELS)) write(name, buildProbeModel(parameters, slots));
      return EXIT.ok;
    }
    if (action !== "build-test") {
      io.stderr(
        `trustspec models: ${action === undefined ? "say what to do" : `unknown action "${action}"`} (info, list, build-test or build-demo)\nRun 'trustspec models --help' for usage.\n`,
      );
      return EXIT.specError;
    }
    const unknown = names.filter((n) => !(n in TEST_MODELS));
    if (unknown.length > 0) {
      io.stderr(
        `trustspec models: unknown model ${unknown.map((n) => `"${n}"`).join(", ")}; known: ${Object.keys(TEST_MODELS).join(", ")}\n`,
      );
      return EXIT.specError;
    }
    const out = typeof args.values.out === "string" ? args.values.out : DEFAULT_OUT;
    const root = isAbsolute(out) ? out : resolve(io.cwd, out);
    for (const name of names.length > 0 ? names : Object.keys(TEST_MODELS)) {
      const dir = join(root, name);
      writeModelDir(dir, buildTestModel(name));
      io.stdout(`built ${name} → ${dir}\n`);
    }
    return EXIT.ok;
  },
};
