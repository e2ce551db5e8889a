/**
 * One forward step of a causal LM, independent of the runtime that executes it: what the
 * generation and scoring loops need from a decoder (implemented by onnx/decoder.ts).
 */

/** The cache a decoder returns, passed back on the next step; its contents belong to the decoder. */
export interface KvCache {
  /** Positions it holds. */
  readonly length: number;
  /** Bytes of memory its tensors hold. */
  readonly bytes: number;
}

export interface DecoderStep {
  /** [batch][seq] token ids; rows of one step have the same length (pad left under the mask). */
  readonly inputIds: readonly (readonly number[])[];
  /** [batch][past + seq]: 1 for real tokens, 0 for padding. */
  readonly attentionMask: readonly (readonly number[])[];
  /** [batch][seq]; needed by exports that take position_ids. */
  readonly positionIds?: readonly (readonly number[])[];
  readonly cache?: KvCache;
  /**
   * False when nothing continues from this step (a scored continuation's last pass): the decoder
   * then returns no cache and need not copy it out of the runtime. Default true.
   */
  readonly keepCache?: boolean;
}

export interface DecoderOutput {
  /** [batch, seq, width] logits, row-major. */
  readonly logits: Float32Array;
  readonly batch: number;
  readonly seq: number;
  /** Logits per position; may exceed the tokenizer's vocabulary (padding, e.g. Pythia's 50,304). */
  readonly width: number;
  /** The cache after this step; undefined for an export without one, or when the step did not keep it. */
  readonly cache: KvCache | undefined;
}

export interface StepDecoder {
  /** Whether the export keeps a KV cache (otherwise every step feeds the whole sequence). */
  readonly hasCache: boolean;
  /** Whether positions are given explicitly; if not, the model counts them from the sequence start. */
  readonly takesPositionIds: boolean;
  step(input: DecoderStep): Promise<DecoderOutput>;
  /** A cache holding the given rows of another (a row may repeat): one prompt, several samples. */
  gatherCache(cache: KvCache, rows: readonly number[]): KvCache;
  /**
   * A cache of rows taken from several caches, each left-padded to `length` positions: the padding
   * holds zeros, which the caller masks (so only exports that take position_ids can read a padded
   * row). It is read by the next step alone, and may share memory with the last one joined (so it is
   * valid until the next join).
   */
  joinCaches(rows: readonly { readonly cache: KvCache; readonly row: number }[], length: number): KvCache;
}

/** The logits of one position of one batch row. */
export function logitsAt(out: DecoderOutput, row: number, position: number): Float32Array {
  const start = (row * out.seq + position) * out.width;
  return out.logits.subarray(start, start + out.width);
}
