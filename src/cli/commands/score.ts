import { parseCommand } from "../args";
import type { Command } from "../command";
import { EXIT } from "../io";
import { withModel } from "../model-arg";

export const scoreCommand: Command = {
  name: "score",
  summary: "log-likelihood of each choice after a context",
  help: `Usage: trustspec score --model NAME|DIR --context TEXT --choice TEXT [--choice TEXT...] [--json]

Scores every choice as a continuation of the context: the sum and mean of its tokens'
log-probabilities, its token count, and whether greedy decoding would produce it
(✓ in the greedy column). The most likely choice is marked with *. Each choice is
shown quoted, exactly as it is scored; write the space a choice starts with:
  trustspec score --model DIR --context "Q: Is ice cold?\\nA:" --choice " Yes" --choice " No"

Options:
  --model NAME|DIR   model directory, or a model name from the config (required)
  --context TEXT     the shared context; may be empty (scores from the start of text)
  --choice TEXT      a continuation to score (repeat for each choice; at least one)
  --json             print JSON: {model, context, choices: [{choice, sum, mean, tokens, greedy}]}
  -h, --help         show this help

Exit codes: 0 done, 2 bad arguments, 3 the model failed to load or the text does not fit.
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        model: { type: "string" },
        context: { type: "string" },
        choice: { type: "string", multiple: true, default: [] },
        json: { type: "boolean" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const v = args.values;
    const choices = v.choice as string[];
    if (typeof v.model !== "string" || typeof v.context !== "string" || choices.length === 0) {
      const missing = [
        typeof v.model !== "string" ? "--model" : undefined,
        typeof v.context !== "string" ? "--context" : undefined,
        choices.length === 0 ? "a --choice" : undefined,
      ].filter((m): m is string => m !== undefined);
      io.stderr(`trustspec score: missing ${missing.join(", ")}\nRun 'trustspec score --help' for usage.\n`);
      return EXIT.specError;
    }
    const context = v.context;
    return withModel(v.model, io, "score", async (model) => {
      const [result] = await model.score([{ context, choices }]);
      if (!result?.ok) {
        io.stderr(
          `trustspec score: the context and longest choice need ${result?.needed} positions; the model has ${result?.limit}\n`,
        );
        return EXIT.runtimeError;
      }
      const rows = result.scores.map((s, i) => ({ choice: choices[i] as string, ...s }));
      if (v.json) {
        io.stdout(`${JSON.stringify({ model: model.info.dir, context, choices: rows }, null, 2)}\n`);
      } else {
        const best = rows.reduce((b, r, i) => (r.sum > (rows[b]?.sum ?? Number.NEGATIVE_INFINITY) ? i : b), 0);
        io.stdout("  sum        mean      tokens  greedy  choice\n");
        rows.forEach((r, i) => {
          const line = `${i === best ? "*" : " "} ${r.sum.toFixed(4).padStart(9)}  ${r.mean.toFixed(4).padStart(8)}  ${String(r.tokens).padStart(6)}  ${(r.greedy ? "✓" : "-").padEnd(6)}  ${JSON.stringify(r.choice)}`;
          io.stdout(`${line}\n`);
        });
      }
      return EXIT.ok;
    });
  },
};
