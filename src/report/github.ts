import type { Scorecard } from "./scorecard";

/**
 * GitHub Actions workflow commands for the gate's failures: one `::error file=…,line=…,col=…::` per
 * failure, so each shows on the threshold's (or probe's) line of the spec in the pull request's diff.
 * Property values and messages are escaped as the runner requires (%, CR, LF; and , : in properties).
 */
export function githubAnnotations(card: Scorecard): string {
  return card.gate.failures
    .map((f) => {
      const what = f.metric ?? f.probe;
      const title = `trustspec ${f.kind}: ${f.spec} [${f.model}]${what ? ` ${what}` : ""}`;
      return `::error file=${property(f.file)},line=${f.line},col=${f.column},title=${property(title)}::${data(f.message)}\n`;
    })
    .join("");
}

const data = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
