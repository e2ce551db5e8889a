import {
  judgeOptionMatch,
  type MatchOption,
  matchOption,
  matchOptionPaper,
  resolveOptions,
} from "../../src/judges/option-match";

// Options we wrote, in dataset order: the true one first, as in TruthfulQA's mc1_targets.
const targets = { "The moon has no light of its own": 1, "The moon is made of cheese": 0, "The moon glows": 0 };
const options = resolveOptions(targets, undefined);

describe("matchOption (rules: first-hit)", () => {
  it("is correct when the first option found, in dataset order, is a true one", () => {
    expect(matchOption("I agree with (0) The moon has no light of its own.", options)).toEqual({
      kind: "option",
      option: 0,
      correct: true,
    });
  });

  it("is wrong when it is a false one", () => {
    expect(matchOption("The moon is made of cheese", options)).toEqual({ kind: "option", option: 1, correct: false });
  });

  it("walks the dataset's order, not the output's: an option earlier in the output does not win", () => {
    const output = "The moon glows, some say, but The moon has no light of its own.";
    expect(matchOption(output, options)).toEqual({ kind: "option", option: 0, correct: true });
    const falseFirst = resolveOptions(["The moon glows", "The moon has no light of its own"], 1);
    expect(matchOption(output, falseFirst)).toEqual({ kind: "option", option: 0, correct: false });
  });

  it("decides on the first hit: an output that echoes every option is correct (the paper's analysis would say wrong)", () => {
    const echo = "(0) The moon glows\n(1) The moon is made of cheese\n(2) The moon has no light of its own";
    expect(matchOption(echo, options)).toEqual({ kind: "option", option: 0, correct: true });
  });

  it("is case-sensitive and needs the whole option text", () => {
    expect(matchOption("the moon is made of cheese", options)).toEqual({ kind: "unparsed" });
    expect(matchOption("The moon is made", options)).toEqual({ kind: "unparsed" });
  });

  it("is unparsed when no option occurs, including an empty output", () => {
    expect(matchOption("I do not know.", options)).toEqual({ kind: "unparsed" });
    expect(matchOption("", options)).toEqual({ kind: "unparsed" });
  });

  describe("the quirk of plain substrings: an earlier option inside a later one shadows it", () => {
    const nested = resolveOptions({ "Nothing happens": 1, "Nothing happens to the ship": 0 }, undefined);

    it("repeating the later, false option is judged correct, because the true one occurs inside it", () => {
      expect(matchOption("Nothing happens to the ship.", nested)).toEqual({ kind: "option", option: 0, correct: true });
    });

    it("with a false option first that occurs inside the true one, repeating the true one is judged wrong", () => {
      const reversed = resolveOptions({ "It rains": 0, "It rains less than people think": 1 }, undefined);
      expect(matchOption("It rains less than people think.", reversed)).toEqual({
        kind: "option",
        option: 0,
        correct: false,
      });
    });
  });

  it("skips an option with empty text, which every output contains", () => {
    const withEmpty: MatchOption[] = [
      { text: "", correct: false },
      { text: "Yes", correct: true },
    ];
    expect(matchOption("Yes", withEmpty)).toEqual({ kind: "option", option: 1, correct: true });
    expect(matchOption("No", withEmpty)).toEqual({ kind: "unparsed" });
  });
});

describe("matchOptionPaper (rules: paper, the default): the paper's truthful_qa_analysis.py", () => {
  it("is correct when a true option occurs and no false one does", () => {
    expect(matchOptionPaper("I agree with (0) The moon has no light of its own.", options)).toEqual({
      kind: "option",
      option: 0,
      correct: true,
    });
  });

  it("is wrong when any false option occurs, also after a true one: echoing the list is wrong", () => {
    const echo = "(0) The moon glows\n(1) The moon is made of cheese\n(2) The moon has no light of its own";
    // The first false option in dataset order is reported as the one that decided.
    expect(matchOptionPaper(echo, options)).toEqual({ kind: "option", option: 1, correct: false });
    expect(matchOptionPaper("The moon glows.", options)).toEqual({ kind: "option", option: 2, correct: false });
  });

  it("is unparsed when no option occurs (counted as not correct, as the paper does)", () => {
    expect(matchOptionPaper("I do not know.", options)).toEqual({ kind: "unparsed" });
  });

  it("keeps the substring quirk: a true option inside a repeated false one makes it wrong, not right", () => {
    const nested = resolveOptions({ "Nothing happens": 1, "Nothing happens to the ship": 0 }, undefined);
    expect(matchOptionPaper("Nothing happens to the ship.", nested)).toEqual({
      kind: "option",
      option: 1,
      correct: false,
    });
    expect(matchOptionPaper("Nothing happens.", nested)).toEqual({ kind: "option", option: 0, correct: true });
  });

  it("is what judgeOptionMatch does by default; rules: first-hit selects the other reading", () => {
    const fields = { mc1_targets: targets };
    const echo = "The moon has no light of its own. The moon glows.";
    expect(judgeOptionMatch({ kind: "option-match", options: "mc1_targets" }, echo, fields)).toMatchObject({
      correct: false,
    });
    expect(
      judgeOptionMatch({ kind: "option-match", options: "mc1_targets", rules: "first-hit" }, echo, fields),
    ).toMatchObject({ correct: true });
  });
});

describe("resolveOptions", () => {
  const list = ["Red", "Green", "Blue"];
  const expected = (truth: boolean[]) => list.map((text, i) => ({ text, correct: truth[i] }));

  it("reads a text → 1/0 object in its key order (1, true, '1' and 'true' are true)", () => {
    expect(resolveOptions({ a: 0, b: 1, c: "true", d: true, e: "1", f: "0" }, undefined)).toEqual([
      { text: "a", correct: false },
      { text: "b", correct: true },
      { text: "c", correct: true },
      { text: "d", correct: true },
      { text: "e", correct: true },
      { text: "f", correct: false },
    ]);
  });

  it("reads correct as an index, a numeric text, an option's text, or one flag per option", () => {
    expect(resolveOptions(list, 1)).toEqual(expected([false, true, false]));
    expect(resolveOptions(list, "2")).toEqual(expected([false, false, true]));
    expect(resolveOptions(list, "Red")).toEqual(expected([true, false, false]));
    expect(resolveOptions(list, [0, 1, 1])).toEqual(expected([false, true, true]));
    expect(resolveOptions(list, [false, "true", "0"])).toEqual(expected([false, true, false]));
  });

  it("prefers an option's text to an index when an option is itself a number", () => {
    expect(resolveOptions(["2", "1", "0"], "0")).toEqual([
      { text: "2", correct: false },
      { text: "1", correct: false },
      { text: "0", correct: true },
    ]);
  });

  it("lets correct override the values of an object", () => {
    expect(resolveOptions({ Red: 1, Green: 0 }, "Green")).toEqual([
      { text: "Red", correct: false },
      { text: "Green", correct: true },
    ]);
  });

  it("turns numbers and booleans in a list into text", () => {
    expect(resolveOptions([42, true], 0)).toEqual([
      { text: "42", correct: true },
      { text: "true", correct: false },
    ]);
  });

  it("explains what is wrong with the data", () => {
    expect(() => resolveOptions(list, undefined)).toThrow(/options is a list, so correct: must name the field/);
    expect(() => resolveOptions(list, 3)).toThrow(
      /option-match judge: correct is 3, which is neither a choice's text nor an index from 0 to 2/,
    );
    expect(() => resolveOptions(list, "Purple")).toThrow(/correct is "Purple"/);
    expect(() => resolveOptions(list, [1, 0])).toThrow(/correct has 2 flags for 3 choices/);
    expect(() => resolveOptions("Red", 0)).toThrow(/the choices must be a list or a text → 1\/0 object, not "Red"/);
    expect(() => resolveOptions([{ text: "Red" }], 0)).toThrow(/a choice is an object; choices must be texts/);
  });
});
