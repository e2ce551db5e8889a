import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mcItems, prompts } from "./items";
import { type Measured, measure } from "./measure";
import { clearCache, writeProject } from "./project";
import { readRunSummary } from "./run-output";
import { BIN, builtDecoder, compileFloor } from "./setup";
import { fitLine, median } from "./stats";

const SIZES = [100, 1_000, 10_000] as const;
/** Generation at scale: one sample of 20 tokens per prompt (the main workload's 5 × 50, 12 times the tokens, would take over 10 minutes at 10,000 alone). */
const GENERATE = { samples: 1, maxTokens: 20, temperature: 0.7, seed: 7, floorBatch: 320 } as const;
/** The smallest built decoder that holds every item: Llama-style, 2 layers, d 64, 630 tokens, 128 positions. */
const MODEL = "llama";

const log = (text: string) => process.stderr.write(`${text}\n`);

interface Point {
  readonly items: number;
  readonly trustspec: Measured[];
  readonly floor: Measured[];
}

const med = (runs: readonly Measured[], f: (m: Measured) => number) => median(runs.map(f));

/** Per-item cost between two sizes, and over the whole range (least squares). */
function slopes(points: readonly Point[], f: (m: Measured) => number, unit: number): string[] {
  const at = (p: Point) => med(p.trustspec, f);
  const pieces: string[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    pieces.push(
      `${a.items.toLocaleString("en")}→${b.items.toLocaleString("en")}: ${(((at(b) - at(a)) / (b.items - a.items)) * unit).toFixed(2)}`,
    );
  }
  const fit = fitLine(points.map((p) => [p.items, at(p)]));
  pieces.push(`fit: ${(fit.slope * unit).toFixed(2)}`);
  return pieces;
}

/**
 * `--scale`: cold `trustspec run` and the floor on 100, 1,000 and 10,000 generated items, multiple
 * choice and generation, on the built `llama` decoder; time and peak RSS per size and the cost per
 * item between sizes, which is flat when growth is linear.
 */
export async function benchScale(rounds: number): Promise<number> {
  const started = Date.now();
  const tmp = mkdtempSync(join(tmpdir(), "trustspec-bench-scale-"));
  try {
    const floorJs = compileFloor();
    const model = builtDecoder(MODEL);
    const mc: Point[] = [];
    const gen: Point[] = [];
    for (const n of SIZES) {
      const mcProject = writeProject(join(tmp, `mc-${n}`), model, { kind: "mc" }, JSON.stringify(mcItems(n)));
      const genPrompts = prompts(n);
      const genProject = writeProject(join(tmp, `gen-${n}`), model, { kind: "generate", ...GENERATE }, genPrompts);
      const promptsFile = join(tmp, `prompts-${n}.json`);
      writeFileSync(promptsFile, JSON.stringify(genPrompts));
      const mcPoint: Point = { items: n, trustspec: [], floor: [] };
      const genPoint: Point = { items: n, trustspec: [], floor: [] };
      for (let r = 1; r <= rounds; r++) {
        const step = async (label: string, into: Measured[], args: string[], cwd: string, cold?: () => void) => {
          cold?.();
          const m = await measure(args, cwd);
          if (args[1] === "run" && readRunSummary(m.stderr).fromCache > 0) throw new Error(`${label}: not a cold run`);
          into.push(m);
          log(`${n} items, round ${r}/${rounds}  ${label}: ${m.wall.toFixed(2)} s, ${(m.peakRssMb).toFixed(0)} MB`);
        };
        await step(
          "floor MC",
          mcPoint.floor,
          [floorJs, "mc", mcProject.modelDir, mcProject.dataFile, join(tmp, "out.json")],
          tmp,
        );
        await step("trustspec MC", mcPoint.trustspec, [BIN, "run"], mcProject.dir, () => clearCache(mcProject));
        await step(
          "floor generation",
          genPoint.floor,
          [
            floorJs,
            "gen",
            genProject.modelDir,
            promptsFile,
            join(tmp, "out.json"),
            ...[GENERATE.samples, GENERATE.maxTokens, GENERATE.temperature, GENERATE.seed, GENERATE.floorBatch].map(
              String,
            ),
          ],
          tmp,
        );
        await step("trustspec generation", genPoint.trustspec, [BIN, "run"], genProject.dir, () =>
          clearCache(genProject),
        );
      }
      mc.push(mcPoint);
      gen.push(genPoint);
      rmSync(mcProject.dir, { recursive: true, force: true });
      rmSync(genProject.dir, { recursive: true, force: true });
    }
    const out: string[] = [
      `\ntrustspec run at scale, cold, on the built ${MODEL} decoder (Llama-style, 2 layers, d 64); generated items; median of ${rounds} round${rounds === 1 ? "" : "s"}`,
    ];
    const table = (title: string, points: readonly Point[]) => {
      out.push(title);
      const heads = ["trustspec", "CPU", "floor", "CPU", "ratio", "RSS ours", "RSS floor"];
      out.push(`  ${"items".padStart(7)}${heads.map((h) => h.padStart(11)).join("")}`);
      for (const p of points) {
        const at = (runs: readonly Measured[], f: (m: Measured) => number) => med(runs, f);
        const wall = (m: Measured) => m.wall;
        const cells = [
          `${at(p.trustspec, wall).toFixed(2)} s`,
          `${at(p.trustspec, (m) => m.cpu).toFixed(2)} s`,
          `${at(p.floor, wall).toFixed(2)} s`,
          `${at(p.floor, (m) => m.cpu).toFixed(2)} s`,
          (at(p.trustspec, wall) / at(p.floor, wall)).toFixed(2),
          `${at(p.trustspec, (m) => m.peakRssMb).toFixed(0)} MB`,
          `${at(p.floor, (m) => m.peakRssMb).toFixed(0)} MB`,
        ];
        out.push(`  ${p.items.toLocaleString("en").padStart(7)}${cells.map((c) => c.padStart(11)).join("")}`);
      }
      out.push(`  trustspec per item, ms of wall time:  ${slopes(points, (m) => m.wall, 1000).join("; ")}`);
      out.push(`  trustspec per item, ms of CPU time:   ${slopes(points, (m) => m.cpu, 1000).join("; ")}`);
      out.push(`  trustspec per item, KB of peak RSS:   ${slopes(points, (m) => m.peakRssMb, 1024).join("; ")}`);
    };
    table("multiple choice (four or five options per item)", mc);
    table(
      `generation (${GENERATE.samples} sample × ${GENERATE.maxTokens} tokens per prompt, T ${GENERATE.temperature}; the floor ${GENERATE.floorBatch} rows a batch)`,
      gen,
    );
    out.push(`(bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    process.stdout.write(`${out.join("\n")}\n`);
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
