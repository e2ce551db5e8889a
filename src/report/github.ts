import { isAbsolute, relative, resolve, sep } from "node:path";
import type { Scorecard } from "./scorecard";

/** Where a scorecard's spec paths are relative to, and the checkout GitHub resolves annotation paths in. */
export interface AnnotationPaths {
  /** The project root the scorecard's spec files are relative to. */
  readonly root: string;
  /** $GITHUB_WORKSPACE, when set. */
  readonly workspace?: string | undefined;
}

/**
 * GitHub Actions workflow commands for the gate's failures: one `::error file=…,line=…,col=…::` per
 * failure, so each shows on the threshold's (or probe's) line of the spec in the pull request's diff.
 * GitHub reads `file` relative to the repository's checkout ($GITHUB_WORKSPACE), which is not the
 * project root when the project lives in a subfolder: the path is given from the workspace when it
 * is set and holds the spec, else as the scorecard has it. Property values and messages are escaped as
 * the runner requires (%, CR, LF; and , : in properties).
 */
export function githubAnnotations(card: Scorecard, paths: AnnotationPaths): string {
  return card.gate.failures
    .map((f) => {
      const what = f.metric ?? f.probe;
      const title = `trustspec ${f.kind}: ${f.spec} [${f.model}]${what ? ` ${what}` : ""}`;
      return `::error file=${property(inWorkspace(f.file, paths))},line=${f.line},col=${f.column},title=${property(title)}::${data(f.message)}\n`;
    })
    .join("");
}

/** A spec path of the scorecard as GitHub resolves it: from the workspace, when the spec is inside it. */
function inWorkspace(file: string, { root, workspace }: AnnotationPaths): string {
  if (!workspace) return file;
  const path = relative(resolve(workspace), resolve(root, file));
  if (path === "" || path.startsWith(`..${sep}`) || path === ".." || isAbsolute(path)) return file;
  return path.split(sep).join("/");
}

const data = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
