#!/usr/bin/env node
/**
 * `npm run eval:pii` (after `npm run build`): measures the PII detector (src/judges/pii-detect.ts) and prints
 * two tables.
 *
 * 1. Presidio's synthetic sentences (../shared/data/presidio/synth_dataset_v2.json, or the path given as the
 *    first argument): per covered type, precision, recall and F1 under two span matchings —
 *    - **exact**: same start and end;
 *    - **overlap**: the two spans share at least half of the longer one's characters. Annotators and rules
 *      disagree on edges (an extension "x4587", a "+" or a "(0)"), which exact matching punishes as a miss
 *      *and* a false alarm; half of the longer span is still strict enough that a fragment ("3395" of
 *      "467 3395") or a swallowed neighbour does not count.
 *    Matching is one-to-one within a sentence. "FP on clean" counts detections of a type in sentences with no
 *    labelled span of that type, and "FP overlaps" names the labelled entity (of another type) that false
 *    positives fall on, if any.
 * 2. `secret` on generated fixtures (the Presidio data has none): random keys in several alphabets and vendor
 *    formats, inside sentences, versus ordinary words, identifiers, long numbers, UUIDs, file paths and hex
 *    digests quoted in prose — with the seed (PII_EVAL_SEED, default 20240115), so the figures are
 *    reproducible; then how often uniformly random strings pass the entropy floor alone.
 *
 * The functions are exported for test/judges/pii-detect-presidio.test.ts, which runs them on the TypeScript
 * source; this script needs the build (dist/) and says so when it is missing.
 */
const { existsSync, readFileSync, statSync } = require("node:fs");
const { join, resolve } = require("node:path");

/** Presidio entity types the detector covers, and the detector type each maps to. */
const PRESIDIO_TYPES = {
  EMAIL_ADDRESS: "email",
  PHONE_NUMBER: "phone",
  US_SSN: "ssn",
  CREDIT_CARD: "credit_card",
  IP_ADDRESS: "ip_address",
};

const DEFAULT_DATASET = join(__dirname, "..", "..", "shared", "data", "presidio", "synth_dataset_v2.json");

function intersection(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const MATCHERS = {
  exact: (a, b) => a.start === b.start && a.end === b.end,
  overlap: (a, b) => 2 * intersection(a, b) >= Math.max(a.end - a.start, b.end - b.start),
};

/** One-to-one matching of predicted to gold spans (both of one type, in one text): the number matched. */
function matchCount(predicted, gold, same) {
  const used = new Set();
  let matched = 0;
  for (const p of predicted) {
    const i = gold.findIndex((g, j) => !used.has(j) && same(p, g));
    if (i >= 0) {
      used.add(i);
      matched += 1;
    }
  }
  return matched;
}

function prf(tp, predicted, gold) {
  const precision = predicted === 0 ? 1 : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/**
 * Per covered type: `{ exact, overlap }` (each `{ tp, predicted, gold, precision, recall, f1 }`),
 * `falsePositivesOnClean` (detections in sentences without a labelled span of that type) and
 * `falsePositiveOverlaps` (entity type → count, for unmatched detections lying on another labelled entity);
 * plus `secret`: every secret detection (the data has no secrets), by overlapped entity type.
 */
function evaluatePresidio(detectPii, rows) {
  const types = Object.values(PRESIDIO_TYPES);
  const acc = Object.fromEntries(
    types.map((t) => [
      t,
      { exact: 0, overlap: 0, predicted: 0, gold: 0, falsePositivesOnClean: 0, falsePositiveOverlaps: {} },
    ]),
  );
  const secret = { detections: 0, overlaps: {} };
  for (const row of rows) {
    const spans = row.spans.map((s) => ({ entity: s.entity_type, start: s.start_position, end: s.end_position }));
    const found = detectPii(row.full_text);
    for (const type of types) {
      const gold = spans.filter((s) => PRESIDIO_TYPES[s.entity] === type);
      const predicted = found.filter((s) => s.type === type);
      const a = acc[type];
      a.gold += gold.length;
      a.predicted += predicted.length;
      a.exact += matchCount(predicted, gold, MATCHERS.exact);
      a.overlap += matchCount(predicted, gold, MATCHERS.overlap);
      if (gold.length === 0) a.falsePositivesOnClean += predicted.length;
      for (const p of predicted) {
        if (gold.some((g) => MATCHERS.overlap(p, g))) continue;
        const other = spans.find((s) => intersection(s, p) > 0);
        const key = other ? other.entity : "(none)";
        a.falsePositiveOverlaps[key] = (a.falsePositiveOverlaps[key] ?? 0) + 1;
      }
    }
    for (const p of found.filter((s) => s.type === "secret")) {
      secret.detections += 1;
      const other = spans.find((s) => intersection(s, p) > 0);
      const key = other ? other.entity : "(none)";
      secret.overlaps[key] = (secret.overlaps[key] ?? 0) + 1;
    }
  }
  const perType = {};
  for (const type of types) {
    const a = acc[type];
    perType[type] = {
      exact: prf(a.exact, a.predicted, a.gold),
      overlap: prf(a.overlap, a.predicted, a.gold),
      falsePositivesOnClean: a.falsePositivesOnClean,
      falsePositiveOverlaps: a.falsePositiveOverlaps,
    };
  }
  return { sentences: rows.length, perType, secret };
}

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const ALPHABETS = {
  "hex (lower)": "0123456789abcdef",
  "hex (upper)": "0123456789ABCDEF",
  "base36 (lower)": LOWER + DIGITS,
  alnum: UPPER + LOWER + DIGITS,
  base64: `${UPPER}${LOWER}${DIGITS}+/`,
  base64url: `${UPPER}${LOWER}${DIGITS}-_`,
};
const KEY_LENGTHS = [16, 20, 24, 32, 40, 64];

/** Sentences a key is quoted in; `{}` is the key. */
const KEY_TEMPLATES = [
  "my API key is {}",
  "export API_TOKEN={}",
  "Authorization: Bearer {}",
  'config.set("token", "{}");',
  "Use the key {} to sign requests.",
  "(secret: {})",
  "password={}&user=alice",
];

/** Ordinary long words and identifiers that must never be secrets. */
const WORDS = [
  "internationalization",
  "antidisestablishmentarianism",
  "uncharacteristically",
  "counterrevolutionaries",
  "electroencephalography",
  "telecommunications",
  "responsibilities",
  "straightforwardly",
  "Echocardiographer",
  "InvestmentInstructor",
  "getElementsByTagName",
  "XMLHttpRequestUpload",
  "ConfigurationManager2",
  "Windows10Enterprise",
  "utf8mb4_unicode_ci",
  "x86_64-linux-gnu",
  "aarch64-unknown-linux-gnu",
  "test_user_20240115_backup",
  "password1234567890",
  "abc123abc123abc123",
  "aaaaaaaaaaaaaaaa1",
  "deadbeefcafebabe",
  "acceptance_criteria_v2",
  "node_modules/typescript/lib",
];
const VOCAB = [
  "user",
  "account",
  "config",
  "server",
  "request",
  "handler",
  "payment",
  "invoice",
  "customer",
  "report",
  "session",
  "token",
  "manager",
  "service",
  "profile",
  "message",
  "order",
  "address",
  "number",
  "record",
  "parse",
  "build",
  "fetch",
  "update",
  "delete",
  "create",
  "render",
  "validate",
  "export",
  "import",
  "alpha",
  "bravo",
  "charlie",
  "delta",
  "echo",
  "window",
  "garden",
  "river",
  "mountain",
  "library",
];

function pick(r, xs) {
  return xs[Math.floor(r() * xs.length)];
}

function randomString(r, alphabet, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += pick(r, alphabet);
  return s;
}

function randomKey(r, alphabet, n, padded) {
  const key = randomString(r, alphabet, n);
  return padded && r() < 0.5 ? `${key.slice(0, n - 1)}=` : key;
}

/** Vendor-prefixed keys, each in its documented shape. */
function prefixedKey(r, i) {
  const alnum = ALPHABETS.alnum;
  const makers = [
    () => `sk-${randomString(r, ALPHABETS.base64url, 48)}`,
    () => `sk-proj-${randomString(r, ALPHABETS.base64url, 40)}`,
    () => `ghp_${randomString(r, alnum, 36)}`,
    () => `github_pat_${randomString(r, `${alnum}_`, 60)}`,
    () => `AKIA${randomString(r, UPPER + DIGITS, 16)}`,
    () => `AIza${randomString(r, ALPHABETS.base64url, 35)}`,
    () => `xoxb-${randomString(r, DIGITS, 12)}-${randomString(r, alnum, 24)}`,
    () => `sk_live_${randomString(r, alnum, 24)}`,
    () => `glpat-${randomString(r, alnum, 20)}`,
  ];
  return makers[i % makers.length]();
}

function uuid(r) {
  const h = (n) => randomString(r, ALPHABETS["hex (lower)"], n);
  return `${h(8)}-${h(4)}-4${h(3)}-${pick(r, "89ab")}${h(3)}-${h(12)}`;
}

/** Words spelt only with the letters a–f, to be glued into hex-looking English. */
const HEX_WORDS = [
  "deadbeef",
  "cafe",
  "babe",
  "facade",
  "decade",
  "accede",
  "defaced",
  "bead",
  "faded",
  "decaf",
  "added",
];

function identifier(r) {
  const n = 2 + Math.floor(r() * 3);
  const words = Array.from({ length: n }, () => pick(r, VOCAB));
  const digits = r() < 0.5 ? String(Math.floor(r() * 100000)) : "";
  switch (Math.floor(r() * 4)) {
    case 0:
      return words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join("") + digits;
    case 1:
      return words.join("_") + (digits ? `_${digits}` : "");
    case 2:
      return words.join("-") + (digits ? `-v${digits}` : "");
    default:
      return words.map((w) => w[0].toUpperCase() + w.slice(1)).join("") + digits;
  }
}

/**
 * The secret fixtures for one seed: `{ text, key }` where `key` is the secret's range in `text`, or
 * `{ text, key: undefined, kind }` for a negative of the given kind.
 */
function secretFixtures(seed, random) {
  const r = random(seed);
  const positives = [];
  const embed = (key, kind) => {
    const [before, after] = pick(r, KEY_TEMPLATES).split("{}");
    positives.push({
      kind,
      text: before + key + after,
      key: { start: before.length, end: before.length + key.length },
    });
  };
  for (const [name, alphabet] of Object.entries(ALPHABETS)) {
    for (const n of KEY_LENGTHS) {
      for (let i = 0; i < 20; i++) embed(randomKey(r, alphabet, n, name === "base64"), name);
    }
  }
  for (let i = 0; i < 90; i++) embed(prefixedKey(r, i), "vendor prefix");

  const negatives = [];
  const add = (kind, text) => negatives.push({ kind, text, key: undefined });
  for (const w of WORDS) add("words and identifiers", `We discussed ${w} at length.`);
  for (let i = 0; i < 100; i++) add("words and identifiers", `Call ${identifier(r)}() before ${identifier(r)}.`);
  for (let i = 0; i < 50; i++) {
    const digits = randomString(r, DIGITS, 16 + Math.floor(r() * 20));
    add("long numbers", pick(r, [`Order ${digits} shipped.`, `The value is ${digits}.`, `ref=${digits}`]));
  }
  for (let i = 0; i < 50; i++) add("UUIDs", pick(r, [`request id ${uuid(r)}`, `"id": "${uuid(r)}",`]));
  for (let i = 0; i < 50; i++) {
    const words = Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(r, VOCAB));
    add(
      "file paths",
      pick(r, [
        `Open /home/${words.join("/")}/index.ts now.`,
        `See C:\\Users\\${words.join("\\")}\\notes.txt`,
        `edit ~/projects/${words.join("/")}_v2/src/main_${i}.rs`,
        `/usr/lib/x86_64-linux-gnu/${words.join("-")}.so.3`,
      ]),
    );
  }
  for (let i = 0; i < 60; i++) {
    const hex = (n) => randomString(r, ALPHABETS["hex (lower)"], n);
    add(
      "hex digests in prose",
      pick(r, [
        `Fixed in commit ${hex(40)}.`,
        `sha256: ${hex(64)}`,
        `The MD5 checksum is ${hex(32)}`,
        `SHA-1 ${hex(40).toUpperCase()} matches.`,
        `git revision ${hex(40)} was deployed`,
      ]),
    );
  }
  for (let i = 0; i < 40; i++) {
    const words = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, HEX_WORDS));
    const digits = r() < 0.5 ? String(1990 + Math.floor(r() * 40)) : "";
    add("hex-looking English", `the ${words.join("")}${digits} build`);
  }
  // Known limit, reported apart: a digest with no digest word before it looks exactly like a hex key.
  const limits = [];
  for (let i = 0; i < 20; i++) {
    limits.push({ kind: "bare hex digests", text: `Fixed in ${randomString(r, ALPHABETS["hex (lower)"], 40)}.` });
  }
  return { seed, positives, negatives, limits };
}

/**
 * Secret detection on the fixtures: a positive counts when a `secret` span covers the key exactly; every
 * secret span on a negative is a false positive. Recall is given per kind of key, false positives per kind of
 * negative.
 */
function evaluateSecrets(detectPii, fixtures) {
  const byKind = {};
  let found = 0;
  let predicted = 0;
  for (const f of fixtures.positives) {
    const spans = detectPii(f.text, { types: ["secret"] });
    predicted += spans.length;
    const hit = spans.some((s) => s.start === f.key.start && s.end === f.key.end);
    if (hit) found += 1;
    byKind[f.kind] ??= { n: 0, found: 0 };
    byKind[f.kind].n += 1;
    if (hit) byKind[f.kind].found += 1;
  }
  const negatives = {};
  let falsePositives = 0;
  for (const f of fixtures.negatives) {
    const n = detectPii(f.text, { types: ["secret"] }).length;
    predicted += n;
    falsePositives += n;
    negatives[f.kind] ??= { n: 0, flagged: 0 };
    negatives[f.kind].n += 1;
    negatives[f.kind].flagged += n;
  }
  const limits = {};
  for (const f of fixtures.limits) {
    limits[f.kind] ??= { n: 0, flagged: 0 };
    limits[f.kind].n += 1;
    limits[f.kind].flagged += detectPii(f.text, { types: ["secret"] }).length;
  }
  const recall = found / fixtures.positives.length;
  const precision = predicted === 0 ? 1 : found / predicted;
  return {
    seed: fixtures.seed,
    positives: fixtures.positives.length,
    negatives: fixtures.negatives.length,
    found,
    falsePositives,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall || 1),
    byKind,
    negativesByKind: negatives,
    limits,
  };
}

/**
 * How often uniformly random strings pass the entropy floor alone, per alphabet size and length: the
 * justification of the floor's slack (src/judges/pii-secret.ts).
 */
function entropyPassRates(shannonEntropy, entropyFloor, random, seed, trials = 20000) {
  const r = random(seed);
  const alphabets = {
    16: ALPHABETS["hex (lower)"],
    36: ALPHABETS["base36 (lower)"],
    62: ALPHABETS.alnum,
    64: ALPHABETS.base64,
  };
  const rows = [];
  for (const [k, alphabet] of Object.entries(alphabets)) {
    for (const n of KEY_LENGTHS) {
      let pass = 0;
      for (let i = 0; i < trials; i++)
        if (shannonEntropy(randomString(r, alphabet, n)) >= entropyFloor(n, Number(k))) pass++;
      rows.push({ k: Number(k), n, floor: entropyFloor(n, Number(k)), pass: pass / trials });
    }
  }
  return rows;
}

const pct = (x) => x.toFixed(3);

function formatPresidio(result) {
  const lines = [
    `Presidio synth_dataset_v2: ${result.sentences} sentences`,
    "type          gold  found | exact P  R      F1     | overlap P  R      F1     | FP on clean | FP overlaps",
  ];
  for (const [type, t] of Object.entries(result.perType)) {
    const { exact: e, overlap: o } = t;
    const fpOn = Object.entries(t.falsePositiveOverlaps)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ");
    lines.push(
      `${type.padEnd(13)} ${String(e.gold).padStart(4)} ${String(e.predicted).padStart(6)} | ` +
        `${pct(e.precision)}   ${pct(e.recall)}  ${pct(e.f1)}  | ` +
        `${pct(o.precision)}     ${pct(o.recall)}  ${pct(o.f1)}  | ${String(t.falsePositivesOnClean).padStart(11)} | ${fpOn || "-"}`,
    );
  }
  const s = result.secret;
  const on = Object.entries(s.overlaps)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  lines.push(`secret detections (the data has no secrets): ${s.detections}${on ? ` (${on})` : ""}`);
  return lines.join("\n");
}

function formatSecrets(result) {
  const lines = [
    `secret fixtures (seed ${result.seed}): ${result.positives} keys, ${result.negatives} negatives`,
    `precision ${pct(result.precision)}  recall ${pct(result.recall)}  F1 ${pct(result.f1)}  ` +
      `(false positives ${result.falsePositives})`,
    "recall by kind of key:",
    ...Object.entries(result.byKind).map(([k, v]) => `  ${k.padEnd(16)} ${v.found}/${v.n}  ${pct(v.found / v.n)}`),
    "secret spans on negatives:",
    ...Object.entries(result.negativesByKind).map(([k, v]) => `  ${k.padEnd(24)} ${v.flagged} in ${v.n}`),
    "known limit (not in the figures above):",
    ...Object.entries(result.limits).map(([k, v]) => `  ${k.padEnd(24)} ${v.flagged} in ${v.n}`),
  ];
  return lines.join("\n");
}

function formatEntropy(rows) {
  const lines = ["entropy floor log2(D(n,k)) - 0.8: share of uniformly random strings that pass"];
  for (const k of [...new Set(rows.map((r) => r.k))]) {
    const cells = rows
      .filter((r) => r.k === k)
      .map((r) => `n=${r.n} ${r.floor.toFixed(2)} ${(100 * r.pass).toFixed(2)}%`);
    lines.push(`  k=${String(k).padEnd(3)} ${cells.join("  ")}`);
  }
  return lines.join("\n");
}

function main(argv) {
  const built = join(__dirname, "..", "dist", "judges", "pii-detect.js");
  if (!existsSync(built)) {
    console.error(`pii-eval: ${built} is missing; run \`npm run build\` first`);
    return 2;
  }
  for (const file of ["pii-detect", "pii-secret"]) {
    const src = join(__dirname, "..", "src", "judges", `${file}.ts`);
    const out = join(__dirname, "..", "dist", "judges", `${file}.js`);
    if (existsSync(src) && (!existsSync(out) || statSync(out).mtimeMs < statSync(src).mtimeMs)) {
      console.error(`pii-eval: warning: dist/judges/${file}.js is older than its source; run \`npm run build\``);
    }
  }
  const { detectPii } = require(built);
  const { shannonEntropy, entropyFloor } = require(join(__dirname, "..", "dist", "judges", "pii-secret.js"));
  const dataset = resolve(argv[0] ?? DEFAULT_DATASET);
  if (existsSync(dataset)) {
    const rows = JSON.parse(readFileSync(dataset, "utf8"));
    console.log(formatPresidio(evaluatePresidio(detectPii, rows)));
  } else {
    console.log(`skipped Presidio: ${dataset} is absent (pass the synth_dataset_v2.json path as the argument)`);
  }
  console.log("");
  const seed = Number(process.env.PII_EVAL_SEED ?? 20240115);
  const { mulberry32 } = require(join(__dirname, "..", "dist", "spec", "shuffle.js"));
  console.log(formatSecrets(evaluateSecrets(detectPii, secretFixtures(seed, mulberry32))));
  console.log("");
  console.log(formatEntropy(entropyPassRates(shannonEntropy, entropyFloor, mulberry32, seed)));
  return 0;
}

module.exports = {
  PRESIDIO_TYPES,
  evaluatePresidio,
  secretFixtures,
  evaluateSecrets,
  entropyPassRates,
  formatPresidio,
  formatSecrets,
  formatEntropy,
};

if (require.main === module) process.exit(main(process.argv.slice(2)));
