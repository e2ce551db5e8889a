import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const src = join(__dirname, "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("architecture", () => {
  it("imports onnxruntime-node only under src/model/onnx/", () => {
    const offenders = files(src)
      .filter((f) => /from "onnxruntime-node"|require\("onnxruntime-node"\)/.test(readFileSync(f, "utf8")))
      .map((f) => relative(src, f))
      .filter((f) => !f.startsWith(join("model", "onnx")));
    expect(offenders).toEqual([]);
  });

  it("keeps the spec layer free of the model and CLI layers (dependencies run one way)", () => {
    const offenders = files(join(src, "spec"))
      .filter((f) =>
        /(?:from |require\()"\.\.\/(\.\.\/)?(model|cli|run|compile|report)\//.test(readFileSync(f, "utf8")),
      )
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });

  /** The top-level folders of src/ a file imports (relative imports only). */
  function layersImported(file: string): string[] {
    const text = readFileSync(file, "utf8");
    const out = new Set<string>();
    // Static imports, and the modules a file requires when it needs them (loaded lazily, still a dependency).
    for (const m of text.matchAll(/(?:from |require\()"(\.{1,2}\/[^"]+)"/g)) {
      const target = relative(src, join(file, "..", m[1] as string));
      if (!target.startsWith("..")) out.add(target.split(/[\\/]/)[0] as string);
    }
    return [...out];
  }

  it.each([
    // Dependencies flow one way: cli → jest → report → run → compile → spec; run → model; judges and metrics are pure.
    ["compile", ["compile", "spec", "version.ts"]],
    ["judges", ["judges", "spec"]],
    ["metrics", ["metrics", "judges", "spec", "compile", "run"]],
    // The run's judge phase post-processes outputs before a classifier judges them; its probe phase runs the probes.
    ["run", ["run", "compile", "model", "spec", "judges", "probe"]],
    // Probes are fast-check properties over a measure the run supplies: no model, no I/O.
    ["probe", ["probe", "compile", "spec"]],
    // Reports are built from what runs leave behind; nothing below imports them.
    ["report", ["report", "metrics", "judges", "run", "compile", "spec", "version", "probe"]],
    // The OpenAI-compatible server answers over the model layer, with run's chat rendering.
    ["serve", ["serve", "model", "run", "compile", "spec"]],
    // Importers turn public dataset files into our formats; they only read the spec layer's parsers.
    ["import", ["import", "spec"]],
  ])("src/%s imports only from its allowed layers", (layer, allowed) => {
    const offenders = files(join(src, layer)).flatMap((f) =>
      layersImported(f)
        .filter((l) => !allowed.includes(l))
        .map((l) => `${relative(src, f)} → ${l}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keeps the metrics and judges free of the model layer and of any runtime (pure functions)", () => {
    const offenders = [...files(join(src, "metrics")), ...files(join(src, "judges"))].filter((f) =>
      /(?:from |require\()"(onnxruntime-node|@jest\/globals|jest)"|(?:from |require\()"\.\.\/model\//.test(
        readFileSync(f, "utf8"),
      ),
    );
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });
});
