import { VOCABULARY_KERNEL } from "./vocabulary-kernel.generated";
import { BLOCK } from "./vocabulary-wat";

/** The part of the WebAssembly API used here (the project compiles without the DOM's types). */
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: unknown };
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
};

interface KernelExports {
  top(ptr: number, n: number): number;
  topBlocks(ptr: number, n: number, out: number): number;
  firstEqual(ptr: number, n: number, value: number): number;
  weigh(ptr: number, n: number, top: number, scale: number, out: number): void;
  weights(ptr: number, n: number, top: number, scale: number, out: number): void;
  weighKeep(ptr: number, n: number, top: number, scale: number, sumsOut: number, out: number): void;
  above(
    logits: number,
    ptr: number,
    n: number,
    suffix: number,
    tops: number,
    v: number,
    tieEnd: number,
    limit: number,
    slack: number,
  ): number;
}

/** Module constants: in Jest's vm context each lookup of a global in a loop is slow (see sampling.ts). */
const { ceil, fround, LOG2E } = Math;
const MINUS_INFINITY = Number.NEGATIVE_INFINITY;
const PAGE = 65_536;

/**
 * One row of logits at a time in the kernel's memory (vocabulary-wat.ts), read as float32 (what a
 * model's logits are; a float16 model's are widened to float32 before this). The memory grows to
 * the largest row seen and stays: a row is copied in (0.1 ms for 8 rows of 151,936), then read by
 * the kernel's passes.
 */
class VocabularyKernel {
  private readonly module = new WebAssembly.Module(Buffer.from(VOCABULARY_KERNEL, "base64"));
  private kernel: KernelExports = this.instantiate(1);
  /** Tokens the memory holds: a multiple of BLOCK. */
  private capacity = 0;
  private logits = new Float32Array(0);
  private sums = new Float64Array(0);
  private weights = new Float32Array(0);
  /** Every token's weight and the sums of the blocks from each to the end (weighKeep's). */
  private kept = new Float32Array(0);
  private suffix = new Float64Array(0);
  private sumsAt = 0;
  private weightsAt = 0;
  private keptAt = 0;
  /** Each block's highest logit (topBlocks's). */
  private blockTopsAt = 0;
  private suffixAt = 0;

  /**
   * The first `n` logits of a row in memory, padded with minus infinity to a multiple of 16 (the
   * kernel's step), which weighs nothing and is never the top; returns that multiple.
   */
  load(row: ArrayLike<number>, n: number): number {
    const padded = ceil(n / 16) * 16;
    this.reserve(padded);
    const logits = this.logits;
    if (ArrayBuffer.isView(row)) logits.set((row as unknown as Float32Array).subarray(0, n));
    else for (let i = 0; i < n; i++) logits[i] = row[i] as number;
    logits.fill(MINUS_INFINITY, n, padded);
    return padded;
  }

  /** The highest logit loaded (NaN aside; minus infinity when there is none). */
  top(padded: number): number {
    return this.kernel.top(0, padded);
  }

  /** {@link top}, also noting each block's highest logit, which {@link weighKept} needs. */
  topOfBlocks(padded: number): number {
    return this.kernel.topBlocks(0, padded, this.blockTopsAt);
  }

  /** The first of the `n` logits loaded equal to `value`, or -1. */
  firstEqual(n: number, value: number): number {
    const at = this.kernel.firstEqual(0, ceil(n / 16) * 16, value);
    return at < n ? at : -1;
  }

  /**
   * The first token, in id order, where the running sum of weights 2^-(top − logit)·log2(e)/T
   * (vocabulary-wat.ts) exceeds u times their total (u in [0, 1]; past the end, the last token
   * that weighs anything). The total is the sum of the blocks' sums, and the walk adds blocks'
   * sums until the next would pass u · total, then that block's weights one by one: where
   * float32 rounding makes the block's sum and its weights' running sum differ (by about 1e-7 of
   * the block), the last weighing token of the block takes up the difference.
   */
  sample(padded: number, top: number, temperature: number, u: number): number {
    const scale = fround(LOG2E / temperature);
    this.kernel.weigh(0, padded, top, scale, this.sumsAt);
    return this.walk(padded, u * this.total(padded), (start, count) => {
      this.kernel.weights(4 * start, count, top, scale, this.weightsAt);
      return this.weights;
    });
  }

  /**
   * Weighs the row as {@link sample} does, keeping every weight, for {@link pickKept} and
   * {@link keptAbove}; returns the total.
   */
  weighKept(padded: number, top: number, temperature: number): number {
    const scale = fround(LOG2E / temperature);
    this.kernel.weighKeep(0, padded, top, scale, this.sumsAt, this.keptAt);
    const blocks = ceil(padded / BLOCK);
    const sums = this.sums;
    const suffix = this.suffix;
    suffix[blocks] = 0;
    for (let b = blocks - 1; b >= 0; b--) suffix[b] = (suffix[b + 1] as number) + (sums[b] as number);
    return this.total(padded);
  }

  /** {@link sample}'s pick at u, from the weights {@link weighKept} kept (the same token). */
  pickKept(padded: number, u: number, total: number): number {
    const kept = this.kept;
    return this.walk(padded, u * total, (start, count) => kept.subarray(start, start + count));
  }

  /** The logits loaded, padding included, and the weights {@link weighKept} gave them (views: valid until the next row). */
  keptRow(padded: number): { logits: Float32Array; weights: Float32Array } {
    return { logits: this.logits.subarray(0, padded), weights: this.kept.subarray(0, padded) };
  }

  /**
   * Whether the kept weights of the logits above `v` (and of those equal to it before `tieEnd`),
   * summed block by block in the kernel's order and the blocks in id order, come to less than
   * `limit` (vocabulary-wat.ts's `above`; `slack` bounds the float64 rounding of sums of block
   * sums). Needs {@link topOfBlocks} and {@link weighKept} on this row.
   */
  keptAbove(padded: number, v: number, tieEnd: number, limit: number, slack: number): boolean {
    return this.kernel.above(0, this.keptAt, padded, this.suffixAt, this.blockTopsAt, v, tieEnd, limit, slack) === 1;
  }

  /** The sum of the block sums the last weighing wrote, in block order. */
  private total(padded: number): number {
    const sums = this.sums;
    const blocks = ceil(padded / BLOCK);
    let total = 0;
    for (let b = 0; b < blocks; b++) total += sums[b] as number;
    return total;
  }

  /**
   * The first token, in id order, where the running sum of weights exceeds y: whole blocks' sums
   * until the next would pass y, then that block's weights (`blockWeights(start, count)`) one by one.
   * Past the end (y is the total, or rounding), the last token that weighs anything.
   */
  private walk(padded: number, y: number, blockWeights: (start: number, count: number) => Float32Array): number {
    const sums = this.sums;
    const blocks = ceil(padded / BLOCK);
    let before = 0;
    let b = 0;
    while (b < blocks && before + (sums[b] as number) <= y) before += sums[b++] as number;
    if (b === blocks) {
      y = Number.POSITIVE_INFINITY;
      b = blocks - 1;
      while (b > 0 && sums[b] === 0) b--;
    }
    const start = b * BLOCK;
    const count = Math.min(BLOCK, padded - start);
    const weights = blockWeights(start, count);
    let last = 0;
    for (let j = 0; j < count; j++) {
      const w = weights[j] as number;
      if (w === 0) continue;
      last = j;
      before += w;
      if (before > y) return start + j;
    }
    return start + last;
  }

  /** A row's top, weights and block sums at this temperature, as {@link sample} reads them (for checking the kernel). */
  weighRow(
    row: ArrayLike<number>,
    n: number,
    temperature: number,
  ): { top: number; weights: Float32Array; blocks: Float64Array } {
    const padded = this.load(row, n);
    const top = this.top(padded);
    const scale = fround(LOG2E / temperature);
    this.kernel.weigh(0, padded, top, scale, this.sumsAt);
    const blocks = this.sums.slice(0, ceil(padded / BLOCK));
    const weights = new Float32Array(padded);
    for (let start = 0; start < padded; start += BLOCK) {
      const count = Math.min(BLOCK, padded - start);
      this.kernel.weights(4 * start, count, top, scale, this.weightsAt);
      weights.set(this.weights.subarray(0, count), start);
    }
    return { top, weights, blocks };
  }

  private reserve(padded: number): void {
    if (padded <= this.capacity) return;
    const capacity = ceil(padded / BLOCK) * BLOCK;
    const blocks = capacity / BLOCK;
    // logits | block sums | one block's weights | kept weights | block tops | suffix sums
    const sumsAt = capacity * 4;
    const weightsAt = sumsAt + blocks * 8;
    const keptAt = weightsAt + BLOCK * 4;
    const blockTopsAt = keptAt + capacity * 4;
    const suffixAt = blockTopsAt + ceil(blocks / 2) * 8;
    const buffer = this.memory(ceil((suffixAt + (blocks + 1) * 8) / PAGE));
    this.capacity = capacity;
    this.sumsAt = sumsAt;
    this.weightsAt = weightsAt;
    this.keptAt = keptAt;
    this.blockTopsAt = blockTopsAt;
    this.suffixAt = suffixAt;
    this.logits = new Float32Array(buffer, 0, capacity);
    this.sums = new Float64Array(buffer, sumsAt, blocks);
    this.weights = new Float32Array(buffer, weightsAt, BLOCK);
    this.kept = new Float32Array(buffer, keptAt, capacity);
    this.suffix = new Float64Array(buffer, suffixAt, blocks + 1);
  }

  /**
   * A new instance on a new memory of `pages`, rather than growing the old one: growing detaches
   * the memory's ArrayBuffer, and once any ArrayBuffer has been detached V8 checks for detachment
   * on every typed-array read in compiled code, for good — every loop over logits in the process
   * was measured 25–40% slower after the first growth.
   */
  private memory(pages: number): ArrayBuffer {
    const memory = new WebAssembly.Memory({ initial: pages });
    this.kernel = this.instantiate(pages, memory);
    return memory.buffer;
  }

  private instantiate(pages: number, memory = new WebAssembly.Memory({ initial: pages })): KernelExports {
    return new WebAssembly.Instance(this.module, { kernel: { memory } }).exports as KernelExports;
  }
}

let shared: VocabularyKernel | undefined;

/** The process's kernel, compiled on first use (about 1 ms). */
export function vocabularyKernel(): VocabularyKernel {
  shared ??= new VocabularyKernel();
  return shared;
}
