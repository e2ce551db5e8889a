import { spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { cacheSize, clearCache, openCache } from "../../src/run/cache";
import { cacheKey } from "../../src/run/cache-key";

const ROOT = join(__dirname, "..", "..");
const temps: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "trustspec-cache-"));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const keyOf = (n: number): string => cacheKey({ test: "cache", n });
/** A shape check that takes any value: the tests of the storage itself. */
const anything = <T = unknown>(_value: unknown): _value is T => true;
const entryFile = (dir: string, key: string): string => join(dir, "v1", key.slice(0, 2), `${key}.json`);

/** Every file under `dir`, relative, with `/`. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split("\\").join("/"))
    .sort();
}

describe("openCache", () => {
  it("misses, then hits what put stored, and counts both", () => {
    const dir = tempDir();
    const cache = openCache(dir);
    expect(cache.dir).toBe(dir);
    expect(cache.stats).toEqual({ hits: 0, misses: 0, writes: 0, rejected: 0 });
    expect(cache.get(keyOf(1), anything)).toBeUndefined();
    cache.put(keyOf(1), { text: " once upon a time" });
    expect(cache.get(keyOf(1), anything)).toEqual({ text: " once upon a time" });
    expect(cache.get(keyOf(2), anything)).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 1, misses: 2, writes: 1, rejected: 0 });
    // A second handle on the same folder (the next run) sees the entry; its counts start afresh.
    const again = openCache(dir);
    expect(again.get(keyOf(1), anything)).toEqual({ text: " once upon a time" });
    expect(again.stats).toEqual({ hits: 1, misses: 0, writes: 0, rejected: 0 });
  });

  it("stores in the background what put stores, the same file, counted once it is written", async () => {
    const dir = tempDir();
    const cache = openCache(dir);
    const value = { ok: true, scores: [{ sum: -12.345678901234567, mean: -1.2, tokens: 10, greedy: false }] };
    const stored = cache.store(keyOf(1), value);
    await stored;
    expect(cache.stats.writes).toBe(1);
    expect(openCache(dir).get(keyOf(1), anything)).toEqual(value);
    const other = tempDir();
    openCache(other).put(keyOf(1), value);
    expect(readFileSync(entryFile(dir, keyOf(1)), "utf8")).toBe(readFileSync(entryFile(other, keyOf(1)), "utf8"));
    expect(walk(dir)).toEqual([`v1/${keyOf(1).slice(0, 2)}/${keyOf(1)}.json`]);
  });

  it("checks what it stores at once, and rejects when the entry cannot be written", async () => {
    const dir = tempDir();
    const cache = openCache(dir);
    expect(() => cache.store(keyOf(1), { x: Number.NaN })).toThrow();
    expect(() => cache.store("not-a-key", {})).toThrow();
    // A file where the entry's folder should be.
    mkdirSync(join(dir, "v1"), { recursive: true });
    writeFileSync(join(dir, "v1", keyOf(2).slice(0, 2)), "");
    await expect(cache.store(keyOf(2), { text: "x" })).rejects.toThrow();
    expect(cache.stats.writes).toBe(0);
  });

  it("returns exactly what was stored: numbers bit for bit, strings, nesting and key order", () => {
    const cache = openCache(tempDir());
    // Number("…"): the nearest double to 123456789.123456789 (as a literal it trips the precision lint).
    const numbers = [
      0.1 + 0.2,
      -1e-300,
      Number("123456789.123456789"),
      5e-324,
      -Number.MAX_VALUE,
      2 ** 53 + 2,
      -7.25,
      0,
    ];
    const value = {
      z: numbers,
      text: 'tab\t, quote ", newline \n, U+2028 \u2028, emoji 😀, lone surrogate \ud800, nul \u0000',
      nested: [{ b: null, a: [true, false, [[]], {}] }],
      a: { logprobs: numbers.map((n) => 0 - Math.abs(n)) },
    };
    cache.put(keyOf(1), value);
    const got = cache.get(keyOf(1), anything<typeof value>);
    expect(got).toStrictEqual(value);
    got?.z.forEach((n, i) => {
      expect(Object.is(n, numbers[i])).toBe(true);
    });
    expect(Object.keys(got ?? {})).toEqual(["z", "text", "nested", "a"]);
    cache.put(keyOf(2), null);
    expect(cache.get(keyOf(2), anything)).toBeNull();
    // The one exception JSON makes, as documented on put: -0 comes back as 0.
    cache.put(keyOf(3), [-0]);
    expect(cache.get(keyOf(3), anything)).toStrictEqual([0]);
    expect(cache.stats.hits).toBe(3);
  });

  it("refuses values that would not read back as stored, and keys that are not SHA-256 hex", () => {
    const cache = openCache(tempDir());
    expect(() => cache.put(keyOf(1), { sum: Number.NEGATIVE_INFINITY })).toThrow(/cache value\.sum is -Infinity/);
    expect(() => cache.put(keyOf(1), undefined)).toThrow(/cache value is undefined/);
    expect(() => cache.put(keyOf(1), { at: new Date() })).toThrow(/cache value\.at is a Date/);
    expect(cache.get(keyOf(1), anything)).toBeUndefined();
    expect(() => cache.get("../../etc/passwd", anything)).toThrow(/not 64 lowercase hex digits/);
    expect(() => cache.put(keyOf(1).toUpperCase(), 1)).toThrow(/not 64 lowercase hex digits/);
  });

  it("when disabled, always misses, writes nothing, and still counts the misses", () => {
    const dir = join(tempDir(), "cache");
    const cache = openCache(dir, { enabled: false });
    expect(cache.dir).toBeUndefined();
    cache.put(keyOf(1), "value");
    expect(cache.get(keyOf(1), anything)).toBeUndefined();
    expect(cache.get(keyOf(2), anything)).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 0, misses: 2, writes: 0, rejected: 0 });
    expect(existsSync(dir)).toBe(false);
  });

  it("does not return entries another (enabled) handle wrote when disabled", () => {
    const dir = tempDir();
    openCache(dir).put(keyOf(1), "value");
    expect(openCache(dir, { enabled: false }).get(keyOf(1), anything)).toBeUndefined();
  });

  it.each<[string, string]>([
    ["truncated", '{"key":"KEY","value":{"text":"half'],
    ["empty", ""],
    ["not JSON", "\u0000\u0001 garbage"],
    ["JSON but not an entry", "[1,2,3]"],
    ["an entry without a value", '{"key":"KEY"}'],
    ["an entry for another key", '{"key":"OTHER","value":"someone else\'s output"}'],
    ["an entry without its key", '{"value":"whose?"}'],
  ])("treats a %s entry as a miss without throwing, and a later put repairs it", (_name, content) => {
    const dir = tempDir();
    const key = keyOf(1);
    mkdirSync(join(dir, "v1", key.slice(0, 2)), { recursive: true });
    writeFileSync(entryFile(dir, key), content.replace("KEY", key).replace("OTHER", keyOf(2)));
    const cache = openCache(dir);
    expect(cache.get(key, anything)).toBeUndefined();
    cache.put(key, { text: "fresh" });
    expect(cache.get(key, anything)).toEqual({ text: "fresh" });
    expect(cache.stats).toEqual({ hits: 1, misses: 1, writes: 1, rejected: 0 });
  });

  it("misses on an entry the caller's shape check rejects, counts it, and a later put replaces it", () => {
    const dir = tempDir();
    const isText = (v: unknown): v is { text: string } =>
      typeof v === "object" && v !== null && typeof (v as { text?: unknown }).text === "string";
    openCache(dir).put(keyOf(1), null);
    openCache(dir).put(keyOf(2), "a string");
    const cache = openCache(dir);
    expect(cache.get(keyOf(1), isText)).toBeUndefined();
    expect(cache.get(keyOf(2), isText)).toBeUndefined();
    expect(cache.get(keyOf(3), isText)).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 0, misses: 3, writes: 0, rejected: 2 });
    cache.put(keyOf(1), { text: "fresh" });
    expect(cache.get(keyOf(1), isText)).toEqual({ text: "fresh" });
    expect(cache.stats).toEqual({ hits: 1, misses: 3, writes: 1, rejected: 2 });
  });

  it("treats a folder where the entry should be as a miss", () => {
    const dir = tempDir();
    mkdirSync(entryFile(dir, keyOf(1)), { recursive: true });
    expect(openCache(dir).get(keyOf(1), anything)).toBeUndefined();
  });

  it("keeps entries in <dir>/v1/<first two hex digits>/<key>.json as { key, value }", () => {
    const dir = tempDir();
    const key = keyOf(1);
    openCache(dir).put(key, [1, "two"]);
    expect(walk(dir)).toEqual([`v1/${key.slice(0, 2)}/${key}.json`]);
    expect(JSON.parse(readFileSync(entryFile(dir, key), "utf8"))).toEqual({ key, value: [1, "two"] });
  });

  (process.platform === "win32" ? it.skip : it)(
    "writes entries 0o600 and its folders 0o700 (outputs can hold private data)",
    () => {
      const dir = join(tempDir(), "new-cache");
      const key = keyOf(1);
      openCache(dir).put(key, "private");
      const mode = (path: string) => statSync(path).mode & 0o777;
      expect(mode(entryFile(dir, key))).toBe(0o600);
      expect(mode(join(dir, "v1", key.slice(0, 2)))).toBe(0o700);
      expect(mode(join(dir, "v1"))).toBe(0o700);
      expect(mode(dir)).toBe(0o700);
    },
  );
});

describe("clearCache and cacheSize", () => {
  it("remove and count only the cache's own files: entries and leftover temp files", () => {
    const dir = tempDir();
    const cache = openCache(dir);
    const keys = [1, 2, 3].map(keyOf);
    for (const key of keys) cache.put(key, { text: "x".repeat(100) });
    const shard = keys[0]?.slice(0, 2) ?? "";
    const leftover = `${entryFile(dir, keys[0] ?? "")}.tmp-1234-abcdef`; // an interrupted write
    writeFileSync(leftover, '{"key":');
    const strays = [
      "notes.txt",
      "fingerprints.json",
      "v1/README",
      `v1/${shard}/mine.txt`,
      "v2/ab/keep.json",
      "v1/zz/x.json",
    ];
    for (const stray of strays) {
      mkdirSync(join(dir, stray, ".."), { recursive: true });
      writeFileSync(join(dir, stray), "user data");
    }
    // A file named like an entry, but in the wrong shard folder, is not one of ours either.
    const misplaced = `v1/${shard === "00" ? "01" : "00"}/${keys[0]}.json`;
    mkdirSync(join(dir, misplaced, ".."), { recursive: true });
    writeFileSync(join(dir, misplaced), "user data");

    const entryBytes = keys.reduce((sum, key) => sum + statSync(entryFile(dir, key)).size, 0);
    const expected = { entries: 3, bytes: entryBytes + statSync(leftover).size };
    expect(cacheSize(dir)).toEqual(expected);
    expect(clearCache(dir)).toEqual(expected);

    expect(walk(dir)).toEqual([...strays, misplaced].sort());
    for (const key of keys) expect(cache.get(key, anything)).toBeUndefined();
    expect(cacheSize(dir)).toEqual({ entries: 0, bytes: 0 });
    expect(clearCache(dir)).toEqual({ entries: 0, bytes: 0 });
  });

  it("remove the folders the entries leave empty", () => {
    const dir = tempDir();
    openCache(dir).put(keyOf(1), 1);
    writeFileSync(join(dir, "keep.txt"), "");
    clearCache(dir);
    expect(readdirSync(dir)).toEqual(["keep.txt"]);
  });

  it("report nothing for a folder that does not exist", () => {
    const dir = join(tempDir(), "absent");
    expect(cacheSize(dir)).toEqual({ entries: 0, bytes: 0 });
    expect(clearCache(dir)).toEqual({ entries: 0, bytes: 0 });
    expect(existsSync(dir)).toBe(false);
  });
});

describe("two processes sharing a cache folder", () => {
  /**
   * The child runs src/run/cache.ts itself through ts-node's transpile-only hook (a dev
   * dependency, as test/spec/schema-types.test.ts uses it): no build step, no copy of the module.
   * Each child waits until both are loaded, so their writes overlap, then puts the same 200 keys
   * with identical values (three passes, so the renames really collide) and 200 keys of its own,
   * reading back after every put: a reader must never see a half-written entry.
   */
  const child = `
    const { mkdirSync, writeFileSync, existsSync } = require("node:fs");
    const { join } = require("node:path");
    const { openCache } = require(${JSON.stringify(join(ROOT, "src", "run", "cache.ts"))});
    const { cacheKey } = require(${JSON.stringify(join(ROOT, "src", "run", "cache-key.ts"))});
    const [dir, me, other] = [process.env.CACHE_DIR, process.env.WRITER, process.env.OTHER];
    const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
    writeFileSync(join(dir, "ready-" + me), "");
    for (let waited = 0; !existsSync(join(dir, "ready-" + other)); waited += 5) {
      if (waited > 30000) throw new Error("the other writer never started");
      sleep(5);
    }
    const value = (name, n) => ({ name, n, x: n / 7, text: name.repeat(400) });
    const cache = openCache(dir);
    const check = (key, expected) => {
      const got = JSON.stringify(cache.get(key, () => true));
      if (got !== JSON.stringify(expected)) throw new Error("read back " + got + " for " + key);
    };
    for (let pass = 0; pass < 3; pass++) {
      for (let n = 0; n < 200; n++) {
        const key = cacheKey({ shared: n });
        cache.put(key, value("shared", n));
        check(key, value("shared", n));
      }
    }
    for (let n = 0; n < 200; n++) {
      const key = cacheKey({ writer: me, n });
      cache.put(key, value(me, n));
      check(key, value(me, n));
    }
    process.stdout.write(JSON.stringify(cache.stats));
  `;

  function runChild(
    dir: string,
    me: string,
    other: string,
  ): Promise<{ code: number | null; out: string; err: string }> {
    return new Promise((done, fail) => {
      const proc = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", child], {
        cwd: ROOT,
        env: { ...process.env, CACHE_DIR: dir, WRITER: me, OTHER: other },
      });
      let out = "";
      let err = "";
      proc.stdout.on("data", (d: Buffer) => {
        out += d.toString();
      });
      proc.stderr.on("data", (d: Buffer) => {
        err += d.toString();
      });
      proc.on("error", fail);
      proc.on("close", (code) => done({ code, out, err }));
    });
  }

  it("leaves every entry whole and no temp files behind", async () => {
    const dir = tempDir();
    const [a, b] = await Promise.all([runChild(dir, "a", "b"), runChild(dir, "b", "a")]);
    for (const run of [a, b]) {
      expect(run.err).toBe("");
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out)).toEqual({ hits: 800, misses: 0, writes: 800, rejected: 0 });
    }
    const cache = openCache(dir);
    const value = (name: string, n: number) => ({ name, n, x: n / 7, text: name.repeat(400) });
    for (let n = 0; n < 200; n++) {
      expect(cache.get(cacheKey({ shared: n }), anything)).toEqual(value("shared", n));
      expect(cache.get(cacheKey({ writer: "a", n }), anything)).toEqual(value("a", n));
      expect(cache.get(cacheKey({ writer: "b", n }), anything)).toEqual(value("b", n));
    }
    expect(cache.stats).toEqual({ hits: 600, misses: 0, writes: 0, rejected: 0 });
    const files = walk(dir).filter((f) => !f.startsWith("ready-"));
    expect(files.filter((f) => f.includes(".tmp-"))).toEqual([]);
    expect(files).toHaveLength(600);
    expect(cacheSize(dir).entries).toBe(600);
    expect(relative(dir, entryFile(dir, cacheKey({ shared: 0 })))).toMatch(/^v1[/\\][0-9a-f]{2}[/\\]/);
  });
});
