import { endianness } from "node:os";
import * as ort from "onnxruntime-node";

const LITTLE_ENDIAN = endianness() === "LE";

/** BigInt as a module constant: under Jest's vm context a global lookup per element is slow (see sampling.ts). */
const toBigInt = BigInt;

/**
 * An int64 tensor of `batch` rows of `width` whole numbers (token ids, attention masks, positions),
 * each row shorter than `width` padded with 0. Whole numbers within ±2³¹ are written as the two 32-bit
 * halves of each element rather than as a BigInt each: generation builds a whole attention mask for
 * every step, and in a cold generation run (64 prompts × 5 samples × 50 tokens on stories260k) its
 * int64 tensors took 20–22 ms this way against 27–30 ms with a BigInt per element (CPU profiles, two
 * of each).
 */
export function int64Tensor(rows: readonly (readonly number[])[], batch: number, width: number): ort.Tensor {
  const data = new BigInt64Array(batch * width);
  const halves = new Int32Array(data.buffer);
  for (let b = 0; b < rows.length; b++) {
    const row = rows[b] as readonly number[];
    for (let i = 0, at = b * width; i < row.length; i++, at++) {
      const v = row[i] as number;
      // (v | 0) === v: a whole number within ±2³¹; its high half is its sign.
      if (LITTLE_ENDIAN && (v | 0) === v) {
        halves[2 * at] = v;
        halves[2 * at + 1] = v >> 31;
      } else data[at] = toBigInt(v);
    }
  }
  return new ort.Tensor("int64", data, [batch, width]);
}
