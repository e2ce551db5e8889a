/**
 * IEEE 754 half precision (binary16) as 16-bit patterns, the form onnxruntime-node gives and takes
 * float16 tensor data in (a Uint16Array; Node 20 has no Float16Array). Both directions are exact:
 * every half is a float32, and a float rounds to the nearest half, ties to even, as hardware does.
 */

/** The largest finite half: 65504. */
export const HALF_MAX = 65504;

let table: Float32Array | undefined;

/** Every half's value, by bit pattern: one lookup per logit instead of bit arithmetic. */
function halfTable(): Float32Array {
  if (table) return table;
  table = new Float32Array(65536);
  for (let bits = 0; bits < 65536; bits++) table[bits] = halfToNumber(bits);
  return table;
}

/** The value of one half bit pattern (exact: a half has 11 significant bits). */
export function halfToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 31) return mantissa === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  return sign * (1024 + mantissa) * 2 ** (exponent - 25);
}

/** Halves to float32, element by element. */
export function halvesToFloat32(bits: Uint16Array): Float32Array {
  const values = halfTable();
  const out = new Float32Array(bits.length);
  for (let i = 0; i < bits.length; i++) out[i] = values[bits[i] as number] as number;
  return out;
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const rest = x - floor;
  if (rest > 0.5) return floor + 1;
  if (rest < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * The half nearest to `x` (ties to even); beyond the largest half, infinity, as a cast does.
 * The scaling by powers of two below is exact in float64, so the only rounding is the one intended.
 */
export function numberToHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  // 65520 is halfway between 65504 and the next (infinite) step: it and above round to infinity.
  if (a >= 65520) return sign | 0x7c00;
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24);
  let exponent = Math.floor(Math.log2(a));
  if (2 ** exponent > a) exponent -= 1;
  else if (2 ** (exponent + 1) <= a) exponent += 1;
  // A mantissa that rounds up to 1024 carries into the exponent, which is the right result.
  const mantissa = roundHalfEven((a / 2 ** exponent - 1) * 1024);
  return sign | (((exponent + 15) << 10) + mantissa);
}

/** Floats to halves, element by element. */
export function float32ToHalves(values: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = numberToHalf(values[i] as number);
  return out;
}
