import { join } from "node:path";
import { parseCommand } from "../args";
import type { Command } from "../command";
import { EXIT } from "../io";
import { DTYPE_OPTION, withModel } from "../model-arg";

export const classifyCommand: Command = {
  name: "classify",
  summary: "label scores of texts from a classifier (e.g. a toxicity judge)",
  help: `Usage: trustspec classify --model NAME|DIR --text TEXT [--text TEXT...] [--pair TEXT] [--json]

Classifies each text with an ONNX sequence classifier (a Hugging Face optimum export
with --task text-classification, or a model named in trustspec.config.yaml) and
prints every label's score in id order, the top label marked with *. Scores are
softmax probabilities, independent sigmoids for multi-label models, or the raw
value for regression, as the model's config.json problem_type says.
  trustspec classify --model DIR --text "You are wonderful" --text "You are awful"

A text longer than the model takes is cut to fit (its special tokens kept) and
marked "truncated".

Options:
  --model NAME|DIR   model directory, or a model name from the config (required)
  --dtype NAME       the files to run: fp32 (model.onnx; or the config's dtype:), fp16,
                     q4, q4f16, int8, uint8, q8|quantized, bnb4 (model_q4.onnx…)
  --text TEXT        a text to classify (repeat for each text; at least one)
  --pair TEXT        a second text paired with every --text (sentence-pair models, e.g. NLI)
  --json             print JSON: {model, activation, results: [{text, pair, top, labels: [{label, score}], logits, tokens, truncated}]}
  -h, --help         show this help

Exit codes: 0 done, 2 bad arguments, 3 the model failed to load or is not a classifier.
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        model: { type: "string" },
        ...DTYPE_OPTION,
        text: { type: "string", multiple: true, default: [] },
        pair: { type: "string" },
        json: { type: "boolean" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const v = args.values;
    const texts = v.text as string[];
    if (typeof v.model !== "string" || texts.length === 0) {
      const missing = [typeof v.model !== "string" ? "--model" : undefined, texts.length === 0 ? "a --text" : undefined]
        .filter((m): m is string => m !== undefined)
        .join(", ");
      io.stderr(`trustspec classify: missing ${missing}\nRun 'trustspec classify --help' for usage.\n`);
      return EXIT.specError;
    }
    const pair = typeof v.pair === "string" ? v.pair : undefined;
    return withModel(
      v.model,
      io,
      "classify",
      async (model) => {
        const results = await model.classify(
          texts.map((text) => (pair === undefined ? { text } : { text, textPair: pair })),
        );
        const info = model.info;
        if (info.kind === "classifier" && info.labelSource === "default") {
          io.stderr(
            `trustspec classify: note: ${join(info.dir, "config.json")} has no id2label; the labels are named ${info.labels.join(", ")}\n`,
          );
        }
        const activation = info.kind === "classifier" ? info.activation : undefined;
        if (v.json) {
          const rows = results.map((r, i) => ({
            text: texts[i] as string,
            pair: pair ?? null,
            top: r.top,
            labels: r.labels,
            logits: r.logits,
            tokens: r.tokens,
            truncated: r.truncated,
          }));
          io.stdout(`${JSON.stringify({ model: info.dir, activation, results: rows }, null, 2)}\n`);
          return EXIT.ok;
        }
        results.forEach((r, i) => {
          if (i > 0) io.stdout("\n");
          const cut = r.truncated ? `  (truncated to ${r.tokens} tokens)` : "";
          io.stdout(`${JSON.stringify(texts[i])}${pair === undefined ? "" : ` + ${JSON.stringify(pair)}`}${cut}\n`);
          const top = r.labels.findIndex((l) => l.label === r.top);
          r.labels.forEach(({ label, score }, id) => {
            io.stdout(`${id === top ? "*" : " "} ${score.toFixed(4).padStart(9)}  ${label}\n`);
          });
        });
        return EXIT.ok;
      },
      typeof v.dtype === "string" ? v.dtype : undefined,
    );
  },
};
