// Jest's node environment gives each test file its own realm, whose typed-array constructors differ
// from the ones onnxruntime-node's native addon checks against ("A float32 tensor's data must be
// type of function Float32Array()"). This environment hands the outer realm's constructors to the
// test realm (DESIGN.md §7). Test files that run ONNX models opt in with a docblock:
//   /** @jest-environment ./test/support/onnx-environment.js */
const { TestEnvironment } = require("jest-environment-node");

const SHARED = [
  "ArrayBuffer",
  "SharedArrayBuffer",
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
];

class OnnxEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}

module.exports = OnnxEnvironment;
