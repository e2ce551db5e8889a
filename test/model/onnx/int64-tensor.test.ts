import { int64Tensor } from "../../../src/model/onnx/int64-tensor";

/** The reference: a BigInt for every element, 0 where a row is shorter than the width. */
function naive(rows: readonly (readonly number[])[], batch: number, width: number): bigint[] {
  const out: bigint[] = new Array(batch * width).fill(0n);
  rows.forEach((row, b) => {
    row.forEach((v, i) => {
      out[b * width + i] = BigInt(v);
    });
  });
  return out;
}

describe("int64Tensor", () => {
  it("holds every whole number as BigInt would, across the 32-bit boundaries and with short rows padded", () => {
    const rows = [
      [0, 1, -1, 2 ** 31 - 1, -(2 ** 31)],
      [2 ** 31, -(2 ** 31) - 1, 2 ** 40 + 7, -(2 ** 40), Number.MAX_SAFE_INTEGER],
      [-0, 512],
      [],
    ];
    const tensor = int64Tensor(rows, 4, 5);
    expect(tensor.type).toBe("int64");
    expect(tensor.dims).toEqual([4, 5]);
    expect(Array.from(tensor.data as BigInt64Array)).toEqual(naive(rows, 4, 5));
  });

  it("agrees with BigInt on random token ids, masks and positions", () => {
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const rows = Array.from({ length: 16 }, () =>
      Array.from({ length: next() % 40 }, () => (next() % 3 === 0 ? -(next() % 1000) : next() % 152_064)),
    );
    const tensor = int64Tensor(rows, 16, 40);
    expect(Array.from(tensor.data as BigInt64Array)).toEqual(naive(rows, 16, 40));
  });

  it("refuses a number that is not whole, as BigInt does", () => {
    expect(() => int64Tensor([[1.5]], 1, 1)).toThrow(RangeError);
  });
});
