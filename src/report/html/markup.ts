/**
 * Markup for the HTML scorecard, built only from typed fragments (STYLE §12): the {@link html} tag
 * escapes every string it splices — text and attribute values alike — so user text (spec ids,
 * descriptions, cell values, messages) can never become markup, and the only way to get an
 * {@link Html} is through the tag. Numbers spliced into it are SVG coordinates; values shown to a
 * reader go through {@link fixed} (three decimals, "n/a") first.
 */
export class Html {
  private constructor(readonly text: string) {}

  /** The tag behind {@link html}; a static method because only the class may call its constructor. */
  static tag(strings: TemplateStringsArray, ...parts: readonly Part[]): Html {
    let text = strings[0] as string;
    parts.forEach((part, i) => {
      text += render(part) + (strings[i + 1] as string);
    });
    return new Html(text);
  }
}

/** What may be spliced into {@link html}: nothing, false and null render as nothing (for `cond && html\`…\``). */
export type Part = Html | string | number | readonly Part[] | false | null | undefined;

export const html = Html.tag;

function render(part: Part): string {
  if (part instanceof Html) return part.text;
  if (typeof part === "string") return escapeHtml(part);
  if (typeof part === "number") return coordinate(part);
  if (Array.isArray(part)) return part.map(render).join("");
  return "";
}

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** An SVG coordinate: two decimals are below a pixel, and fewer digits keep snapshots readable. */
function coordinate(x: number): string {
  // A NaN coordinate is a charting bug: the charts draw only finite values and label the rest "n/a".
  if (!Number.isFinite(x)) throw new Error(`internal: non-finite SVG coordinate ${x}`);
  return String(Math.round(x * 100) / 100);
}

/** A value for the reader: three decimals, "n/a" when undefined (a metric over no items is NaN). */
export function fixed(x: number): string {
  if (!Number.isFinite(x)) return "n/a";
  const s = x.toFixed(3);
  return s === "-0.000" ? "0.000" : s;
}

/** A change, with its sign. */
export function signed(x: number): string {
  return Number.isFinite(x) && x > 0 ? `+${fixed(x)}` : fixed(x);
}

/** A p-value as the terminal's comparison sentence words it (run/comparisons.ts), so the two can be matched. */
export function pValue(p: number): string {
  if (!Number.isFinite(p)) return "n/a";
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}

/** An estimate as "point [lower, upper]". */
export function interval(e: { readonly point: number; readonly lower: number; readonly upper: number }): string {
  return Number.isFinite(e.lower) && Number.isFinite(e.upper)
    ? `${fixed(e.point)} [${fixed(e.lower)}, ${fixed(e.upper)}]`
    : fixed(e.point);
}
