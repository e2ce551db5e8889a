import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ItemRecord } from "../../src/report/item-record";
import { hasItems, readRunItems, writeSuiteItems } from "../../src/report/items-file";

let run: string;
beforeEach(() => {
  run = mkdtempSync(join(tmpdir(), "trustspec-items-"));
});
afterEach(() => rmSync(run, { recursive: true, force: true }));

const item = (spec: string, model: string, id: string, failing: string[] = []): ItemRecord => ({
  version: 1,
  spec,
  model,
  case: id,
  item: id,
  prompt: `Q: ${id}?\nA:`,
  outputs: [{ text: " fine", kept: "fine", finish: "eos", verdict: { kind: "leak", leaked: false }, failing }],
  failing,
});

describe("items files", () => {
  it("writes one JSON line per case, owner-only, and reads every suite back by spec then model", () => {
    expect(hasItems(run)).toBe(false);
    expect(readRunItems(run)).toEqual({ ok: true, suites: [] });
    const b = [item("t/b", "base", "1"), item("t/b", "base", "2", ["leakage_rate"])];
    const a = [item("t/a", "tuned", "x")];
    writeSuiteItems(run, { spec: "t/b", model: "base", items: b });
    writeSuiteItems(run, { spec: "t/a", model: "tuned", items: a });
    expect(hasItems(run)).toBe(true);
    expect(readdirSync(join(run, "items")).sort()).toEqual(["t_a__tuned.jsonl", "t_b__base.jsonl"]);
    expect(statSync(join(run, "items")).mode & 0o777).toBe(0o700);
    expect(statSync(join(run, "items", "t_b__base.jsonl")).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(run, "items", "t_b__base.jsonl"), "utf8").split("\n")).toHaveLength(3);
    expect(readRunItems(run)).toEqual({
      ok: true,
      suites: [
        { spec: "t/a", model: "tuned", items: a },
        { spec: "t/b", model: "base", items: b },
      ],
    });
  });

  it("names the file and line of a line that is not an item", () => {
    writeSuiteItems(run, { spec: "t/a", model: "base", items: [item("t/a", "base", "1")] });
    const file = join(run, "items", "t_a__base.jsonl");
    appendFileSync(file, "{not json\n");
    expect(readRunItems(run)).toEqual({
      ok: false,
      message: `${file}:2: not valid JSON: is it an items file trustspec wrote?`,
    });
    writeFileSync(file, `${JSON.stringify({ ...item("t/a", "base", "1"), version: 9 })}\n`);
    expect(readRunItems(run)).toEqual({
      ok: false,
      message: `${file}:1: items version 9; this trustspec reads version 1 (run the specs again)`,
    });
  });
});
