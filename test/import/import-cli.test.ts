import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Run, runCli } from "../support/cli";

/** `trustspec import` end to end, on small files of our own (no row of a public dataset). */
const repo = join(__dirname, "..", "..");

let dir: string;

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-import-cli-")));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = (argv: string[], cwd = dir): Promise<Run> => runCli(argv, { cwd });
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

const MC_JSON = JSON.stringify(
  [
    {
      question: "How many sides does a hexagon have?",
      mc1_targets: { "A hexagon has six sides.": 1, "A hexagon has five sides.": 0, "Eight.": 0 },
      mc2_targets: { "A hexagon has six sides.": 1, "Six.": 1, "A hexagon has five sides.": 0, "Eight.": 0 },
    },
    {
      question: "Does a compass needle point to magnetic north?",
      mc1_targets: { "Yes, to magnetic north.": 1, "No, it points south.": 0 },
      mc2_targets: { "Yes, to magnetic north.": 1, "It points east.": 0, "No, it points south.": 0 },
    },
  ],
  null,
  2,
);

const MC_CSV =
  "Type,Category,Question,Best Answer,Correct Answers,Incorrect Answers,Source\n" +
  'Adversarial,Shapes,How many sides does a hexagon have?,A hexagon has six sides,"A hexagon has six sides; Six","A hexagon has five sides; Eight",ours\n';

const prompt = (text: string, toxicity: number) =>
  JSON.stringify({ filename: "x.txt", begin: 0, end: 9, challenging: true, prompt: { text, toxicity } });

describe("trustspec import truthfulqa", () => {
  it("imports mc_task.json, and the bundled mc1 spec validates on the result", async () => {
    const input = join(dir, "mc_task.json");
    const out = join(dir, "out", "tqa.json");
    writeFileSync(input, MC_JSON);
    const r = await run(["import", "truthfulqa", input, "--out", out], repo);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const items = JSON.parse(readFileSync(out, "utf8")) as { id: string }[];
    expect(items.map((i) => i.id)).toEqual(["tqa-0001", "tqa-0002"]);
    expect(r.stdout.split("\n")[0]).toBe(
      `wrote 2 TruthfulQA items from ${input} (mc_task.json) to ${out}; skipped none`,
    );
    expect(r.stdout).not.toMatch(/note:/);

    const validate = await run(
      ["validate", "specs/truthfulness/mc1.trust.yaml", "--dataset", `truthfulness/mc1=${out}`],
      repo,
    );
    expect(validate.stderr).toBe("");
    expect(validate.stdout).toBe("1 spec valid\n");
    expect(validate.code).toBe(0);
  });

  it("prints a run command whose specs and --dataset ids exist: as validate, it passes", async () => {
    const input = join(dir, "mc_task.json");
    writeFileSync(input, MC_JSON);
    const out = join(dir, "tqa.json");
    const r = await run(["import", "truthfulqa", input, "--out", out], repo);
    const line = r.stdout.split("\n").find((l) => l.includes("trustspec run "));
    const argv = line?.slice(line.indexOf("trustspec run ") + "trustspec run ".length).split(" ") ?? [];
    expect(argv.filter((a) => a.startsWith("truthfulness/"))).toEqual([
      `truthfulness/mc1=${out}`,
      `truthfulness/mc2=${out}`,
      `truthfulness/mc1-primed=${out}`,
      `truthfulness/generative-paper=${out}`,
    ]);
    const validate = await run(["validate", ...argv], repo);
    expect(validate.stdout).toBe("4 specs valid\n");
    expect(validate.code).toBe(0);
  });

  it("tells the CSV from JSON by content, not by extension, and says the CSV's sets are not the official ones", async () => {
    writeFileSync(join(dir, "questions.json"), MC_CSV);
    const r = await run(["import", "truthfulqa", "questions.json"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^wrote 1 TruthfulQA item from questions\.json \(CSV\) to truthfulqa-mc\.json; skipped none\n/,
    );
    expect(r.stdout).toMatch(
      /^note: these MC sets are derived from TruthfulQA\.csv, not TruthfulQA's official mc_task\.json sets/m,
    );
    const [item] = JSON.parse(readFileSync(join(dir, "truthfulqa-mc.json"), "utf8"));
    expect(item).toMatchObject({ id: "tqa-0001", type: "Adversarial", category: "Shapes" });
    expect(item.mc1_targets).toEqual({ "A hexagon has six sides.": 1, "A hexagon has five sides.": 0, "Eight.": 0 });

    writeFileSync(join(dir, "mc.csv"), MC_JSON);
    const json = await run(["import", "truthfulqa", "mc.csv", "--out", "from-json.json"]);
    expect(json.code).toBe(0);
    expect(json.stdout).toMatch(/\(mc_task\.json\) to from-json\.json/);
  });

  it("never overwrites a file without --force", async () => {
    writeFileSync(join(dir, "mc_task.json"), MC_JSON);
    writeFileSync(join(dir, "truthfulqa-mc.json"), "keep me");
    const r = await run(["import", "truthfulqa", "mc_task.json"]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "trustspec import: truthfulqa-mc.json exists; pass --force to overwrite it, or --out PATH to write elsewhere\n",
    });
    expect(readFileSync(join(dir, "truthfulqa-mc.json"), "utf8")).toBe("keep me");
    const forced = await run(["import", "truthfulqa", "mc_task.json", "--force"]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "truthfulqa-mc.json"), "utf8"))).toHaveLength(2);
    // Not even with --force onto the input itself.
    const self = await run(["import", "truthfulqa", "mc_task.json", "--out", "mc_task.json", "--force"]);
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/is the file being imported/);
  });

  it.each([
    ["a missing file", ["nope.json"], "", "trustspec import: nope.json: no such file; check the path\n"],
    [
      "JSON that does not parse, at line:column",
      ["bad.json"],
      '[\n  {"question": "Why?",\n   "mc1_targets": {"Yes.": 1 "No.": 0}}\n]\n',
      'trustspec import: bad.json:3:30: not valid JSON: expected "," or "}" in the object, found "\\""; mc_task.json is one JSON array; download or copy it again\n',
    ],
    [
      "a CSV without TruthfulQA's columns, naming the missing and the found ones",
      ["bad.json"],
      "Question,Answer\nWhy?,Because\n",
      `trustspec import: bad.json:1:1: neither a JSON array nor a CSV with TruthfulQA's columns: the header lacks "Best Answer", "Correct Answers", "Incorrect Answers" (found: "Question", "Answer"); pass TruthfulQA's mc_task.json or TruthfulQA.csv (columns Type, Category, Question, Best Answer, Correct Answers, Incorrect Answers, Source)\n`,
    ],
    [
      "an output name specs cannot read as JSON",
      ["bad.json", "--out", "out.txt"],
      MC_JSON,
      "trustspec import: --out out.txt: name a .json file; specs tell a dataset's format by its extension\n",
    ],
  ])("exits 2 on %s, with file:line:col, what is wrong and what to do", async (_, args, content, stderr) => {
    if (content !== "") writeFileSync(join(dir, "bad.json"), content);
    const r = await run(["import", "truthfulqa", ...args]);
    expect(r).toEqual({ code: 2, stdout: "", stderr });
    noStackTrace(r.stderr);
    expect(existsSync(join(dir, "truthfulqa-mc.json"))).toBe(false);
  });
});

describe("trustspec import decodingtrust-toxicity", () => {
  it("merges a directory's toxic.jsonl and nontoxic.jsonl, and the bundled rtp-paper spec validates on the result", async () => {
    mkdirSync(join(dir, "toxicity"));
    writeFileSync(
      join(dir, "toxicity", "toxic.jsonl"),
      `${prompt("You left the gate open again, you careless", 0.62)}\n${prompt("Stop whining about the weather, you", 0.55)}\n`,
    );
    writeFileSync(join(dir, "toxicity", "nontoxic.jsonl"), `${prompt("The library opens at nine and", 0.02)}\n`);
    const out = join(dir, "data", "rtp.jsonl");
    const r = await run(["import", "decodingtrust-toxicity", join(dir, "toxicity"), "--out", out], repo);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `wrote 3 prompts (2 toxic, 1 nontoxic) to ${out}; skipped none\n` +
        `run the bundled spec on it: trustspec run specs/toxicity/rtp-paper.trust.yaml --dataset toxicity/rtp-paper=${out}\n`,
    );
    const lines = readFileSync(out, "utf8")
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        id: "toxic-0001",
        set: "toxic",
        prompt: { text: "You left the gate open again, you careless" },
        prompt_toxicity: 0.62,
      },
      {
        id: "toxic-0002",
        set: "toxic",
        prompt: { text: "Stop whining about the weather, you" },
        prompt_toxicity: 0.55,
      },
      {
        id: "nontoxic-0001",
        set: "nontoxic",
        prompt: { text: "The library opens at nine and" },
        prompt_toxicity: 0.02,
      },
    ]);
    const validate = await run(
      ["validate", "specs/toxicity/rtp-paper.trust.yaml", "--dataset", `toxicity/rtp-paper=${out}`],
      repo,
    );
    expect(validate.stdout).toBe("1 spec valid\n");
    expect(validate.code).toBe(0);
  });

  it("takes the set from the file name, or from --set when the name does not say", async () => {
    writeFileSync(join(dir, "prompts.jsonl"), `${prompt("The library opens at nine and", 0.02)}\n`);
    const unknown = await run(["import", "decodingtrust-toxicity", "prompts.jsonl"]);
    expect(unknown).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "trustspec import: prompts.jsonl: cannot tell from the file name whether it holds the toxic or the nontoxic prompts; pass --set toxic or --set nontoxic\n",
    });
    const given = await run(["import", "decodingtrust-toxicity", "prompts.jsonl", "--set", "nontoxic"]);
    expect(given.code).toBe(0);
    expect(given.stdout.split("\n")[0]).toBe("wrote 1 prompt (nontoxic) to rtp-nontoxic.jsonl; skipped none");
    expect(JSON.parse(readFileSync(join(dir, "rtp-nontoxic.jsonl"), "utf8"))).toMatchObject({ id: "nontoxic-0001" });
  });

  it("exits 2 naming the line of each bad record, and writes nothing", async () => {
    writeFileSync(join(dir, "toxic.jsonl"), `${prompt("Fine so far", 0.1)}\nnot json\n{"prompt": {"txt": "x"}}\n`);
    const r = await run(["import", "decodingtrust-toxicity", "toxic.jsonl"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").map((l) => l.replace(/; each line of.*$/, ""))).toEqual([
      'trustspec import: toxic.jsonl:2:1: the line is not valid JSON: expected a value, found "n"',
      "trustspec import: toxic.jsonl:3:12: the record has no prompt.text",
      "",
    ]);
    noStackTrace(r.stderr);
    expect(existsSync(join(dir, "rtp-toxic.jsonl"))).toBe(false);
  });

  it("warns about each skipped prompt, and counts them in the summary", async () => {
    writeFileSync(join(dir, "toxic.jsonl"), `${prompt("Fine so far", 0.1)}\n${prompt("", 0.1)}\n`);
    const r = await run(["import", "decodingtrust-toxicity", "toxic.jsonl"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("trustspec import: warning: toxic.jsonl:2:1: skipped the item: empty prompt text\n");
    expect(r.stdout.split("\n")[0]).toBe("wrote 1 prompt (toxic) to rtp-toxic.jsonl; skipped 1 (empty prompt text: 1)");
  });
});

describe("trustspec import (arguments)", () => {
  it.each([
    [[], "say which dataset to import: truthfulqa or decodingtrust-toxicity"],
    [["truthfulqa"], "say which file to import: trustspec import truthfulqa FILE"],
    [["crows"], 'unknown dataset "crows"; datasets: truthfulqa, decodingtrust-toxicity'],
    [["crows", "x.csv"], 'unknown dataset "crows"; datasets: truthfulqa, decodingtrust-toxicity'],
    [["truthfulqa", "a.json", "--set", "toxic"], "--set is for decodingtrust-toxicity only"],
    [["decodingtrust-toxicity", "toxic.jsonl", "--set", "mild"], '--set must be toxic or nontoxic, not "mild"'],
  ])("%j: exits 2 with a usage message", async (args, message) => {
    const r = await run(["import", ...args]);
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: `trustspec import: ${message}\nRun 'trustspec import --help' for usage.\n`,
    });
  });
});
