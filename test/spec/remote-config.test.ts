import { join, resolve } from "node:path";
import { memoryFiles } from "../../src/spec/file-access";
import { formatProblem } from "../../src/spec/format-problems";
import { CONFIG_FILE, loadConfig } from "../../src/spec/load-config";
import { SourceText } from "../../src/spec/source-text";

/**
 * Models behind an OpenAI-compatible server in trustspec.config.yaml: their keys, defaults and
 * errors — each at the key, with the fix — and a key written where its variable's name belongs,
 * which is never repeated in what trustspec prints.
 */
const ROOT = resolve("/virtual-remote-project");
const CONFIG_PATH = join(ROOT, CONFIG_FILE);
const load = (text: string) => loadConfig(memoryFiles({ [CONFIG_PATH]: text }), CONFIG_PATH);
const positionOf = (text: string, needle: string, from = 0) =>
  new SourceText(text).position(text.indexOf(needle, from));
const at = (text: string, offset: number | undefined) => new SourceText(text).position(offset ?? -1);

describe("kind: openai-completions and openai-chat", () => {
  it("resolve with their defaults, the base URL without its trailing slash, and an endpoint label for a path", () => {
    const { config, problems } = load(`version: 1
models:
  big: { kind: openai-completions, base_url: "http://gpu-box:8000/v1/", model: meta-llama/Llama-3.1-70B }
  chat:
    kind: openai-chat
    base_url: https://api.example.com/v1
    model: m
    api_key_env: EXAMPLE_API_KEY
    max_concurrency: 16
    timeout_s: 30.5
    max_retries: 0
    revision: "2026-12-01"
    system: merge
`);
    expect(problems).toEqual([]);
    expect(config?.models.big).toEqual({
      path: "http://gpu-box:8000/v1 (model meta-llama/Llama-3.1-70B)",
      kind: "openai-completions",
      remote: {
        kind: "openai-completions",
        baseUrl: "http://gpu-box:8000/v1",
        model: "meta-llama/Llama-3.1-70B",
        maxConcurrency: 4,
        timeoutS: 120,
        maxRetries: 5,
      },
    });
    expect(config?.models.chat?.remote).toEqual({
      kind: "openai-chat",
      baseUrl: "https://api.example.com/v1",
      model: "m",
      apiKeyEnv: "EXAMPLE_API_KEY",
      maxConcurrency: 16,
      timeoutS: 30.5,
      maxRetries: 0,
      revision: "2026-12-01",
    });
    expect(config?.models.chat?.mergeSystem).toBe(true);
  });

  it("need base_url and model; an ONNX model still needs path", () => {
    const text = "version: 1\nmodels:\n  r: { kind: openai-chat }\n  local: { threads: 2 }\n";
    const found = load(text).problems.map((p) => [p.code, p.message]);
    expect(found).toEqual([
      ["MISSING_KEY", 'models.r is missing the required key "base_url"'],
      ["MISSING_KEY", 'models.r is missing the required key "model"'],
      ["MISSING_KEY", 'models.local is missing the required key "path"'],
    ]);
  });

  it("refuse a base_url that is not an http(s) URL", () => {
    const text = "version: 1\nmodels:\n  r: { kind: openai-completions, base_url: localhost:8000/v1, model: m }\n";
    const [problem, ...rest] = load(text).problems;
    expect(rest).toEqual([]);
    expect(problem?.code).toBe("BAD_FORMAT");
    expect(at(text, problem?.start)).toEqual(positionOf(text, "localhost"));
    expect(problem?.hint).toContain("http:// or https://");
  });

  it("refuse ONNX settings on a model behind a server, at each key, with the fix", () => {
    const text = `version: 1
models:
  r:
    kind: openai-completions
    base_url: http://h/v1
    model: m
    path: models/m
    dtype: q4
    threads: 4
`;
    const problems = load(text).problems;
    expect(problems.map((p) => [p.code, at(text, p.start)])).toEqual([
      ["CONFLICTING_KEYS", positionOf(text, "path")],
      ["CONFLICTING_KEYS", positionOf(text, "threads")],
      ["CONFLICTING_KEYS", positionOf(text, "dtype")],
    ]);
    expect(problems[0]?.message).toBe(
      'model "r" is served at base_url (kind: openai-completions): path is for ONNX models run by trustspec itself',
    );
    expect(problems[0]?.hint).toMatch(/remove path:/);
    expect(problems[1]?.hint).toMatch(/remove threads:/);
  });

  it("refuse server settings on an ONNX model, and chat: on a chat endpoint", () => {
    const text = `version: 1
models:
  local: { path: m, base_url: "http://h/v1", revision: r1 }
  c: { kind: openai-chat, base_url: "http://h/v1", model: m, chat: t.jinja }
`;
    const problems = load(text).problems;
    expect(problems.map((p) => [p.code, at(text, p.start)])).toEqual([
      ["CONFLICTING_KEYS", positionOf(text, "base_url")],
      ["CONFLICTING_KEYS", positionOf(text, "revision")],
      ["CONFLICTING_KEYS", positionOf(text, "chat:")],
    ]);
    expect(problems[0]?.hint).toMatch(/kind: openai-completions/);
    expect(problems[2]?.message).toMatch(/applies its own chat template/);
  });

  it("refuse chat: true on a completions endpoint (only a template file can write its conversations), and take chat: PATH", () => {
    const text = `version: 1
models:
  t: { kind: openai-completions, base_url: "http://h/v1", model: m, chat: true }
  f: { kind: openai-completions, base_url: "http://h/v1", model: m, chat: own.jinja }
`;
    const problems = load(text).problems;
    expect(problems.map((p) => [p.code, at(text, p.start)])).toEqual([["CONFLICTING_KEYS", positionOf(text, "chat:")]]);
    expect(problems[0]?.hint).toMatch(/chat: path\/to\/template.jinja/);
  });

  it("refuse an api_key_env that is not a variable's name", () => {
    const text =
      "version: 1\nmodels:\n  r: { kind: openai-chat, base_url: http://h/v1, model: m, api_key_env: my-key }\n";
    const problems = load(text).problems;
    expect(problems.map((p) => [p.code, at(text, p.start)])).toEqual([["BAD_FORMAT", positionOf(text, "my-key")]]);
    expect(problems[0]?.hint).toMatch(/VLLM_API_KEY/);
  });

  it.each([
    "sk-proj-Zx81Qw0aBcDeFgHiJkLmNoPq",
    "hf_aBcDeFgHiJkLmNoPqRsTuVwXyZ012345",
    "3f9c1e0b8a7d6c5b4a39281706f5e4d3c2b1a0ff.ab",
  ])("refuse a key written in place of its variable's name (%s), and never print it", (secret) => {
    const text = `version: 1\nmodels:\n  r:\n    kind: openai-completions\n    base_url: http://h/v1\n    model: m\n    api_key_env: "${secret}"\n`;
    const problems = load(text).problems;
    expect(problems.map((p) => [p.code, at(text, p.start).line])).toEqual([["BAD_VALUE", 7]]);
    expect(problems[0]?.message).toMatch(/looks like an API key/);
    expect(problems[0]?.hint).toMatch(/environment variable/);
    const printed = formatProblem(problems[0] as never, { [CONFIG_PATH]: text }, ROOT);
    expect(printed).toContain("trustspec.config.yaml:7:");
    expect(printed).not.toContain(secret);
    expect(printed).not.toContain(secret.slice(0, 12));
  });

  it("stars out a key written in place of its variable's name in every code frame, whatever the error on its line", () => {
    const secret = "sk-abcdef0123456789abcdef";
    // A misspelt kind on the same line: a schema error, reported before the key is looked at.
    const text = `version: 1\nmodels:\n  r: { kind: openai-completion, base_url: http://h/v1, model: m, api_key_env: ${secret} }\n`;
    const { problems, sources } = load(text);
    expect(problems.map((p) => p.code)).toEqual(["BAD_VALUE"]);
    const printed = problems.map((p) => formatProblem(p, sources, ROOT)).join("\n");
    expect(printed).toContain("kind: openai-completion,");
    expect(printed).toContain(`api_key_env: ${"*".repeat(secret.length)} }`);
    expect(printed).not.toContain(secret.slice(0, 8));
  });

  it("an unknown kind is its own error only: not also a missing path (an ONNX model's key)", () => {
    const text = "version: 1\nmodels:\n  r: { kind: vllm, base_url: http://h/v1, model: m }\n";
    expect(load(text).problems.map((p) => [p.code, p.hint])).toEqual([
      ["BAD_VALUE", 'allowed values: "onnx-causal-lm", "openai-completions" or "openai-chat"'],
    ]);
  });
});
