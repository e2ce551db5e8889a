import fc from "fast-check";
import { float32ToHalves, HALF_MAX, halfToNumber, halvesToFloat32, numberToHalf } from "../../src/model/float16";

describe("float16 bit patterns", () => {
  it("reads the values IEEE 754 gives the landmark patterns", () => {
    expect(halfToNumber(0x3c00)).toBe(1);
    expect(halfToNumber(0xc000)).toBe(-2);
    expect(halfToNumber(0x7bff)).toBe(65504);
    expect(halfToNumber(0x0400)).toBe(2 ** -14);
    expect(halfToNumber(0x0001)).toBe(2 ** -24);
    expect(halfToNumber(0x03ff)).toBe(1023 * 2 ** -24);
    expect(halfToNumber(0x3555)).toBe(0.333251953125);
    expect(halfToNumber(0x7c00)).toBe(Number.POSITIVE_INFINITY);
    expect(halfToNumber(0xfc00)).toBe(Number.NEGATIVE_INFINITY);
    expect(halfToNumber(0x7e00)).toBeNaN();
    expect(Object.is(halfToNumber(0x8000), -0)).toBe(true);
  });

  it("gives every pattern back from its value (all 65,536, NaNs aside)", () => {
    const wrong: number[] = [];
    for (let bits = 0; bits < 65536; bits++) {
      const value = halfToNumber(bits);
      const back = numberToHalf(value);
      if (Number.isNaN(value) ? !Number.isNaN(halfToNumber(back)) : back !== bits) wrong.push(bits);
    }
    expect(wrong).toEqual([]);
  });

  it("converts logits exactly, element by element", () => {
    const bits = Uint16Array.of(0x3c00, 0xbc00, 0x7bff, 0x0001, 0x3555);
    expect(Array.from(halvesToFloat32(bits))).toEqual([1, -1, 65504, 2 ** -24, 0.333251953125]);
  });

  it("rounds to the nearest half, ties to even, and past 65504 to infinity", () => {
    expect(numberToHalf(1 + 2 ** -11)).toBe(0x3c00); // halfway between 1 and the next half: even (1)
    expect(numberToHalf(1 + 3 * 2 ** -11)).toBe(0x3c02); // halfway, the even neighbour is above
    expect(numberToHalf(2 ** -25)).toBe(0x0000); // halfway between 0 and the smallest subnormal
    expect(numberToHalf(3 * 2 ** -25)).toBe(0x0002);
    expect(numberToHalf(65519.99)).toBe(0x7bff);
    expect(numberToHalf(65520)).toBe(0x7c00);
    expect(numberToHalf(-1e9)).toBe(0xfc00);
    expect(numberToHalf(2047.5)).toBe(0x6800); // 2048: the mantissa carries into the exponent
    expect(Array.from(float32ToHalves([0, -0, 1]))).toEqual([0x0000, 0x8000, 0x3c00]);
  });

  it("no other half is nearer to a float than the one it rounds to", () => {
    fc.assert(
      fc.property(fc.float({ min: -HALF_MAX, max: HALF_MAX, noNaN: true }), (x) => {
        const h = numberToHalf(x);
        const error = Math.abs(halfToNumber(h) - x);
        // The neighbours of h in value: the next pattern up and down in magnitude.
        for (const other of [h + 1, h - 1]) {
          if ((other & 0x7fff) >= 0x7c00 || other < 0 || (other & 0x8000) !== (h & 0x8000)) continue;
          const otherError = Math.abs(halfToNumber(other) - x);
          expect(error < otherError || (error === otherError && (h & 1) === 0)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
