import { onnx } from "onnx-proto";

/**
 * A graph file whose one weight lives outside it, in `location` (as ONNX external data says it),
 * encoded with onnx-proto independently of the project's scanner.
 */
export function graphWithExternalWeights(location: string): Uint8Array {
  return onnx.ModelProto.encode({
    irVersion: 8,
    graph: {
      name: "g",
      initializer: [
        {
          name: "w",
          dims: [2],
          dataType: onnx.TensorProto.DataType.FLOAT,
          dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
          externalData: [
            { key: "location", value: location },
            { key: "offset", value: "0" },
            { key: "length", value: "8" },
          ],
        },
      ],
    },
  }).finish();
}
