import { decodeModel, encodeModelProto } from "./onnx-edit";
import { quantizeDynamic } from "./quantize-dynamic";
import { type Q4Options, quantizeQ4 } from "./quantize-q4";
import { convertToFloat16 } from "./to-float16";

/**
 * The variants onnx-community publishes beside `model.onnx`, by transformers.js's dtype name:
 * `model_fp16.onnx`, `model_q4.onnx`, `model_q4f16.onnx`, `model_int8.onnx`, `model_uint8.onnx` and
 * `model_quantized.onnx` (dynamic uint8, the same as uint8).
 */
export type ModelVariant = "fp16" | "q4" | "q4f16" | "int8" | "uint8" | "quantized";
export const MODEL_VARIANTS: readonly ModelVariant[] = ["fp16", "q4", "q4f16", "int8", "uint8", "quantized"];

/** Builds one variant of an encoded float32 model (a decoder or a classifier, any layout's file). */
export function buildModelVariant(bytes: Uint8Array, variant: ModelVariant, q4: Q4Options = {}): Uint8Array {
  const model = decodeModel(bytes);
  switch (variant) {
    case "fp16":
      convertToFloat16(model);
      break;
    case "q4":
      quantizeQ4(model, q4);
      break;
    case "q4f16":
      convertToFloat16(model);
      quantizeQ4(model, q4);
      break;
    case "int8":
      quantizeDynamic(model, "int8");
      break;
    case "uint8":
    case "quantized":
      quantizeDynamic(model, "uint8");
      break;
  }
  return encodeModelProto(model);
}
