import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeModelDir } from "../../../src/model/build/model-dir";
import { buildTestDecoder } from "../../../src/model/build/test-models";

/**
 * onnxruntime-node's usage telemetry (a device id and a database under ~/.cache/Microsoft, a `.ses`
 * file in the temp folder): off when trustspec opens a session, unless the environment asks for it.
 * Each case opens a session through the built dist/ in a child process with its own home and temp
 * folders, and looks at what it left there.
 */
const repo = resolve(__dirname, "..", "..", "..");
let root: string;
let model: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "trustspec-telemetry-"));
  model = join(root, "model");
  writeModelDir(model, buildTestDecoder("gpt2"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What a session opened with `env` left in the child's home and temp folders. */
function leftBehind(name: string, env: Record<string, string>): string[] {
  const home = join(root, name, "home");
  const temp = join(root, name, "tmp");
  for (const dir of [home, temp]) mkdirSync(dir, { recursive: true });
  const script = `require(${JSON.stringify(join(repo, "dist", "model", "onnx", "session.js"))})
  .openSession(${JSON.stringify(join(model, "model.onnx"))}, {})
  .then((s) => s.release());`;
  const r = spawnSync(process.execPath, ["-e", script], {
    // A minimal environment: onnxruntime records nothing where CI, GITHUB_ACTIONS and the like are set.
    env: { PATH: process.env.PATH ?? "", HOME: home, TMPDIR: temp, XDG_CACHE_HOME: join(home, ".cache"), ...env },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return [...readdirSync(temp).map((f) => `tmp/${f}`), ...(existsSync(join(home, ".cache")) ? ["home/.cache"] : [])];
}

it("leaves nothing in the home or temp folder when trustspec opens a session", () => {
  expect(leftBehind("default", {})).toEqual([]);
});

it("keeps onnxruntime's telemetry when the environment asks for it (so the test above can fail)", () => {
  expect(leftBehind("asked", { ORT_DISABLE_TELEMETRY: "0" })).toEqual(
    expect.arrayContaining(["tmp/.ses", "home/.cache"]),
  );
});
