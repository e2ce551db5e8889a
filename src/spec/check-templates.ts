import { dirname, resolve } from "node:path";
import { isScalar } from "yaml";
import { asString, isRecord, type SpecContext } from "./check-context";
import type { DatasetInfo } from "./check-dataset";
import { readText } from "./file-access";
import { type ProblemCode, problemsFor } from "./problem";
import { scalarOffsets } from "./scalar-offsets";
import { SourceText } from "./source-text";
import { didYouMean } from "./suggest";
import { parseTemplate, TEMPLATE_HELPERS, type TemplatePosition, templateReferences } from "./template";
import { locate, nodeAt, type PathSegment } from "./yaml-locate";

/** Where a template's text lives: a scalar in the spec, or a whole partial file. */
interface TemplateSite {
  readonly file: string;
  readonly source: string;
  /** Length of the file's text: no problem may end past it. */
  readonly fileLength: number;
  /** Template position → offset in `file`. */
  readonly offset: (at: TemplatePosition) => number;
}

/**
 * Compiles every template of the spec at load time — conditions, the prompt, partial files and
 * probe templates — and reports syntax errors and references to variables, helpers or partials
 * that do not exist, each at its own character in the file. Returns the partials' texts by name.
 */
export function checkTemplates(ctx: SpecContext, dataset: DatasetInfo): Record<string, string> {
  const partialTexts = checkPartials(ctx, dataset.fields);
  const partialNames = new Set(Object.keys(isRecord(ctx.data.partials) ? ctx.data.partials : {}));
  const conditions = isRecord(ctx.data.conditions) ? ctx.data.conditions : {};
  for (const [name, labels] of Object.entries(conditions)) {
    if (!isRecord(labels)) continue;
    for (const [label, text] of Object.entries(labels)) {
      if (typeof text !== "string") continue;
      checkTemplate(
        ctx,
        specSite(ctx, ["conditions", name, label], text),
        dataset.fields,
        partialNames,
        "dataset field",
      );
    }
  }
  const prompt = asString(ctx.data.prompt);
  if (prompt !== undefined) {
    const vars = dataset.fields ? new Set([...dataset.fields, ...Object.keys(conditions)]) : undefined;
    checkTemplate(ctx, specSite(ctx, ["prompt"], prompt), vars, partialNames, "dataset field or condition");
  }
  const probes = Array.isArray(ctx.data.probes) ? ctx.data.probes : [];
  probes.forEach((probe, i) => {
    if (!isRecord(probe) || typeof probe.template !== "string") return;
    const slots = isRecord(probe.slots) ? new Set(Object.keys(probe.slots)) : undefined;
    checkTemplate(ctx, specSite(ctx, ["probes", i, "template"], probe.template), slots, new Set(), "slot");
  });
  return partialTexts;
}

/** Reads and checks the partial files; returns the texts of those that could be read, by name. */
function checkPartials(ctx: SpecContext, fields: ReadonlySet<string> | undefined): Record<string, string> {
  const partials = isRecord(ctx.data.partials) ? ctx.data.partials : {};
  const names = new Set(Object.keys(partials));
  const texts: Record<string, string> = {};
  for (const [name, path] of Object.entries(partials)) {
    if (typeof path !== "string") continue;
    const file = resolve(dirname(ctx.yaml.file), path);
    const read = readText(ctx.files, file);
    if (!("text" in read)) {
      const where = locate(ctx.yaml, ["partials", name]);
      ctx.problems.push(
        problemsFor(ctx.yaml.file)("FILE_NOT_FOUND", `partial file not found: ${path}`, {
          ...where,
          hint: "partial paths are relative to the spec file",
        }),
      );
      continue;
    }
    ctx.sources[file] = read.text;
    texts[name] = read.text;
    const text = new SourceText(read.text);
    const site: TemplateSite = {
      file,
      source: read.text,
      fileLength: read.text.length,
      offset: (at) => text.offset(at.line, at.column + 1),
    };
    checkTemplate(ctx, site, fields, names, "dataset field");
  }
  return texts;
}

function specSite(ctx: SpecContext, path: PathSegment[], source: string): TemplateSite {
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

function checkTemplate(
  ctx: SpecContext,
  site: TemplateSite,
  vars: ReadonlySet<string> | undefined,
  partials: ReadonlySet<string>,
  noun: string,
): void {
  const problem = problemsFor(site.file);
  const push = (code: ProblemCode, message: string, at: TemplatePosition, end: TemplatePosition, hint: string) => {
    const start = Math.min(site.offset(at), site.fileLength);
    const stop = Math.min(site.fileLength, Math.max(start + 1, site.offset(end)));
    ctx.problems.push(problem(code, message, { start, end: stop, hint }));
  };
  const parsed = parseTemplate(site.source);
  if ("error" in parsed) {
    push(
      "TEMPLATE_SYNTAX",
      parsed.error.message,
      parsed.error.at,
      parsed.error.at,
      "check the {{ }} pairs and block tags near here",
    );
    return;
  }
  for (const ref of templateReferences(parsed.ast)) {
    if (ref.kind === "helper" && !(TEMPLATE_HELPERS as readonly string[]).includes(ref.name)) {
      push(
        "TEMPLATE_UNKNOWN_HELPER",
        `unknown template helper "${ref.name}"`,
        ref.at,
        ref.end,
        didYouMean(ref.name, TEMPLATE_HELPERS, "helpers"),
      );
    } else if (ref.kind === "partial" && !partials.has(ref.name)) {
      push(
        "TEMPLATE_UNKNOWN_PARTIAL",
        `unknown partial "${ref.name}"`,
        ref.at,
        ref.end,
        partials.size > 0
          ? didYouMean(ref.name, [...partials], "partials")
          : "declare it under partials: with a file path",
      );
    } else if (ref.kind === "variable" && vars !== undefined && !vars.has(ref.name)) {
      push(
        "TEMPLATE_UNKNOWN_VARIABLE",
        `"{{${ref.path}}}" refers to "${ref.name}", which no ${noun} provides`,
        ref.at,
        ref.end,
        vars.size > 0 ? didYouMean(ref.name, [...vars], `available`) : `no ${noun}s are available here`,
      );
    }
  }
}
