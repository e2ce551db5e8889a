import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import fc from "fast-check";
import { parse } from "yaml";
import { generateValidators } from "../../scripts/gen-validators";
import * as precompiled from "../../src/spec/schema-validators.generated";
import { MATCHED_DEFINITIONS, newSchemaAjv, SCHEMA_IDS, schemaDigest, validatorFor } from "../../src/spec/schemas";

const ROOT = join(__dirname, "..", "..");

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? specFiles(join(dir, e.name)) : e.name.endsWith(".trust.yaml") ? [join(dir, e.name)] : [],
  );
}

const specs = specFiles(join(ROOT, "specs")).map((f) => parse(readFileSync(f, "utf8")) as unknown);
const config = parse(readFileSync(join(ROOT, "trustspec.config.yaml"), "utf8")) as unknown;

describe("the precompiled schema validators", () => {
  it("are up to date: src/spec/schema-validators.generated.ts is what `npm run gen:validators` writes", () => {
    const committed = readFileSync(join(ROOT, "src", "spec", "schema-validators.generated.ts"), "utf8");
    // On failure: run `npm run gen:validators` and commit the result.
    expect(committed).toBe(generateValidators());
    expect(precompiled.SCHEMA_DIGEST).toBe(schemaDigest());
  });

  it("are the ones a process validates with while the schema files are those they were made from", () => {
    expect(validatorFor("spec")).toBe(precompiled.spec);
    expect(validatorFor("config")).toBe(precompiled.config);
  });

  // The validators ajv compiles at run time: the reference the precompiled ones must agree with.
  const ajv = newSchemaAjv();
  const compiled = (id: string) => ajv.getSchema(id) as ValidateFunction;
  const pairs: [string, ValidateFunction, ValidateFunction][] = [
    ["spec", precompiled.spec as ValidateFunction, compiled(SCHEMA_IDS.spec)],
    ["config", precompiled.config as ValidateFunction, compiled(SCHEMA_IDS.config)],
    ...MATCHED_DEFINITIONS.map((name): [string, ValidateFunction, ValidateFunction] => [
      name,
      { dataset: precompiled.dataset, judge: precompiled.judge }[name] as ValidateFunction,
      compiled(`${SCHEMA_IDS.spec}#/definitions/${name}`),
    ]),
  ];
  /** What a validator says about a value: its verdict and every error, schema nodes included. */
  const verdict = (validate: ValidateFunction, value: unknown) => ({ ok: validate(value), errors: validate.errors });

  it("accept every bundled spec and the config, as ajv does", () => {
    for (const spec of specs)
      expect(verdict(precompiled.spec as ValidateFunction, spec)).toEqual({ ok: true, errors: null });
    expect(verdict(precompiled.config as ValidateFunction, config)).toEqual({ ok: true, errors: null });
  });

  /** A value put somewhere in a document: at an existing key or array slot, or a new key. */
  const replacement = fc.oneof(
    fc.constantFrom<unknown>(null, true, 0, -1, 1.5, 1e9, "", "x", "(", [], {}, [1, "a"], { kind: "nope" }, { x: 1 }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const edit = fc.record({
    pick: fc.nat(),
    key: fc.constantFrom("", "kind", "path", "max", "bogus"),
    value: replacement,
  });

  /** The document with each edit applied; a document that is not an object or a list is replaced. */
  function mutate(doc: unknown, edits: readonly { pick: number; key: string; value: unknown }[]): unknown {
    let copy = structuredClone(doc);
    for (const { pick, key, value } of edits) {
      const containers: Record<string, unknown>[] = [];
      const visit = (node: unknown) => {
        if (node === null || typeof node !== "object") return;
        containers.push(node as Record<string, unknown>);
        for (const child of Object.values(node)) visit(child);
      };
      visit(copy);
      if (containers.length === 0) {
        copy = structuredClone(value);
        continue;
      }
      const target = containers[pick % containers.length] as Record<string, unknown>;
      const keys = Object.keys(target);
      const at = key === "" ? (keys[pick % Math.max(keys.length, 1)] ?? "bogus") : key;
      target[at] = structuredClone(value);
    }
    return copy;
  }

  it.each(pairs)("report exactly the errors ajv compiled at run time reports (%s)", (name, fast, reference) => {
    const seeds =
      name === "config"
        ? [config]
        : name === "spec"
          ? specs
          : specs.flatMap((s) =>
              (s as Record<string, unknown>)[name] === undefined ? [] : [(s as Record<string, unknown>)[name]],
            );
    expect(seeds.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 3 }), (i, edits) => {
        const doc = mutate(seeds[i % seeds.length], edits);
        expect(verdict(fast, doc)).toEqual(verdict(reference, doc));
      }),
      { seed: 20_261_207, numRuns: 150 },
    );
  });
});

describe("schema files that differ from the precompiled validators'", () => {
  it("are compiled by the process itself, so validation never runs on a stale schema", () => {
    jest.isolateModules(() => {
      jest.doMock("../../src/spec/schema-validators.generated", () => ({ ...precompiled, SCHEMA_DIGEST: "stale" }));
      const schemas = require("../../src/spec/schemas") as typeof import("../../src/spec/schemas");
      const validate = schemas.validatorFor("spec");
      expect(validate).not.toBe(precompiled.spec);
      expect(validate({ version: 1, id: "a/b", vertical: "bias", unknown: 1 })).toBe(false);
      expect(validate.errors?.map((e) => e.keyword)).toContain("additionalProperties");
      expect(schemas.matchesDefinition("judge", { kind: "nope" })).toBe(false);
    });
  });
});
