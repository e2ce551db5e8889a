import { createHash, randomBytes } from "node:crypto";
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hashFile, modelFingerprint } from "../../src/run/fingerprint";
import { graphWithExternalWeights } from "../support/onnx-files";

const temps: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "trustspec-fingerprint-"));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Every file the fingerprint covers, in both places it looks: model.onnx refers to its weights in weights/model.bin. */
const BEHAVIOUR = [
  "model.onnx",
  "weights/model.bin",
  "config.json",
  "generation_config.json",
  "tokenizer.json",
  "tokenizer_config.json",
  "special_tokens_map.json",
  "chat_template.jinja",
  "onnx/config.json",
  "onnx/generation_config.json",
  "onnx/tokenizer.json",
  "onnx/tokenizer_config.json",
  "onnx/special_tokens_map.json",
  "onnx/chat_template.json",
];
/** Not the model: other files, and the folder's other variants and data files nothing refers to. */
const UNRELATED = [
  "README.md",
  "notes.txt",
  "onnx/README.md",
  "model.onnx.bak",
  "deeper/model.onnx",
  "merges.txt",
  "model_q4.onnx",
  "onnx/model_fp16.onnx",
  "model.onnx_data",
];

function modelDir(files: readonly string[] = [...BEHAVIOUR, ...UNRELATED]): string {
  const dir = tempDir();
  for (const file of files) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(
      join(dir, file),
      file === "model.onnx" ? graphWithExternalWeights("weights/model.bin") : `content of ${file}\n`,
    );
  }
  return dir;
}

/** The fingerprint with nothing memoised: every file hashed afresh. */
const truth = (dir: string): string => modelFingerprint(dir, { memoFile: join(tempDir(), "fresh.json") });

describe("modelFingerprint", () => {
  it("is a SHA-256 hex digest, the same on every call, with or without a memo file", () => {
    const dir = modelDir();
    const memoFile = join(tempDir(), "memo", "fingerprints.json");
    const first = modelFingerprint(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(modelFingerprint(dir)).toBe(first);
    expect(modelFingerprint(dir, { memoFile })).toBe(first);
    expect(modelFingerprint(dir, { memoFile })).toBe(first);
  });

  it.each(BEHAVIOUR)("changes when %s changes", (file) => {
    const dir = modelDir();
    const before = modelFingerprint(dir);
    appendFileSync(join(dir, file), "x"); // a new size, so the memo rehashes whatever the mtime clock does
    expect(modelFingerprint(dir)).not.toBe(before);
    expect(truth(dir)).not.toBe(before);
  });

  it.each(UNRELATED)("ignores %s", (file) => {
    const dir = modelDir();
    const before = modelFingerprint(dir);
    appendFileSync(join(dir, file), "x");
    expect(modelFingerprint(dir)).toBe(before);
    rmSync(join(dir, file));
    expect(modelFingerprint(dir)).toBe(before);
  });

  it("depends on which files exist and where, not only on their contents", () => {
    const model = ["model.onnx", "weights/model.bin"];
    const withConfig = modelDir([...model, "config.json"]);
    expect(truth(modelDir(model))).not.toBe(truth(withConfig));
    expect(truth(modelDir([...model, "onnx/config.json"]))).not.toBe(truth(withConfig));
    // The same files in another folder are the same model.
    expect(truth(modelDir([...model, "config.json"]))).toBe(truth(withConfig));
  });

  (process.platform === "win32" ? it.skip : it)(
    "follows symlinks to the real content (Hugging Face caches link to blobs)",
    () => {
      const blobs = tempDir();
      writeFileSync(join(blobs, "blob"), "content of weights/model.bin\n");
      const linked = modelDir(["config.json", "model.onnx"]);
      mkdirSync(join(linked, "weights"));
      symlinkSync(join(blobs, "blob"), join(linked, "weights", "model.bin"));
      expect(truth(linked)).toBe(truth(modelDir(["config.json", "model.onnx", "weights/model.bin"])));
    },
  );

  it("of a dtype covers that variant's files and weights, not the full-precision ones", () => {
    const dir = modelDir([...BEHAVIOUR, "onnx/model_q4.onnx", "onnx/model_q4.onnx_data"]);
    writeFileSync(join(dir, "onnx", "model_q4.onnx"), graphWithExternalWeights("model_q4.onnx_data"));
    const q4 = modelFingerprint(dir, { dtype: "q4" });
    expect(q4).not.toBe(modelFingerprint(dir));
    appendFileSync(join(dir, "model.onnx"), "x");
    expect(modelFingerprint(dir, { dtype: "q4" })).toBe(q4);
    appendFileSync(join(dir, "onnx", "model_q4.onnx_data"), "x");
    expect(modelFingerprint(dir, { dtype: "q4" })).not.toBe(q4);
  });

  it("on a GPU keeps its results apart from the CPU's (any device of the provider alike), the CPU's unchanged", () => {
    const dir = modelDir(BEHAVIOUR);
    const cpu = modelFingerprint(dir);
    const cuda0 = modelFingerprint(dir, { device: { provider: "cuda", deviceId: 0 } });
    expect(cuda0).not.toBe(cpu);
    expect(modelFingerprint(dir, { device: { provider: "cuda", deviceId: 3 } })).toBe(cuda0);
    expect(modelFingerprint(dir, {})).toBe(cpu);
  });

  it("refuses a folder with no ONNX file, which would fingerprint as 'nothing', with the model error and its fix", () => {
    // A plain Error here ended a plain-Jest run as an uncaught crash instead of the model's error.
    expect(() => modelFingerprint(modelDir(["config.json", "tokenizer.json"]))).toThrow(
      expect.objectContaining({ code: "MODEL_ONNX_MISSING", message: expect.stringMatching(/no ONNX decoder/) }),
    );
    // Weights it refers to, missing: the error loading would give.
    const dir = modelDir(["model.onnx", "config.json"]);
    expect(() => modelFingerprint(dir)).toThrow(
      expect.objectContaining({ code: "MODEL_DATA_MISSING", message: expect.stringContaining("weights/model.bin") }),
    );
    expect(() =>
      modelFingerprint(modelDir(["model.onnx", "config.json", "weights/model.bin"]), { dtype: "q4" }),
    ).toThrow(
      expect.objectContaining({
        code: "MODEL_DTYPE_MISSING",
        message: expect.stringContaining("it holds the dtypes fp32"),
      }),
    );
    expect(() => modelFingerprint(join(tempDir(), "absent"))).toThrow(
      expect.objectContaining({ code: "MODEL_DIR_NOT_FOUND" }),
    );
  });
});

describe("the content-hash memo", () => {
  /**
   * The memo's contract: a file is rehashed only when its size or mtime changes. Rewriting a file
   * with content of the same length and putting its mtime back therefore keeps the old hash — which
   * is how these tests see that the memo, not a rehash, answered.
   */
  function sneakyRewrite(path: string, mtimeSeconds: number): void {
    const old = readFileSync(path);
    writeFileSync(path, Buffer.from(old.map((b) => b ^ 1)));
    utimesSync(path, mtimeSeconds, mtimeSeconds);
  }

  it.each<[string, boolean]>([
    ["a memo file", true],
    ["the in-process memo", false],
  ])("in %s spares rehashing an unchanged (size, mtime), and rehashes when the mtime moves", (_name, useFile) => {
    const dir = modelDir();
    const options = useFile ? { memoFile: join(tempDir(), "fingerprints.json") } : {};
    const config = join(dir, "config.json");
    utimesSync(config, 1_700_000_000, 1_700_000_000);
    const before = modelFingerprint(dir, options);

    sneakyRewrite(config, 1_700_000_000);
    expect(truth(dir)).not.toBe(before); // the content did change…
    expect(modelFingerprint(dir, options)).toBe(before); // …but the memo answered

    utimesSync(config, 1_700_000_001, 1_700_000_001);
    expect(modelFingerprint(dir, options)).toBe(truth(dir));
  });

  it("is a JSON file of (absolute path, size, mtime) → content hash, readable by the next run", () => {
    const dir = modelDir(["model.onnx", "weights/model.bin", "config.json"]);
    const memoFile = join(tempDir(), "fingerprints.json");
    const before = modelFingerprint(dir, { memoFile });
    const memo = JSON.parse(readFileSync(memoFile, "utf8"));
    expect(memo.version).toBe(1);
    expect(memo.files[join(dir, "config.json")]).toEqual({
      size: "content of config.json\n".length,
      mtimeMs: expect.any(Number),
      sha256: hashFile(join(dir, "config.json")),
    });
    expect(Object.keys(memo.files)).toHaveLength(3);

    // Another process would start from the file alone: plant a hash there and see it used.
    memo.files[join(dir, "config.json")].sha256 = "0".repeat(64);
    writeFileSync(memoFile, JSON.stringify(memo));
    expect(modelFingerprint(dir, { memoFile })).not.toBe(before);
  });

  it.each<[string, string]>([
    ["not JSON", "{ truncated"],
    ["JSON null", "null"],
    ["another version", '{"version":2,"files":{}}'],
    ["entries of the wrong shape", '{"version":1,"files":{"/x":{"size":"big"},"/y":null}}'],
  ])("ignores a memo file that is %s, and rewrites it", (_name, content) => {
    const dir = modelDir(["model.onnx", "weights/model.bin", "config.json"]);
    const memoFile = join(tempDir(), "fingerprints.json");
    writeFileSync(memoFile, content);
    expect(modelFingerprint(dir, { memoFile })).toBe(truth(dir));
    const memo = JSON.parse(readFileSync(memoFile, "utf8"));
    expect(memo.version).toBe(1);
    expect(Object.keys(memo.files).sort()).toEqual(
      [join(dir, "config.json"), join(dir, "model.onnx"), join(dir, "weights", "model.bin")].sort(),
    );
  });

  (process.platform === "win32" ? it.skip : it)("is written 0o600 in a folder it creates 0o700", () => {
    const memoFile = join(tempDir(), "new", "fingerprints.json");
    modelFingerprint(modelDir(["model.onnx", "weights/model.bin"]), { memoFile });
    expect(readFileSync(memoFile, "utf8")).toMatch(/"version": 1/);
    expect(statSync(memoFile).mode & 0o777).toBe(0o600);
    expect(statSync(join(memoFile, "..")).mode & 0o777).toBe(0o700);
  });
});

describe("hashFile", () => {
  it("streams a file larger than its 1 MB buffer to the same SHA-256 as hashing it whole", () => {
    const path = join(tempDir(), "weights.onnx_data");
    const bytes = randomBytes(5 * 1024 * 1024 + 12345);
    writeFileSync(path, bytes);
    expect(hashFile(path)).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("hashes an empty file", () => {
    const path = join(tempDir(), "empty.onnx");
    writeFileSync(path, "");
    expect(hashFile(path)).toBe(createHash("sha256").digest("hex"));
  });
});
