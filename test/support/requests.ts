import type { GenerateTextRequest } from "../../src/model/driver";

/** A greedy generate request: one sample, no top-k/top-p, no stops (the seed is unused at temperature 0). */
export function greedyRequest(prompt: string, maxTokens: number): GenerateTextRequest {
  return { prompt, maxTokens, temperature: 0, topK: 0, topP: 1, samples: 1, seed: 1, stop: [], stopTokenIds: [] };
}
