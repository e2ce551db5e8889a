/**
 * What a spec's suite loads into its test realm, where Jest loads every module afresh for each test
 * file: the runtime that reads results, judges and measures — not the spec layer (yaml, handlebars, the
 * schemas and their validators), which the plan in the compiled module makes unnecessary, nor the
 * chat templates' library. Loading those took about a tenth of a second of every suite.
 */
const WATCHED: Record<string, string> = {
  yaml: "yaml",
  handlebars: "handlebars",
  "the Jinja library": "@huggingface/jinja",
  "the spec compiler": "../../src/compile/compile-spec-file",
  "the schemas": "../../src/spec/schemas",
};

/** Requires `load` afresh, and returns which of the watched modules it loaded. */
function loadedBy(load: () => void): string[] {
  const loaded: string[] = [];
  jest.resetModules();
  jest.isolateModules(() => {
    for (const [name, path] of Object.entries(WATCHED)) {
      jest.doMock(path, () => {
        loaded.push(name);
        return jest.requireActual(path);
      });
    }
    load();
  });
  return loaded;
}

it("the suite runtime loads neither the spec layer nor the Jinja library", () => {
  expect(loadedBy(() => require("../../src/jest/suite"))).toEqual([]);
});

it("the loader of the watched modules sees them load (so the test above can fail)", () => {
  expect(loadedBy(() => require("../../src/compile/compile-spec-file"))).toEqual(
    expect.arrayContaining(["yaml", "handlebars", "the spec compiler", "the schemas"]),
  );
});
