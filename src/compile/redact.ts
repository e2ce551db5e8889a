import { createHash } from "node:crypto";
import { getPath } from "../spec/dataset/field-path";
import type { Plan, PlanCase } from "./plan";

/**
 * Secrets (a spec's `redact` fields) as reports, logs and messages may show them: never the value,
 * whole or in part — only its kind (when the spec names a kind field), its length and a short hash
 * fingerprint, so two reports can be matched without revealing anything:
 * "‹secret phone number, 10 chars #3fa2c1d0›".
 */
export function maskSecret(value: string, kind?: string): string {
  if (MASKED.test(value)) return value; // already masked (a merged scorecard masks again)
  const hash = createHash("sha256").update(value, "utf8").digest("hex").slice(0, 8);
  const label = kind !== undefined && kind !== "" ? `${kind}, ` : "";
  return `‹secret ${label}${[...value].length} chars #${hash}›`;
}

const MASKED = /^‹secret (?:[^‹›]*, )?\d+ chars #[0-9a-f]{8}›$/u;

/** A secret of one case: a text (or number) leaf of a redacted field, and what to call it in masks. */
export interface Secret {
  readonly value: string;
  readonly kind?: string;
}

/**
 * Every secret of a case's fields: each text or number inside a redacted field, nested lists and
 * objects included. A leaf under its own key (a person's `name`) is called by that key; the field
 * itself, or a `value` key, by the case's kind of secret (`redact.kind`, e.g. "phone number").
 */
export function caseSecrets(
  fields: Readonly<Record<string, unknown>>,
  redact: readonly string[],
  kindField?: string,
): Secret[] {
  const kindValue = kindField !== undefined ? getPath(fields, kindField) : undefined;
  const kind = kindValue?.found && typeof kindValue.value === "string" ? kindValue.value : undefined;
  const out: Secret[] = [];
  const walk = (v: unknown, key: string | undefined) => {
    const label = key === undefined || key === "value" ? kind : key;
    const named = label !== undefined ? { kind: label } : {};
    if (typeof v === "string" && v !== "") out.push({ value: v, ...named });
    else if (typeof v === "number" && Number.isFinite(v)) out.push({ value: String(v), ...named });
    else if (Array.isArray(v)) for (const x of v) walk(x, key);
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  for (const field of redact) {
    const found = getPath(fields, field);
    if (found.found) walk(found.value, undefined);
  }
  return out;
}

/**
 * A text with every occurrence of every secret masked — ignoring case, as the leak judge matches — in
 * one pass, longest secret first at each position, so a secret inside another is never half masked
 * and a mask is never masked again.
 */
export function redactText(text: string, secrets: readonly Secret[]): string {
  if (secrets.length === 0) return text;
  const byValue = new Map<string, Secret>();
  for (const s of [...secrets].sort((a, b) => b.value.length - a.value.length)) {
    if (!byValue.has(s.value.toLowerCase())) byValue.set(s.value.toLowerCase(), s);
  }
  const pattern = new RegExp([...byValue.values()].map((s) => escapeRegExp(s.value)).join("|"), "giu");
  return text.replace(pattern, (found) => {
    const s = byValue.get(found.toLowerCase()) ?? { value: found };
    return maskSecret(s.value, s.kind);
  });
}

/** Whether a plan has secrets (its spec redacts fields). */
export function hasSecrets(plan: Plan): boolean {
  return plan.redact.length > 0;
}

/**
 * A plan as it may be shown or written: each case's redacted fields masked leaf by leaf, and its
 * prompt and choices with every secret of the case masked. The runtime never uses this plan: with
 * secrets, a suite compiles its real plan in memory when it runs (emit-module.ts).
 */
export function redactPlan(plan: Plan): Plan {
  if (!hasSecrets(plan)) return plan;
  return { ...plan, cases: plan.cases.map((c) => redactCase(c, plan)) };
}

function redactCase(c: PlanCase, plan: Plan): PlanCase {
  const secrets = caseSecrets(c.fields, plan.redact, plan.redactKind);
  const mask = (v: unknown): unknown => {
    if (typeof v === "string") return redactText(v, secrets);
    if (typeof v === "number") return redactText(String(v), secrets); // every number in a redacted field is a secret
    if (Array.isArray(v)) return v.map(mask);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mask(x)]));
    return v;
  };
  const fields = Object.fromEntries(
    Object.entries(c.fields).map(([k, v]) => [
      k,
      plan.redact.some((r) => r === k || r.startsWith(`${k}.`)) ? mask(v) : v,
    ]),
  );
  return {
    ...c,
    // The id is the item id (and conditions): masked too, in case a dataset's ids are secret values.
    id: redactText(c.id, secrets),
    itemId: redactText(c.itemId, secrets),
    fields,
    ...(c.prompt !== undefined ? { prompt: redactText(c.prompt, secrets) } : {}),
    ...(c.messages ? { messages: c.messages.map((m) => ({ ...m, content: redactText(m.content, secrets) })) } : {}),
    ...(c.choices ? { choices: c.choices.map((x) => redactText(x, secrets)) } : {}),
    ...(c.expected !== undefined ? { expected: redactText(c.expected, secrets) } : {}),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
