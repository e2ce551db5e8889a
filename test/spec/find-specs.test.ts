import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { diskFiles } from "../../src/spec/file-access";
import { findSpecs, globToRegExp } from "../../src/spec/find-specs";

describe("globToRegExp", () => {
  const matches = (glob: string, path: string) => globToRegExp(glob).test(path);

  it("lets ** span any number of directories, including none", () => {
    const glob = "specs/**/*.trust.yaml";
    expect(matches(glob, "specs/a.trust.yaml")).toBe(true);
    expect(matches(glob, "specs/tox/a.trust.yaml")).toBe(true);
    expect(matches(glob, "specs/tox/deep/er/a.trust.yaml")).toBe(true);
    expect(matches(glob, "other/a.trust.yaml")).toBe(false);
    expect(matches(glob, "xspecs/a.trust.yaml")).toBe(false);
    expect(matches("specs/**", "specs/a/b/c.yaml")).toBe(true);
    expect(matches("**/*.yaml", "a.yaml")).toBe(true);
    expect(matches("**/*.yaml", "a/b/c.yaml")).toBe(true);
  });

  it("keeps * within one path segment", () => {
    expect(matches("specs/*.trust.yaml", "specs/a.trust.yaml")).toBe(true);
    expect(matches("specs/*.trust.yaml", "specs/tox/a.trust.yaml")).toBe(false);
    expect(matches("specs/tox*/a.yaml", "specs/toxicity/a.yaml")).toBe(true);
    expect(matches("specs/tox*/a.yaml", "specs/tox/x/a.yaml")).toBe(false);
  });

  it("matches exactly one character, never a slash, with ?", () => {
    expect(matches("spec?.yaml", "spec1.yaml")).toBe(true);
    expect(matches("spec?.yaml", "spec.yaml")).toBe(false);
    expect(matches("spec?.yaml", "spec12.yaml")).toBe(false);
    expect(matches("a?b", "a/b")).toBe(false);
  });

  it("takes every other character literally", () => {
    expect(matches("a.yaml", "aXyaml")).toBe(false);
    expect(matches("c++ (v2)/[x]{y}$^|.yaml", "c++ (v2)/[x]{y}$^|.yaml")).toBe(true);
    expect(matches("a+.yaml", "aa.yaml")).toBe(false);
    // Anchored at both ends.
    expect(matches("*.yaml", "a.yaml.bak")).toBe(false);
    expect(matches("b.yaml", "ab.yaml")).toBe(false);
  });
});

describe("findSpecs", () => {
  let dir: string;

  const tree = [
    "specs/a.trust.yaml",
    "specs/tox/b.trust.yaml",
    "specs/tox/deep/c.trust.yaml",
    "specs/tox/notes.yaml",
    "specs/tox/README.md",
    "specs/node_modules/pkg/d.trust.yaml",
    "specs/.hidden/e.trust.yaml",
    "node_modules/trustspec/f.trust.yaml",
    "other/plain.yaml",
    "empty/readme.txt",
  ];

  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), "trustspec-find-")));
    for (const rel of tree) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), "version: 1\n");
    }
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const find = (args: string[], cwd = dir) => findSpecs(args, cwd, diskFiles);
  const abs = (...rels: string[]) => rels.map((r) => join(dir, r));

  it("searches a directory for *.trust.yaml, skipping node_modules and dot-directories", () => {
    expect(find(["specs"])).toEqual({
      files: abs("specs/a.trust.yaml", "specs/tox/b.trust.yaml", "specs/tox/deep/c.trust.yaml"),
      unmatched: [],
    });
  });

  it("expands globs the same way, with the same directories skipped", () => {
    expect(find(["specs/**/*.trust.yaml"]).files).toEqual(
      abs("specs/a.trust.yaml", "specs/tox/b.trust.yaml", "specs/tox/deep/c.trust.yaml"),
    );
    expect(find(["**/*.trust.yaml"]).files).toEqual(find(["specs"]).files);
    expect(find(["specs/*.trust.yaml"]).files).toEqual(abs("specs/a.trust.yaml"));
    expect(find(["specs/tox/*.yaml"]).files).toEqual(abs("specs/tox/b.trust.yaml", "specs/tox/notes.yaml"));
  });

  it("takes a file named explicitly whatever its name", () => {
    expect(find(["other/plain.yaml", "specs/tox/README.md"])).toEqual({
      files: abs("other/plain.yaml", "specs/tox/README.md"),
      unmatched: [],
    });
  });

  it("resolves arguments against the cwd, and accepts absolute ones", () => {
    expect(find(["tox"], join(dir, "specs")).files).toEqual(
      abs("specs/tox/b.trust.yaml", "specs/tox/deep/c.trust.yaml"),
    );
    expect(find([join(dir, "specs", "**", "b.trust.yaml")], "/").files).toEqual(abs("specs/tox/b.trust.yaml"));
  });

  it("returns sorted absolute paths without duplicates", () => {
    const found = find(["specs/tox/deep/c.trust.yaml", "specs", "specs/**/*.trust.yaml"]);
    expect(found.files).toEqual(abs("specs/a.trust.yaml", "specs/tox/b.trust.yaml", "specs/tox/deep/c.trust.yaml"));
  });

  it("reports every argument that matched nothing", () => {
    const found = find(["missing.trust.yaml", "nowhere/**/*.trust.yaml", "empty", "specs/*.json", "specs"]);
    expect(found.unmatched).toEqual(["missing.trust.yaml", "nowhere/**/*.trust.yaml", "empty", "specs/*.json"]);
    expect(found.files).toHaveLength(3);
  });
});

describe("findSpecs with overlapping arguments", () => {
  it("does not call a file unmatched because an earlier argument found it already", () => {
    const root = mkdtempSync(join(tmpdir(), "trustspec-overlap-"));
    try {
      mkdirSync(join(root, "specs"));
      writeFileSync(join(root, "specs", "a.trust.yaml"), "version: 1\n");
      const found = findSpecs(["specs", "specs/a.trust.yaml", "specs/*.trust.yaml"], root, diskFiles);
      expect(found).toEqual({ files: [join(root, "specs", "a.trust.yaml")], unmatched: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
