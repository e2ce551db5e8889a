/** Line and column lookups for a file's text; lines and columns are 1-based. */
export interface LineCol {
  readonly line: number;
  readonly col: number;
}

export class SourceText {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** Line and column of an offset; offsets past the end land on the last position. */
  position(offset: number): LineCol {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: at - (this.lineStarts[lo] as number) + 1 };
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, col: number): number {
    const start = this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))] as number;
    return Math.min(this.text.length, start + Math.max(0, col - 1));
  }

  /** The text of a 1-based line, without its line break. */
  line(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}
