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
  return encode(value, { name, keys: [], ancestors: [] });
}

/**
 * Where the encoder is: the keys and indices down to the value (joined into a path only for an
 * error), and the objects around it (for cycles). Each run's suite computes the key of every call
 * again, on code not yet optimised: building each member's path and copying the ancestors for each
 * object made this 30 ms of a cold 817-item multiple-choice run's suite.
 */
interface Position {
  readonly name: string;
  readonly keys: (string | number)[];
  readonly ancestors: object[];
}

// Bound once: under Jest's vm context a global lookup per value is slow (see sampling.ts).
const stringify = JSON.stringify;
const isFiniteNumber = Number.isFinite;
const isArray = Array.isArray;
const keysOf = Object.keys;
const prototypeOf = Object.getPrototypeOf;

function encode(value: unknown, at: Position): string {
  switch (typeof value) {
    case "string":
    case "boolean":
      return stringify(value);
    case "number":
      if (!isFiniteNumber(value))
        throw notJson(pathOf(at), String(value), "JSON has no form for it (it would become null)");
      return stringify(value);
    case "object": {
      if (value === null) return "null";
      if (at.ancestors.includes(value)) throw notJson(pathOf(at), "a circular reference", "it has no finite JSON form");
      at.ancestors.push(value);
      let out: string;
      if (isArray(value)) {
        out = "[";
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          at.keys.push(i);
          // A hole or undefined becomes null in JSON, which would collide with a real null.
          if (item === undefined) throw notJson(pathOf(at), "undefined", "JSON would turn it into null");
          out += i === 0 ? encode(item, at) : `,${encode(item, at)}`;
          at.keys.pop();
        }
        out += "]";
      } else {
        // Plain means a prototype of null or of some realm's Object.prototype (values may cross realms in Jest).
        const proto: unknown = prototypeOf(value);
        if (proto !== null && prototypeOf(proto) !== null) {
          const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? "object";
          throw notJson(pathOf(at), `a ${kind}`, "only plain objects and arrays have one JSON form");
        }
        const record = value as Record<string, unknown>;
        out = "{";
        let first = true;
        for (const key of keysOf(record).sort()) {
          const member = record[key];
          if (member === undefined) continue;
          at.keys.push(key);
          out += `${first ? "" : ","}${stringify(key)}:${encode(member, at)}`;
          at.keys.pop();
          first = false;
        }
        out += "}";
      }
      at.ancestors.pop();
      return out;
    }
    case "undefined":
      throw notJson(pathOf(at), "undefined", "JSON has no form for it");
    default:
      // bigint, function, symbol
      throw notJson(pathOf(at), `a ${typeof value}`, "JSON has no form for it");
  }
}

/** `parts.sampling.temperature`, `parts.stop[1]`. */
function pathOf(at: Position): string {
  return at.keys.reduce<string>(
    (path, key) => (typeof key === "number" ? `${path}[${key}]` : `${path}.${key}`),
    at.name,
  );
}

function notJson(path: string, what: string, why: string): Error {
  return new Error(
    `${path} is ${what}, which cannot be encoded unambiguously: ${why}. ` +
      "Use finite numbers, strings, booleans, null, arrays and plain objects (convert the value first).",
  );
}
