export interface ReferenceModel {
  readonly config: Record<string, unknown>;
  /** Causal LM: logits for every position of ONE unpadded sequence at positions 0..n-1; [n][vocab_size]. */
  causalLogits(ids: readonly number[]): Float64Array[];
  /** Sequence classifier (BERT): logits [num_labels] for one unpadded sequence; typeIds default all 0. */
  classifierLogits(ids: readonly number[], typeIds?: readonly number[]): Float64Array;
}

export function notAClassifier(modelType: string): never {
  throw new Error(`reference forward: a ${modelType} model has no sequence-classification head`);
}

export function notACausalLm(modelType: string): never {
  throw new Error(`reference forward: a ${modelType} model has no causal LM head`);
}
