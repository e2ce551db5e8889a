/** Numbers in (0, 1) from a seed: the Park–Miller "minimal standard" generator, for test data that is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16_807) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}
