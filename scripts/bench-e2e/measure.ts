import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What one timed process run cost. */
export interface Measured {
  /** Seconds from spawning the process to its exit, measured around it by the bench. */
  readonly wall: number;
  /** User + system CPU seconds of every Node process of the run (the preload's figures). */
  readonly cpu: number;
  /**
   * Peak resident memory in MB: the process's own; when the run started further Node processes,
   * the sum of every process's peak (an upper bound: the peaks need not coincide).
   */
  readonly peakRssMb: number;
  /** Node processes in the run: 1 when the work stayed in the process started. */
  readonly processes: number;
  readonly stdout: string;
  readonly stderr: string;
}

const PRELOAD = join(__dirname, "peak-rss.js");

interface ProcessRecord {
  readonly pid: number;
  readonly maxRssKb: number;
  readonly cpuSeconds: number;
}

/**
 * Runs `node --require peak-rss.js ARGS…` in `cwd` and measures it. The environment is the bench's
 * without NODE_OPTIONS (the preload sets its own), so the child starts as a user's shell starts it.
 * A non-zero exit is an error carrying the end of the child's output.
 */
export function measure(args: readonly string[], cwd: string): Promise<Measured> {
  const records = mkdtempSync(join(tmpdir(), "trustspec-bench-rss-"));
  const env: NodeJS.ProcessEnv = { ...process.env, TRUSTSPEC_BENCH_RSS_DIR: records };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--require", PRELOAD, ...args], { cwd, env, stdio: "pipe" });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      const stdout = Buffer.concat(out).toString("utf8");
      const stderr = Buffer.concat(err).toString("utf8");
      try {
        if (code !== 0) {
          const tail = `${stdout}\n${stderr}`.trim().split("\n").slice(-20).join("\n");
          throw new Error(`node ${args.join(" ")} (in ${cwd}) exited with ${code}:\n${tail}`);
        }
        const procs = readdirSync(records).map(
          (f) => JSON.parse(readFileSync(join(records, f), "utf8")) as ProcessRecord,
        );
        const own = procs.find((p) => p.pid === child.pid);
        if (!own) throw new Error(`node ${args.join(" ")} wrote no peak-memory record (did it exit early?)`);
        const rssKb = procs.length === 1 ? own.maxRssKb : procs.reduce((sum, p) => sum + p.maxRssKb, 0);
        resolve({
          wall,
          cpu: procs.reduce((sum, p) => sum + p.cpuSeconds, 0),
          peakRssMb: rssKb / 1024,
          processes: procs.length,
          stdout,
          stderr,
        });
      } catch (e) {
        reject(e);
      } finally {
        rmSync(records, { recursive: true, force: true });
      }
    });
  });
}
