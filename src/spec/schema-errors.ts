import type { ErrorObject, ValidateFunction } from "ajv";
import { type Problem, type ProblemCode, problemsFor } from "./problem";
import {
  regexError,
  resolveRef,
  SCHEMA_IDS,
  type SchemaKind,
  type SchemaNode,
  schemaAjv,
  validatorFor,
} from "./schemas";
import { didYouMean, listOr } from "./suggest";
import { valueAt } from "./value-at";
import type { YamlFile } from "./yaml-document";
import { keysAt, locate, type PathSegment } from "./yaml-locate";

/**
 * Validates parsed YAML against a schema and turns ajv's errors into positioned problems a spec
 * author can act on: unknown keys point at the key with a "did you mean", enum errors list the
 * allowed values, and of the branches of an anyOf only the one the author evidently meant is
 * reported.
 */
export function schemaProblems(kind: SchemaKind, data: unknown, yaml: YamlFile): Problem[] {
  const validate = validatorFor(kind);
  if (validate(data)) return [];
  const errors = explain(validate.errors ?? [], data);
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const error of errors) {
    const problem = toProblem(error, data, yaml, kind);
    const key = `${problem.code}|${problem.start}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}

/**
 * What a number out of range may be, from its schema: "takes 1 … 100 (Samples per prompt …)", and
 * where it is documented.
 */
function rangeHint(schema: SchemaNode, kind: SchemaKind): string {
  const bound = (inclusive: unknown, exclusive: unknown, atLeast: string, beyond: string) =>
    typeof inclusive === "number"
      ? { text: `${atLeast} ${inclusive}`, value: inclusive, inclusive: true }
      : typeof exclusive === "number"
        ? { text: `${beyond} ${exclusive}`, value: exclusive, inclusive: false }
        : undefined;
  const low = bound(schema.minimum, schema.exclusiveMinimum, "at least", "more than");
  const high = bound(schema.maximum, schema.exclusiveMaximum, "at most", "less than");
  const range =
    low?.inclusive && high?.inclusive
      ? `${low.value} … ${high.value}`
      : [low?.text, high?.text].filter((t) => t !== undefined).join(" and ");
  // The key's description as a sentence of its own: in brackets mid-sentence, one with brackets of its
  // own (a default, a docs link) read as a tangle.
  if (typeof schema.description !== "string")
    return `it takes ${range}; see the ${kind} keys in docs/spec-reference.md`;
  const about = schema.description.trim();
  return `it takes ${range}. ${/[.!?]$/.test(about) ? about : `${about}.`} See the ${kind} keys in docs/spec-reference.md`;
}

/** An error of ours for an anyOf whose branches all expect other types. */
interface TypeChoiceError {
  readonly keyword: "x-type-choice";
  readonly instancePath: string;
  readonly types: string[];
}

type Explained = ErrorObject | TypeChoiceError;

function isTypeChoice(e: Explained): e is TypeChoiceError {
  return e.keyword === "x-type-choice" && "types" in e;
}

const COMBINATORS = new Set(["anyOf", "oneOf"]);

/** Replaces the raw branch errors of every anyOf/oneOf by the errors of the branch that was meant. */
function explain(errors: readonly ErrorObject[], data: unknown): Explained[] {
  const out: Explained[] = [];
  for (const error of errors) {
    if (error.keyword === "if") continue;
    // A propertyNames failure is reported once, by the propertyNames error that follows.
    if (error.keyword !== "propertyNames" && (error as { propertyName?: string }).propertyName !== undefined) continue;
    if (!COMBINATORS.has(error.keyword)) {
      out.push(error);
      continue;
    }
    // The branch errors come right before their combinator error, at or below its path.
    const under = error.instancePath;
    while (out.length > 0 && isUnder((out[out.length - 1] as Explained).instancePath, under)) out.pop();
    out.push(...resolveCombinator(error, data));
  }
  return out;
}

function isUnder(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

function resolveCombinator(error: ErrorObject, data: unknown): Explained[] {
  const branches = (Array.isArray(error.schema) ? error.schema : []) as SchemaNode[];
  const value = valueAtPointer(data, error.instancePath);
  const resolved = branches.map((b) => resolveRef(b));
  // oneOf over bare `required` lists means "exactly one of these keys": reported as such.
  if (resolved.every((b) => Object.keys(b).every((k) => k === "required"))) return [error];
  const type = jsonType(value);
  let candidates = branches.filter((_, i) => acceptsType(resolved[i] as SchemaNode, type));
  if (candidates.length === 0) {
    const types = unique(resolved.flatMap((b) => typesOf(b)));
    return [{ keyword: "x-type-choice", instancePath: error.instancePath, types }];
  }
  if (type === "object" && value !== null && typeof value === "object") {
    const keys = new Set(Object.keys(value));
    const named = candidates.filter((b) => requiredOf(resolveRef(b)).some((k) => keys.has(k)));
    if (named.length > 0) candidates = named;
  }
  let best: Explained[] | undefined;
  for (const branch of candidates) {
    const validate = branchValidator(branch);
    if (validate(value)) return [];
    const prefixed = (validate.errors ?? []).map((e) => ({
      ...e,
      instancePath: error.instancePath + e.instancePath,
    }));
    const explained = explain(prefixed, data);
    if (best === undefined || explained.length < best.length) best = explained;
  }
  return best ?? [error];
}

const branchValidators = new WeakMap<SchemaNode, ValidateFunction>();

/** A validator for one branch of a combinator, its local refs made absolute. */
function branchValidator(branch: SchemaNode): ValidateFunction {
  const cached = branchValidators.get(branch);
  if (cached) return cached;
  const validate = schemaAjv().compile(absoluteRefs(branch) as SchemaNode);
  branchValidators.set(branch, validate);
  return validate;
}

function absoluteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    // Combinators only occur in spec.schema.json, so local refs are relative to it.
    out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#") ? SCHEMA_IDS.spec + v : absoluteRefs(v);
  }
  return out;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typesOf(schema: SchemaNode): string[] {
  const t = schema.type;
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t as string[];
  const values = (schema.enum as unknown[] | undefined) ?? ("const" in schema ? [schema.const] : undefined);
  if (values) return unique(values.map((v) => (jsonType(v) === "integer" ? "number" : jsonType(v))));
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return ["object"];
  return [];
}

function acceptsType(schema: SchemaNode, type: string): boolean {
  const types = typesOf(schema);
  if (types.length === 0) return true;
  return types.includes(type) || (type === "integer" && types.includes("number"));
}

function requiredOf(schema: SchemaNode): string[] {
  return Array.isArray(schema.required) ? (schema.required as string[]) : [];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function segments(instancePath: string): PathSegment[] {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function valueAtPointer(data: unknown, instancePath: string): unknown {
  return valueAt(data, segments(instancePath));
}

/** `dataset.fields.prompt`, `models[1]` — how a path reads in a message. */
export function pathName(path: readonly PathSegment[]): string {
  let out = "";
  for (const s of path) out += typeof s === "number" ? `[${s}]` : out === "" ? s : `.${s}`;
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  object: "a mapping",
  array: "a list",
  string: "a text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "empty",
};

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === "number") return `the number ${value}`;
  return `${value}`;
}

function firstSentence(text: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  const m = /^.*?[.!?](\s|$)/.exec(text);
  return (m ? m[0] : text).trim();
}

function toProblem(error: Explained, data: unknown, yaml: YamlFile, kind: SchemaKind): Problem {
  const problem = problemsFor(yaml.file);
  const path = segments(error.instancePath);
  const name = path.length === 0 ? `the ${kind}` : pathName(path);
  const at = (p: readonly PathSegment[], which: "key" | "value" = "value") => locate(yaml, p, which);
  const make = (code: ProblemCode, message: string, where: { start: number; end: number }, hint?: string) =>
    problem(code, message, { start: where.start, end: where.end, ...(hint !== undefined ? { hint } : {}) });

  if (isTypeChoice(error)) {
    const types = error.types.map(typeName);
    return make(
      "WRONG_TYPE",
      `${name} must be ${listOr(types)}, not ${describeValue(valueAtPointer(data, error.instancePath))}`,
      at(path),
      "see docs/spec-reference.md for the forms this key accepts",
    );
  }
  const e = error as ErrorObject;
  const params = e.params as Record<string, unknown>;
  const parent = (e.parentSchema ?? {}) as SchemaNode;
  const value = valueAtPointer(data, e.instancePath);
  switch (e.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const props = (parent.properties ?? {}) as Record<string, SchemaNode>;
      const about = props[missing]
        ? firstSentence(resolveRef(props[missing]).description ?? props[missing].description)
        : undefined;
      return make(
        "MISSING_KEY",
        `${path.length === 0 ? `the ${kind}` : name} is missing the required key "${missing}"`,
        path.length === 0 ? rootAnchor(yaml) : at(path, "key"),
        about ? `add ${missing}: — ${lowerFirst(about)}` : `add ${missing}:`,
      );
    }
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((parent.properties ?? {}) as object);
      return make(
        "UNKNOWN_KEY",
        `unknown key "${key}"${path.length === 0 ? "" : ` in ${name}`}`,
        at([...path, key], "key"),
        key === "judge_error" && path[0] === "metrics"
          ? `${didYouMean(key, allowed, "allowed keys")}; judge_error corrects only the shares of a judge's yes / no decisions, such as toxicity_probability or leakage_rate, not a mean of scores (docs/scorecard.md, Judge error)`
          : didYouMean(key, allowed, "allowed keys"),
      );
    }
    case "propertyNames": {
      const key = String(params.propertyName);
      const names = resolveRef((e.schema ?? {}) as SchemaNode, kind);
      const hint = typeof names["x-hint"] === "string" ? names["x-hint"] : "rename it";
      return make("BAD_FORMAT", `"${key}" is not a valid name in ${name}`, at([...path, key], "key"), hint);
    }
    case "type": {
      const expected = String(params.type)
        .split(",")
        .map((t) => typeName(t.trim()));
      return make(
        "WRONG_TYPE",
        `${name} must be ${listOr(expected)}, not ${describeValue(value)}`,
        at(path),
        typeHint(expected, value) ?? (typeof parent["x-hint"] === "string" ? parent["x-hint"] : undefined),
      );
    }
    case "const": {
      if (path.length === 1 && path[0] === "version") {
        return make(
          "UNSUPPORTED_VERSION",
          `format version ${typeof value === "number" ? value : describeValue(value)} is not supported; this trustspec reads format version ${String(params.allowedValue)}`,
          at(path),
          `write version: ${String(params.allowedValue)}, or upgrade trustspec`,
        );
      }
      return make("BAD_VALUE", `${name} must be ${JSON.stringify(params.allowedValue)}`, at(path));
    }
    case "enum": {
      const allowed = ((params.allowedValues ?? []) as unknown[]).map(String);
      const guess =
        typeof value === "string"
          ? didYouMean(value, allowed, "allowed values")
          : `allowed values: ${allowed.join(", ")}`;
      // A guess among a few values names them all: "gpu" is nearer "cpu", but "cuda" was meant.
      const few = allowed.length <= 4 && guess.startsWith("did you mean") ? ` (allowed: ${allowed.join(", ")})` : "";
      const more = typeof parent["x-hint"] === "string" ? `; ${parent["x-hint"]}` : "";
      return make("BAD_VALUE", `${name} cannot be ${describeValue(value)}`, at(path), `${guess}${few}${more}`);
    }
    case "discriminator": {
      const kinds = ((parent.oneOf ?? []) as SchemaNode[])
        .map(
          (b) =>
            ((resolveRef(b, kind).properties as Record<string, SchemaNode> | undefined)?.kind?.const as string) ?? "",
        )
        .filter(Boolean);
      if (params.error === "tag" && (value === null || typeof value !== "object" || !("kind" in value))) {
        return make(
          "MISSING_KEY",
          `${name} is missing the required key "kind"`,
          at(path, "key"),
          `kind: one of ${kinds.join(", ")}`,
        );
      }
      const tag = String(params.tagValue ?? (value as Record<string, unknown> | undefined)?.kind);
      return make(
        "BAD_VALUE",
        `${name}.kind cannot be ${describeValue(tag)}`,
        at([...path, "kind"]),
        didYouMean(tag, kinds, "allowed kinds"),
      );
    }
    case "pattern": {
      const hint = typeof parent["x-hint"] === "string" ? parent["x-hint"] : `it must match ${String(params.pattern)}`;
      return make("BAD_FORMAT", `${name} has the wrong form: ${describeValue(value)}`, at(path), hint);
    }
    case "format": {
      const reason = typeof value === "string" ? regexError(value) : undefined;
      return make(
        "BAD_FORMAT",
        `${name} is not a valid regular expression${reason ? `: ${reason}` : ""}`,
        at(path),
        "write a JavaScript regular expression without the surrounding slashes",
      );
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const words: Record<string, string> = {
        minimum: "at least",
        maximum: "at most",
        exclusiveMinimum: "more than",
        exclusiveMaximum: "less than",
      };
      return make(
        "OUT_OF_RANGE",
        `${name} must be ${words[e.keyword]} ${String(params.limit)}, not ${String(value)}`,
        at(path),
        rangeHint(parent, kind),
      );
    }
    case "minLength":
      return Number(params.limit) <= 1
        ? make("BAD_VALUE", `${name} must not be empty`, at(path))
        : make("OUT_OF_RANGE", `${name} must have at least ${String(params.limit)} characters`, at(path));
    case "maxLength":
      return make("OUT_OF_RANGE", `${name} must have at most ${String(params.limit)} characters`, at(path));
    case "minItems":
      return make(
        "TOO_FEW",
        `${name} needs at least ${String(params.limit)} ${Number(params.limit) === 1 ? "entry" : "entries"}`,
        at(path),
      );
    case "minProperties":
      return make(
        "TOO_FEW",
        `${name} needs at least ${String(params.limit)} ${Number(params.limit) === 1 ? "key" : "keys"}`,
        at(path),
      );
    case "maxItems":
    case "maxProperties":
      return make("OUT_OF_RANGE", `${name} can have at most ${String(params.limit)} entries`, at(path));
    case "uniqueItems": {
      const later = Math.max(Number(params.i), Number(params.j));
      const earlier = Math.min(Number(params.i), Number(params.j));
      return make(
        "DUPLICATE_VALUE",
        `${pathName([...path, later])} repeats ${pathName([...path, earlier])}`,
        at([...path, later]),
        "remove the repeated entry",
      );
    }
    case "dependencies":
    case "dependentRequired": {
      const property = String(params.property);
      const missing = String(params.missingProperty);
      return make(
        "MISSING_KEY",
        `${pathName([...path, property])} needs ${pathName([...path, missing])} too`,
        at([...path, property], "key"),
        `add ${missing}: (see docs/spec-reference.md)`,
      );
    }
    case "not": {
      const required = (((e.schema ?? {}) as SchemaNode).required ?? []) as string[];
      const present = keysAt(yaml, path).filter((k) => required.includes(k.key));
      const last = present[present.length - 1];
      const message =
        typeof parent["x-not-message"] === "string" ? parent["x-not-message"] : `${name} is not allowed here`;
      return make("CONFLICTING_KEYS", message, last ? last.range : at(path));
    }
    case "oneOf":
    case "anyOf": {
      const branches = ((e.schema ?? []) as SchemaNode[]).flatMap((b) => requiredOf(resolveRef(b)));
      const present = keysAt(yaml, path).filter((k) => branches.includes(k.key));
      const options = listOr(branches.map((b) => `"${b}"`));
      if (present.length > 1) {
        const second = present[1] as { key: string; range: { start: number; end: number } };
        return make(
          "CONFLICTING_KEYS",
          `${name} has both "${present[0]?.key}" and "${second.key}"; give only one of ${options}`,
          second.range,
          `remove "${second.key}" or "${present[0]?.key}"`,
        );
      }
      return make(
        "MISSING_KEY",
        `${name} needs one of ${options}`,
        at(path, "key"),
        "see docs/spec-reference.md#datasets",
      );
    }
    default:
      return make("BAD_VALUE", `${name} ${e.message ?? "is not valid"}`, at(path));
  }
}

function typeHint(expected: string[], value: unknown): string | undefined {
  if (expected.includes(typeName("string")) && (typeof value === "number" || typeof value === "boolean")) {
    return `put it in quotes: "${String(value)}"`;
  }
  if (value === null || value === undefined) return "give it a value, or remove the key";
  return undefined;
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** The first key of the document: where "missing key" problems of the whole file point. */
function rootAnchor(yaml: YamlFile): { start: number; end: number } {
  const first = keysAt(yaml, [])[0];
  return first ? first.range : { start: 0, end: 0 };
}
