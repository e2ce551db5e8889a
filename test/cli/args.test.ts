import { type OptionSpec, parse, parseDatasetOverrides } from "../../src/cli/args";

/** Option parsing: node:util's errors, which span lines and quote the flag three ways, in the CLI's words. */
const OPTIONS: OptionSpec = {
  "batch-size": { type: "string" },
  baseline: { type: "string" },
  "no-cache": { type: "boolean" },
  tag: { type: "string", short: "t" },
};
const message = (...argv: string[]) => {
  const r = parse(argv, OPTIONS);
  return r.ok ? undefined : r.message;
};

describe("parse", () => {
  it("reads known options and positionals", () => {
    expect(parse(["a.yaml", "--batch-size", "4", "--no-cache", "-t", "x"], OPTIONS)).toEqual({
      ok: true,
      values: { "batch-size": "4", "no-cache": true, tag: "x" },
      positionals: ["a.yaml"],
    });
  });

  it.each([
    [["--batchsize", "3"], "unknown option --batchsize; did you mean --batch-size?"],
    [["--baseine", "b.json"], "unknown option --baseine; did you mean --baseline?"],
    [["--zzzzzzzz"], "unknown option --zzzzzzzz"],
    // A one-letter flag is one edit from every other: no guess.
    [["-q"], "unknown option -q"],
    [["--batch-size"], "--batch-size needs a value"],
    [["--batch-size", "-3"], '--batch-size needs a value; for a value that starts with "-", write --batch-size=VALUE'],
    [["--no-cache=1"], "--no-cache takes no value"],
  ])("%j: %s", (argv, expected) => {
    expect(message(...argv)).toBe(expected);
  });

  it("keeps every message to one line", () => {
    for (const argv of [["--nope"], ["--tag"], ["--tag", "-x"], ["--no-cache=yes"], ["-t"]]) {
      expect(message(...argv)).toMatch(/^[^\n]+$/);
    }
  });

  it("takes a value that starts with a dash when it is joined with =", () => {
    expect(parse(["--batch-size=-3"], OPTIONS)).toMatchObject({ ok: true, values: { "batch-size": "-3" } });
  });
});

describe("parseDatasetOverrides", () => {
  it("maps SPEC_ID=PATH, splitting at the first =", () => {
    expect(parseDatasetOverrides(["a/b=data/x=y.csv", "c=d.jsonl"])).toEqual({
      overrides: { "a/b": "data/x=y.csv", c: "d.jsonl" },
    });
  });

  it.each(["a", "=x.csv", "a="])("refuses %j", (value) => {
    expect(parseDatasetOverrides([value])).toEqual({ error: `--dataset takes SPEC_ID=PATH, got "${value}"` });
  });
});
