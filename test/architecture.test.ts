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
      .filter((f) => /from "\.\.\/(\.\.\/)?(model|cli|run|compile|report)\//.test(readFileSync(f, "utf8")))
      .map((f) => relative(src, f));
    expect(offenders).toEqual([]);
  });
});
