import type { GenerateTextRequest } from "../../src/model/driver";

/** A greedy generate request: one sample, no top-k/top-p, no stops (the seed is unused at temperature 0). */
export function greedyRequest(prompt: string, maxTokens: number): GenerateTextRequest {
  return { prompt, maxTokens, temperature: 0, topK: 0, topP: 1, samples: 1, seed: 1, stop: [], stopTokenIds: [] };
}

/** A generate request: greedy, one sample, 8 new tokens, no top-k/top-p, no stops, seed 0, unless `over` says otherwise. */
export function generateRequest(prompt: string, over: Partial<GenerateTextRequest> = {}): GenerateTextRequest {
  return {
    prompt,
    maxTokens: 8,
    temperature: 0,
    topK: 0,
    topP: 1,
    samples: 1,
    seed: 0,
    stop: [],
    stopTokenIds: [],
    ...over,
  };
}
