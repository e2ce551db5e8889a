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
  firstEqual(ptr: number, n: number, value: number): number;
  weigh(ptr: number, n: number, top: number, scale: number, out: number): void;
  weights(ptr: number, n: number, top: number, scale: number, out: number): void;
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
  private sumsAt = 0;
  private weightsAt = 0;

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
    const sums = this.sums;
    const blocks = ceil(padded / BLOCK);
    let total = 0;
    for (let b = 0; b < blocks; b++) total += sums[b] as number;
    let y = u * total;
    let before = 0;
    let b = 0;
    while (b < blocks && before + (sums[b] as number) <= y) before += sums[b++] as number;
    if (b === blocks) {
      // Nothing passes u · total (u is 1, or rounding): the last token that weighs anything.
      y = Number.POSITIVE_INFINITY;
      b = blocks - 1;
      while (b > 0 && sums[b] === 0) b--;
    }
    const start = b * BLOCK;
    const count = Math.min(BLOCK, padded - start);
    this.kernel.weights(4 * start, count, top, scale, this.weightsAt);
    const weights = this.weights;
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
    const sumsAt = capacity * 4;
    const weightsAt = sumsAt + (capacity / BLOCK) * 8;
    const buffer = this.memory(ceil((weightsAt + BLOCK * 4) / PAGE));
    this.capacity = capacity;
    this.sumsAt = sumsAt;
    this.weightsAt = weightsAt;
    this.logits = new Float32Array(buffer, 0, capacity);
    this.sums = new Float64Array(buffer, sumsAt, capacity / BLOCK);
    this.weights = new Float32Array(buffer, weightsAt, BLOCK);
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
