import { resolve } from "node:path";
import { cacheSize, clearCache } from "../../run/cache";
import { diskFiles } from "../../spec/file-access";
import { findConfig, loadConfig, resolveConfig } from "../../spec/load-config";
import { parseCommand } from "../args";
import type { Command } from "../command";
import { EXIT } from "../io";

export const cacheCommand: Command = {
  name: "cache",
  summary: "show the size of the inference cache, or clear it",
  help: `Usage: trustspec cache info [--config FILE]
       trustspec cache clear [--config FILE]

The inference cache holds every model result of earlier runs, keyed by the model's
files, the prompt, the decoding settings and the seed, so a re-run only queries what
changed. It lives where the config's cache.dir says (default .trustspec/cache).
It holds raw model outputs, which can contain private data: treat it as sensitive.

  info    entries and bytes in the cache
  clear   remove every cached result (the model-file hash memo stays)

Options:
  --config FILE  the config file (default: trustspec.config.yaml at or above .)
  -h, --help     show this help

Exit codes: 0 done, 2 bad arguments or config errors.
`,
  async run(argv, io) {
    const args = parseCommand(this, argv, { config: { type: "string" } }, io);
    if (typeof args === "number") return args;
    const [action, ...extra] = args.positionals;
    if ((action !== "info" && action !== "clear") || extra.length > 0) {
      io.stderr(`trustspec cache: say info or clear\nRun 'trustspec cache --help' for usage.\n`);
      return EXIT.specError;
    }
    const file =
      typeof args.values.config === "string" ? resolve(io.cwd, args.values.config) : findConfig(diskFiles, io.cwd);
    let dir: string;
    if (file === undefined) {
      dir = resolveConfig(undefined, undefined, io.cwd).cache.dir;
    } else {
      const loaded = loadConfig(diskFiles, file);
      if (!loaded.config) {
        io.stderr(`trustspec cache: ${file} has errors; run 'trustspec validate' to see them\n`);
        return EXIT.specError;
      }
      dir = loaded.config.cache.dir;
    }
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    if (action === "info") {
      const size = cacheSize(dir);
      io.stdout(`${dir}: ${size.entries} cached results, ${mb(size.bytes)}\n`);
    } else {
      const removed = clearCache(dir);
      io.stdout(`cleared ${dir}: removed ${removed.entries} cached results, ${mb(removed.bytes)}\n`);
    }
    return EXIT.ok;
  },
};
