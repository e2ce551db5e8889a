import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ModelError } from "./model-error";

/** What an ONNX file says of itself that the loader needs before onnxruntime opens it. */
export interface OnnxFacts {
  /**
   * The external weight files it refers to (`model.onnx_data`, `model.onnx.data`, several files…): the
   * `location` of every tensor stored outside the graph file, relative to its folder, in file order.
   */
  readonly dataFiles: readonly string[];
  /** Every operator type its graph (and its subgraphs) uses, e.g. `MatMulNBits`, `DynamicQuantizeLinear`. */
  readonly ops: ReadonlySet<string>;
}

/**
 * Reads an ONNX file's external weights and operators without decoding the model: the protobuf is
 * walked field by field with positional reads, and whatever cannot hold a reference or an operator —
 * raw weights, above all — is skipped by its length, so a graph file with gigabytes of weights inside
 * costs a few reads. Walks the graph's nodes and initializers (sparse ones too) and, through node
 * attributes, tensors and subgraphs (the branches of a merged decoder's `If`). Undefined when the file
 * is not a well-formed protobuf (onnxruntime then says what is wrong with it).
 */
export function scanOnnx(onnxPath: string): OnnxFacts | undefined {
  const fd = openSync(onnxPath, "r");
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const known = scanned.get(onnxPath);
    if (known !== undefined && known.size === size && known.mtimeMs === mtimeMs) return known.facts;
    const facts = scan(new FileBytes(fd, size));
    scanned.set(onnxPath, { size, mtimeMs, facts });
    return facts;
  } finally {
    closeSync(fd);
  }
}

/**
 * Scans by path, size and mtime (as model hashes are memoised): one run checks a model's files before
 * Jest starts, fingerprints them and loads them, and each asked for the same walk of a graph with
 * thousands of nodes.
 */
const scanned = new Map<string, { size: number; mtimeMs: number; facts: OnnxFacts | undefined }>();

function scan(bytes: FileBytes): OnnxFacts | undefined {
  try {
    const found: Found = { dataFiles: new Set(), ops: new Set() };
    for (const f of fields(bytes, 0, bytes.size)) if (f.field === MODEL_GRAPH && f.wire === LEN) graph(bytes, f, found);
    return { dataFiles: [...found.dataFiles], ops: found.ops };
  } catch (e) {
    if (e instanceof Malformed) return undefined;
    throw e;
  }
}

/** The external weight files an ONNX file refers to (see {@link OnnxFacts}); undefined when it is not a protobuf. */
export function externalDataFiles(onnxPath: string): string[] | undefined {
  const facts = scanOnnx(onnxPath);
  return facts ? [...facts.dataFiles] : undefined;
}

/** An ONNX file as loading needs it checked: its external weights (paths), and whether it quantizes at run time. */
export interface CheckedOnnx {
  readonly dataFiles: readonly string[];
  /**
   * It quantizes activations at run time (`DynamicQuantizeLinear`, as onnxruntime's `quantize_dynamic`
   * writes int8/uint8 files): one scale over the whole batch makes each sequence's result depend on the
   * others run with it, so such a model must run one sequence at a time.
   */
  readonly quantizesDynamically: boolean;
}

/**
 * One scan of an ONNX file before onnxruntime opens it: MODEL_DATA_MISSING unless every external
 * weight file it refers to is beside it (a download that took `model.onnx` without `model.onnx_data`
 * would otherwise fail inside onnxruntime, read as a corrupt file), and what else loading needs to know.
 */
export function checkOnnxFile(onnxPath: string): CheckedOnnx {
  // Not on disk (the caller's file access is in memory): nothing to check.
  if (!existsSync(onnxPath)) return { dataFiles: [], quantizesDynamically: false };
  const facts = scanOnnx(onnxPath);
  const locations = facts?.dataFiles ?? [];
  const folder = dirname(onnxPath);
  const missing = locations.filter((l) => !existsSync(join(folder, l)));
  if (missing.length > 0) {
    const file = join(folder, missing[0] as string);
    throw new ModelError(
      "MODEL_DATA_MISSING",
      `${basename(onnxPath)} keeps its weights in ${missing.join(", ")}, which ${missing.length === 1 ? "is" : "are"} not in ${folder}`,
      file,
      `download or copy ${missing.length === 1 ? "that file" : "those files"} beside ${basename(onnxPath)}, e.g. huggingface-cli download <repo> --include "onnx/${basename(onnxPath)}*" --local-dir <model folder>`,
    );
  }
  return {
    dataFiles: locations.map((l) => join(folder, l)),
    quantizesDynamically: facts?.ops.has("DynamicQuantizeLinear") ?? false,
  };
}

// Field numbers of onnx.proto3.
const MODEL_GRAPH = 7;
const GRAPH_NODE = 1;
const GRAPH_INITIALIZER = 5;
const GRAPH_SPARSE_INITIALIZER = 15;
const NODE_OP_TYPE = 4;
const NODE_ATTRIBUTE = 5;
const ATTRIBUTE_T = 5;
const ATTRIBUTE_G = 6;
const ATTRIBUTE_TENSORS = 10;
const ATTRIBUTE_GRAPHS = 11;
const SPARSE_VALUES = 1;
const SPARSE_INDICES = 2;
const TENSOR_EXTERNAL_DATA = 13;
const ENTRY_KEY = 1;
const ENTRY_VALUE = 2;

const VARINT = 0;
const I64 = 1;
const LEN = 2;
const I32 = 5;

class Malformed extends Error {}

interface Found {
  readonly dataFiles: Set<string>;
  readonly ops: Set<string>;
}

interface Field {
  readonly field: number;
  readonly wire: number;
  /** A LEN field's bytes. */
  readonly start: number;
  readonly end: number;
}

function graph(bytes: FileBytes, at: Field, found: Found): void {
  for (const f of fields(bytes, at.start, at.end)) {
    if (f.wire !== LEN) continue;
    if (f.field === GRAPH_INITIALIZER) tensor(bytes, f, found);
    else if (f.field === GRAPH_SPARSE_INITIALIZER) {
      for (const s of fields(bytes, f.start, f.end)) {
        if (s.wire === LEN && (s.field === SPARSE_VALUES || s.field === SPARSE_INDICES)) tensor(bytes, s, found);
      }
    } else if (f.field === GRAPH_NODE) {
      for (const n of fields(bytes, f.start, f.end)) {
        if (n.wire !== LEN) continue;
        if (n.field === NODE_ATTRIBUTE) attribute(bytes, n, found);
        else if (n.field === NODE_OP_TYPE) found.ops.add(bytes.text(n.start, n.end));
      }
    }
  }
}

function attribute(bytes: FileBytes, at: Field, found: Found): void {
  for (const f of fields(bytes, at.start, at.end)) {
    if (f.wire !== LEN) continue;
    if (f.field === ATTRIBUTE_T || f.field === ATTRIBUTE_TENSORS) tensor(bytes, f, found);
    else if (f.field === ATTRIBUTE_G || f.field === ATTRIBUTE_GRAPHS) graph(bytes, f, found);
  }
}

function tensor(bytes: FileBytes, at: Field, found: Found): void {
  for (const f of fields(bytes, at.start, at.end)) {
    if (f.field !== TENSOR_EXTERNAL_DATA || f.wire !== LEN) continue;
    let key: string | undefined;
    let value: string | undefined;
    for (const e of fields(bytes, f.start, f.end)) {
      if (e.wire !== LEN) continue;
      if (e.field === ENTRY_KEY) key = bytes.text(e.start, e.end);
      else if (e.field === ENTRY_VALUE) value = bytes.text(e.start, e.end);
    }
    if (key === "location" && value !== undefined) found.dataFiles.add(value);
  }
}

/** The fields of a message between two offsets; LEN fields with their bounds, all others skipped. */
function* fields(bytes: FileBytes, start: number, end: number): Generator<Field> {
  let pos = start;
  while (pos < end) {
    const [tag, afterTag] = varint(bytes, pos);
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (field === 0) throw new Malformed();
    if (wire === VARINT) pos = varint(bytes, afterTag)[1];
    else if (wire === I64) pos = afterTag + 8;
    else if (wire === I32) pos = afterTag + 4;
    else if (wire === LEN) {
      const [length, from] = varint(bytes, afterTag);
      pos = from + length;
      if (pos > end) throw new Malformed();
      yield { field, wire, start: from, end: pos };
    } else throw new Malformed();
  }
  if (pos !== end) throw new Malformed();
}

/** A varint at `pos`: its value (exact up to 2^53) and the offset after it. */
function varint(bytes: FileBytes, pos: number): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    const b = bytes.byte(pos + i);
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, pos + i + 1];
    scale *= 128;
  }
  throw new Malformed();
}

/** A file's bytes by offset, read in 64 KiB blocks (the last few kept). */
class FileBytes {
  private static readonly BLOCK = 64 * 1024;
  private readonly blocks = new Map<number, Buffer>();

  constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  byte(pos: number): number {
    if (pos >= this.size) throw new Malformed();
    const index = Math.floor(pos / FileBytes.BLOCK);
    let block = this.blocks.get(index);
    if (block === undefined) {
      block = Buffer.alloc(Math.min(FileBytes.BLOCK, this.size - index * FileBytes.BLOCK));
      readSync(this.fd, block, 0, block.length, index * FileBytes.BLOCK);
      if (this.blocks.size >= 8) this.blocks.delete(this.blocks.keys().next().value as number);
      this.blocks.set(index, block);
    }
    return block[pos - index * FileBytes.BLOCK] as number;
  }

  text(start: number, end: number): string {
    if (end - start > 4096) throw new Malformed(); // a file name, never weights
    const out = Buffer.alloc(end - start);
    readSync(this.fd, out, 0, out.length, start);
    return out.toString("utf8");
  }
}
