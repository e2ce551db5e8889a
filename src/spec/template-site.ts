import { isScalar } from "yaml";
import type { SpecContext } from "./check-context";
import { scalarOffsets } from "./scalar-offsets";
import { SourceText } from "./source-text";
import type { TemplatePosition } from "./template";
import { locate, nodeAt, type PathSegment } from "./yaml-locate";

/** Where a template's text lives: a scalar in the spec, or a whole partial file. */
export interface TemplateSite {
  readonly file: string;
  readonly source: string;
  /** Length of the file's text: no problem may end past it. */
  readonly fileLength: number;
  /** Template position → offset in `file`. */
  readonly offset: (at: TemplatePosition) => number;
}

/** The site of a template written as a scalar of the spec at `path`. */
export function specSite(ctx: SpecContext, path: PathSegment[], source: string): TemplateSite {
  const node = nodeAt(ctx.yaml, path);
  const toFile = isScalar(node) ? scalarOffsets(ctx.yaml.text, node) : () => locate(ctx.yaml, path).start;
  const text = new SourceText(source);
  return {
    file: ctx.yaml.file,
    source,
    fileLength: ctx.yaml.text.length,
    offset: (at) => toFile(text.offset(at.line, at.column + 1)),
  };
}
