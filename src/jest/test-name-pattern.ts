/**
 * Why a -t pattern (Jest's testNamePattern) is not a regular expression as Jest reads it
 * (case-insensitively), with the fix; undefined when it is one. `trustspec run` refuses such a
 * pattern as a usage error; under plain Jest the runner stops with this message. Both the runner and
 * the test framework compile the pattern: unchecked, it was an internal error with a stack.
 */
export function testNamePatternError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, "i");
    return undefined;
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^Invalid regular expression: \/.*\/\w*: /, "") : String(e);
    return `-t ${JSON.stringify(pattern)} is not a regular expression (${why})\n  hint: escape the characters . * + ? ( ) [ ] { } | \\ with a backslash to match them as text, e.g. -t "t/mc \\[candidate\\]"`;
  }
}
