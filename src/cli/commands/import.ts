import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { DIRECTIONS, importCrowsPairs, PAIRS_SPECS, pairsCsv } from "../../import/crows-pairs";
import { importDecodingTrustStereotype, STEREOTYPE_SPECS, TARGET_GROUP } from "../../import/decodingtrust-stereotype";
import {
  importDecodingTrustToxicity,
  setFromFileName,
  TOXICITY_SETS,
  TOXICITY_SPECS,
  type ToxicityItem,
  type ToxicitySet,
} from "../../import/decodingtrust-toxicity";
import { importNamesMap, NAMES_SPECS, namesJson } from "../../import/enron-names";
import { ETHICS_SPECS, ethicsCsv, importEthicsCommonsense, shortScenarios } from "../../import/ethics-commonsense";
import type { ImportProblem, Notice } from "../../import/problem";
import { importTruthfulQA, TRUTHFULQA_SPECS, truthfulQAFormat } from "../../import/truthfulqa";
import { type DataFormat, datasetFormat } from "../../spec/dataset/format";
import { diskFiles, readText } from "../../spec/file-access";
import { lineColumnAt } from "../../spec/json-syntax";
import { failureReason } from "../../spec/read-problem";
import { parseCommand } from "../args";
import type { Command } from "../command";
import { type CliIO, EXIT } from "../io";

const DATASETS = [
  "truthfulqa",
  "decodingtrust-toxicity",
  "decodingtrust-stereotype",
  "crows-pairs",
  "ethics-commonsense",
  "enron-names",
] as const;
type Dataset = (typeof DATASETS)[number];

/** How many problems, and how many omissions, are listed one by one before the rest are counted. */
const MAX_LISTED = 20;

const CSV_CAVEAT =
  "these MC sets are derived from TruthfulQA.csv, not TruthfulQA's official mc_task.json sets; a CSV revised since mc_task.json was built gives different options, so import mc_task.json for MC1/MC2 scores comparable with published ones";

export const importCommand: Command = {
  name: "import",
  summary:
    "convert a public dataset (TruthfulQA, DecodingTrust toxicity and stereotypes, CrowS-Pairs, ETHICS commonsense, an Enron names map) into the layout the bundled specs read",
  help: `Usage: trustspec import truthfulqa FILE [options]
       trustspec import decodingtrust-toxicity PATH... [options]
       trustspec import decodingtrust-stereotype FILE [options]
       trustspec import crows-pairs FILE [options]
       trustspec import ethics-commonsense FILE [--short-only] [options]
       trustspec import enron-names FILE [options]

Converts a public dataset file you have into the layout the bundled specs read (as in
fixtures/), so they run on the full data with --dataset SPEC_ID=PATH. It prints what it
wrote, what it left out and why, and the 'trustspec run' command for the bundled specs.
Nothing is downloaded. Details: docs/importing.md.

truthfulqa FILE
  FILE is TruthfulQA's mc_task.json (a JSON array of {question, mc1_targets,
  mc2_targets}) or TruthfulQA.csv, told apart by content. Writes a JSON array in
  mc_task.json's shape with an "id" per item (tqa-0001, … by position in FILE; the two
  files order the questions differently), and "type" and "category" from the CSV.
  From the CSV (answer lists split at ";", each answer ending with a period):
  mc1_targets is the Best Answer (1) and each Incorrect Answer (0); mc2_targets each
  Correct Answer (1, with the Best Answer) and each Incorrect Answer (0). These
  CSV-derived sets are NOT TruthfulQA's official MC sets: those are mc_task.json, and
  a CSV revised since gives other options. For MC1/MC2 scores comparable with
  published ones, import mc_task.json.
  Default output: truthfulqa-mc.json in the current directory.
  Specs: ${TRUTHFULQA_SPECS.map((id) => id.replace(/^truthfulness\//, "")).join(", ")} (specs/truthfulness/).

decodingtrust-toxicity PATH...
  RealToxicityPrompts prompts as DecodingTrust ships them: toxic.jsonl and/or
  nontoxic.jsonl, or a directory holding them (both are merged into one file). Writes
  JSONL lines {"id", "set", "prompt": {"text"}, "prompt_toxicity"}: ids toxic-0001,
  nontoxic-0001, … by position; the set from each file's name (or --set);
  prompt_toxicity is the prompt's Perspective toxicity, when the input has it.
  Default output: rtp-challenging.jsonl (both sets) or rtp-SET.jsonl (one set) in the
  current directory.
  Specs: ${TOXICITY_SPECS.join(", ")}.

decodingtrust-stereotype FILE
  FILE is DecodingTrust's stereotype user_prompts.csv (columns stereotype_topic,
  target_group, stereotype_template, user_prompt). Writes JSONL lines {"id", "topic",
  "group", "statement"}: ids st-0001, … by row; statement is the bare statement the
  paper prompts with: the template with ${TARGET_GROUP} replaced by the group, without
  DecodingTrust's user_prompt wrapper (that column is not read).
  Default output: stereotypes.jsonl in the current directory.
  Specs: ${STEREOTYPE_SPECS.join(", ")}.

crows-pairs FILE
  FILE is CrowS-Pairs' crows_pairs_anonymized.csv. Writes a CSV of its columns
  sent_more, sent_less, stereo_antistereo and bias_type, every row, in order (the other
  columns are dropped). As CrowS-Pairs defines them, sent_more is the more stereotypical
  sentence in both directions (${DIRECTIONS.join(" and ")}); the spec compares it with
  sent_less.
  Default output: crows-pairs.csv in the current directory.
  Spec: ${PAIRS_SPECS.join(", ")}.

ethics-commonsense FILE
  FILE is ETHICS' commonsense morality cm_test.csv (columns label, input, is_short,
  edited; label 1 = wrong). Writes a CSV of the columns id, label, input, is_short,
  edited: every row in order, the input exactly as given; ids cm-0001, … by row of
  FILE. With --short-only, only the rows whose is_short is True: the short scenarios
  the paper prompts with (the specs keep only those anyway; ids still name FILE's
  rows). A label other than 0 or 1, an empty input or a boolean other than True or
  False is an error at its cell.
  Default output: ethics-commonsense.csv (ethics-commonsense-short.csv with
  --short-only) in the current directory.
  Specs: ${ETHICS_SPECS.map((id) => id.replace(/^ethics\//, "")).join(", ")} (specs/ethics/).

enron-names FILE
  FILE is a JSON object of name → e-mail address, or of e-mail address → name (as
  DecodingTrust's email2name), for the privacy protocol's Enron setting. Writes the
  name → e-mail object that dataset.synthetic.names reads, in FILE's order. Left out,
  each with a warning at its place: an empty name, a value that is not an e-mail
  address, a name already given one, an address another name already has. Messages
  never quote a name or an address: they are real people's.
  Default output: names.json in the current directory.
  Specs: ${NAMES_SPECS.join(", ")} (set dataset.synthetic.names to the file).

Options:
  --out PATH            where to write (default: as above; missing directories are made)
  --set toxic|nontoxic  the set of a single decodingtrust-toxicity file whose name does
                        not say it
  --short-only          ethics-commonsense: keep only the rows whose is_short is True
  --force               overwrite the output file if it exists
  -h, --help            show this help

Exit codes: 0 written, 2 bad arguments, unreadable or malformed input, or an output that
exists (without --force) or cannot be written.
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        out: { type: "string" },
        set: { type: "string" },
        force: { type: "boolean" },
        "short-only": { type: "boolean" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const [dataset, ...inputs] = args.positionals;
    const options: Options = {
      out: typeof args.values.out === "string" ? args.values.out : undefined,
      set: typeof args.values.set === "string" ? args.values.set : undefined,
      force: args.values.force === true,
      shortOnly: args.values["short-only"] === true,
    };
    const fail = usageError(io);
    if (dataset === undefined) {
      return fail(`say which dataset to import: ${DATASETS.slice(0, -1).join(", ")} or ${DATASETS.at(-1)}`);
    }
    if (!DATASETS.includes(dataset as Dataset)) {
      return fail(`unknown dataset "${dataset}"; datasets: ${DATASETS.join(", ")}`);
    }
    if (inputs.length === 0) return fail(`say which file to import: trustspec import ${dataset} FILE`);
    if (options.shortOnly && dataset !== "ethics-commonsense")
      return fail("--short-only is for ethics-commonsense only");
    switch (dataset as Dataset) {
      case "truthfulqa":
        return importTruthfulQAFile(inputs, options, io);
      case "decodingtrust-toxicity":
        return importToxicityFiles(inputs, options, io);
      case "decodingtrust-stereotype":
        return importStereotypeFile(inputs, options, io);
      case "crows-pairs":
        return importCrowsPairsFile(inputs, options, io);
      case "ethics-commonsense":
        return importEthicsFile(inputs, options, io);
      case "enron-names":
        return importNamesFile(inputs, options, io);
    }
  },
};

interface Options {
  readonly out: string | undefined;
  readonly set: string | undefined;
  readonly force: boolean;
  readonly shortOnly: boolean;
}

/** An input file as the user named it, and where it is. */
interface Input {
  readonly shown: string;
  readonly path: string;
}

function usageError(io: CliIO) {
  return (message: string): number => {
    io.stderr(`trustspec import: ${message}\nRun 'trustspec import --help' for usage.\n`);
    return EXIT.specError;
  };
}

function error(io: CliIO, message: string): number {
  io.stderr(`trustspec import: ${message}\n`);
  return EXIT.specError;
}

/** The one input file of a single-file importer, or the exit code of a usage error. */
function singleInput(dataset: Dataset, inputs: readonly string[], options: Options, io: CliIO): Input | number {
  const fail = usageError(io);
  if (inputs.length > 1) return fail(`${dataset} takes one file, got ${inputs.length}`);
  if (options.set !== undefined) return fail("--set is for decodingtrust-toxicity only");
  return { shown: inputs[0] as string, path: resolve(io.cwd, inputs[0] as string) };
}

function importTruthfulQAFile(inputs: readonly string[], options: Options, io: CliIO): number {
  const input = singleInput("truthfulqa", inputs, options, io);
  if (typeof input === "number") return input;
  const text = readInput(input, io, "pass TruthfulQA's mc_task.json or TruthfulQA.csv");
  if (typeof text === "number") return text;
  const out = outputPath(io, options, "truthfulqa-mc.json", "json", [input]);
  if (typeof out === "number") return out;

  const result = importTruthfulQA(text);
  if (!result.ok) return reportProblems(io, input.shown, text, result.problems);
  const fromCsv = truthfulQAFormat(text) === "csv";
  reportNotices(io, input.shown, text, result.notices);
  if (result.items.length === 0) return error(io, `${input.shown}: nothing to write; ${noticeSummary(result.notices)}`);
  const written = write(io, out, `${JSON.stringify(result.items, null, 2)}\n`);
  if (written !== EXIT.ok) return written;

  io.stdout(
    `wrote ${result.items.length} TruthfulQA ${result.items.length === 1 ? "item" : "items"} from ${input.shown} (${fromCsv ? "CSV" : "mc_task.json"}) to ${out.shown}; ${noticeSummary(result.notices)}\n`,
  );
  if (fromCsv) io.stdout(`note: ${CSV_CAVEAT}\n`);
  io.stdout(`run the bundled specs on it: ${runCommandFor(TRUTHFULQA_SPECS, out.shown, "folder")}\n`);
  return EXIT.ok;
}

function importToxicityFiles(paths: readonly string[], options: Options, io: CliIO): number {
  const fail = usageError(io);
  const given = options.set;
  if (given !== undefined && !TOXICITY_SETS.includes(given as ToxicitySet)) {
    return fail(`--set must be ${TOXICITY_SETS.join(" or ")}, not "${given}"`);
  }
  // Each input file with its set: a directory stands for the toxic.jsonl and nontoxic.jsonl in it.
  const files: (Input & { set: ToxicitySet | undefined })[] = [];
  let directories = 0;
  for (const shown of paths) {
    const path = resolve(io.cwd, shown);
    if (!existsSync(path)) return error(io, `${shown}: no such file or directory; check the path`);
    if (!statSync(path).isDirectory()) {
      files.push({ shown, path, set: (given as ToxicitySet | undefined) ?? setFromFileName(shown) });
      continue;
    }
    directories++;
    const found = TOXICITY_SETS.filter((set) => existsSync(join(path, `${set}.jsonl`)));
    if (found.length === 0) {
      return error(io, `${shown}: holds neither toxic.jsonl nor nontoxic.jsonl; pass DecodingTrust's JSONL files`);
    }
    for (const set of found) files.push({ shown: join(shown, `${set}.jsonl`), path: join(path, `${set}.jsonl`), set });
  }
  if (given !== undefined && (files.length > 1 || directories > 0)) {
    return fail("--set names the set of a single file; with several, each file's name says its set");
  }
  for (const file of files) {
    if (file.set === undefined) {
      return error(
        io,
        `${file.shown}: cannot tell from the file name whether it holds the toxic or the nontoxic prompts; pass --set toxic or --set nontoxic`,
      );
    }
  }
  const sets = files.map((file) => file.set as ToxicitySet);
  const repeated = sets.find((set, i) => sets.indexOf(set) !== i);
  if (repeated !== undefined) {
    const both = files.filter((file) => file.set === repeated).map((file) => file.shown);
    return error(io, `${both.join(" and ")} are both the ${repeated} set; import one file per set`);
  }
  const texts: string[] = [];
  for (const file of files) {
    const text = readInput(file, io, "pass DecodingTrust's toxic.jsonl or nontoxic.jsonl");
    if (typeof text === "number") return text;
    texts.push(text);
  }
  const out = outputPath(
    io,
    options,
    sets.length === 1 ? `rtp-${sets[0]}.jsonl` : "rtp-challenging.jsonl",
    "jsonl",
    files,
  );
  if (typeof out === "number") return out;

  const items: ToxicityItem[] = [];
  const notices: Notice[] = [];
  const counts: string[] = [];
  let failed = false;
  for (const [i, file] of files.entries()) {
    const text = texts[i] as string;
    const result = importDecodingTrustToxicity(text, file.set as ToxicitySet);
    if (!result.ok) {
      failed = true; // every file's problems are listed before giving up
      reportProblems(io, file.shown, text, result.problems);
      continue;
    }
    reportNotices(io, file.shown, text, result.notices);
    items.push(...result.items);
    notices.push(...result.notices);
    counts.push(`${result.items.length} ${file.set}`);
  }
  if (failed) return EXIT.specError;
  if (items.length === 0) return error(io, `nothing to write; ${noticeSummary(notices)}`);
  const written = write(io, out, `${items.map((item) => JSON.stringify(item)).join("\n")}\n`);
  if (written !== EXIT.ok) return written;

  const split = files.length > 1 ? ` (${counts.join(", ")})` : ` (${sets[0]})`;
  io.stdout(
    `wrote ${items.length} ${items.length === 1 ? "prompt" : "prompts"}${split} to ${out.shown}; ${noticeSummary(notices)}\n`,
  );
  io.stdout(`run the bundled specs on it: ${runCommandFor(TOXICITY_SPECS, out.shown)}\n`);
  return EXIT.ok;
}

function importStereotypeFile(inputs: readonly string[], options: Options, io: CliIO): number {
  const input = singleInput("decodingtrust-stereotype", inputs, options, io);
  if (typeof input === "number") return input;
  const text = readInput(input, io, "pass DecodingTrust's stereotype user_prompts.csv");
  if (typeof text === "number") return text;
  const out = outputPath(io, options, "stereotypes.jsonl", "jsonl", [input]);
  if (typeof out === "number") return out;

  const result = importDecodingTrustStereotype(text);
  if (!result.ok) return reportProblems(io, input.shown, text, result.problems);
  reportNotices(io, input.shown, text, result.notices);
  if (result.items.length === 0) return error(io, `${input.shown}: nothing to write; ${noticeSummary(result.notices)}`);
  const written = write(io, out, `${result.items.map((item) => JSON.stringify(item)).join("\n")}\n`);
  if (written !== EXIT.ok) return written;

  const count = (values: string[]) => new Set(values).size;
  const topics = count(result.items.map((item) => item.topic));
  const groups = count(result.items.map((item) => item.group));
  io.stdout(
    `wrote ${result.items.length} stereotype ${result.items.length === 1 ? "statement" : "statements"} (${plural(topics, "topic")}, ${plural(groups, "group")}) from ${input.shown} to ${out.shown}; ${noticeSummary(result.notices)}\n`,
  );
  io.stdout(`run the bundled specs on it: ${runCommandFor(STEREOTYPE_SPECS, out.shown)}\n`);
  return EXIT.ok;
}

function importCrowsPairsFile(inputs: readonly string[], options: Options, io: CliIO): number {
  const input = singleInput("crows-pairs", inputs, options, io);
  if (typeof input === "number") return input;
  const text = readInput(input, io, "pass CrowS-Pairs' crows_pairs_anonymized.csv");
  if (typeof text === "number") return text;
  const out = outputPath(io, options, "crows-pairs.csv", "csv", [input]);
  if (typeof out === "number") return out;

  const result = importCrowsPairs(text);
  if (!result.ok) return reportProblems(io, input.shown, text, result.problems);
  const written = write(io, out, pairsCsv(result.items));
  if (written !== EXIT.ok) return written;

  const tally = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const directions = DIRECTIONS.map(
    (direction) => `${result.items.filter((pair) => pair.stereo_antistereo === direction).length} ${direction}`,
  );
  const biasTypes = tally(result.items.map((pair) => pair.bias_type));
  io.stdout(
    `wrote ${plural(result.items.length, "pair")} (${directions.join(", ")}) from ${input.shown} to ${out.shown}; ${noticeSummary(result.notices)}\n`,
  );
  io.stdout(`bias types: ${biasTypes.map(([type, n]) => `${type} ${n}`).join(", ")}\n`);
  io.stdout(`run the bundled spec on it: ${runCommandFor(PAIRS_SPECS, out.shown)}\n`);
  return EXIT.ok;
}

function importEthicsFile(inputs: readonly string[], options: Options, io: CliIO): number {
  const input = singleInput("ethics-commonsense", inputs, options, io);
  if (typeof input === "number") return input;
  const text = readInput(input, io, "pass ETHICS' commonsense cm_test.csv");
  if (typeof text === "number") return text;
  const name = options.shortOnly ? "ethics-commonsense-short.csv" : "ethics-commonsense.csv";
  const out = outputPath(io, options, name, "csv", [input]);
  if (typeof out === "number") return out;

  const result = importEthicsCommonsense(text);
  if (!result.ok) return reportProblems(io, input.shown, text, result.problems);
  const rows = options.shortOnly ? shortScenarios(result.items) : result.items;
  if (rows.length === 0) return error(io, `${input.shown}: nothing to write; no row has is_short True`);
  const written = write(io, out, ethicsCsv(rows));
  if (written !== EXIT.ok) return written;

  const wrong = rows.filter((row) => row.label === "1").length;
  const split = `${wrong} wrong, ${rows.length - wrong} not wrong`;
  const what = options.shortOnly
    ? `${plural(rows.length, "short scenario")} of ${result.items.length} (${split}; ${plural(result.items.length - rows.length, "long one")} left out)`
    : `${plural(rows.length, "scenario")} (${split}; ${shortScenarios(rows).length} short)`;
  io.stdout(`wrote ${what} from ${input.shown} to ${out.shown}; ${noticeSummary(result.notices)}\n`);
  io.stdout(`run the bundled specs on it: ${runCommandFor(ETHICS_SPECS, out.shown, "folder")}\n`);
  return EXIT.ok;
}

function importNamesFile(inputs: readonly string[], options: Options, io: CliIO): number {
  const input = singleInput("enron-names", inputs, options, io);
  if (typeof input === "number") return input;
  const text = readInput(input, io, `pass a JSON object of names and e-mail addresses`);
  if (typeof text === "number") return text;
  const out = outputPath(io, options, "names.json", "json", [input]);
  if (typeof out === "number") return out;

  const result = importNamesMap(text);
  if (!result.ok) return reportProblems(io, input.shown, text, result.problems);
  reportNotices(io, input.shown, text, result.notices);
  if (result.items.length === 0)
    return error(io, `${input.shown}: nothing to write; no entry names a person with an address`);
  const written = write(io, out, namesJson(result.items));
  if (written !== EXIT.ok) return written;
  const read = result.direction === "email-to-name" ? "e-mail → name" : "name → e-mail";
  io.stdout(
    `wrote ${plural(result.items.length, "name")} with distinct addresses (read as ${read}) from ${input.shown} to ${out.shown}; ${noticeSummary(result.notices)}\n`,
  );
  io.stdout(
    `use it in ${NAMES_SPECS.join(", ")}: dataset: { synthetic: { kind: pii-leakage, names: <path of ${out.shown} relative to the spec> } }\n`,
  );
  io.stdout("the file holds real people's addresses: keep it out of version control and reports\n");
  return EXIT.ok;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function readInput(input: Input, io: CliIO, what: string): string | number {
  if (!existsSync(input.path)) return error(io, `${input.shown}: no such file; check the path`);
  if (statSync(input.path).isDirectory()) return error(io, `${input.shown}: is a directory; ${what}`);
  // Through file-access, as every reader: regular files only, within the size limit, strict UTF-8.
  const read = readText(diskFiles, input.path);
  if (!("text" in read)) return error(io, `${input.shown}: ${failureReason(read)}`);
  return read.text;
}

/** Where to write: --out or the default name in the current directory, checked before any work is done. */
function outputPath(
  io: CliIO,
  options: Options,
  defaultName: string,
  format: DataFormat,
  inputs: readonly Input[],
): Input | number {
  const given = options.out ?? defaultName;
  const path = resolve(io.cwd, given);
  const shown = isAbsolute(given) ? displayPath(io.cwd, path) : given;
  if (datasetFormat(path) !== format) {
    return error(io, `--out ${given}: name a .${format} file; specs tell a dataset's format by its extension`);
  }
  if (inputs.some((input) => resolve(input.path) === path)) {
    return error(io, `--out ${given} is the file being imported; write the result somewhere else`);
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) return error(io, `${shown} is a directory; give --out a file path`);
    if (!options.force) {
      const how = options.out === undefined ? "--out PATH to write elsewhere" : "another --out";
      return error(io, `${shown} exists; pass --force to overwrite it, or ${how}`);
    }
  }
  return { shown, path };
}

function write(io: CliIO, out: Input, text: string): number {
  try {
    mkdirSync(dirname(out.path), { recursive: true });
    writeFileSync(out.path, text);
    return EXIT.ok;
  } catch (e) {
    return error(io, `cannot write ${out.shown} (${errorCode(e)}); check that its directory is writable`);
  }
}

/** Each problem as `FILE:LINE:COL: what; what to do`, the first MAX_LISTED of them. */
function reportProblems(io: CliIO, file: string, text: string, problems: readonly ImportProblem[]): number {
  for (const problem of problems.slice(0, MAX_LISTED)) {
    io.stderr(`trustspec import: ${where(file, text, problem.offset)}: ${problem.message}; ${problem.hint}\n`);
  }
  if (problems.length > MAX_LISTED) {
    io.stderr(`trustspec import: ${file}: ${problems.length - MAX_LISTED} more problems not listed\n`);
  }
  return EXIT.specError;
}

/** Each notice as a warning at its record, the first MAX_LISTED of them. */
function reportNotices(io: CliIO, file: string, text: string, notices: readonly Notice[]): void {
  for (const n of notices.slice(0, MAX_LISTED)) {
    const what =
      n.kind === "skipped" ? `skipped the item: ${n.reason}` : `the answer ${JSON.stringify(n.text)} is ${n.reason}`;
    io.stderr(`trustspec import: warning: ${where(file, text, n.offset)}: ${what}\n`);
  }
  if (notices.length > MAX_LISTED) {
    io.stderr(`trustspec import: warning: ${file}: ${notices.length - MAX_LISTED} more warnings not listed\n`);
  }
}

function where(file: string, text: string, offset: number): string {
  const { line, column } = lineColumnAt(text, offset);
  return `${file}:${line}:${column}`;
}

/** "skipped none", or "skipped 2 (no question: 1, no incorrect answers: 1)"; then how many answers were resolved. */
function noticeSummary(notices: readonly Notice[]): string {
  const byReason = new Map<string, number>();
  for (const n of notices) if (n.kind === "skipped") byReason.set(n.reason, (byReason.get(n.reason) ?? 0) + 1);
  const total = [...byReason.values()].reduce((a, b) => a + b, 0);
  const reasons = [...byReason].map(([reason, count]) => `${reason}: ${count}`).join(", ");
  const skipped = total === 0 ? "skipped none" : `skipped ${total} (${reasons})`;
  const resolved = notices.filter((n) => n.kind === "resolved");
  if (resolved.length === 0) return skipped;
  const reason = resolved.every((n) => n.reason === resolved[0]?.reason) ? ` ${resolved[0]?.reason}` : "";
  return `${skipped}; ${resolved.length} ${resolved.length === 1 ? "answer" : "answers"}${reason}`;
}

/**
 * The `trustspec run` command for bundled specs (`specs/ID.trust.yaml`) on the written file: each spec
 * file, or with `folder` their folders, when the specs are every spec there.
 */
function runCommandFor(ids: readonly string[], out: string, target: "files" | "folder" = "files"): string {
  const folders = [...new Set(ids.map((id) => `specs/${id.split("/")[0]}`))];
  const files = ids.map((id) => `specs/${id}.trust.yaml`);
  const paths = (target === "folder" && ids.length > 1 ? folders : files).join(" ");
  return `trustspec run ${paths} ${ids.map((id) => `--dataset ${shellWord(`${id}=${out}`)}`).join(" ")}`;
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** A word as a POSIX shell reads it back: bare when safe, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

function errorCode(e: unknown): string {
  if (e !== null && typeof e === "object" && "code" in e && typeof e.code === "string") return e.code;
  return e instanceof Error ? e.message : String(e);
}
