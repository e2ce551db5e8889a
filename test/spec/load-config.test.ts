import { dirname, join, resolve } from "node:path";
import { memoryFiles } from "../../src/spec/file-access";
import { CONFIG_FILE, findConfig, loadConfig } from "../../src/spec/load-config";
import { SourceText } from "../../src/spec/source-text";

// In-memory files under a root that does not exist on disk, so nothing real is ever read.
const ROOT = resolve("/virtual-trustspec-project");
const CONFIG_PATH = join(ROOT, CONFIG_FILE);

const load = (text: string, file = CONFIG_PATH) => loadConfig(memoryFiles({ [file]: text }), file);

/** 1-based line and column of the offset, and of where `needle` is in `text`. */
const position = (text: string, offset: number | undefined) => new SourceText(text).position(offset ?? -1);
const positionOf = (text: string, needle: string) => position(text, text.indexOf(needle));

describe("loadConfig", () => {
  it("applies every default and resolves paths against the config's directory", () => {
    const text = "version: 1\nmodels:\n  base: { path: models/base }\n  tuned: { path: ./out/../models/tuned }\n";
    const { config, problems } = load(text);
    expect(problems).toEqual([]);
    expect(config).toEqual({
      file: CONFIG_PATH,
      dir: ROOT,
      models: {
        base: { path: join(ROOT, "models/base"), kind: "onnx-causal-lm" },
        tuned: { path: join(ROOT, "models/tuned"), kind: "onnx-causal-lm" },
      },
      judges: {},
      defaults: {
        models: ["base", "tuned"],
        seed: 0,
        batchSize: 8,
        confidence: 0.95,
        bootstrapSamples: 2000,
        maxRegression: 0,
      },
      specs: ["specs/**/*.trust.yaml"],
      cache: { dir: join(ROOT, ".trustspec/cache"), enabled: true },
      reports: { dir: join(ROOT, "reports"), formats: ["terminal", "json", "md", "html", "junit"] },
      allowPaths: [],
      limits: { specBytes: 8 * 1024 * 1024, dataBytes: 256 * 1024 * 1024 },
    });
  });

  it("resolves relative to the config's own directory, wherever that is", () => {
    const file = join(ROOT, "nested", "dir", CONFIG_FILE);
    const { config } = load(
      "version: 1\nmodels:\n  base: { path: ../m }\ncache: { dir: c }\nallow_paths: [../m]\n",
      file,
    );
    expect(config?.dir).toBe(join(ROOT, "nested", "dir"));
    expect(config?.allowPaths).toEqual([join(ROOT, "nested", "m")]);
    expect(config?.models.base?.path).toBe(join(ROOT, "nested", "m"));
    expect(config?.cache.dir).toBe(join(ROOT, "nested", "dir", "c"));
    expect(config?.reports.dir).toBe(join(ROOT, "nested", "dir", "reports"));
  });

  it("keeps absolute model paths and the values it is given", () => {
    const modelDir = resolve("/opt/models/base");
    const text = `version: 1
models:
  base: { path: ${JSON.stringify(modelDir)}, threads: 2, max_length: 512 }
  other: { path: other }
defaults:
  models: [other]
  seed: 7
  batch_size: 3
  confidence: 0.9
  bootstrap_samples: 500
  max_regression: 0.02
cache: { enabled: false }
reports: { formats: [json, md] }
specs: ["checks/*.trust.yaml"]
allow_paths: [${JSON.stringify(dirname(modelDir))}]
limits: { spec_file_mb: 0.5, data_file_mb: 300 }
`;
    const { config, problems } = load(text);
    expect(problems).toEqual([]);
    expect(config?.models.base).toEqual({ path: modelDir, kind: "onnx-causal-lm", threads: 2, maxLength: 512 });
    expect(config?.defaults).toEqual({
      models: ["other"],
      seed: 7,
      batchSize: 3,
      confidence: 0.9,
      bootstrapSamples: 500,
      maxRegression: 0.02,
    });
    expect(config?.cache).toEqual({ dir: join(ROOT, ".trustspec/cache"), enabled: false });
    expect(config?.reports.formats).toEqual(["json", "md"]);
    expect(config?.specs).toEqual(["checks/*.trust.yaml"]);
    expect(config?.allowPaths).toEqual([dirname(modelDir)]);
    expect(config?.limits).toEqual({ specBytes: 512 * 1024, dataBytes: 300 * 1024 * 1024 });
  });

  it.each([
    ["an absolute model path", "models:\n  base: { path: /opt/models/base }\n", "/opt/models/base", "models.base.path"],
    [
      "a model path that climbs out",
      "models:\n  base: { path: ../../elsewhere/m }\n",
      "../../elsewhere/m",
      "models.base.path",
    ],
    [
      "a classifier judge's path",
      "models:\n  base: { path: m }\njudges:\n  tox: { kind: toxicity-classifier, path: ../bert, toxic_labels: [toxic] }\n",
      "../bert",
      "judges.tox.path",
    ],
  ])("refuses %s outside the project at its line, and says how to allow it", (_, body, written, key) => {
    const text = `version: 1\n${body}`;
    const { config, problems } = load(text);
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "PATH_OUTSIDE_PROJECT", file: CONFIG_PATH });
    expect(problems[0]?.message).toContain(`${key} "${written}"`);
    expect(problems[0]?.message).toContain(ROOT);
    expect(problems[0]?.hint).toMatch(/allow_paths/);
    expect(position(text, problems[0]?.start)).toEqual(positionOf(text, written));
  });

  it("accepts a path outside the root that allow_paths lists, and only that", () => {
    const text = (allow: string) =>
      `version: 1\nmodels:\n  base: { path: ../shared/models/m }\n  other: { path: ../private/m }\nallow_paths: [${allow}]\n`;
    expect(load(text("../shared")).problems.map((p) => p.message)).toEqual([
      expect.stringContaining('models.other.path "../private/m"'),
    ]);
    // A sibling whose name starts with the allowed one is not inside it.
    expect(load(text("../shared/models/m-other")).problems).toHaveLength(2);
    expect(load(text("../shared, ../private")).problems).toEqual([]);
  });

  it("runs a model on a GPU with execution_provider: cuda (device 0 unless device_id says), on the CPU otherwise", () => {
    const { config, problems } = load(`version: 1
models:
  gpu: { path: m, execution_provider: cuda }
  second: { path: m, execution_provider: cuda, device_id: 2 }
  cpu: { path: m, execution_provider: cpu }
  plain: { path: m }
`);
    expect(problems).toEqual([]);
    expect(config?.models.gpu?.device).toEqual({ provider: "cuda", deviceId: 0 });
    expect(config?.models.second?.device).toEqual({ provider: "cuda", deviceId: 2 });
    expect(config?.models.cpu?.device).toBeUndefined();
    expect(config?.models.plain?.device).toBeUndefined();
  });

  it("refuses device_id without execution_provider: cuda, and a provider it does not know, at the key", () => {
    const withoutGpu = "version: 1\nmodels:\n  m: { path: m, execution_provider: cpu, device_id: 1 }\n";
    const conflict = load(withoutGpu).problems;
    expect(conflict.map((p) => [p.code, position(withoutGpu, p.start)])).toEqual([
      ["CONFLICTING_KEYS", positionOf(withoutGpu, "device_id")],
    ]);
    expect(conflict[0]?.message).toContain("needs execution_provider: cuda");
    expect(load("version: 1\nmodels:\n  m: { path: m, device_id: 1 }\n").problems.map((p) => p.code)).toEqual([
      "CONFLICTING_KEYS",
    ]);
    const unknown = "version: 1\nmodels:\n  m: { path: m, execution_provider: gpu, device_id: 1 }\n";
    const bad = load(unknown).problems;
    expect(bad.map((p) => [p.code, position(unknown, p.start)])).toEqual([["BAD_VALUE", positionOf(unknown, "gpu")]]);
    // "gpu" is nearest "cpu", but a GPU is what was meant: the hint names both values and what cuda is.
    expect(bad[0]?.hint).toBe(
      'did you mean "cpu"? (allowed: cpu, cuda); cuda is an NVIDIA GPU (see Running on a GPU in docs/models.md)',
    );
  });

  it("says what range a number out of range may take, and what the key is for", () => {
    const problems = load(
      "version: 1\nmodels:\n  m: { path: m, threads: 0 }\ndefaults: { confidence: 0.4 }\n",
    ).problems;
    expect(problems.map((p) => [p.code, p.message, p.hint])).toEqual([
      [
        "OUT_OF_RANGE",
        "models.m.threads must be at least 1, not 0",
        "it takes 1 … 256. onnxruntime intra-op threads. Default: the number of cores. See the config keys in docs/spec-reference.md",
      ],
      [
        "OUT_OF_RANGE",
        "defaults.confidence must be more than 0.5, not 0.4",
        "it takes more than 0.5 and less than 1. Confidence level of every interval. Default 0.95. See the config keys in docs/spec-reference.md",
      ],
    ]);
  });

  it("gives a key's description with brackets of its own as a sentence, not inside brackets", () => {
    const [problem] = load(
      "version: 1\nmodels:\n  m: { path: m }\njudges:\n  tox: { kind: toxicity-learned, threshold: 0 }\n",
    ).problems;
    expect(problem?.code).toBe("OUT_OF_RANGE");
    expect(problem?.hint).toMatch(
      /^it takes more than 0 and less than 1\. The model probability .*\)\. See the config keys in docs\/spec-reference\.md$/,
    );
    expect(problem?.hint).not.toMatch(/\(\(|\)\)/);
  });

  it("reports an unknown key at the key, with a did-you-mean", () => {
    const text = "version: 1\nmodels:\n  base: { path: m }\ndefualts:\n  seed: 1\n";
    const { config, problems } = load(text);
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ code: "UNKNOWN_KEY", severity: "error", file: CONFIG_PATH });
    expect(p?.message).toContain('"defualts"');
    expect(p?.hint).toBe('did you mean "defaults"?');
    expect(position(text, p?.start)).toEqual(positionOf(text, "defualts"));
  });

  it("reports an unknown nested key with a did-you-mean too", () => {
    const text = "version: 1\nmodels:\n  base: { path: m }\ndefaults:\n  bacth_size: 4\n";
    const [p] = load(text).problems;
    expect(p?.code).toBe("UNKNOWN_KEY");
    expect(p?.hint).toBe('did you mean "batch_size"?');
    expect(position(text, p?.start)).toEqual(positionOf(text, "bacth_size"));
  });

  it("reports defaults.models naming an unknown model at that list item", () => {
    const text = `version: 1
models:
  base: { path: m/base }
  candidate: { path: m/candidate }
defaults:
  models:
    - base
    - candidat
`;
    const { config, problems } = load(text);
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p?.code).toBe("UNKNOWN_MODEL");
    expect(p?.message).toContain('"candidat"');
    expect(p?.hint).toBe('did you mean "candidate"?');
    expect(position(text, p?.start)).toEqual(positionOf(text, "candidat\n"));
    expect(position(text, p?.start)).toEqual({ line: 8, col: 7 });
  });

  it("reports a config file that does not exist as CONFIG_NOT_FOUND", () => {
    const missing = join(ROOT, "nope", CONFIG_FILE);
    const { config, problems } = loadConfig(memoryFiles({}), missing);
    expect(config).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ code: "CONFIG_NOT_FOUND", file: missing })]);
    expect(problems[0]?.message).toContain(missing);
  });

  it("reports a config that is not valid YAML without resolving anything", () => {
    const { config, problems } = load("version: 1\nmodels: [\n");
    expect(config).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.severity === "error")).toBe(true);
  });
});

describe("findConfig", () => {
  it("finds the nearest config at or above the start directory", () => {
    const files = memoryFiles({
      [join(ROOT, CONFIG_FILE)]: "version: 1\n",
      [join(ROOT, "sub", CONFIG_FILE)]: "version: 1\n",
      [join(ROOT, "sub", "specs", "deep", "x.trust.yaml")]: "",
    });
    expect(findConfig(files, join(ROOT, "sub", "specs", "deep"))).toBe(join(ROOT, "sub", CONFIG_FILE));
    expect(findConfig(files, join(ROOT, "sub"))).toBe(join(ROOT, "sub", CONFIG_FILE));
    expect(findConfig(files, join(ROOT, "elsewhere", "a"))).toBe(join(ROOT, CONFIG_FILE));
  });

  it("skips a directory that happens to have the config's name", () => {
    const files = memoryFiles({
      [join(ROOT, CONFIG_FILE)]: "version: 1\n",
      [join(ROOT, "a", CONFIG_FILE, "inner.txt")]: "",
    });
    expect(findConfig(files, join(ROOT, "a"))).toBe(join(ROOT, CONFIG_FILE));
  });

  it("returns undefined when no directory up to the root has one", () => {
    expect(findConfig(memoryFiles({ [join(ROOT, "x.txt")]: "" }), join(ROOT, "a", "b"))).toBeUndefined();
  });
});
