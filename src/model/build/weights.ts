import { uniform } from "../rng";

/**
 * Seeded random weights for the models the project builds: the same (seed, stream) always gives
 * the same tensor, on any machine. Normal values come from Box-Muller over the counter-based
 * generator, so no state is carried between tensors.
 */
export function normalWeights(seed: number, stream: number, count: number, std: number, mean = 0): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i += 2) {
    // 1 - u keeps the logarithm's argument in (0, 1].
    const u1 = 1 - uniform(seed, stream, i);
    const u2 = uniform(seed, stream, i + 1);
    const r = Math.sqrt(-2 * Math.log(u1)) * std;
    out[i] = mean + r * Math.cos(2 * Math.PI * u2);
    if (i + 1 < count) out[i + 1] = mean + r * Math.sin(2 * Math.PI * u2);
  }
  return out;
}

/** Hands out consecutive streams for one model's tensors, so adding a tensor never reshuffles others. */
export class WeightSource {
  private stream = 0;
  constructor(readonly seed: number) {}

  normal(count: number, std: number, mean = 0): Float32Array {
    this.stream += 1;
    return normalWeights(this.seed, this.stream, count, std, mean);
  }
}
