import type { SpecContext } from "./check-context";
import type { DatasetInfo } from "./check-dataset";
import type { Item } from "./dataset/items";
import { cutData, quoteData } from "./excerpt";
import { type ProblemCode, problemsFor } from "./problem";
import { shownPath } from "./read-named-file";
import { SourceText } from "./source-text";
import { compileTemplate, type RenderTemplate } from "./template";
import type { TemplateSite } from "./template-site";

export interface RenderingInput {
  /** The model input's templates: the prompt, or each message's content. */
  readonly inputs: readonly TemplateSite[];
  readonly conditions: readonly { readonly name: string; readonly label: string; readonly site: TemplateSite }[];
  readonly partials: Readonly<Record<string, string>>;
  readonly dataset: DatasetInfo;
}

/** One way the templates fail on some items: where, why, the first item and how many. */
interface Failure {
  readonly site: TemplateSite;
  readonly offset: number | undefined;
  readonly code: ProblemCode;
  readonly reason: string;
  readonly first: Item;
  count: number;
}

/**
 * Renders the conditions and the prompt for every item (and every combination of condition labels),
 * as the run does, so what only one record shows — a field it lacks, a value of the wrong shape for
 * a block — is an error of `validate`, at the template, not a failed run. Each way of failing is
 * reported once, with its first item and how many items fail that way.
 */
export function checkRendering(ctx: SpecContext, input: RenderingInput): void {
  const items = input.dataset.items ?? [];
  if (items.length === 0) return;
  let inputs: { site: TemplateSite; render: RenderTemplate }[];
  let conditions: { name: string; labels: { site: TemplateSite; render: RenderTemplate }[] }[];
  try {
    inputs = input.inputs.map((site) => ({ site, render: compileTemplate(site.source, { ...input.partials }) }));
    const byName = new Map<string, { site: TemplateSite; render: RenderTemplate }[]>();
    for (const c of input.conditions) {
      const labels = byName.get(c.name) ?? [];
      labels.push({ site: c.site, render: compileTemplate(c.site.source, { ...input.partials }) });
      byName.set(c.name, labels);
    }
    conditions = [...byName].map(([name, labels]) => ({ name, labels }));
  } catch {
    return; // the static checks passed, so this does not happen; the run's compiler would report it
  }
  const failures = new Map<string, Failure>();
  const note = (site: TemplateSite, item: Item, error: unknown) => {
    const failure = explain(site, error);
    const key = `${site.file}\0${site.offset({ line: 1, column: 0 })}\0${failure.offset}\0${failure.reason}`;
    const seen = failures.get(key);
    if (seen !== undefined) seen.count++;
    else failures.set(key, { site, ...failure, first: item, count: 1 });
  };
  const options = { shuffleSeed: 0 };
  // Thousands of items may fail: their stack traces are never looked at, and capturing them (through
  // Jest's source maps, say) would cost more than the rendering.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    renderAll(items, conditions, inputs, options, note);
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  report(ctx, input, items, failures);
}

function renderAll(
  items: readonly Item[],
  conditions: readonly { name: string; labels: readonly { site: TemplateSite; render: RenderTemplate }[] }[],
  inputs: readonly { site: TemplateSite; render: RenderTemplate }[],
  options: { shuffleSeed: number },
  note: (site: TemplateSite, item: Item, error: unknown) => void,
): void {
  for (const item of items) {
    const values: { name: string; texts: string[] }[] = [];
    let failed = false;
    for (const c of conditions) {
      const texts: string[] = [];
      for (const label of c.labels) {
        try {
          texts.push(label.render(item.fields, options));
        } catch (e) {
          note(label.site, item, e);
          failed = true;
        }
      }
      values.push({ name: c.name, texts });
    }
    if (failed) continue;
    for (const { site, render } of inputs) {
      for (const combination of crossed(values)) {
        try {
          render({ ...item.fields, ...combination }, options);
        } catch (e) {
          note(site, item, e);
          break;
        }
      }
    }
  }
}

/** One problem per way of failing, at the template, naming the first item that fails it. */
function report(ctx: SpecContext, input: RenderingInput, items: readonly Item[], failures: Map<string, Failure>): void {
  const lines = input.dataset.file !== undefined ? new SourceText(ctx.sources[input.dataset.file] ?? "") : undefined;
  const describe = (item: Item) => {
    const file = input.dataset.file;
    const where =
      file !== undefined && item.start !== undefined && lines !== undefined
        ? ` (${shownPath(ctx, file)} line ${lines.position(item.start).line})`
        : "";
    return `item ${quoteData(item.id)}${where}`;
  };
  for (const f of failures.values()) {
    const more = f.count > 1 ? `; ${f.count - 1} more of the ${items.length} items fail the same way` : "";
    const start = f.offset ?? f.site.offset({ line: 1, column: 0 });
    ctx.problems.push(
      problemsFor(f.site.file)(f.code, `${describe(f.first)} ${f.reason}${more}`, {
        start: Math.min(start, f.site.fileLength),
        end: Math.min(f.site.fileLength, start + 1),
        hint:
          f.code === "DATASET_MISSING_FIELD"
            ? "give every record the field, leave such records out with where:, or guard the use with {{#if field}}…{{/if}}"
            : "fix the data, or change the template to match the values it reads",
      }),
    );
  }
}

/** Every combination of one rendered label per condition, as variables. */
function crossed(values: readonly { name: string; texts: readonly string[] }[]): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const v of values) out = out.flatMap((prefix) => v.texts.map((t) => ({ ...prefix, [v.name]: t })));
  return out;
}

const siteLines = new WeakMap<TemplateSite, SourceText>();

function linesOf(site: TemplateSite): SourceText {
  let lines = siteLines.get(site);
  if (lines === undefined) {
    lines = new SourceText(site.source);
    siteLines.set(site, lines);
  }
  return lines;
}

/**
 * Why a render failed, in our words, and where in the template when the engine says: strict mode
 * names the missing field and its line and column; other failures (a block over a value of the
 * wrong shape) are placed at the template. Engine messages may quote a value: those are cut.
 */
function explain(
  site: TemplateSite,
  error: unknown,
): { offset: number | undefined; code: ProblemCode; reason: string } {
  const e = error as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const message = typeof e.message === "string" ? e.message : String(error);
  const missing = /^"([^"]*)" not defined in/.exec(message);
  if (missing !== null) {
    const name = missing[1] as string;
    let offset: number | undefined;
    if (typeof e.lineNumber === "number" && typeof e.column === "number") {
      const at = linesOf(site).offset(e.lineNumber, e.column + 1);
      // The position is in whichever template threw: trust it only when it names the field here.
      const written = /^[^\s}]*/.exec(site.source.slice(at, at + 200))?.[0] ?? "";
      if (written.split(/[./[\]]/).includes(name)) offset = site.offset({ line: e.lineNumber, column: e.column });
    }
    return {
      offset,
      code: "DATASET_MISSING_FIELD",
      reason: `has no field ${quoteData(name)}, which the template reads`,
    };
  }
  const inOperator = /Cannot use 'in' operator to search for '([^']*)'/.exec(message);
  if (inOperator !== null) {
    return {
      offset: undefined,
      code: "DATASET_BAD_VALUE",
      reason: `cannot be rendered: the template reads ${quoteData(inOperator[1] as string)} from a value that is text or a number, not an object`,
    };
  }
  const reading = /Cannot read properties of (undefined|null) \(reading '([^']*)'\)/.exec(message);
  if (reading !== null) {
    return {
      offset: undefined,
      code: "DATASET_MISSING_FIELD",
      reason: `cannot be rendered: the template reads ${quoteData(reading[2] as string)} from a value the item does not have`,
    };
  }
  return {
    offset: undefined,
    code: "DATASET_BAD_VALUE",
    reason: `cannot be rendered: ${cutData(message.split("\n")[0] ?? message, 120)}`,
  };
}
