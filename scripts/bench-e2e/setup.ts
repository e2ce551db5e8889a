import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";
import { writeModelDir } from "../../src/model/build/model-dir";
import { buildTestDecoder } from "../../src/model/build/test-models";

export const REPO = join(__dirname, "..", "..");
export const BIN = join(REPO, "bin", "trustspec.js");
const SHARED = join(REPO, "..", "shared");
const STORIES = join(SHARED, "models", "stories260k");
const TRUTHFULQA = join(SHARED, "data", "truthfulqa", "mc_task.json");

/**
 * The floor as plain JavaScript, next to the repository's node_modules (so that it resolves
 * onnxruntime-node and the tokenizers): it runs under plain `node`, as `trustspec run` does from
 * dist/, so that neither side pays for compiling TypeScript at start-up.
 */
export function compileFloor(): string {
  const out = join(REPO, ".trustspec", "bench-e2e", "floor.js");
  const source = readFileSync(join(__dirname, "floor.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  mkdirSync(join(out, ".."), { recursive: true });
  writeFileSync(out, outputText);
  return out;
}

/**
 * Compiles src/ into dist/ (`npm run build`), which `trustspec run` (bin/trustspec.js) runs: a bench
 * of a stale build would measure other code than the tree's. Returns tsc's output when it fails.
 */
export function buildTrustspec(): string | undefined {
  const tsc = require.resolve("typescript/bin/tsc");
  const built = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: REPO, encoding: "utf8" });
  return built.status === 0 ? undefined : `${built.stdout}${built.stderr}`;
}

/** A decoder the project builds, written under .trustspec/test-models/ (rebuilt each run, so never stale). */
export function builtDecoder(name: string): string {
  const dir = join(REPO, ".trustspec", "test-models", name);
  writeModelDir(dir, buildTestDecoder(name));
  return dir;
}

/** The model of the main workloads: the real tiny stories260k when ../shared has it, else the built llama-bench. */
export function mainModel(): { dir: string; label: string } {
  if (existsSync(join(STORIES, "model.onnx"))) return { dir: STORIES, label: "../shared/models/stories260k" };
  return {
    dir: builtDecoder("llama-bench"),
    label: "llama-bench, built (../shared/models/stories260k is absent)",
  };
}

/**
 * The MC items as JSON text: TruthfulQA's 817 through `trustspec import truthfulqa` when
 * ../shared has them (the text stays in the temporary folder), else `generated` of the same shape.
 */
export function mcData(tmp: string, generated: () => unknown[]): { json: string; label: string } {
  if (!existsSync(TRUTHFULQA)) {
    return {
      json: JSON.stringify(generated()),
      label: "generated items (../shared/data/truthfulqa is absent)",
    };
  }
  const out = join(tmp, "truthfulqa.json");
  const imported = spawnSync(process.execPath, [BIN, "import", "truthfulqa", "--out", out, TRUTHFULQA], {
    encoding: "utf8",
  });
  if (imported.status !== 0) throw new Error(`trustspec import truthfulqa failed:\n${imported.stderr}`);
  return { json: readFileSync(out, "utf8"), label: "TruthfulQA MC1 (../shared/data/truthfulqa/mc_task.json)" };
}
