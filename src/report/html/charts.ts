import type { Estimate } from "../../metrics/estimate";
import { fixed, type Html, html, type Part } from "./markup";

/**
 * The scorecard's inline SVG charts: pure functions from values to markup, with no ids, scripts or
 * external references, so any number of them can sit in one self-contained page. Every chart has a
 * <title> and prints its values as text, so it reads without colour; colour only tells models apart.
 */

/** How one model is drawn in every chart of the page. */
export interface SeriesStyle {
  readonly colour: string;
  /** An SVG stroke-dasharray ("" for solid), so lines of different models differ without colour too. */
  readonly dash: string;
}

/** Okabe–Ito colours: distinguishable under the common colour-vision deficiencies. */
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3"];

export function seriesStyle(index: number): SeriesStyle {
  return { colour: COLOURS[index % COLOURS.length] as string, dash: DASHES[index % DASHES.length] as string };
}

const CHAR = 7; // approximate width of a 12px character, to size label columns
const BOLD_CHAR = 7.5; // the same in bold (a failed row's note)
const width = (labels: readonly string[], min: number, max: number) =>
  Math.min(max, Math.max(min, 14 + CHAR * Math.max(0, ...labels.map((l) => [...l].length))));

function svg(w: number, h: number, title: string, body: Part): Html {
  return html`<svg class="chart" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img"><title>${title}</title>${body}</svg>`;
}

const dash = (style: SeriesStyle) => (style.dash ? html` stroke-dasharray="${style.dash}"` : "");

function pointList(points: readonly (readonly [number, number])[]): Html {
  return html`${points.map(([x, y], i) => html`${i > 0 ? " " : ""}${x},${y}`)}`;
}

/** A tick label: as short as the value allows ("0", "0.25"). */
const tick = (v: number) => String(Number(v.toFixed(3)));

/** A linear axis [lo, hi] with its ticks. */
interface Domain {
  readonly lo: number;
  readonly hi: number;
  readonly ticks: readonly number[];
}

const UNIT: Domain = { lo: 0, hi: 1, ticks: [0, 0.25, 0.5, 0.75, 1] };

/** [0, 1] when every value is in it (rates, shares, scores); otherwise from min(0, smallest) to the largest. */
export function domainOf(values: readonly number[]): Domain {
  const finite = values.filter(Number.isFinite);
  if (finite.every((v) => v >= 0 && v <= 1)) return UNIT;
  const lo = Math.min(0, ...finite);
  const top = Math.max(...finite);
  const hi = top > lo ? top : lo + 1;
  return { lo, hi, ticks: [0, 1, 2, 3, 4].map((k) => lo + ((hi - lo) * k) / 4) };
}

/** Vertical grid lines with their labels, between y0 and y1, labels below y1. */
function axis(domain: Domain, x: (v: number) => number, y0: number, y1: number): Html {
  return html`${domain.ticks.map(
    (t) =>
      html`<g class="tick"><line x1="${x(t)}" x2="${x(t)}" y1="${y0}" y2="${y1}"/><text x="${x(t)}" y="${y1 + 14}" text-anchor="middle">${tick(t)}</text></g>`,
  )}`;
}

export interface RadarSeries {
  readonly name: string;
  readonly style: SeriesStyle;
  /** Per axis, the score in [0, 1] (clamped when drawn); undefined where the model has none. */
  readonly values: readonly (number | undefined)[];
}

/**
 * A radar of scores in [0, 1], for three axes or more: grid rings at 0.25, 0.5, 0.75 and 1, one
 * polygon per series — a vertex's distance from the centre is its score times the radius — and a
 * legend. A missing score is drawn at the centre with a hollow marker.
 */
export function radarChart(title: string, axes: readonly string[], series: readonly RadarSeries[]): Html {
  const [cx, cy, radius] = [270, 180, 140];
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;
  const at = (i: number, r: number) =>
    [cx + radius * r * Math.cos(angle(i)), cy + radius * r * Math.sin(angle(i))] as const;
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  // The legend starts below the lowest axis label (with an odd number of axes, the bottom is not at the radius).
  const legendTop = Math.max(cy + radius * 0.25, ...axes.map((_, i) => at(i, 1.12)[1])) + 36;
  const rings = [0.25, 0.5, 0.75, 1].map(
    (r) =>
      html`<polygon class="ring" data-r="${r}" points="${pointList(axes.map((_, i) => at(i, r)))}"/><text class="ring-label" x="${cx + 4}" y="${cy - radius * r - 3}">${tick(r)}</text>`,
  );
  const spokes = axes.map((name, i) => {
    const [x, y] = at(i, 1);
    const [lx, ly] = at(i, 1.12);
    const cos = Math.cos(angle(i));
    const anchor = cos > 0.1 ? "start" : cos < -0.1 ? "end" : "middle";
    return html`<line class="spoke" x1="${cx}" y1="${cy}" x2="${x}" y2="${y}"/><text class="axis-label" x="${lx}" y="${ly + 4}" text-anchor="${anchor}">${name}</text>`;
  });
  const polygons = series.map((s) => {
    const vertices = s.values.map((v, i) => at(i, v === undefined ? 0 : clamp(v)));
    const markers = s.values.map((v, i) => {
      const [x, y] = vertices[i] as readonly [number, number];
      const fill = v === undefined ? "#fff" : s.style.colour;
      return html`<circle cx="${x}" cy="${y}" r="3.5" fill="${fill}" stroke="${s.style.colour}"><title>${s.name} · ${axes[i] ?? ""}: ${v === undefined ? "no score" : fixed(v)}</title></circle>`;
    });
    return html`<g class="series"><polygon class="series" data-model="${s.name}" points="${pointList(vertices)}" fill="${s.style.colour}" fill-opacity="0.12" stroke="${s.style.colour}" stroke-width="2"${dash(s.style)}/>${markers}</g>`;
  });
  const legend = series.map((s, i) => {
    const y = legendTop + 18 * i;
    return html`<g class="legend"><line x1="20" x2="50" y1="${y}" y2="${y}" stroke="${s.style.colour}" stroke-width="3"${dash(s.style)}/><text x="58" y="${y + 4}">${s.name}</text></g>`;
  });
  return svg(cx * 2, legendTop + 18 * series.length, title, [rings, spokes, polygons, legend]);
}

export interface ScoreBar {
  readonly name: string;
  readonly style: SeriesStyle;
  readonly value: number | undefined;
}

/** Scores in [0, 1] as labelled horizontal bars, grouped: the radar's stand-in for fewer than three axes. */
export function scoreBars(title: string, groups: readonly { label: string; bars: readonly ScoreBar[] }[]): Html {
  const labelWidth = width(
    groups.flatMap((g) => g.bars.map((b) => b.name)),
    80,
    220,
  );
  const [plot, row, top] = [320, 22, 8];
  const x = (v: number) => labelWidth + 10 + plot * Math.min(1, Math.max(0, v));
  let y = top;
  const body = groups.map((g) => {
    const heading = html`<text class="group-label" x="8" y="${y + 14}">${g.label}</text>`;
    y += row;
    const bars = g.bars.map((b) => {
      const at = y;
      y += row;
      const bar =
        b.value === undefined
          ? ""
          : html`<rect x="${x(0)}" y="${at + 4}" width="${x(b.value) - x(0)}" height="${row - 8}" fill="${b.style.colour}"/>`;
      return html`<g class="bar"><text x="${labelWidth}" y="${at + 15}" text-anchor="end">${b.name}</text>${bar}<text x="${x(1) + 8}" y="${at + 15}">${b.value === undefined ? "n/a" : fixed(b.value)}</text></g>`;
    });
    return html`${heading}${bars}`;
  });
  const bottom = y + 4;
  return svg(labelWidth + plot + 80, bottom + 22, title, [axis(UNIT, x, top, bottom), body]);
}

export interface IntervalRow {
  readonly label: string;
  readonly style: SeriesStyle;
  /** Undefined when the model has no value (its suite could not evaluate). */
  readonly estimate: Estimate | undefined;
  /** Printed right of the plot: the value, n and verdict, or why there is none. */
  readonly note: string;
  readonly tooltip: string;
  readonly failed: boolean;
}

export interface Threshold {
  readonly kind: "min" | "max";
  readonly value: number;
}

/**
 * One metric across models: per row, the point as a bar (from 0, or the axis start) ending in a dot,
 * the interval as an error bar, and each threshold as a vertical line labelled with its value.
 */
export function intervalChart(title: string, rows: readonly IntervalRow[], thresholds: readonly Threshold[]): Html {
  const estimates = rows.flatMap((r) => (r.estimate ? [r.estimate.point, r.estimate.lower, r.estimate.upper] : []));
  const domain = domainOf([...estimates, ...thresholds.map((t) => t.value)]);
  const labelWidth = width(
    rows.map((r) => r.label),
    80,
    220,
  );
  const [plot, row, top] = [320, 24, 22];
  // Wide enough for the longest note, bold when failed: a corrected figure's gives two intervals.
  const notes = Math.max(280, 10 + Math.ceil(BOLD_CHAR * Math.max(0, ...rows.map((r) => [...r.note].length))));
  const x = (v: number) => labelWidth + 10 + (plot * (v - domain.lo)) / (domain.hi - domain.lo);
  const base = x(domain.lo <= 0 && domain.hi >= 0 ? 0 : domain.lo);
  const bottom = top + row * rows.length;
  const body = rows.map((r, i) => {
    const mid = top + row * i + row / 2;
    const e = r.estimate;
    const point = e && Number.isFinite(e.point) ? x(e.point) : undefined;
    const bar =
      point === undefined
        ? ""
        : html`<rect class="bar" x="${Math.min(base, point)}" y="${mid - 6}" width="${Math.abs(point - base)}" height="12" fill="${r.style.colour}" fill-opacity="0.3"/>`;
    const error =
      e && Number.isFinite(e.lower) && Number.isFinite(e.upper)
        ? html`<path class="interval" d="M${x(e.lower)} ${mid}H${x(e.upper)}M${x(e.lower)} ${mid - 5}v10M${x(e.upper)} ${mid - 5}v10" stroke="${r.style.colour}" stroke-width="1.5"/>`
        : "";
    const dot =
      point === undefined ? "" : html`<circle class="point" cx="${point}" cy="${mid}" r="4" fill="${r.style.colour}"/>`;
    return html`<g class="row${r.failed ? " failed" : ""}"><title>${r.tooltip}</title><text x="${labelWidth}" y="${mid + 4}" text-anchor="end">${r.label}</text>${bar}${error}${dot}<text class="note" x="${labelWidth + plot + 20}" y="${mid + 4}">${r.note}</text></g>`;
  });
  const lines = thresholds.map((t) => {
    const at = x(t.value);
    const anchor = t.kind === "min" ? "end" : "start";
    return html`<line class="threshold" data-kind="${t.kind}" x1="${at}" x2="${at}" y1="${top - 6}" y2="${bottom}"><title>${t.kind} ${fixed(t.value)}</title></line><text class="threshold-label" x="${at + (t.kind === "min" ? -3 : 3)}" y="${top - 9}" text-anchor="${anchor}">${t.kind} ${fixed(t.value)}</text>`;
  });
  return svg(labelWidth + plot + 20 + notes, bottom + 22, title, [axis(domain, x, top, bottom), body, lines]);
}

export interface HeatCell {
  readonly row: string;
  readonly column: string;
  readonly value: number;
  readonly n: number;
}

/** A light-to-dark blue ramp (ColorBrewer Blues): sequential, and still ordered in greyscale. */
const RAMP = [
  [247, 251, 255],
  [198, 219, 239],
  [107, 174, 214],
  [33, 113, 181],
  [8, 48, 107],
] as const;

function sequential(t: number): string {
  const scaled = Math.min(1, Math.max(0, t)) * (RAMP.length - 1);
  const k = Math.min(RAMP.length - 2, Math.floor(scaled));
  const [a, b] = [RAMP[k], RAMP[k + 1]] as [readonly number[], readonly number[]];
  const channel = (c: number) => Math.round((a[c] as number) + ((b[c] as number) - (a[c] as number)) * (scaled - k));
  return `#${[0, 1, 2].map((c) => channel(c).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * A cross table (rows × columns) of one value per cell, coloured on a sequential scale with the value
 * printed in the cell and n in its tooltip; a combination without cases is left blank ("—").
 */
export function heatmap(title: string, names: readonly [string, string], cells: readonly HeatCell[]): Html {
  const rows = [...new Set(cells.map((c) => c.row))];
  const columns = [...new Set(cells.map((c) => c.column))];
  const byKey = new Map(cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  const domain = domainOf(cells.map((c) => c.value));
  const t = (v: number) => (v - domain.lo) / (domain.hi - domain.lo);
  const labelWidth = width([...rows, names[0]], 70, 260);
  const [cellWidth, cellHeight, top] = [width(columns, 64, 180), 30, 46];
  const left = (j: number) => labelWidth + cellWidth * j;
  const header = html`<text class="axis-name" x="${labelWidth + (cellWidth * columns.length) / 2}" y="16" text-anchor="middle">${names[1]}</text><text class="axis-name" x="${labelWidth - 8}" y="38" text-anchor="end">${names[0]}</text>${columns.map((c, j) => html`<text x="${left(j) + cellWidth / 2}" y="38" text-anchor="middle">${c}</text>`)}`;
  const grid = rows.map((r, i) => {
    const y = top + cellHeight * i;
    const label = html`<text x="${labelWidth - 8}" y="${y + cellHeight / 2 + 4}" text-anchor="end">${r}</text>`;
    const row = columns.map((c, j) => {
      const cell = byKey.get(`${r}\u0000${c}`);
      const [cx, cy] = [left(j) + cellWidth / 2, y + cellHeight / 2 + 4];
      if (!cell) {
        return html`<g class="cell empty"><title>${r} × ${c}: no cases</title><rect x="${left(j)}" y="${y}" width="${cellWidth}" height="${cellHeight}"/><text x="${cx}" y="${cy}" text-anchor="middle">—</text></g>`;
      }
      const defined = Number.isFinite(cell.value);
      const fill = defined ? sequential(t(cell.value)) : "#e5e5e5";
      const ink = defined && t(cell.value) > 0.55 ? "#fff" : "#111";
      return html`<g class="cell"><title>${r} × ${c}: ${fixed(cell.value)} (n = ${String(cell.n)})</title><rect x="${left(j)}" y="${y}" width="${cellWidth}" height="${cellHeight}" fill="${fill}"/><text x="${cx}" y="${cy}" text-anchor="middle" fill="${ink}">${fixed(cell.value)}</text></g>`;
    });
    return html`${label}${row}`;
  });
  const legendTop = top + cellHeight * rows.length + 12;
  const legend = domain.ticks.map(
    (v, k) =>
      html`<g class="legend"><rect x="${labelWidth + 48 * k}" y="${legendTop}" width="44" height="10" fill="${sequential(t(v))}"/><text x="${labelWidth + 48 * k + 22}" y="${legendTop + 24}" text-anchor="middle">${tick(v)}</text></g>`,
  );
  const w = labelWidth + Math.max(cellWidth * columns.length, 48 * domain.ticks.length) + 10;
  return svg(w, legendTop + 32, title, [header, grid, legend]);
}

export interface MeasureBar {
  readonly label: string;
  /** NaN when undefined: then no bar, and "n/a". */
  readonly value: number;
  /** The value as printed right of the plot. */
  readonly note: string;
  /** Drawn in the highlight colour: the pair a probe's property broke on. */
  readonly highlighted: boolean;
}

/**
 * Signed values (a probe's measure per rendering, or its mean per swapped value) as horizontal bars
 * from a zero line, each labelled and printed, the highlighted ones (the offending pair) in red.
 */
export function measureBars(title: string, bars: readonly MeasureBar[]): Html {
  const finite = bars.map((b) => b.value).filter(Number.isFinite);
  const lo = Math.min(0, ...finite);
  const top = Math.max(0, ...finite);
  const hi = top > lo ? top : lo + 1;
  const labelWidth = width(
    bars.map((b) => b.label),
    80,
    260,
  );
  const [plot, row, top0] = [280, 22, 6];
  const x = (v: number) => labelWidth + 10 + (plot * (v - lo)) / (hi - lo);
  const bottom = top0 + row * bars.length;
  const body = bars.map((b, i) => {
    const y = top0 + row * i;
    const bar = Number.isFinite(b.value)
      ? html`<rect x="${Math.min(x(0), x(b.value))}" y="${y + 4}" width="${Math.abs(x(b.value) - x(0))}" height="${row - 8}" fill="${b.highlighted ? "#cf222e" : "#8c959f"}"/>`
      : "";
    return html`<g class="bar${b.highlighted ? " pair" : ""}"><text x="${labelWidth}" y="${y + 15}" text-anchor="end">${b.label}</text>${bar}<text class="note" x="${labelWidth + plot + 20}" y="${y + 15}">${b.note}</text></g>`;
  });
  const zero = html`<g class="tick"><line x1="${x(0)}" x2="${x(0)}" y1="${top0}" y2="${bottom}"/><text x="${x(0)}" y="${bottom + 14}" text-anchor="middle">0</text></g>`;
  return svg(labelWidth + plot + 100, bottom + 22, title, [zero, body]);
}
