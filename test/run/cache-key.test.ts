import { createHash } from "node:crypto";
import { runInNewContext } from "node:vm";
import fc from "fast-check";
import { cacheKey, canonicalJson } from "../../src/run/cache-key";

describe("cacheKey", () => {
  it("is the SHA-256 hex of the canonical JSON, with keys sorted and no whitespace", () => {
    const expected = createHash("sha256").update('{"a":[true,null,"x"],"b":1}').digest("hex");
    expect(cacheKey({ b: 1, a: [true, null, "x"] })).toBe(expected);
    expect(cacheKey({ b: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it("does not depend on object key order, at any depth", () => {
    const one = { model: "m1", request: { kind: "score", choices: [{ text: " Yes", id: 1 }], context: "Q" } };
    const two = { request: { context: "Q", choices: [{ id: 1, text: " Yes" }], kind: "score" }, model: "m1" };
    expect(cacheKey(one)).toBe(cacheKey(two));
  });

  it("depends on array order, at any depth", () => {
    expect(cacheKey({ choices: [" no", " yes"] })).not.toBe(cacheKey({ choices: [" yes", " no"] }));
    expect(cacheKey({ a: { b: [[1, 2], [3]] } })).not.toBe(cacheKey({ a: { b: [[3], [1, 2]] } }));
  });

  it("tells different values apart", () => {
    const variants: unknown[] = [
      { seed: 1 },
      { seed: "1" },
      { seed: 2 },
      { seed: 0.1 },
      { seed: 0.1000000000000001 },
      { seed: null },
      { seed: true },
      { seed: [1] },
      { seed: { n: 1 } },
      {},
      { Seed: 1 },
      { "seed ": 1 },
      [],
      "",
      null,
    ];
    const keys = variants.map((v) => cacheKey(v));
    expect(new Set(keys).size).toBe(variants.length);
  });

  it("omits undefined object members, as JSON does", () => {
    expect(cacheKey({ a: 1, b: undefined })).toBe(cacheKey({ a: 1 }));
    expect(canonicalJson({ b: undefined, a: { c: undefined } })).toBe('{"a":{}}');
  });

  it("sorts keys by code unit, whatever their script", () => {
    expect(canonicalJson({ é: 1, z: 2, A: 3, "10": 4, "2": 5 })).toBe('{"10":4,"2":5,"A":3,"z":2,"é":1}');
  });

  it.each<[string, unknown, RegExp]>([
    ["NaN", { decoding: { temperature: Number.NaN } }, /parts\.decoding\.temperature is NaN/],
    ["Infinity", { top_p: Number.POSITIVE_INFINITY }, /parts\.top_p is Infinity/],
    ["-Infinity", [Number.NEGATIVE_INFINITY], /parts\[0\] is -Infinity/],
    ["undefined in an array", { stop: ["a", undefined] }, /parts\.stop\[1\] is undefined.*turn it into null/],
    ["a hole in an array", { stop: Object.assign(new Array(3), { 0: 1, 2: 3 }) }, /parts\.stop\[1\] is undefined/],
    ["a bigint", { seed: 10n }, /parts\.seed is a bigint/],
    ["a function", { judge: () => 1 }, /parts\.judge is a function/],
    ["a symbol", { s: Symbol("x") }, /parts\.s is a symbol/],
    ["a Map", { m: new Map([[1, 2]]) }, /parts\.m is a Map.*plain objects/],
    ["a Date", { at: new Date(0) }, /parts\.at is a Date/],
    ["undefined at the top", undefined, /^parts is undefined/],
  ])("rejects %s with a message naming where it is", (_name, parts, message) => {
    expect(() => cacheKey(parts)).toThrow(message);
  });

  it("rejects cycles but accepts a value shared by two branches", () => {
    const shared = { x: 1 };
    expect(cacheKey({ a: shared, b: shared })).toBe(cacheKey({ a: { x: 1 }, b: { x: 1 } }));
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => cacheKey(cyclic)).toThrow(/parts\.self is a circular reference/);
  });

  it("accepts objects without a prototype and plain objects of another realm", () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(cacheKey(bare)).toBe(cacheKey({ a: 1, b: 2 }));
    expect(cacheKey(runInNewContext("({ b: 2, a: 1 })"))).toBe(cacheKey({ a: 1, b: 2 }));
    expect(() => cacheKey(runInNewContext("new Map()"))).toThrow(/parts is a Map/);
  });

  it("writes any JSON value as a naive sorted-key writer does", () => {
    const naive = (v: unknown): string => {
      if (Array.isArray(v)) return `[${v.map(naive).join(",")}]`;
      if (v !== null && typeof v === "object") {
        const o = v as Record<string, unknown>;
        const keys = Object.keys(o).filter((k) => o[k] !== undefined);
        return `{${keys
          .sort()
          .map((k) => `${JSON.stringify(k)}:${naive(o[k])}`)
          .join(",")}}`;
      }
      return JSON.stringify(v);
    };
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(naive(value));
      }),
      { numRuns: 300 },
    );
  });
});
