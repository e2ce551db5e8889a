import fc from "fast-check";
import { applyWhere, fnv1a32, matchText, sampleItems } from "../../../src/spec/dataset/select";

const item = (id: string, fields: Record<string, unknown> = {}) => ({ id, fields });

describe("applyWhere", () => {
  const items = [
    item("0", { label: "1", short: "True", group: { name: "a" } }),
    item("1", { label: 0, short: false, group: { name: "b" } }),
    item("2", { label: "2", short: "false", group: { name: "c" } }),
    item("3", { label: null, short: ["true"] }),
  ];
  const ids = (kept: { id: string }[]) => kept.map((i) => i.id);

  it("compares as text, so a CSV cell matches a number", () => {
    expect(ids(applyWhere(items, { label: 1 }))).toEqual(["0"]);
    expect(ids(applyWhere(items, { label: "0" }))).toEqual(["1"]);
  });

  it("matches true and false whatever their case", () => {
    expect(ids(applyWhere(items, { short: false }))).toEqual(["1", "2"]);
    expect(ids(applyWhere(items, { short: "TRUE" }))).toEqual(["0"]);
  });

  it("keeps items equal to any of a list of values, and needs every where field to match", () => {
    expect(ids(applyWhere(items, { label: [0, 2] }))).toEqual(["1", "2"]);
    expect(ids(applyWhere(items, { label: [0, 2], short: true }))).toEqual([]);
    expect(ids(applyWhere(items, { label: [1, 2], short: [true, false] }))).toEqual(["0", "2"]);
  });

  it("follows dotted fields, and never matches a missing field, null or a list", () => {
    expect(ids(applyWhere(items, { "group.name": ["a", "c"] }))).toEqual(["0", "2"]);
    expect(ids(applyWhere(items, { missing: "x" }))).toEqual([]);
    expect(ids(applyWhere(items, { label: "null" }))).toEqual([]);
    expect(ids(applyWhere(items, { short: "true" }))).toEqual(["0"]);
  });

  it("reads fields the way the caller says", () => {
    const kept = applyWhere(items, { set: "x" }, (i) => ({ found: true, value: i.id === "3" ? "x" : "y" }));
    expect(ids(kept)).toEqual(["3"]);
  });

  it("texts values as documented", () => {
    expect([matchText(1), matchText(1.5), matchText("False"), matchText("1"), matchText(null), matchText({})]).toEqual([
      "1",
      "1.5",
      "false",
      "1",
      undefined,
      undefined,
    ]);
  });
});

describe("fnv1a32", () => {
  it("gives the published FNV-1a test vectors", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  it("hashes the UTF-8 bytes of any text, as Buffer encodes it", () => {
    const reference = (text: string) => {
      let hash = 0x811c9dc5;
      for (const byte of Buffer.from(text, "utf8")) hash = Math.imul(hash ^ byte, 0x01000193);
      return hash >>> 0;
    };
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(fnv1a32(text)).toBe(reference(text));
      }),
    );
    expect(fnv1a32("\ud800x")).toBe(reference("\ud800x"));
  });
});

describe("sampleItems", () => {
  const distinctIds = fc.uniqueArray(fc.string({ unit: "grapheme", maxLength: 8 }), { maxLength: 60 });
  const seed = fc.integer({ min: 0, max: 0xffffffff });
  const ids = (items: { id: string }[]) => items.map((i) => i.id);
  const items = (list: string[]) => list.map((id) => item(id));

  it("takes n distinct items, in their original order, the same for the same seed", () => {
    fc.assert(
      fc.property(distinctIds, fc.integer({ min: 0, max: 80 }), seed, (list, n, s) => {
        const sample = sampleItems(items(list), n, s);
        expect(sample).toHaveLength(Math.min(n, list.length));
        const positions = sample.map((i) => list.indexOf(i.id));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(new Set(positions).size).toBe(positions.length);
        expect(ids(sampleItems(items(list), n, s))).toEqual(ids(sample));
      }),
    );
  });

  it("returns every item when n is at least their count", () => {
    fc.assert(
      fc.property(distinctIds, fc.nat(10), seed, (list, extra, s) => {
        expect(ids(sampleItems(items(list), list.length + extra, s))).toEqual(list);
      }),
    );
  });

  it("depends on the ids, not on where the items are", () => {
    fc.assert(
      fc.property(distinctIds, fc.nat(30), seed, (list, n, s) => {
        const reversed = ids(sampleItems(items([...list].reverse()), n, s));
        expect(new Set(reversed)).toEqual(new Set(ids(sampleItems(items(list), n, s))));
      }),
    );
  });

  it("keeps a chosen item chosen when items are appended, unless a new item displaces it", () => {
    fc.assert(
      fc.property(distinctIds, distinctIds, fc.integer({ min: 1, max: 30 }), seed, (base, more, n, s) => {
        const extra = more.filter((id) => !base.includes(id));
        const before = new Set(ids(sampleItems(items(base), n, s)));
        const after = ids(sampleItems(items([...base, ...extra]), n, s));
        const fromBase = after.filter((id) => base.includes(id));
        const fromExtra = after.filter((id) => !base.includes(id));
        for (const id of fromBase) expect(before.has(id)).toBe(true);
        expect(before.size - fromBase.length).toBe(Math.max(0, fromExtra.length - (n - before.size)));
      }),
    );
  });

  it("gives different seeds different samples, each item about equally often", () => {
    const list = Array.from({ length: 100 }, (_, i) => `item-${i}`);
    const samples = new Set<string>();
    const chosen = new Map<string, number>();
    for (let s = 0; s < 1000; s++) {
      const sample = ids(sampleItems(items(list), 10, s));
      samples.add(sample.join(","));
      for (const id of sample) chosen.set(id, (chosen.get(id) ?? 0) + 1);
    }
    expect(samples.size).toBeGreaterThanOrEqual(998);
    // Each item is chosen with probability 0.1: 100 times in 1000 samples, give or take 5 standard deviations.
    for (const id of list) {
      expect(chosen.get(id) ?? 0).toBeGreaterThan(52);
      expect(chosen.get(id) ?? 0).toBeLessThan(148);
    }
  });
});
