import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { metricCatalog, VERTICALS } from "../../src/spec/metric-catalog";
import { SCHEMA_ROOTS } from "../../src/spec/schemas";

const ROOT = join(__dirname, "..", "..");

/**
 * scripts/gen-types.ts's generateSchemaTypes(), run in a plain Node process: its formatter
 * (prettier 3) loads code with dynamic import(), which Jest's module sandbox refuses.
 */
function generateSchemaTypes(): string {
  const script =
    "require('./scripts/gen-types.ts').generateSchemaTypes()" +
    ".then((t) => process.stdout.write(t), (e) => { console.error(e); process.exit(1); })";
  return execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("types generated from the schemas", () => {
  it("are up to date: src/spec/schema-types.generated.ts is what `npm run gen:types` writes", () => {
    const committed = readFileSync(join(ROOT, "src", "spec", "schema-types.generated.ts"), "utf8");
    const generated = generateSchemaTypes();
    expect(generated).toMatch(/^export type TrustSpec = /m);
    // On failure: run `npm run gen:types` and commit the result.
    expect(committed).toBe(generated);
  });
});

/** The value at a path of plain JSON objects, or undefined. */
const at = (node: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined),
    node,
  );

describe("the metric catalog", () => {
  const spec = SCHEMA_ROOTS.spec;

  it("covers exactly the verticals the spec schema allows", () => {
    expect([...VERTICALS].sort()).toEqual([...(at(spec, "properties", "vertical", "enum") as string[])].sort());
  });

  it.each(VERTICALS)("gives every %s metric a direction and a mode", (vertical) => {
    const metrics = metricCatalog(vertical);
    expect(metrics.length).toBeGreaterThan(0);
    for (const m of metrics) {
      expect({ metric: m.name, direction: m.direction, mode: m.mode }).toEqual({
        metric: m.name,
        direction: expect.stringMatching(/^(lower|higher|none)$/),
        mode: expect.stringMatching(/^(generate|score|any)$/),
      });
      expect(m.vertical).toBe(vertical);
      expect(m.description.length).toBeGreaterThan(0);
    }
  });

  it.each(VERTICALS)("lists for %s exactly the metrics the schema accepts for that vertical", (vertical) => {
    // The schema picks a vertical's metrics with allOf: if vertical = X then metrics: $ref …
    const branch = (spec.allOf as unknown[]).find((b) => at(b, "if", "properties", "vertical", "const") === vertical);
    const ref = String(at(branch, "then", "properties", "metrics", "$ref"));
    expect(ref).toMatch(/^#\/definitions\//);
    const properties = at(spec, "definitions", ref.replace("#/definitions/", ""), "properties") ?? {};
    expect(
      metricCatalog(vertical)
        .map((m) => m.name)
        .sort(),
    ).toEqual(Object.keys(properties).sort());
  });
});
