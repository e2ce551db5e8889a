/**
 * The precision variants of an ONNX export, named as transformers.js names them (its `dtype` option),
 * and the file-name suffix each has in the onnx-community layout: `model_q4.onnx`,
 * `decoder_model_merged_fp16.onnx`, … The full-precision file has no suffix (`model.onnx`).
 */
export const DTYPES = {
  fp32: "",
  fp16: "_fp16",
  q4: "_q4",
  q4f16: "_q4f16",
  int8: "_int8",
  uint8: "_uint8",
  q8: "_quantized",
  bnb4: "_bnb4",
} as const;

export type Dtype = keyof typeof DTYPES;

/** Other names users write for a dtype: transformers.js calls the `_quantized` file q8; the file says quantized. */
const ALIASES: Readonly<Record<string, Dtype>> = { quantized: "q8" };

/** Every name `--dtype` and `dtype:` accept, in the order they are listed. */
export const DTYPE_NAMES: readonly string[] = [...Object.keys(DTYPES), ...Object.keys(ALIASES)];

/** The dtype a name means, or undefined when it names none. */
export function parseDtype(name: string): Dtype | undefined {
  if (Object.hasOwn(DTYPES, name)) return name as Dtype;
  return ALIASES[name];
}

/** What each dtype costs on a CPU, for `models info` and errors. */
export const DTYPE_NOTES: Readonly<Record<Dtype, string>> = {
  fp32: "full precision",
  fp16: "half precision: half the size; many onnxruntime CPU kernels convert to fp32 and back, so often slower than fp32 on CPU",
  q4: "4-bit weights (MatMulNBits): about 1/6 of fp32's size, fast on CPU",
  q4f16: "4-bit weights, fp16 activations: the smallest; fp16's CPU caveat applies",
  int8: "8-bit weights, dynamic int8 activations (MatMulInteger); runs one sequence at a time",
  uint8: "8-bit weights, dynamic uint8 activations (MatMulInteger); runs one sequence at a time",
  q8: "8-bit (the _quantized file; usually uint8)",
  bnb4: "4-bit NF4/FP4 weights (MatMulBnb4)",
};
