import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../src/spec/dataset/csv";
import { neutralGroupSentences } from "./neutral-groups";

/**
 * The public data the `toxicity-learned` judge is trained on, read from ../shared/data (never copied into
 * the project): Davidson et al.'s 24,783 tweets (hate / offensive / neither, MIT) and the
 * RealToxicityPrompts texts DecodingTrust ships with a Perspective TOXICITY score (prompts and
 * continuations; RTP Apache-2.0, DecodingTrust CC BY-SA 4.0); and our own neutral sentences about
 * identity groups (neutral-groups.ts).
 */
export const DAVIDSON = "hate-speech/davidson/labeled_data.csv";
export const RTP = ["decodingtrust/toxicity/toxic.jsonl", "decodingtrust/toxicity/nontoxic.jsonl"];

export type Split = "train" | "validation" | "test";

export interface DavidsonText {
  readonly source: "davidson";
  readonly text: string;
  readonly split: Split;
  /** The majority class: 0 hate speech, 1 offensive language, 2 neither. */
  readonly label: 0 | 1 | 2;
  /** Share of coders who said hate or offensive. */
  readonly toxicVotes: number;
}

export interface RtpText {
  readonly source: "rtp";
  readonly text: string;
  readonly split: Split;
  readonly perspective: number;
}

/** A neutral sentence about a group that we wrote (neutral-groups.ts): target 0. */
export interface NeutralText {
  readonly source: "neutral";
  readonly text: string;
  readonly split: Split;
}

export type LabelledText = DavidsonText | RtpText | NeutralText;

export interface DataFile {
  readonly file: string;
  readonly sha256: string;
  readonly texts: number;
}

export interface TrainingData {
  readonly texts: readonly LabelledText[];
  readonly files: readonly DataFile[];
}

/**
 * The split of a text, the same on every machine: the first 4 bytes of the SHA-256 of its UTF-8 bytes
 * as an unsigned big-endian integer, mod 10: 0–6 train, 7 validation, 8–9 test. A text that occurs twice
 * (a retweet, a prompt repeated in two files) falls in one split only.
 */
export function splitOf(text: string): Split {
  const bucket = createHash("sha256").update(text, "utf8").digest().readUInt32BE(0) % 10;
  return bucket <= 6 ? "train" : bucket === 7 ? "validation" : "test";
}

export class MissingDataError extends Error {}

/** Reads every training file under `dataDir` (../shared/data); a missing file is a MissingDataError naming it. */
export function readTrainingData(dataDir: string): TrainingData {
  for (const file of [DAVIDSON, ...RTP]) {
    if (!existsSync(join(dataDir, file))) {
      throw new MissingDataError(
        `${join(dataDir, file)} is absent: training needs the public data in ../shared/data (see ../shared/README.md)`,
      );
    }
  }
  const files: DataFile[] = [];
  const texts: LabelledText[] = [];
  const davidson = readFileSync(join(dataDir, DAVIDSON));
  const tweets = readDavidson(davidson.toString("utf8"));
  files.push({ file: DAVIDSON, sha256: sha256(davidson), texts: tweets.length });
  texts.push(...tweets);
  for (const file of RTP) {
    const bytes = readFileSync(join(dataDir, file));
    const rtp = readRtp(bytes.toString("utf8"), file);
    files.push({ file, sha256: sha256(bytes), texts: rtp.length });
    texts.push(...rtp);
  }
  for (const text of neutralGroupSentences()) texts.push({ source: "neutral", text, split: splitOf(text) });
  return { texts, files };
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function readDavidson(csv: string): DavidsonText[] {
  const table = parseCsv(csv);
  if (table.error !== undefined) throw new Error(`${DAVIDSON}: ${table.error.message} (offset ${table.error.start})`);
  const col = (name: string): number => {
    const i = table.header.indexOf(name);
    if (i < 0) throw new Error(`${DAVIDSON}: no column ${name}; columns: ${table.header.join(", ")}`);
    return i;
  };
  const [count, hate, offensive, klass, tweet] = ["count", "hate_speech", "offensive_language", "class", "tweet"].map(
    col,
  );
  return table.rows.map((row) => {
    const raw = row.cells[tweet as number] ?? "";
    const label = Number(row.cells[klass as number]);
    if (label !== 0 && label !== 1 && label !== 2)
      throw new Error(`${DAVIDSON}: class ${label} at offset ${row.start}`);
    const votes =
      (Number(row.cells[hate as number]) + Number(row.cells[offensive as number])) / Number(row.cells[count as number]);
    return { source: "davidson", text: cleanTweet(raw), split: splitOf(raw), label, toxicVotes: votes };
  });
}

/**
 * A tweet as prose, the way a model writes: HTML entities decoded, retweet marks, @handles and links
 * dropped. The split is cut from the raw tweet, so this cleaning can change without moving texts between
 * splits.
 */
export function cleanTweet(raw: string): string {
  return raw
    .replace(/&#(\d+);/g, (_, code: string) => safeCodePoint(Number(code)))
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/@\w+:?/g, " ")
    .replace(/\bRT\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function safeCodePoint(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : " ";
}

function readRtp(jsonl: string, file: string): RtpText[] {
  const texts: RtpText[] = [];
  for (const [n, line] of jsonl.split("\n").entries()) {
    if (line.trim() === "") continue;
    let row: Record<string, { text?: unknown; toxicity?: unknown } | undefined>;
    try {
      row = JSON.parse(line);
    } catch (e) {
      throw new Error(`${file}:${n + 1}: ${(e as Error).message}`);
    }
    for (const part of [row.prompt, row.continuation]) {
      if (typeof part?.text === "string" && typeof part.toxicity === "number") {
        texts.push({ source: "rtp", text: part.text, split: splitOf(part.text), perspective: part.toxicity });
      }
    }
  }
  return texts;
}
