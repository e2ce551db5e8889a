import { createHash } from "node:crypto";

/**
 * The inference cache's key for one model call: the SHA-256 hex of `parts` in canonical JSON.
 *
 * The caller builds `parts`, and it must cover everything that can change the output — the model
 * fingerprint, the request kind, the prompt / context / choices / text, every decoding setting
 * (max tokens, temperature, top-k, top-p, stop strings and ids), the seed, the sample count, and the
 * version of any code whose change alters results. A setting left out means a stale hit when it
 * changes. Object key order does not matter; array order does.
 *
 * Throws when `parts` holds a value with no single JSON form (NaN, ±Infinity, bigint, functions,
 * symbols, undefined in an array, Maps, Dates, class instances, cycles): two different inputs could
 * otherwise share a key.
 */
export function cacheKey(parts: unknown): string {
  return createHash("sha256").update(canonicalJson(parts, "parts")).digest("hex");
}

/**
 * `value` as JSON with object keys sorted recursively (by UTF-16 code units) and no whitespace.
 * `undefined` object members are omitted, as JSON.stringify omits them. `name` starts the path
 * in error messages (`parts.sampling.temperature`).
 */
export function canonicalJson(value: unknown, name = "value"): string {
  return encode(value, name, []);
}

function encode(value: unknown, path: string, ancestors: object[]): string {
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw notJson(path, String(value), "JSON has no form for it (it would become null)");
      return JSON.stringify(value);
    case "object": {
      if (value === null) return "null";
      if (ancestors.includes(value)) throw notJson(path, "a circular reference", "it has no finite JSON form");
      const inner = [...ancestors, value];
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          // A hole or undefined becomes null in JSON, which would collide with a real null.
          if (item === undefined) throw notJson(`${path}[${i}]`, "undefined", "JSON would turn it into null");
          items.push(encode(item, `${path}[${i}]`, inner));
        }
        return `[${items.join(",")}]`;
      }
      // Plain means a prototype of null or of some realm's Object.prototype (values may cross realms in Jest).
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== null && Object.getPrototypeOf(proto) !== null) {
        const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? "object";
        throw notJson(path, `a ${kind}`, "only plain objects and arrays have one JSON form");
      }
      const record = value as Record<string, unknown>;
      const members: string[] = [];
      for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member === undefined) continue;
        members.push(`${JSON.stringify(key)}:${encode(member, `${path}.${key}`, inner)}`);
      }
      return `{${members.join(",")}}`;
    }
    case "undefined":
      throw notJson(path, "undefined", "JSON has no form for it");
    default:
      // bigint, function, symbol
      throw notJson(path, `a ${typeof value}`, "JSON has no form for it");
  }
}

function notJson(path: string, what: string, why: string): Error {
  return new Error(
    `${path} is ${what}, which cannot be encoded unambiguously: ${why}. ` +
      "Use finite numbers, strings, booleans, null, arrays and plain objects (convert the value first).",
  );
}
