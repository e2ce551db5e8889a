/**
 * `npm run bench -- --e2e [--check] [--rounds N] [--scale]`: what a whole `trustspec run` costs,
 * against a floor that does the same work straight on onnxruntime-node (scripts/bench-e2e/floor.ts:
 * its own tokenisation and loops, no trustspec code). Each run is its own process, started as a
 * user starts it (`node bin/trustspec.js run` in a temporary project; the floor as `node floor.js`),
 * timed around the process, its peak RSS written at exit by a preload (scripts/bench-e2e/peak-rss.js).
 * It builds dist/ first (`npm run build`): bin/trustspec.js runs dist/, which may be older than src/.
 *
 * Workloads, on ../shared/models/stories260k (else the built llama-bench decoder):
 * - multiple choice: TruthfulQA's 817 MC1 items (else 817 generated ones), "Q: {question}\nA:";
 *   the floor runs each item's context once and all its choices as one batch on the context's cache;
 * - generation: 64 prompts × 5 samples × 50 new tokens at temperature 0.7, 64 rows a batch on both
 *   sides (the project sets batch_size: 64); the floor's batches are left-padded, on the KV cache;
 * - the fixed cost of a fully cached run, fitted from cached runs of 817 and 50 items.
 * Rounds are interleaved (default 5); times are medians, and each ratio is the median of the rounds'
 * own ratios (a round's two runs are adjacent in time). --check exits 1 when a target is missed.
 * --scale instead times cold runs of 100, 1,000 and 10,000 generated items (scripts/bench-e2e/scale.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { mcItems, prompts } from "./bench-e2e/items";
import { type Measured, measure } from "./bench-e2e/measure";
import { clearCache, type Project, writeProject } from "./bench-e2e/project";
import { type RunSummary, readPicks, readRunSummary } from "./bench-e2e/run-output";
import { benchScale } from "./bench-e2e/scale";
import { BIN, buildTrustspec, compileFloor, mainModel, mcData } from "./bench-e2e/setup";
import { fitLine, median, pairedRatio } from "./bench-e2e/stats";

/** The targets (ratios are trustspec / floor). */
const TARGETS = {
  mcWall: 1.0,
  generateWall: 1.25,
  warmFixedSeconds: 0.8,
  warmPerCaseMs: 0.5,
  mcRss: 1.3,
  generateRss: 1.1,
  /** Share of items whose argmax must agree between trustspec and the floor (float32 noise may flip a near-tie). */
  argmaxAgreement: 0.99,
} as const;

const MC_ITEMS = 817;
const WARM_SUBSET = 50;
/**
 * The generation workload. Both sides run 64 rows a batch, as the floor did: the
 * floor's batches, and the generation project's `batch_size` (a user after throughput sets it; the
 * default, 8, is for memory).
 */
const GENERATE = { prompts: 64, samples: 5, maxTokens: 50, temperature: 0.7, seed: 7, batch: 64 } as const;

const log = (text: string) => process.stderr.write(`${text}\n`);

interface Timed extends Measured {
  readonly summary?: RunSummary;
}

/** Every round's measurements of one workload. */
class Series {
  readonly runs: Timed[] = [];
  constructor(readonly label: string) {}
  wall(): number {
    return median(this.runs.map((r) => r.wall));
  }
  cpu(): number {
    return median(this.runs.map((r) => r.cpu));
  }
  rss(): number {
    return median(this.runs.map((r) => r.peakRssMb));
  }
  /** The first run's summary (a workload's call and token counts are the same in every round). */
  summary(): RunSummary {
    const summary = this.runs[0]?.summary;
    if (!summary) throw new Error(`${this.label}: no trustspec run measured`);
    return summary;
  }
  inference(): number {
    return median(this.runs.map((r) => r.summary?.inferenceSeconds ?? Number.NaN));
  }
  /** The median over rounds of this series' figure over `floor`'s in the same round. */
  over(floor: Series, figure: (m: Timed) => number): number {
    return pairedRatio(this.runs.map(figure), floor.runs.map(figure));
  }
}

const wallOf = (m: Timed) => m.wall;
const cpuOf = (m: Timed) => m.cpu;
const rssOf = (m: Timed) => m.peakRssMb;
const inferenceOf = (m: Timed) => m.summary?.inferenceSeconds ?? Number.NaN;

function parseArgs(argv: readonly string[]): { check: boolean; scale: boolean; rounds: number | undefined } | string {
  const at = argv.indexOf("--rounds");
  let rounds: number | undefined;
  if (at >= 0) {
    rounds = Number(argv[at + 1]);
    if (!Number.isInteger(rounds) || rounds < 1)
      return `--rounds takes a whole number ≥ 1, not "${argv[at + 1] ?? ""}"`;
  }
  return { check: argv.includes("--check"), scale: argv.includes("--scale"), rounds };
}

async function trustspecRun(project: Project, series: Series, expectCached: boolean): Promise<Timed> {
  const measured = await measure([BIN, "run"], project.dir);
  const summary = readRunSummary(measured.stderr);
  if (expectCached && summary.run > 0)
    throw new Error(`a cached run in ${project.dir} inferred ${summary.run} calls: the cache did not hold them`);
  if (!expectCached && summary.fromCache > 0)
    throw new Error(`a cold run in ${project.dir} found ${summary.fromCache} calls in the cache`);
  const timed = { ...measured, summary };
  series.runs.push(timed);
  return timed;
}

/** Agreement of the floor's MC answers with trustspec's: the sanity line, and whether it holds. */
function compareAnswers(floorFile: string, runDir: string): { line: string; ok: boolean } {
  const floor = JSON.parse(readFileSync(floorFile, "utf8")) as {
    sums: number[][];
    picked: number[];
    correct: number[];
  };
  const ours = readPicks(runDir);
  let same = 0;
  let ourRight = 0;
  let floorRight = 0;
  let largest = 0;
  floor.picked.forEach((pick, i) => {
    const item = ours.get(i);
    if (!item) return;
    if (item.picked === pick) same++;
    if (item.picked === item.correct) ourRight++;
    if (pick === floor.correct[i]) floorRight++;
    item.logprobs.forEach((lp, k) => {
      largest = Math.max(largest, Math.abs(lp - (floor.sums[i]?.[k] ?? Number.NaN)));
    });
  });
  const n = floor.picked.length;
  const ok = ours.size === n && ourRight === floorRight && same >= TARGETS.argmaxAgreement * n;
  return {
    ok,
    line: `sanity: mc1 accuracy trustspec ${(ourRight / n).toFixed(4)}, floor ${(floorRight / n).toFixed(4)}; the same choice picked in ${same}/${n} items; log-likelihoods within ${largest.toExponential(1)}${ok ? "" : "  MISMATCH"}`,
  };
}

const s = (x: number) => `${x.toFixed(2)} s`;
const mb = (x: number) => `${x.toFixed(0)} MB`;

function row(label: string, cells: readonly string[]): string {
  return `  ${label.padEnd(52)}${cells.map((c) => c.padStart(11)).join("")}`;
}

export async function benchE2e(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    log(`bench --e2e: ${args}`);
    return 2;
  }
  const failed = buildTrustspec();
  if (failed !== undefined) {
    log(`bench --e2e: npm run build failed, so there is no trustspec to time:\n${failed}`);
    return 3;
  }
  if (args.scale) {
    if (args.check) log("bench --e2e --scale: the scale figures have no targets; --check is ignored");
    return benchScale(args.rounds ?? 1);
  }
  const rounds = args.rounds ?? 5;
  const started = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), "trustspec-bench-e2e-"));
  try {
    const floorJs = compileFloor();
    const model = mainModel();
    const mc = mcData(tmp, () => mcItems(MC_ITEMS));
    const genPrompts = prompts(GENERATE.prompts);
    const mcProject = writeProject(join(tmp, "mc"), model.dir, { kind: "mc" }, mc.json);
    const subsetProject = writeProject(join(tmp, "mc-subset"), model.dir, { kind: "mc", sample: WARM_SUBSET }, mc.json);
    const genProject = writeProject(join(tmp, "generate"), model.dir, { kind: "generate", ...GENERATE }, genPrompts);
    const promptsFile = join(tmp, "prompts.json");
    writeFileSync(promptsFile, JSON.stringify(genPrompts));
    const floorMcOut = join(tmp, "floor-mc.json");
    const floorGenOut = join(tmp, "floor-generate.json");
    const items = (JSON.parse(mc.json) as unknown[]).length;

    log(`bench --e2e: model ${model.label}; MC items: ${items} ${mc.label}; temporary projects in ${tmp}`);
    // Fills the subset project's cache (and Jest's transform cache): its runs below are all cached.
    await measure([BIN, "run"], subsetProject.dir);
    // A run whose -t selects no test infers nothing but leaves Jest's caches as a run leaves them,
    // so that the first round's cold runs start as the later rounds' do.
    for (const project of [mcProject, genProject])
      await measure([BIN, "run", "-t", "^no test is named this$"], project.dir);

    const floorMc = new Series("floor: context once, choices batched on its cache");
    const coldMc = new Series("trustspec run, cold");
    const floorGen = new Series(
      `floor: ${GENERATE.prompts * GENERATE.samples} rows, ${GENERATE.batch} a batch (trustspec: batch_size ${GENERATE.batch})`,
    );
    const coldGen = new Series("trustspec run, cold");
    const warmAll = new Series(`${items} items`);
    const warmSubset = new Series(`${WARM_SUBSET} items`);
    const sanity: { line: string; ok: boolean }[] = [];
    const floorTokens: number[] = [];
    for (let r = 1; r <= rounds; r++) {
      const note = (what: string, m: Measured) =>
        log(`round ${r}/${rounds}  ${what}: ${s(m.wall)}, ${mb(m.peakRssMb)}`);
      // Each pair in turn order: the floor first in odd rounds, trustspec first in even ones, so that
      // neither side always runs after the other (a warmer page cache, a CPU just freed).
      let coldMcRunDir = "";
      const pair = async (first: () => Promise<void>, second: () => Promise<void>) => {
        if (r % 2 === 1) {
          await first();
          await second();
        } else {
          await second();
          await first();
        }
      };
      await pair(
        async () => {
          floorMc.runs.push(await measure([floorJs, "mc", mcProject.modelDir, mcProject.dataFile, floorMcOut], tmp));
          note("floor MC", floorMc.runs.at(-1) as Measured);
        },
        async () => {
          clearCache(mcProject);
          const cold = await trustspecRun(mcProject, coldMc, false);
          note("trustspec MC, cold", cold);
          coldMcRunDir = (cold.summary as RunSummary).runDir;
        },
      );
      sanity.push(compareAnswers(floorMcOut, coldMcRunDir));
      const genArgs = [GENERATE.samples, GENERATE.maxTokens, GENERATE.temperature, GENERATE.seed, GENERATE.batch].map(
        String,
      );
      await pair(
        async () => {
          floorGen.runs.push(
            await measure([floorJs, "gen", genProject.modelDir, promptsFile, floorGenOut, ...genArgs], tmp),
          );
          floorTokens.push((JSON.parse(readFileSync(floorGenOut, "utf8")) as { tokens: number }).tokens);
          note("floor generation", floorGen.runs.at(-1) as Measured);
        },
        async () => {
          clearCache(genProject);
          note("trustspec generation, cold", await trustspecRun(genProject, coldGen, false));
        },
      );
      note(`trustspec, ${items} items cached`, await trustspecRun(mcProject, warmAll, true));
      note(`trustspec, ${WARM_SUBSET} items cached`, await trustspecRun(subsetProject, warmSubset, true));
    }

    const missed: string[] = [];
    /** "value ≤ limit", or "value > limit MISSED" (and counted). */
    const target = (name: string, value: number, limit: number, show: (x: number) => string) => {
      const ok = value <= limit;
      if (!ok) missed.push(name);
      return ok ? `${show(value)} ≤ ${show(limit)}` : `${show(value)} > ${show(limit)} MISSED`;
    };
    const times = (x: number) => `${x.toFixed(2)}×`;
    const ratio = (x: number) => x.toFixed(2);
    const mcWall = coldMc.over(floorMc, wallOf);
    const mcRss = coldMc.over(floorMc, rssOf);
    const genWall = coldGen.over(floorGen, wallOf);
    const genRss = coldGen.over(floorGen, rssOf);
    /** A cached run's cost as fixed + per case, through the two sizes' medians. */
    const fitWarm = (f: (series: Series) => number) =>
      fitLine([
        [warmSubset.summary().calls, f(warmSubset)],
        [warmAll.summary().calls, f(warmAll)],
      ]);
    const warm = fitWarm((x) => x.wall());
    const warmCpu = fitWarm((x) => x.cpu());
    const processes = Math.max(
      ...[coldMc, coldGen, warmAll, warmSubset].flatMap((x) => x.runs.map((m) => m.processes)),
    );
    const genTokens = coldGen.summary().tokens;

    /** A cold run's line (times, and each round's ratio to the floor's in medians) and its inference phase's. */
    const coldRows = (cold: Series, floor: Series) => [
      row(cold.label, [
        s(cold.wall()),
        ratio(cold.over(floor, wallOf)),
        s(cold.cpu()),
        ratio(cold.over(floor, cpuOf)),
        mb(cold.rss()),
        ratio(cold.over(floor, rssOf)),
      ]),
      row("  its inference phase", [
        s(cold.inference()),
        ratio(pairedRatio(cold.runs.map(inferenceOf), floor.runs.map(wallOf))),
      ]),
    ];
    const out: string[] = [];
    out.push(
      `\ntrustspec run end to end against the onnxruntime-node floor: ${model.label}, onnxruntime's default intra-op threads on both sides (trustspec sets none: one per core, ${availableParallelism()} cores here); ${rounds} interleaved round${rounds === 1 ? "" : "s"}; times are medians; ratio = the median of each round's trustspec / floor`,
    );
    out.push(row("", ["wall", "ratio", "CPU", "ratio", "peak RSS", "ratio"]));
    out.push(`multiple choice (MC1), ${items} items, ${mc.label}`);
    out.push(row(floorMc.label, [s(floorMc.wall()), "1.00", s(floorMc.cpu()), "1.00", mb(floorMc.rss()), "1.00"]));
    out.push(...coldRows(coldMc, floorMc));
    out.push(
      `generation, ${GENERATE.prompts} prompts × ${GENERATE.samples} samples × ${GENERATE.maxTokens} tokens, T ${GENERATE.temperature} (new tokens: trustspec ${genTokens}, floor ${median(floorTokens)})`,
    );
    out.push(row(floorGen.label, [s(floorGen.wall()), "1.00", s(floorGen.cpu()), "1.00", mb(floorGen.rss()), "1.00"]));
    out.push(...coldRows(coldGen, floorGen));
    out.push("trustspec run, everything cached");
    out.push(row(warmAll.label, [s(warmAll.wall()), "", s(warmAll.cpu()), "", mb(warmAll.rss())]));
    out.push(row(warmSubset.label, [s(warmSubset.wall()), "", s(warmSubset.cpu()), "", mb(warmSubset.rss())]));
    out.push(row("  fixed cost (the fit's value at 0 cases)", [s(warm.intercept), "", s(warmCpu.intercept)]));
    const ms = (x: number) => `${x.toFixed(2)} ms`;
    out.push(row("  per cached case (the fit's slope)", [ms(warm.slope * 1000), "", ms(warmCpu.slope * 1000)]));
    out.push(
      processes === 1
        ? "each trustspec run was one Node process (inference and Jest's suites in it, no workers): its peak RSS is the run's"
        : `some trustspec runs started ${processes} Node processes: their peak RSS is the sum of every process's peak`,
    );
    out.push(...new Set(sanity.map((x) => x.line)));
    out.push("targets (--check):");
    /** Each round's ratio, in round order: how far the median stands from the rounds around it. */
    const perRound = (series: Series, floor: Series) =>
      `(rounds: ${series.runs.map((m, i) => ratio(m.wall / (floor.runs[i] as Timed).wall)).join(" ")})`;
    out.push(
      `  cold MC wall: ${target("cold MC wall", mcWall, TARGETS.mcWall, times)} the floor's ${perRound(coldMc, floorMc)}`,
    );
    out.push(
      `  cold generation wall: ${target("cold generation wall", genWall, TARGETS.generateWall, times)} the floor's ${perRound(coldGen, floorGen)}`,
    );
    out.push(`  cached run, fixed cost: ${target("cached fixed cost", warm.intercept, TARGETS.warmFixedSeconds, s)}`);
    out.push(`  cached run, per case: ${target("cost per cached case", warm.slope * 1000, TARGETS.warmPerCaseMs, ms)}`);
    out.push(`  cold MC peak RSS: ${target("MC peak RSS", mcRss, TARGETS.mcRss, times)} the floor's`);
    out.push(
      `  cold generation peak RSS: ${target("generation peak RSS", genRss, TARGETS.generateRss, times)} the floor's`,
    );
    if (!sanity.every((x) => x.ok)) missed.push("MC answers agree with the floor");
    out.push(`(bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (args.check)
      out.push(
        missed.length > 0 ? `bench --e2e --check: missed ${missed.join(", ")}` : "bench --e2e --check: all targets met",
      );
    process.stdout.write(`${out.join("\n")}\n`);
    return args.check && missed.length > 0 ? 1 : 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
