import type { TokenLogprob } from "../../model/score";
import type { TextTokenizer } from "../../model/tokenizer";
import { parseCommand } from "../args";
import {
  CHAT_OPTIONS,
  chatMessages,
  checkInputOptions,
  inputIds,
  inputOptions,
  modelInput,
  modelTokenizer,
} from "../chat-input";
import type { Command } from "../command";
import { EXIT } from "../io";
import { DTYPE_OPTION, withModel } from "../model-arg";

export const scoreCommand: Command = {
  name: "score",
  summary: "log-likelihood of each choice after a context",
  help: `Usage: trustspec score --model NAME|DIR (--context TEXT | --user TEXT) --choice TEXT [--choice TEXT...] [--json]

Scores every choice as a continuation of the context: the sum and mean of its tokens'
log-probabilities, its token count, and whether greedy decoding would produce it
(✓ in the greedy column). The most likely choice is marked with *. Each choice is
shown quoted, exactly as it is scored; write the space a choice starts with:
  trustspec score --model DIR --context "Q: Is ice cold?\\nA:" --choice " Yes" --choice " No"

Options:
  --model NAME|DIR   model directory, or a model name from the config (required)
  --dtype NAME       the files to run: fp32 (model.onnx; or the config's dtype:), fp16,
                     q4, q4f16, int8, uint8, q8|quantized, bnb4 (model_q4.onnx…)
  --context TEXT     the shared context; may be empty (scores from the start of text)
  --user TEXT        a user message instead: the context is the conversation rendered
                     with the model's chat template, up to the assistant's turn, and
                     each choice is scored as the start of the assistant's answer
  --system TEXT      a system message before it
  --chat             send --context as the one user message of a chat
  --no-chat          plain text only (the default for --context)
  --choice TEXT      a continuation to score (repeat for each choice; at least one)
  --tokens           also each choice's tokens: id, text, log-probability, and whether it
                     is the greedy pick there (which token makes a choice unlikely)
  --json             print JSON: {model, context, input_text, input_ids, choices: [{choice,
                     sum, mean, tokens, greedy, per_token?: [{id, text, logprob, greedy}]}]}
                     (input_text and input_ids: the context as the tokenizer was given it
                     and as token ids; a server's model, kind: openai-completions, has no
                     ids here: input_ids is null, and each token's id is -1)
  -h, --help         show this help

Exit codes: 0 done, 2 bad arguments (or a chat endpoint, kind: openai-chat, which cannot
score), 3 the model failed to load or answer, or the text does not fit.
`,
  async run(argv, io) {
    const args = parseCommand(
      this,
      argv,
      {
        model: { type: "string" },
        ...DTYPE_OPTION,
        context: { type: "string" },
        ...CHAT_OPTIONS,
        choice: { type: "string", multiple: true, default: [] },
        tokens: { type: "boolean" },
        json: { type: "boolean" },
      },
      io,
    );
    if (typeof args === "number") return args;
    const v = args.values;
    const choices = v.choice as string[];
    const input = inputOptions(v, "context");
    const wrong =
      typeof v.model !== "string"
        ? "missing --model"
        : choices.length === 0
          ? "missing a --choice"
          : checkInputOptions(input);
    if (wrong !== undefined || typeof v.model !== "string") {
      io.stderr(`trustspec score: ${wrong}\nRun 'trustspec score --help' for usage.\n`);
      return EXIT.specError;
    }
    return withModel(
      v.model,
      io,
      "score",
      async (model, target) => {
        // Known from the config before any request, as a score spec on it is refused at validation.
        if (target.remote?.kind === "openai-chat") {
          io.stderr(
            `trustspec score: model ${target.name} is a chat endpoint (kind: openai-chat): chat endpoints return no prompt log-probabilities, so it cannot score\n  hint: use kind: openai-completions on the same server (base_url ${target.remote.baseUrl}) to score\n`,
          );
          return EXIT.specError;
        }
        const given = modelInput(target, input);
        if ("usage" in given) {
          io.stderr(`trustspec score: ${given.usage}\n`);
          return EXIT.specError;
        }
        const context = given.text;
        const [result] = await model.score([
          {
            context,
            choices,
            ...(given.addSpecialTokens ? {} : { addSpecialTokens: false }),
            ...(v.tokens ? { perToken: true } : {}),
          },
        ]);
        if (!result?.ok) {
          io.stderr(
            `trustspec score: the context and longest choice need ${result?.needed} positions; the model has ${result?.limit}\n`,
          );
          return EXIT.runtimeError;
        }
        // The context's ids, for --json and for the tokens' texts: one tokenizer for both.
        // A server's model has no tokenizer here: its tokens come with their texts, and no ids.
        const local = target.remote === undefined;
        const tokenizer = local && (v.json || v.tokens) ? modelTokenizer(model.info.dir) : undefined;
        const contextIds = tokenizer ? inputIds(model.info.dir, given, tokenizer) : [];
        const pieces = !v.tokens ? undefined : tokenizer ? tokenTexts(tokenizer, contextIds) : serverTexts;
        const rows = result.scores.map(({ perToken, ...s }, i) => ({
          choice: choices[i] as string,
          ...s,
          ...(perToken && pieces ? { per_token: pieces(perToken) } : {}),
        }));
        if (v.json) {
          const shown = {
            model: model.info.dir,
            context: v.context ?? null,
            ...(given.chat ? { messages: chatMessages(input) } : {}),
            input_text: context,
            input_ids: local ? contextIds : null,
            choices: rows,
          };
          io.stdout(`${JSON.stringify(shown, null, 2)}\n`);
        } else {
          const best = rows.reduce((b, r, i) => (r.sum > (rows[b]?.sum ?? Number.NEGATIVE_INFINITY) ? i : b), 0);
          io.stdout("  sum        mean      tokens  greedy  choice\n");
          rows.forEach((r, i) => {
            const line = `${i === best ? "*" : " "} ${r.sum.toFixed(4).padStart(9)}  ${r.mean.toFixed(4).padStart(8)}  ${String(r.tokens).padStart(6)}  ${(r.greedy ? "✓" : "-").padEnd(6)}  ${JSON.stringify(r.choice)}`;
            io.stdout(`${line}\n`);
          });
          for (const r of rows) {
            if (!r.per_token) continue;
            io.stdout(`\n${JSON.stringify(r.choice)}, token by token:\n      id    logprob  greedy  text\n`);
            for (const t of r.per_token)
              io.stdout(
                `  ${String(t.id).padStart(6)}  ${t.logprob.toFixed(4).padStart(9)}  ${(t.greedy ? "✓" : "-").padEnd(6)}  ${JSON.stringify(t.text)}\n`,
              );
          }
        }
        return EXIT.ok;
      },
      typeof v.dtype === "string" ? v.dtype : undefined,
    );
  },
};

/**
 * Each scored token's text, as it reads after the context and the tokens before it (decoded with
 * them and cut off, so a SentencePiece space survives): the pieces add up to the choice.
 */
function tokenTexts(
  tokenizer: TextTokenizer,
  contextIds: readonly number[],
): (tokens: readonly TokenLogprob[]) => { id: number; text: string; logprob: number; greedy: boolean }[] {
  return (tokens: readonly TokenLogprob[]) =>
    tokens.map((t, i) => ({
      id: t.id,
      text: tokenizer.decodeContinuation([...contextIds, ...tokens.slice(0, i).map((x) => x.id)], [t.id]),
      logprob: t.logprob,
      greedy: t.greedy,
    }));
}

/** A server's tokens, as it wrote their texts (their ids are not known: -1). */
function serverTexts(tokens: readonly TokenLogprob[]) {
  return tokens.map((t) => ({ id: t.id, text: t.text ?? "", logprob: t.logprob, greedy: t.greedy }));
}
