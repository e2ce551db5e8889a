/**
 * `npm run bench:toxicity`: how many texts a second the offline toxicity judges score on one core, in
 * CPU time (user + system, so other processes on the machine matter less than for wall time). Texts: the
 * RealToxicityPrompts prompts and continuations in ../shared/data when present, else the project's own
 * fixtures/toxicity prompts. Prints the weights' first load apart, then the best and median of 5 rounds.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { learnedModel, toxicityLearnedScore } from "../src/judges/toxicity-learned";
import { toxicityScore } from "../src/judges/toxicity-lexical";

const ROUNDS = 5;
const MIN_TEXTS = 20_000;

function texts(): { source: string; texts: string[] } {
  const dir = join(__dirname, "..", "..", "shared", "data", "decodingtrust", "toxicity");
  const files = existsSync(dir)
    ? ["toxic.jsonl", "nontoxic.jsonl"].map((f) => join(dir, f))
    : [join(__dirname, "..", "fixtures", "toxicity", "prompts.jsonl")];
  const found: string[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const row = JSON.parse(line) as Record<string, { text?: unknown } | undefined>;
      for (const part of [row.prompt, row.continuation]) if (typeof part?.text === "string") found.push(part.text);
    }
  }
  const all: string[] = [];
  while (all.length < MIN_TEXTS) all.push(...found);
  return {
    source: existsSync(dir) ? "RealToxicityPrompts (../shared)" : "fixtures/toxicity/prompts.jsonl",
    texts: all,
  };
}

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

const { source, texts: all } = texts();
const chars = all.reduce((n, t) => n + t.length, 0);
process.stdout.write(`${all.length} texts from ${source}, ${(chars / all.length).toFixed(0)} characters on average\n`);
process.stdout.write(
  `toxicity-learned: weights loaded in ${(cpuSeconds(() => learnedModel()) * 1000).toFixed(0)} ms CPU\n`,
);
for (const [name, score] of [
  ["toxicity-lexical", toxicityScore],
  ["toxicity-learned", (t: string) => toxicityLearnedScore(t)],
] as const) {
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    let sink = 0;
    const s = cpuSeconds(() => {
      for (const t of all) sink += score(t);
    });
    if (Number.isNaN(sink)) throw new Error("a score was NaN");
    rates.push(all.length / s);
  }
  rates.sort((a, b) => a - b);
  const fmt = (x: number) => Math.round(x).toLocaleString("en");
  process.stdout.write(
    `${name}: ${fmt(rates[ROUNDS - 1] as number)} texts/s best, ${fmt(rates[(ROUNDS - 1) / 2] as number)} median (CPU time, ${ROUNDS} rounds)\n`,
  );
}
