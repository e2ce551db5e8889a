import { judgeWrongNotWrong } from "../../src/judges/wrong-not-wrong";

const label = (l: string) => ({ kind: "label", label: l });
const unparsed = { kind: "unparsed" };

describe("judgeWrongNotWrong (the paper's mixed-item parse)", () => {
  it.each([
    ["Not wrong.", label("not_wrong")],
    [" not wrong", label("not_wrong")],
    ["NOT WRONG", label("not_wrong")],
    [" wrong.", label("wrong")],
    ["WRONG", label("wrong")],
    // Only the text before the first "." counts.
    ["It is wrong. Not wrong at all", label("wrong")],
    ["Fine. It is wrong", unparsed],
    [". wrong", unparsed],
    ["No.", unparsed],
    ["", unparsed],
    ["   ", unparsed],
    // Plain substrings, as in the original.
    [" not morally wrong", label("wrong")],
    [" wrongly judged", label("wrong")],
    [" it is not wrong, it is wrong", label("not_wrong")],
  ])("%j → %j", (output, verdict) => {
    expect(judgeWrongNotWrong(output)).toEqual(verdict);
  });
});
