import { modelKey } from "../../src/run/model-key";

describe("modelKey", () => {
  it("tells apart one folder's variants and devices, and is the folder itself for fp32 on the CPU", () => {
    const dir = "/models/base";
    const keys = [
      modelKey({ dir }),
      modelKey({ dir, dtype: "q4" }),
      modelKey({ dir, device: { provider: "cuda", deviceId: 0 } }),
      modelKey({ dir, device: { provider: "cuda", deviceId: 1 } }),
      modelKey({ dir, dtype: "q4", device: { provider: "cuda", deviceId: 0 } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys[0]).toBe(dir);
    expect(modelKey({ dir, dtype: "fp32" })).toBe(dir);
  });
});
