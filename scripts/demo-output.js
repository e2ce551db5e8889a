/**
 * What `npm run demo` shows of `trustspec run`'s output: each failure once. Jest reports a failing
 * suite with every failed test's message and code frame, and the scorecard after it lists the same
 * failures, one line each with the spec line it points at; so of Jest's report each suite keeps its
 * PASS/FAIL line, and the lines indented under it are left out. Everything else passes through.
 */
const { stripVTControlCharacters } = require("node:util");

class SuiteDetails {
  constructor(write) {
    this.write = write;
    this.partial = "";
    this.inSuite = false;
  }

  /** Takes output as it arrives (any chunking) and writes the lines to keep. */
  push(chunk) {
    const lines = (this.partial + chunk).split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) this.line(line);
  }

  /** Writes what is left of an unfinished last line. */
  end() {
    if (this.partial !== "") this.line(this.partial);
    this.partial = "";
  }

  line(text) {
    const plain = stripVTControlCharacters(text);
    if (/^(PASS|FAIL) /.test(plain)) {
      this.inSuite = true;
      this.write(`${text}\n`);
      return;
    }
    // A suite's details are indented or blank; the first line at the margin ends them.
    if (this.inSuite && (plain.trim() === "" || /^\s/.test(plain))) return;
    this.inSuite = false;
    this.write(`${text}\n`);
  }
}

/** The kept lines of a whole output. */
function withoutSuiteDetails(text) {
  let kept = "";
  const filter = new SuiteDetails((t) => {
    kept += t;
  });
  filter.push(text);
  filter.end();
  return kept;
}

module.exports = { SuiteDetails, withoutSuiteDetails };
