/** One CSV record: the offset where it begins in the text, and its cells. */
export interface CsvRow {
  readonly start: number;
  readonly cells: string[];
}

export interface CsvError {
  readonly message: string;
  /** Offset of the character the error is about. */
  readonly start: number;
}

export interface CsvTable {
  /** The first record; empty when the text holds no records. */
  readonly header: string[];
  /** Offset where the header begins (after a byte order mark). */
  readonly headerStart: number;
  /** The records after the header; on an error, those read before it. */
  readonly rows: CsvRow[];
  readonly error?: CsvError;
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Parses RFC 4180 CSV: fields separated by commas, records by CRLF or LF (a lone CR too),
 * quoted fields with `""` escapes and embedded commas and line breaks. A leading byte order mark is
 * skipped and blank lines are ignored. Parsing stops at the first error; offsets index `text` as given.
 */
export function parseCsv(text: string): CsvTable {
  const records: CsvRow[] = [];
  const end = text.length;
  const bodyStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let i = bodyStart;

  const finish = (error?: CsvError): CsvTable => {
    const [first, ...rows] = records;
    return {
      header: first?.cells ?? [],
      headerStart: first?.start ?? bodyStart,
      rows,
      ...(error !== undefined ? { error } : {}),
    };
  };

  while (i < end) {
    const start = i;
    const first = text.charCodeAt(i);
    if (first === LF || first === CR) {
      i += first === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      continue;
    }
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        const open = i;
        let cell = "";
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close < 0) {
            return finish({
              message:
                "quoted field is never closed: a line break inside quotes continues the field to the end of the file",
              start: open,
            });
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            cell += text.slice(from, close + 1);
            from = close + 2;
            continue;
          }
          cell += text.slice(from, close);
          i = close + 1;
          break;
        }
        const after = text.charCodeAt(i);
        if (i < end && after !== COMMA && after !== LF && after !== CR) {
          return finish({
            message: `unexpected ${JSON.stringify(text[i])} after a closing quote: a quote inside a quoted field is written ""`,
            start: i,
          });
        }
        cells.push(cell);
      } else {
        let j = i;
        for (; j < end; j++) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) {
            return finish({
              message: 'stray quote in an unquoted field: quote the whole field and write the quote as ""',
              start: j,
            });
          }
        }
        cells.push(text.slice(i, j));
        i = j;
      }
      const next = text.charCodeAt(i);
      if (next === COMMA) {
        i++;
        continue;
      }
      if (next === CR) i += text.charCodeAt(i + 1) === LF ? 2 : 1;
      else if (next === LF) i++;
      break;
    }
    const header = records[0];
    if (header !== undefined && cells.length !== header.cells.length) {
      return finish({
        message: `row has ${cells.length} ${cells.length === 1 ? "cell" : "cells"}, expected ${header.cells.length} as in the header`,
        start,
      });
    }
    records.push({ start, cells });
  }
  return finish();
}
