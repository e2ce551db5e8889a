import { asString, isRecord, type SpecContext } from "./check-context";
import type { DatasetInfo } from "./check-dataset";
import { checkRendering } from "./check-rendering";
import { type ProblemCode, problemsFor } from "./problem";
import { readNamedFile } from "./read-named-file";
import { SourceText } from "./source-text";
import { didYouMean } from "./suggest";
import {
  HELPER_SIGNATURES,
  parseTemplate,
  TEMPLATE_HELPERS,
  type TemplatePosition,
  type TemplateReference,
  templateReferences,
} from "./template";
import { specSite, type TemplateSite } from "./template-site";

/**
 * Compiles every template of the spec at load time — conditions, the prompt, partial files and
 * probe templates — and reports syntax errors and references to variables, helpers or partials
 * that do not exist, each at its own character in the file. Returns the partials' texts by name.
 */
export function checkTemplates(ctx: SpecContext, dataset: DatasetInfo): Record<string, string> {
  const partials = checkPartials(ctx, dataset.fields);
  const partialNames = new Set(Object.keys(isRecord(ctx.data.partials) ? ctx.data.partials : {}));
  const conditions = isRecord(ctx.data.conditions) ? ctx.data.conditions : {};
  let clean = partials.clean;
  const conditionSites: { name: string; label: string; site: TemplateSite }[] = [];
  for (const [name, labels] of Object.entries(conditions)) {
    if (!isRecord(labels)) continue;
    for (const [label, text] of Object.entries(labels)) {
      if (typeof text !== "string") continue;
      const site = specSite(ctx, ["conditions", name, label], text);
      conditionSites.push({ name, label, site });
      clean = checkTemplate(ctx, site, dataset.fields, partialNames, "dataset field") && clean;
    }
  }
  const inputs = inputSites(ctx);
  if (inputs.length > 0) {
    const vars = dataset.fields ? new Set([...dataset.fields, ...Object.keys(conditions)]) : undefined;
    for (const site of inputs) {
      clean = checkTemplate(ctx, site, vars, partialNames, "dataset field or condition") && clean;
    }
    // Templates without problems are rendered for every item, as the run will; not when records
    // already lack a field `fields:` names: each of those would fail again for the same reason.
    const missing = ctx.problems.some((p) => p.code === "DATASET_MISSING_FIELD");
    if (clean && !missing && dataset.items !== undefined && partials.read === partialNames.size) {
      checkRendering(ctx, { inputs, conditions: conditionSites, partials: partials.texts, dataset });
    }
  }
  const probes = Array.isArray(ctx.data.probes) ? ctx.data.probes : [];
  probes.forEach((probe, i) => {
    if (!isRecord(probe) || typeof probe.template !== "string") return;
    const slots = isRecord(probe.slots) ? new Set(Object.keys(probe.slots)) : undefined;
    checkTemplate(ctx, specSite(ctx, ["probes", i, "template"], probe.template), slots, new Set(), "slot");
  });
  return partials.texts;
}

/** The templates of the model input: the prompt, or each message's content. */
function inputSites(ctx: SpecContext): TemplateSite[] {
  const prompt = asString(ctx.data.prompt);
  if (prompt !== undefined) return [specSite(ctx, ["prompt"], prompt)];
  const messages = Array.isArray(ctx.data.messages) ? ctx.data.messages : [];
  return messages.flatMap((m, i) => {
    const content = isRecord(m) ? asString(m.content) : undefined;
    return content !== undefined ? [specSite(ctx, ["messages", i, "content"], content)] : [];
  });
}

/** Reads and checks the partial files: the texts of those that could be read, by name, and whether all are clean. */
function checkPartials(
  ctx: SpecContext,
  fields: ReadonlySet<string> | undefined,
): { texts: Record<string, string>; read: number; clean: boolean } {
  const partials = isRecord(ctx.data.partials) ? ctx.data.partials : {};
  const names = new Set(Object.keys(partials));
  const texts: Record<string, string> = {};
  let read = 0;
  let clean = true;
  for (const [name, path] of Object.entries(partials)) {
    if (typeof path !== "string") continue;
    const file = readNamedFile(ctx, {
      written: path,
      at: ["partials", name],
      data: false,
      role: {
        noun: "partial file",
        limitKey: "limits.spec_file_mb",
        missingCode: "FILE_NOT_FOUND",
        missingHint: "partial paths are relative to the spec file",
      },
    });
    if (file === undefined) continue;
    read++;
    ctx.sources[file.file] = file.text;
    texts[name] = file.text;
    const text = new SourceText(file.text);
    const site: TemplateSite = {
      file: file.file,
      source: file.text,
      fileLength: file.text.length,
      offset: (at) => text.offset(at.line, at.column + 1),
    };
    clean = checkTemplate(ctx, site, fields, names, "dataset field") && clean;
  }
  return { texts, read, clean };
}

/** Checks one template; true when it has no problem. */
function checkTemplate(
  ctx: SpecContext,
  site: TemplateSite,
  vars: ReadonlySet<string> | undefined,
  partials: ReadonlySet<string>,
  noun: string,
): boolean {
  const problem = problemsFor(site.file);
  const before = ctx.problems.length;
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
    return false;
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
    } else if (ref.kind === "helper") {
      const wrong = wrongCall(ref);
      if (wrong !== undefined) push("TEMPLATE_ARGUMENTS", wrong.message, ref.at, ref.end, wrong.hint);
    } else if (ref.kind === "unsafe") {
      push(
        "TEMPLATE_UNSAFE_NAME",
        `"${ref.name}" reaches the JavaScript prototype, not data: templates may not use it`,
        ref.at,
        ref.end,
        "prototype names (constructor, __proto__, prototype…) are refused in templates; rename the field if it is data",
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
  return ctx.problems.length === before;
}

/** What is wrong with how a known helper is called, if anything: its argument count, or a block helper used inline. */
function wrongCall(ref: TemplateReference): { message: string; hint: string } | undefined {
  const signature = HELPER_SIGNATURES[ref.name as keyof typeof HELPER_SIGNATURES];
  const hint = `write it as ${signature.usage}`;
  if (ref.params !== signature.params) {
    const n = signature.params;
    return {
      message: `${ref.name} takes exactly ${n} ${n === 1 ? "argument" : "arguments"}, but ${ref.params === 0 ? "none is" : ref.params === 1 ? "1 is" : `${ref.params} are`} given here`,
      hint,
    };
  }
  if (signature.block && ref.form !== "block") {
    return {
      message: `${ref.name} is a block helper: it needs {{#${ref.name} …}} and a closing {{/${ref.name}}}`,
      hint,
    };
  }
  return undefined;
}
