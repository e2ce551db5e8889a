import { uniform } from "../rng";
import type { Graph } from "./onnx-graph";

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

/** A model's named weights, drawn in order from one seed, ready to register in a graph. */
export class WeightSet {
  private readonly source: WeightSource;
  private readonly tensors = new Map<string, { dims: number[]; data: Float32Array }>();

  constructor(seed: number) {
    this.source = new WeightSource(seed);
  }

  /** Adds a tensor of normal values with the given spread (and mean, e.g. 1 for norm weights). */
  add(name: string, dims: number[], std: number, mean = 0): void {
    this.tensors.set(name, {
      dims,
      data: this.source.normal(
        dims.reduce((a, b) => a * b, 1),
        std,
        mean,
      ),
    });
  }

  /** Registers every tensor as an initializer of `g`. */
  register(g: Graph): void {
    for (const [name, w] of this.tensors) g.weight(name, w.dims, w.data);
  }
}
