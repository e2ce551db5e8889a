// Preloaded (`node --require`) into every process `npm run bench -- --e2e` times: at exit, each writes
// its own peak resident set size and CPU time to $TRUSTSPEC_BENCH_RSS_DIR/<pid>.json. maxRSS counts
// one process only (onnxruntime's native memory included), so the preload puts itself in
// NODE_OPTIONS too: any Node process the run starts (a Jest worker, a child) reports its own peak.
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");

const dir = process.env.TRUSTSPEC_BENCH_RSS_DIR;
if (dir) {
  const options = process.env.NODE_OPTIONS ?? "";
  if (!options.includes(__filename))
    process.env.NODE_OPTIONS = `${options} --require ${JSON.stringify(__filename)}`.trim();
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      join(dir, `${process.pid}.json`),
      JSON.stringify({
        pid: process.pid,
        ppid: process.ppid,
        maxRssKb: usage.maxRSS,
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      }),
    );
  });
}
