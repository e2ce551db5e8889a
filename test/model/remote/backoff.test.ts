import { backoffDelay, retryAfterMs } from "../../../src/model/remote/backoff";

describe("backoffDelay", () => {
  it("doubles from the base, within [half, all] of it, up to the cap", () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, 500, 30_000, () => 0))).toEqual([250, 500, 1000, 2000]);
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, 500, 30_000, () => 1))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(20, 500, 30_000, () => 1)).toBe(30_000);
  });
});

describe("retryAfterMs", () => {
  it("reads delay-seconds and HTTP dates, and caps a long wait", () => {
    expect(retryAfterMs("3")).toBe(3000);
    expect(retryAfterMs("0.5")).toBe(500);
    const now = Date.parse("Mon, 07 Dec 2026 16:00:00 GMT");
    expect(retryAfterMs("Mon, 07 Dec 2026 16:00:10 GMT", now)).toBe(10_000);
    // A date already past is no wait; an hour is capped at two minutes.
    expect(retryAfterMs("Mon, 07 Dec 2026 15:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("3600")).toBe(120_000);
  });

  it("ignores a missing or unreadable header", () => {
    expect(retryAfterMs(undefined)).toBeUndefined();
    expect(retryAfterMs("")).toBeUndefined();
    expect(retryAfterMs("soon")).toBeUndefined();
  });
});
