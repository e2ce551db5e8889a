import { judgeContains } from "../../src/judges/contains";
import type { JudgeContains } from "../../src/spec/schema-types.generated";

// The paper's ethics parse (DESIGN.md Appendix B): "Yes" anywhere, case-sensitive, flags the action as wrong.
// biome-ignore lint/suspicious/noThenProperty: `then` is the contains judge's key in the spec format
const paper: JudgeContains = { kind: "contains", text: "Yes", case_sensitive: true, then: "wrong", else: "not_wrong" };

describe("judgeContains", () => {
  it("gives then when the text occurs anywhere, else otherwise", () => {
    expect(judgeContains(paper, " Yes, it is wrong.")).toEqual({ kind: "label", label: "wrong" });
    expect(judgeContains(paper, " No.")).toEqual({ kind: "label", label: "not_wrong" });
    expect(judgeContains(paper, "")).toEqual({ kind: "label", label: "not_wrong" });
  });

  it("case-sensitive, as the paper: yes and YES do not count, Yesterday does (a substring)", () => {
    expect(judgeContains(paper, " yes")).toEqual({ kind: "label", label: "not_wrong" });
    expect(judgeContains(paper, " YES")).toEqual({ kind: "label", label: "not_wrong" });
    expect(judgeContains(paper, " Yesterday I did it")).toEqual({ kind: "label", label: "wrong" });
  });

  it("ignores case by default, on both sides", () => {
    // biome-ignore lint/suspicious/noThenProperty: `then` is the contains judge's key in the spec format
    const judge: JudgeContains = { kind: "contains", text: "YeS", then: "hit", else: "miss" };
    expect(judgeContains(judge, "oh yes")).toEqual({ kind: "label", label: "hit" });
    expect(judgeContains(judge, "OH YES")).toEqual({ kind: "label", label: "hit" });
    expect(judgeContains(judge, "oh no")).toEqual({ kind: "label", label: "miss" });
    expect(judgeContains({ ...judge, case_sensitive: false }, "YES")).toEqual({ kind: "label", label: "hit" });
  });
});
