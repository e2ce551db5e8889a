import { memoryFiles } from "../../src/spec/file-access";
import { positionProblem } from "../../src/spec/format-problems";
import { validateProject } from "../../src/spec/validate-project";

/**
 * A regex post-processing step's pattern must compile with its flags: `a\-b` is a valid pattern alone
 * and not under `u`, so checking it without them let a spec validate that then failed when it ran.
 */
const spec = (step: string) => `version: 1
id: t/p
vertical: toxicity
dataset: { items: [{ prompt: "Hi" }] }
prompt: "{{prompt}}"
generate: { max_tokens: 4 }
postprocess:
  - ${step}
judge: { kind: toxicity-lexical }
metrics: { mean_toxicity: {} }
`;
const check = (step: string) => {
  const text = spec(step);
  const result = validateProject({
    paths: ["/p/a.trust.yaml"],
    cwd: "/p",
    files: memoryFiles({ "/p/a.trust.yaml": text }),
    modelOverride: true,
  });
  return result.problems.map((p) => ({
    ...positionProblem(p, result.sources, "/p"),
    code: p.code,
    message: p.message,
  }));
};

it("reports a pattern that does not compile under its flags, at the pattern", () => {
  const found = check('regex: { pattern: "a\\\\-b", flags: u }');
  expect(found).toEqual([
    expect.objectContaining({ code: "BAD_FORMAT", line: 8, message: expect.stringContaining('with flags "u"') }),
  ]);
  expect(check('regex: { pattern: "a\\\\-b" }')).toEqual([]);
  expect(check('regex: { pattern: "a-b", flags: u }')).toEqual([]);
});
